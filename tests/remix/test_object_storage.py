"""Remixes on an S3-compatible bucket (moto's standalone server, over HTTP): the engines read
the video through a temporary copy that is removed afterwards, and the source frame, the signed
output, the voice clip and the comments' copies are objects in the bucket whose credentials
verify. An unreachable bucket makes a remix in flight retry, then fail with a reason; the voice
check before queueing reads the bucket only for a video whose sound track is not yet known."""

import io

import pytest

from apps.comments.models import Comment
from apps.core.storage import STORAGE_UNAVAILABLE
from apps.provenance.verification import image_verify, media_verify
from apps.remix.models import RemixJob
from apps.remix.services.requesting import voice_remix_check
from apps.videos.models import Video

pytestmark = pytest.mark.django_db


def _files_under(folder) -> list:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


def _stored(field) -> bytes:
    with field.open("rb") as stored:
        return stored.read()


def test_an_image_remix_reads_and_writes_the_bucket_and_its_credentials_verify(
    s3_media, real_video, user_factory, remix, settings
):
    video = real_video()
    job = remix(user_factory(), video)

    assert job.status == RemixJob.Status.PUBLISHED, job.reason
    comment = Comment.objects.get(pk=job.comment_id)
    names = s3_media.names()
    for name in (job.source_frame.name, job.output_image.name, comment.image.name):
        assert name in names
    data = _stored(comment.image)
    report = image_verify(io.BytesIO(data), size=len(data))
    assert report.c2pa.valid
    assert report.watermark.remix_id == job.pk
    assert _files_under(settings.MEDIA_ROOT) == []
    assert _files_under(settings.FILE_UPLOAD_TEMP_DIR) == []  # the video's copies are gone


def test_a_voice_remix_clip_is_made_from_a_copy_of_the_stored_video_and_kept_in_the_bucket(
    s3_media, real_video, user_factory, remix, settings
):
    video = real_video(speaking=True)
    job = remix(user_factory(), video, kind="voice", prompt="make me a chipmunk", at_seconds=0.5)

    assert job.status == RemixJob.Status.PUBLISHED, job.reason
    comment = Comment.objects.get(pk=job.comment_id)
    assert {job.output_clip.name, comment.clip.name} <= set(s3_media.names())
    data = _stored(comment.clip)
    report = media_verify(io.BytesIO(data), size=len(data))
    assert report.c2pa.valid
    assert _files_under(settings.FILE_UPLOAD_TEMP_DIR) == []


def test_a_remix_in_flight_when_the_bucket_goes_away_retries_then_fails_with_a_reason(
    s3_media, real_video, user_factory, client, settings, django_capture_on_commit_callbacks
):
    """Run eagerly, the task tries again at once up to the attempt limit (a worker does the
    same with backoff); the requester reads why it failed."""
    video = real_video()
    fan = user_factory()
    client.force_login(fan)
    s3_media.unreachable()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/remix/jobs",
            {"video_id": video.pk, "at_seconds": 1.0, "kind": "restyle", "prompt": "pixel art"},
            content_type="application/json",
        )

    assert response.status_code == 201, response.content
    job = RemixJob.objects.get(pk=response.json()["id"])
    assert job.status == RemixJob.Status.FAILED
    assert job.attempts == settings.CLIPMIX_REMIX_MAX_ATTEMPTS
    assert job.reason_code == "engine_failed"
    assert "media storage could not be reached" in job.reason
    assert not Comment.objects.filter(video=video).exists()
    status = client.get(f"/api/v1/remix/jobs/{job.pk}").json()
    assert status["status"] == "failed"
    assert "media storage could not be reached" in status["reason"]
    assert _files_under(settings.FILE_UPLOAD_TEMP_DIR) == []


def test_the_voice_check_downloads_nothing_from_the_bucket(s3_media, real_video):
    """Whether the video has a sound track was stored at upload: the check before queueing
    answers with the bucket unreachable."""
    video = real_video(speaking=True)
    s3_media.unreachable()

    voice_remix_check(video=video, prompt="chipmunk")  # not refused, no 503


def test_a_voice_remix_request_while_the_bucket_is_unreachable_is_a_503(
    s3_media, real_video, user_factory, client
):
    """A video stored before its sound track was kept is probed from the bucket by the
    request itself: unreachable, a 503, and no job is made."""
    video = real_video(speaking=True)
    Video.objects.filter(pk=video.pk).update(has_audio=None)
    client.force_login(user_factory())
    s3_media.unreachable()

    response = client.post(
        "/api/v1/remix/jobs",
        {"video_id": video.pk, "at_seconds": 0.5, "kind": "voice", "prompt": "chipmunk"},
        content_type="application/json",
    )

    assert response.status_code == 503
    assert response.json()["code"] == "storage_unavailable"
    assert response.json()["message"] == str(STORAGE_UNAVAILABLE)
    assert not RemixJob.objects.exists()
