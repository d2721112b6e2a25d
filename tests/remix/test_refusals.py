"""What the engine cannot do ends the job at once with a reason the requester can act on: no
face for a face effect, no person to put somewhere else, a model file missing. Never a
published substitute, never a retry."""

import shutil

import pytest

from apps.comments.models import Comment
from apps.notifications.models import Notification
from apps.remix import errors
from apps.remix.engines.vision.models import models_dir, models_forget
from apps.remix.models import RemixJob
from apps.remix.services import running
from tests.factories import RemixJobFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "code", "reason"),
    [("face", "no_face", errors.NO_FACE), ("background", "no_person", errors.NO_PERSON)],
)
def test_a_frame_without_a_face_fails_at_once_with_the_moment_and_publishes_nothing(
    real_video, user_factory, remix, kind, code, reason
):
    video, fan = real_video(), user_factory()  # moving shapes: nobody in it

    job = remix(fan, video, kind=kind, prompt="sunglasses on a beach", at_seconds=1.0)

    assert (job.status, job.reason_code) == (RemixJob.Status.FAILED, code)
    assert job.reason == reason.format(at="0:01")
    assert job.attempts == 1  # not retried: the frame would not change
    assert not job.output_image
    assert not Comment.objects.filter(video=video).exists()
    notice = Notification.objects.get(recipient=fan, kind="remix.failed")
    assert notice.text == errors.NOTICE_FAILED.format(reason=job.reason)


@pytest.mark.parametrize(
    ("kind", "prompt", "detail"),
    [
        ("face", "add sunglasses", "sunglasses effect on 1 face"),
        ("background", "put me on a beach at sunset", "beach at sunset backdrop"),
    ],
)
def test_a_frame_with_a_person_is_remixed_and_published(
    real_video, user_factory, remix, kind, prompt, detail
):
    video, fan = real_video(person=True), user_factory()

    job = remix(fan, video, kind=kind, prompt=prompt)

    assert job.status == RemixJob.Status.PUBLISHED, job.reason
    assert Comment.objects.filter(pk=job.comment_id, video=video).exists()


def test_a_missing_model_file_fails_the_job_with_a_reason_and_the_worker_carries_on(
    real_video, user_factory, settings, tmp_path
):
    damaged = tmp_path / "models"
    shutil.copytree(models_dir(), damaged)
    (damaged / "face_landmark.tflite").unlink()
    settings.CLIPMIX_MODELS_DIR = damaged
    fan, video = user_factory(), real_video(person=True)
    job = RemixJobFactory(requester=fan, video=video, kind="face", prompt="sunglasses")
    models_forget()
    try:
        running.remix_job_execute(job_id=job.pk)  # returns: nothing escapes to the worker
    finally:
        models_forget()

    job.refresh_from_db()
    assert (job.status, job.reason_code) == (RemixJob.Status.FAILED, "engine_unavailable")
    assert job.reason == errors.ENGINE_UNAVAILABLE
    assert "tflite" not in job.reason  # the requester is not shown the server's files
