from typing import get_args

import pytest
from django.urls import reverse

from apps.moderation.models import ModerationCase
from apps.moderation.services.moderators import moderator_grant
from apps.remix.engines.base import Kind
from apps.remix.models import RemixJob

pytestmark = pytest.mark.django_db

JOBS = "/api/v1/remix/jobs"


@pytest.fixture
def post_job(client, django_capture_on_commit_callbacks):
    def post(user, video, **overrides):
        client.force_login(user)
        body = {"video_id": video.pk, "at_seconds": 0.5, "kind": "restyle", "prompt": "comic"}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(JOBS, {**body, **overrides}, content_type="application/json")

    return post


def test_creating_a_job_answers_201_with_the_job(post_job, real_video, user_factory):
    response = post_job(user_factory(), real_video())
    assert response.status_code == 201
    body = response.json()
    assert {"id", "status", "progress", "queue_position", "comment_id", "image_url"} <= set(body)
    # Eager in the embedded mode: it may already be finished when the request returns.
    assert body["status"] in {"queued", "published"}


def test_a_harmful_prompt_answers_422_with_the_guideline(post_job, real_video, user_factory):
    response = post_job(user_factory(), real_video(), prompt="make her naked")
    assert response.status_code == 422
    assert response.json()["code"] == "guideline_violation"
    assert response.json()["extra"]["category"] == "sexual_nonconsensual"


def test_remixes_off_answers_403_with_the_reason(post_job, real_video, user_factory):
    video = real_video(remix_audience="no_one")
    response = post_job(user_factory(), video)
    assert response.status_code == 403
    assert response.json()["code"] == "remix_not_allowed"
    assert f"@{video.owner.username} has turned off AI remixes" in response.json()["message"]


def test_the_per_video_limit_answers_429_with_retry_after(
    post_job, real_video, user_factory, settings
):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "remix_video": "1/3600"}
    fan, video = user_factory(), real_video()
    assert post_job(fan, video).status_code == 201
    refused = post_job(fan, video)
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert RemixJob.objects.count() == 1


def test_a_job_is_visible_to_its_requester_and_creator_only(
    post_job, real_video, user_factory, client
):
    fan, video = user_factory(), real_video()
    job_id = post_job(fan, video).json()["id"]
    client.force_login(video.owner)
    assert client.get(f"{JOBS}/{job_id}").status_code == 200
    client.force_login(user_factory())
    assert client.get(f"{JOBS}/{job_id}").status_code == 404


def test_lists_of_mine_and_of_my_videos(post_job, real_video, user_factory, client):
    fan, video = user_factory(), real_video()
    job_id = post_job(fan, video).json()["id"]
    assert [job["id"] for job in client.get(f"{JOBS}?mine=1").json()] == [job_id]
    client.force_login(video.owner)
    mine = client.get(f"/api/v1/remix/videos/{video.pk}/remixes").json()
    assert [job["id"] for job in mine] == [job_id]
    client.force_login(fan)
    assert client.get(f"/api/v1/remix/videos/{video.pk}/remixes").status_code == 403


def test_a_finished_job_cannot_be_cancelled_or_retried(post_job, real_video, user_factory, client):
    job_id = post_job(user_factory(), real_video()).json()["id"]
    assert client.post(f"{JOBS}/{job_id}/cancel").status_code == 409
    assert client.post(f"{JOBS}/{job_id}/retry").json()["code"] == "not_retryable"


def test_a_moderator_approves_a_held_remix_from_the_admin_queue_and_it_is_published(
    post_job, real_video, user_factory, client
):
    post_job(user_factory(), real_video(), prompt="put her in a bikini at the beach")
    job = RemixJob.objects.get()
    assert job.status == RemixJob.Status.IN_REVIEW
    case = ModerationCase.objects.get(content_type="remix.remixjob")
    client.force_login(moderator_grant(user=user_factory()))
    page = client.get(reverse("admin:moderation_moderationcase_change", args=[case.pk]))
    html = page.content.decode()
    assert f'<img src="{job.source_frame.url}"' in html
    assert f'<img src="{job.output_image.url}"' in html
    assert "bikini" in html
    client.post(
        reverse("admin:moderation_moderationcase_change", args=[case.pk]), {"decision": "approve"}
    )
    job.refresh_from_db()
    assert job.status == RemixJob.Status.PUBLISHED
    assert job.comment.is_visible


def test_the_engines_kind_type_names_the_models_kinds():
    assert list(get_args(Kind)) == RemixJob.Kind.values


def test_the_schema_lists_the_kinds_and_its_example_requests_a_remix(
    client, post_job, real_video, user_factory
):
    job_in = client.get("/api/v1/remix/openapi.json").json()["components"]["schemas"]["JobIn"]
    assert job_in["properties"]["kind"]["enum"] == RemixJob.Kind.values

    example = {**job_in["examples"][0]}
    del example["video_id"]
    assert post_job(user_factory(), real_video(), **example).status_code == 201


def test_the_job_list_numbers_the_queue_in_one_query(
    client, user_factory, video_factory, remix_job_factory
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fan, video = user_factory(), video_factory()

    def queue(count):
        remix_job_factory.create_batch(count, requester=fan, video=video)

    client.force_login(fan)
    queue(1)
    with CaptureQueriesContext(connection) as one:
        assert [job["queue_position"] for job in client.get(JOBS).json()] == [1]
    queue(3)
    with CaptureQueriesContext(connection) as four:
        listed = client.get(JOBS).json()
    assert [job["queue_position"] for job in listed] == [4, 3, 2, 1]  # newest first
    assert len(four) == len(one)


@pytest.mark.parametrize("kind", ["restyle", "caption_only"])
def test_a_remix_of_a_flat_colour_upload_publishes(post_job, flat_video, user_factory, kind):
    response = post_job(user_factory(), flat_video, kind=kind, caption="Slide 3")
    assert response.status_code == 201
    job = RemixJob.objects.get(pk=response.json()["id"])
    assert job.status == RemixJob.Status.PUBLISHED, job.reason


@pytest.mark.parametrize(("kind", "code"), [("face", "no_face"), ("background", "no_person")])
def test_a_face_or_background_remix_of_a_flat_colour_upload_fails_with_its_reason(
    client, post_job, flat_video, user_factory, kind, code
):
    fan = user_factory()
    response = post_job(fan, flat_video, kind=kind, caption="Slide 3")
    assert response.status_code == 201
    job = RemixJob.objects.get(pk=response.json()["id"])
    assert (job.status, job.reason_code) == (RemixJob.Status.FAILED, code)
    client.force_login(fan)
    shown = client.get(f"{JOBS}/{job.pk}").json()
    assert (shown["status"], shown["reason"]) == ("failed", job.reason)
    assert "pick another moment" in shown["reason"]


def test_a_remix_whose_watermark_cannot_be_made_fails_with_a_reason(
    post_job, flat_video, user_factory, monkeypatch
):
    from apps.provenance import signing
    from apps.provenance.watermark import WatermarkError

    def unreadable(image, *, remix_id, quality, replaces=()):
        raise WatermarkError(f"the watermark for remix {remix_id} could not be made to read back")

    monkeypatch.setattr(signing, "watermark_embed_checked", unreadable)
    response = post_job(user_factory(), flat_video)
    assert response.status_code == 201
    job = RemixJob.objects.get(pk=response.json()["id"])
    assert job.status == RemixJob.Status.FAILED
    assert "could not be made to read back" in job.reason
    assert not job.comment_id
