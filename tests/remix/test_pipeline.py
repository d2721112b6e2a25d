"""The remix pipeline end to end in-process (eager Celery, the effects engine)."""

import io

import pytest
from PIL import Image

from apps.comments.models import Comment
from apps.core.errors import ApplicationError
from apps.moderation.models import ModerationCase
from apps.notifications.models import Notification
from apps.provenance.verification import image_verify
from apps.provenance.watermark import watermark_read
from apps.remix import errors
from apps.remix.models import RemixJob
from apps.remix.services import deciding, requesting, running
from apps.remix.states import IllegalTransition, job_progress, job_transition
from tests.factories import RemixJobFactory

pytestmark = pytest.mark.django_db


def test_a_remix_is_generated_signed_and_published_as_a_comment(real_video, user_factory, remix):
    video, fan = real_video(), user_factory(username="fan")
    job = remix(fan, video)
    job.refresh_from_db()
    assert job.status == RemixJob.Status.PUBLISHED, job.reason
    assert job.progress == 100
    comment = Comment.objects.get(pk=job.comment_id)
    assert (comment.author, comment.video, comment.status) == (fan, video, "visible")
    assert comment.body == "Monday mood"
    with comment.image.open("rb") as stored:
        data = stored.read()
    report = image_verify(io.BytesIO(data), size=len(data))
    assert report.c2pa.valid
    assert report.watermark.present
    assert report.watermark.remix_id == job.pk
    assert set(job.timings) >= {"frame_ms", "engine_ms", "screen_ms", "sign_ms"}
    kinds = set(Notification.objects.values_list("recipient__username", "kind"))
    assert (video.owner.username, "remix.created") in kinds
    assert ("fan", "remix.published") in kinds


def test_a_remix_of_a_video_with_remixes_off_is_refused(real_video, user_factory, remix):
    video = real_video(remix_audience="no_one")
    with pytest.raises(ApplicationError) as refused:
        remix(user_factory(), video)
    assert (refused.value.status, refused.value.code) == (403, "remix_not_allowed")
    assert not RemixJob.objects.exists()


def test_a_harmful_prompt_is_refused_and_nothing_is_queued(real_video, user_factory, remix):
    with pytest.raises(ApplicationError) as refused:
        remix(user_factory(), real_video(), prompt="make her naked")
    assert (refused.value.status, refused.value.code) == (422, "guideline_violation")
    assert not RemixJob.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"at_seconds": 99.0}, "moment_outside_video"),
        ({"prompt": "  "}, "prompt_required"),
        ({"kind": "explode"}, "invalid_kind"),
        ({"kind": "caption_only", "prompt": "", "caption": ""}, "caption_required"),
    ],
)
def test_invalid_requests_are_422(real_video, user_factory, overrides, code, remix):
    with pytest.raises(ApplicationError) as refused:
        remix(user_factory(), real_video(), **overrides)
    assert (refused.value.status, refused.value.code) == (422, code)


def test_in_approval_mode_the_creator_approves_before_it_appears(real_video, user_factory, remix):
    video, fan = real_video(remix_requires_approval=True), user_factory()
    job = remix(fan, video)
    job.refresh_from_db()
    assert job.status == RemixJob.Status.IN_REVIEW
    assert job.comment_id is None
    deciding.remix_job_approve(job=job, actor=video.owner)
    job.refresh_from_db()
    assert job.status == RemixJob.Status.PUBLISHED
    assert Comment.objects.get(pk=job.comment_id).is_visible


def test_the_creator_removes_a_published_remix(real_video, user_factory, remix):
    video = real_video()
    job = remix(user_factory(), video)
    job.refresh_from_db()
    deciding.remix_job_remove(job=job, actor=video.owner)
    job.refresh_from_db()
    assert (job.status, job.reason_code) == (RemixJob.Status.REMOVED, "removed_by_creator")
    assert Comment.objects.get(pk=job.comment_id).status == Comment.Status.HIDDEN


def test_a_borderline_prompt_is_held_for_a_moderator_who_approves_it(
    real_video, user_factory, remix
):
    from apps.moderation.services.cases import case_approve
    from apps.moderation.services.moderators import moderator_grant

    video = real_video()
    job = remix(user_factory(), video, prompt="put her in a bikini at the beach")
    job.refresh_from_db()
    assert job.status == RemixJob.Status.IN_REVIEW
    case = ModerationCase.objects.get(content_type="remix.remixjob", object_id=job.pk)
    case_approve(case=case, moderator=moderator_grant(user=user_factory()))
    job.refresh_from_db()
    assert job.status == RemixJob.Status.PUBLISHED


def test_consent_withdrawn_before_publishing_cancels(
    real_video, user_factory, remix, django_capture_on_commit_callbacks
):
    from apps.privacy.services import video_privacy_update

    video = real_video(remix_requires_approval=True)
    job = remix(user_factory(), video)
    with django_capture_on_commit_callbacks(execute=True):  # the signal is sent after commit
        video_privacy_update(video=video, remix_audience="no_one")
    job.refresh_from_db()
    assert job.status == RemixJob.Status.CANCELLED
    assert job.reason_code.startswith("consent_")
    assert job.comment_id is None


def test_running_the_same_job_twice_publishes_once(real_video, user_factory, remix):
    job = remix(user_factory(), real_video())
    running.remix_job_execute(job_id=job.pk)  # a redelivered message
    assert Comment.objects.filter(image__startswith="comments/").count() == 1


def test_cancel_while_queued_and_a_late_delivery_does_nothing(
    real_video, user_factory, remix_job_factory
):
    fan = user_factory()
    video = real_video()
    job = remix_job_factory(requester=fan, video=video)  # queued: no worker has taken it yet
    requesting.remix_job_cancel(job=job, actor=fan)
    job.refresh_from_db()
    assert job.status == RemixJob.Status.CANCELLED
    running.remix_job_execute(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == RemixJob.Status.CANCELLED
    assert job.comment_id is None


def test_illegal_transitions_raise(real_video, user_factory, remix):
    job = remix(user_factory(), real_video())
    job.refresh_from_db()
    with pytest.raises(IllegalTransition):
        job_transition(job, RemixJob.Status.RUNNING)


def test_the_output_keeps_its_watermark_after_a_jpeg_re_encode(real_video, user_factory, remix):
    job = remix(user_factory(), real_video())
    with job.output_image.open("rb") as stored:
        image = Image.open(io.BytesIO(stored.read())).convert("RGB")
    assert min(image.size) >= 512
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)  # what a re-share does; the credentials are gone
    reading = watermark_read(Image.open(io.BytesIO(buffer.getvalue())))
    assert (reading.present, reading.remix_id) == (True, job.pk)


def test_consent_withdrawn_while_running_stops_the_job_before_it_publishes(
    real_video, user_factory, remix_job_factory, django_capture_on_commit_callbacks
):
    from apps.privacy.services import video_privacy_update

    fan, video = user_factory(), real_video()
    job = remix_job_factory(  # a worker has it
        requester=fan, video=video, status=RemixJob.Status.RUNNING, attempts=1
    )
    with django_capture_on_commit_callbacks(execute=True):
        video_privacy_update(video=video, remix_audience="no_one")
    job.refresh_from_db()
    assert (job.status, job.reason_code) == (RemixJob.Status.CANCELLED, "consent_remix_off")
    running.remix_job_execute(job_id=job.pk)  # the worker's next step
    job.refresh_from_db()
    assert job.status == RemixJob.Status.CANCELLED
    assert not Comment.objects.filter(video=video).exists()


def _running_job(video, fan, *, attempts: int) -> RemixJob:
    return RemixJobFactory(  # a worker had it
        requester=fan, video=video, status=RemixJob.Status.RUNNING, attempts=attempts
    )


def test_an_engine_error_is_retried_until_the_attempts_run_out(real_video, user_factory, settings):
    fan, video = user_factory(), real_video()
    job = _running_job(video, fan, attempts=1)
    assert running.remix_job_should_retry_after_engine_error(
        job_id=job.pk, error=RuntimeError("out of memory")
    )
    job.attempts = settings.CLIPMIX_REMIX_MAX_ATTEMPTS
    job.save(update_fields=["attempts"])
    assert not running.remix_job_should_retry_after_engine_error(
        job_id=job.pk, error=RuntimeError("out of memory")
    )
    job.refresh_from_db()
    assert (job.status, job.reason_code) == (RemixJob.Status.FAILED, "engine_failed")
    assert "out of memory" in job.reason


def test_a_poison_job_that_keeps_killing_its_worker_fails_instead_of_looping(
    real_video, user_factory, settings
):
    fan, video = user_factory(), real_video()
    # Each redelivery after a dead worker counts as an attempt; this one is past the limit.
    job = _running_job(video, fan, attempts=settings.CLIPMIX_REMIX_MAX_ATTEMPTS)
    running.remix_job_execute(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.reason_code) == (RemixJob.Status.FAILED, "too_many_attempts")
    assert job.reason == errors.FAILED_REPEATEDLY
    assert not Comment.objects.filter(video=video).exists()
    [notice] = Notification.objects.filter(recipient=fan)
    assert notice.text == errors.NOTICE_FAILED.format(reason=errors.FAILED_REPEATEDLY)


def test_a_job_whose_video_is_deleted_ends_cancelled_not_running(real_video, user_factory):
    from apps.videos.services import video_delete

    fan, video = user_factory(), real_video()
    job = _running_job(video, fan, attempts=1)
    video_delete(video=video)
    running.remix_job_execute(job_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.reason_code) == (RemixJob.Status.CANCELLED, "consent_video_deleted")


def test_progress_reported_after_a_job_was_cancelled_changes_nothing_and_tells_nobody(
    real_video, user_factory, django_capture_on_commit_callbacks
):
    fan = user_factory()
    job = _running_job(real_video(), fan, attempts=1)
    requesting.remix_job_cancel(job=job, actor=fan)

    with django_capture_on_commit_callbacks() as events:
        job_progress(job, 50, "Painting")  # the engine, still working on its copy of the row
    job.refresh_from_db()
    assert (job.status, job.stage) == (RemixJob.Status.CANCELLED, "")
    assert events == []
