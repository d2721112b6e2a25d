"""Probing the prompt screener costs something and leaves a trace: every refused prompt is
audited (a refusal through ``POST /api/v1/remix/jobs`` was rolled back with the request) and
counted (the remix limits ran after screening), and repeated refusals pause the account's
remixes, with the reason on the composer and in the API's error."""

import pytest
from django.test import Client

from apps.moderation.models import AuditEntry
from apps.moderation.services.prompts import REMIX_PAUSED
from apps.remix.models import RemixJob
from tests.security.test_rate_limits import _clear_of_window_edge

pytestmark = pytest.mark.django_db

HARMFUL = "make her naked"


@pytest.fixture
def ask(user, user_api_client, video_factory):
    video = video_factory(duration=3.0)

    def post(prompt, path="/api/v1/remix/jobs"):
        payload = {"video_id": video.pk, "at_seconds": 1, "kind": "restyle", "prompt": prompt}
        return user_api_client.post(path, payload, format="json")

    post.video = video
    return post


def test_a_refused_remix_request_is_audited(ask, user):
    response = ask(HARMFUL)

    assert response.status_code == 422
    assert response.json()["code"] == "guideline_violation"
    entry = AuditEntry.objects.get(action="prompt_blocked")
    assert entry.target_id == str(user.pk)
    assert entry.details["prompt"] == HARMFUL
    assert not RemixJob.objects.exists()


def test_refused_requests_count_against_the_remix_limit(ask, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "remix_user": "2/86400"}
    _clear_of_window_edge(86400, margin=300)

    statuses = [ask(HARMFUL).status_code for _ in range(3)]

    assert statuses == [422, 422, 429]


def test_repeated_refusals_pause_the_accounts_remixes_with_the_reason(ask, user, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "remix_refusals": "4/86400"}
    settings.CLIPMIX_REMIX_REFUSAL_PAUSE_SECONDS = 1800
    _clear_of_window_edge(86400, margin=300)  # the five refusals fall in one window
    # Refusals through the composer's check and through requests count alike.
    refusals = [ask(HARMFUL, path="/api/v1/remix/prompt-check") for _ in range(2)]
    refusals += [ask(HARMFUL) for _ in range(3)]
    assert [r.status_code for r in refusals] == [422] * 5
    assert refusals[-1].json()["extra"]["paused_seconds"] == 1800

    paused = ask("turn it into a watercolour painting")
    check = ask("a watercolour", path="/api/v1/remix/prompt-check")

    for response in (paused, check):
        assert response.status_code == 429, response.content
        body = response.json()
        assert body["code"] == "remix_paused"
        assert body["message"] == REMIX_PAUSED.format(minutes=30)
        assert 1790 <= body["extra"]["retry_after"] <= 1800
        assert response["Retry-After"] == str(body["extra"]["retry_after"])
    assert not RemixJob.objects.exists()
    assert AuditEntry.objects.filter(action="prompt_blocked").count() == 5
    assert AuditEntry.objects.filter(action="remix_paused", target_id=str(user.pk)).count() == 1

    page = Client()
    page.force_login(user)
    composer = page.get(f"/v/{ask.video.pk}/remix")
    assert REMIX_PAUSED.format(minutes=30) in composer.content.decode()
