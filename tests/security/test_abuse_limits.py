"""Per-user limits on what fans out to other people (comments and replies, follows, likes) and a
per-account limit on log-ins: a refusal is 429 with ``Retry-After`` in the error shape, nothing
is stored and nobody is told. One account posted 200 comments in 20 s and toggled a follow 100
times in 3 s before these limits."""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from apps.accounts.models import Follow
from apps.comments.models import Comment
from apps.core.errors import RATE_LIMITED
from apps.videos.models import Like
from tests.security.test_rate_limits import _clear_of_window_edge

pytestmark = pytest.mark.django_db

LIMIT = 3
# A day: fixed windows restart on the clock, and a test that straddled a restart (the first
# comment loads the screener's model) would rightly be admitted again.
WINDOW = 86400


@pytest.fixture
def small_limits(settings):
    settings.CLIPMIX_RATE_LIMITS = {
        **settings.CLIPMIX_RATE_LIMITS,
        **dict.fromkeys(("comment", "follow", "like", "log_in_account"), f"{LIMIT}/{WINDOW}"),
    }
    _clear_of_window_edge(WINDOW, margin=300)


def _assert_limited(response):
    assert response.status_code == 429, response.content[:300]
    body = response.json()
    assert body["code"] == "rate_limited"
    retry_after = body["extra"]["retry_after"]
    assert 0 < retry_after <= WINDOW
    assert response["Retry-After"] == str(retry_after)
    assert body["message"] == RATE_LIMITED.format(seconds=retry_after)


def test_every_surface_has_a_configured_limit(settings):
    for scope in ("comment", "follow", "like", "log_in_account"):
        count, _, seconds = settings.CLIPMIX_RATE_LIMITS[scope].partition("/")
        assert int(count) > 0
        assert int(seconds) > 0


def test_comments_and_replies_from_one_account_are_limited(
    user_api_client, video_factory, small_limits, django_capture_on_commit_callbacks
):
    video = video_factory()
    url = f"/api/v1/videos/{video.pk}/comments/"
    with django_capture_on_commit_callbacks() as callbacks:
        first = user_api_client.post(url, {"body": "first"}, format="json")
        statuses = [first.status_code] + [
            user_api_client.post(
                # Words the screener allows: a held comment sends no live event.
                url,
                {"body": f"great point {n}", "parent": first.json()["id"]},
                format="json",
            ).status_code
            for n in range(LIMIT - 1)
        ]
        refused = user_api_client.post(url, {"body": "one too many"}, format="json")

    assert statuses == [201] * LIMIT
    _assert_limited(refused)
    assert Comment.objects.count() == LIMIT
    # One live event per accepted comment, none for the refusal (the page cache's own
    # after-commit bumps aside).
    events = [c for c in callbacks if "version_bump" not in c.__qualname__]
    assert len(events) == LIMIT


def test_the_comment_form_shows_the_limit_as_an_error(user, video_factory, small_limits):
    video = video_factory()
    client = Client()
    client.force_login(user)
    for n in range(LIMIT):
        client.post(f"/v/{video.pk}/comments", {"body": f"hello {n}"})

    response = client.post(f"/v/{video.pk}/comments", {"body": "again"}, follow=True)

    assert [str(m) for m in response.context["messages"]][-1].startswith("Too many attempts.")
    assert Comment.objects.count() == LIMIT


def test_follow_toggles_are_limited_per_account(
    user_api_client, user_factory, small_limits, django_capture_on_commit_callbacks
):
    other = user_factory(username="followed")
    url = "/api/v1/accounts/followed/follow/"
    with django_capture_on_commit_callbacks() as callbacks:
        statuses = [
            (user_api_client.post if n % 2 == 0 else user_api_client.delete)(url).status_code
            for n in range(LIMIT)
        ]
        refused = user_api_client.post(url) if LIMIT % 2 == 0 else user_api_client.delete(url)

    assert statuses == [204] * LIMIT
    _assert_limited(refused)
    assert Follow.objects.filter(followee=other).count() == LIMIT % 2
    events = [c for c in callbacks if "version_bump" not in c.__qualname__]
    assert len(events) == (LIMIT + 1) // 2  # one event per follow that happened


def test_the_follow_button_shows_the_limit_on_a_page(user, user_factory, small_limits):
    user_factory(username="followed")
    client = Client()
    client.force_login(user)
    for n in range(LIMIT):
        client.post("/@followed/follow", {"intent": "follow" if n % 2 == 0 else "unfollow"})

    response = client.post("/@followed/follow", {"intent": "follow"})

    assert response.status_code == 429
    assert "Too many attempts." in response.content.decode()
    assert response["Retry-After"]


def test_like_toggles_are_limited_per_account(user_api_client, video_factory, small_limits):
    video = video_factory()
    url = f"/api/v1/videos/{video.pk}/like/"
    statuses = [
        (user_api_client.post if n % 2 == 0 else user_api_client.delete)(url).status_code
        for n in range(LIMIT)
    ]
    refused = user_api_client.delete(url)

    assert statuses == [200] * LIMIT
    _assert_limited(refused)
    assert Like.objects.filter(video=video).count() == LIMIT % 2


def test_log_in_attempts_are_limited_per_account_across_addresses(user, small_limits):
    client = APIClient()
    payload = {"username": user.username.upper(), "password": "wrong-password"}
    statuses = [
        client.post(
            "/api/v1/auth/token/", payload, format="json", REMOTE_ADDR=f"10.0.0.{n}"
        ).status_code
        for n in range(LIMIT)
    ]
    refused = client.post(
        "/api/v1/auth/token/",
        {"username": user.username, "password": "right-or-wrong"},
        format="json",
        REMOTE_ADDR="10.0.9.9",
    )
    page = Client(REMOTE_ADDR="10.0.8.8").post(
        "/login", {"username": user.username, "password": "x"}
    )

    assert statuses == [400] * LIMIT
    _assert_limited(refused)
    assert page.status_code == 429
