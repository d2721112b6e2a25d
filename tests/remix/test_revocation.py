"""Per-kind consent re-checked by the worker, and revocation through the pages: narrowing a
video's settings (or all videos', or blocking someone) offers to take down the published
remixes they no longer allow, with the count; a job finishing during a removal is cancelled,
never published; removed remixes are restorable until the purge deletes their files."""

import time
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apps.accounts.models import Block
from apps.comments.models import Comment
from apps.core.errors import ApplicationError
from apps.moderation.models import AuditEntry
from apps.notifications.models import Notification
from apps.privacy import policy
from apps.privacy.models import RemixKind
from apps.privacy.services import privacy_apply_to_all, video_privacy_change
from apps.remix.engines.effects import EffectsEngine
from apps.remix.models import RemixJob
from apps.remix.retention import remix_files_purge
from apps.remix.services import revoking, running
from tests.factories import CommentFactory, RemixJobFactory

pytestmark = pytest.mark.django_db
Status = RemixJob.Status


# --- The worker re-checks the kind -----------------------------------------------------------


def test_a_queued_face_remix_is_cancelled_when_the_worker_starts_after_face_edits_went_off(
    real_video, user_factory
):
    video = real_video()
    job = RemixJobFactory(requester=user_factory(), video=video, kind=RemixKind.FACE)
    type(video.privacy).objects.filter(pk=video.privacy.pk).update(remix_kinds=["restyle"])

    running.remix_job_execute(job_id=job.pk)

    job.refresh_from_db()
    assert (job.status, job.reason_code) == (Status.CANCELLED, "consent_remix_kind_not_allowed")
    assert "but not face edits" in job.reason
    assert not job.output_image


class FaceOffWhileGenerating(EffectsEngine):
    """The effects engine, but the creator turns face edits off while it works (without the
    signal that would stop the job: only the check before publishing is left)."""

    video_id = 0

    def generate(self, frame, request, progress):
        from apps.privacy.models import VideoPrivacy

        VideoPrivacy.objects.filter(video_id=self.video_id).update(remix_kinds=["restyle"])
        return super().generate(frame, request, progress)


def test_a_face_remix_is_cancelled_before_it_publishes_when_face_edits_go_off_meanwhile(
    real_video, user_factory, settings
):
    from apps.remix.engines import _engine_of_class

    video = real_video(person=True)  # a face for the face effect
    settings.CLIPMIX_REMIX_ENGINE_CLASS = f"{__name__}.FaceOffWhileGenerating"
    _engine_of_class.cache_clear()
    FaceOffWhileGenerating.video_id = video.pk
    job = RemixJobFactory(requester=user_factory(), video=video, kind=RemixKind.FACE)
    try:
        running.remix_job_execute(job_id=job.pk)
    finally:
        _engine_of_class.cache_clear()

    job.refresh_from_db()
    assert (job.status, job.reason_code) == (Status.CANCELLED, "consent_remix_kind_not_allowed")
    assert job.output_image  # it was generated...
    assert not Comment.objects.filter(video=video).exists()  # ...and never published


def test_a_restyle_still_publishes_when_only_face_edits_went_off(real_video, user_factory):
    video = real_video()
    job = RemixJobFactory(requester=user_factory(), video=video, kind=RemixKind.RESTYLE)
    type(video.privacy).objects.filter(pk=video.privacy.pk).update(remix_kinds=["restyle"])

    running.remix_job_execute(job_id=job.pk)

    job.refresh_from_db()
    assert job.status == Status.PUBLISHED


# --- Taking remixes down ---------------------------------------------------------------------


def _published(video, requester, kind=RemixKind.RESTYLE):
    """A published remix row with its visible comment (names only: no files needed here)."""
    comment = CommentFactory(
        video=video, author=requester, body="", image=f"comments/{requester.pk}-{kind}.jpg"
    )
    return RemixJobFactory(
        requester=requester,
        video=video,
        kind=kind,
        status=Status.PUBLISHED,
        comment=comment,
        output_image=f"remixes/{comment.pk}.jpg",
        finished_at=timezone.now(),
    )


def test_the_page_asks_with_the_count_before_removing(client, video_factory, user_factory):
    video = video_factory()
    face, restyle = (_published(video, user_factory(), kind) for kind in ("face", "restyle"))
    client.force_login(video.owner)
    form = {
        "visibility": "public",
        "comment_audience": "everyone",
        "remix_audience": "everyone",
        "remix_kinds": ["restyle", "background", "caption_only"],
    }

    asked = client.post(f"/v/{video.pk}/privacy", form)

    assert b'data-removal-count="1"' in asked.content
    video.privacy.refresh_from_db()
    assert "face" in video.privacy.remix_kinds  # nothing saved yet

    done = client.post(f"/v/{video.pk}/privacy", {**form, "remixes": "remove"}, follow=True)

    assert b"Removed 1 published remix" in done.content
    face.refresh_from_db(), restyle.refresh_from_db()
    assert (face.status, restyle.status) == (Status.REMOVED, Status.PUBLISHED)
    video.privacy.refresh_from_db()
    assert "face" not in video.privacy.remix_kinds


def test_keeping_them_saves_the_settings_and_removes_nothing(client, video_factory, user_factory):
    video = video_factory()
    job = _published(video, user_factory())
    client.force_login(video.owner)

    client.post(
        f"/v/{video.pk}/privacy",
        {
            "visibility": "public",
            "comment_audience": "everyone",
            "remix_audience": "no_one",
            "remixes": "keep",
        },
    )

    video.privacy.refresh_from_db()
    job.refresh_from_db()
    assert (video.privacy.remix_audience, job.status) == ("no_one", Status.PUBLISHED)


def test_a_smaller_audience_removes_only_the_remixes_of_people_outside_it(
    video_factory, user_factory, follow_factory
):
    video = video_factory()
    follower, stranger = user_factory(), user_factory()
    follow_factory(follower=follower, followee=video.owner)
    kept, removed = _published(video, follower), _published(video, stranger)

    change = video_privacy_change(
        video=video, remix_audience="followers", remove_disallowed_remixes=True
    )

    kept.refresh_from_db(), removed.refresh_from_db()
    assert change.removed == 1
    assert (kept.status, removed.status) == (Status.PUBLISHED, Status.REMOVED)
    assert removed.reason_code == "revoked_remix_followers_only"
    assert policy.REMIX_FOLLOWERS_ONLY.format(handle=video.owner.username) in removed.reason
    assert Notification.objects.filter(recipient=stranger, kind="remix.removed").exists()
    assert not Notification.objects.filter(recipient=follower).exists()


def test_apply_to_all_removes_across_every_video_only_when_asked(
    user, video_factory, user_factory, client
):
    from apps.privacy.services import account_privacy_update

    jobs = [_published(video_factory(owner=user), user_factory()) for _ in range(3)]
    account_privacy_update(user=user, remix_audience="no_one")
    client.force_login(user)

    asked = client.get("/settings/privacy/apply-to-all")
    assert b'data-removal-count="3"' in asked.content
    assert privacy_apply_to_all(user=user).removed == 0
    assert {RemixJob.objects.get(pk=job.pk).status for job in jobs} == {Status.PUBLISHED}

    client.post("/settings/privacy/apply-to-all", {"also_remove": "on"})

    assert {RemixJob.objects.get(pk=job.pk).status for job in jobs} == {Status.REMOVED}


def test_blocking_from_the_studio_offers_to_remove_that_persons_remixes(
    client, video_factory, user_factory
):
    creator, fan, other = user_factory(), user_factory(), user_factory()
    theirs = [_published(video_factory(owner=creator), fan) for _ in range(2)]
    someone_elses = _published(video_factory(owner=creator), other)
    client.force_login(creator)

    asked = client.get(f"/studio/remixes/{theirs[0].pk}/block")
    assert b"Also remove the 2 remixes" in asked.content

    client.post(f"/studio/remixes/{theirs[0].pk}/block", {"also_remove": "on"})

    assert Block.objects.filter(blocker=creator, blocked=fan).exists()
    assert {RemixJob.objects.get(pk=job.pk).status for job in theirs} == {Status.REMOVED}
    assert RemixJob.objects.get(pk=someone_elses.pk).status == Status.PUBLISHED


def test_removal_never_touches_another_creators_remixes(video_factory, user_factory):
    from apps.privacy.remixes import Removal

    mine, theirs = video_factory(), video_factory()
    job = _published(theirs, user_factory())

    removed = revoking.remix_jobs_take_down(
        removals=[Removal(job.pk, "no", "revoked_remix_off")], actor=mine.owner
    )

    job.refresh_from_db()
    assert (removed, job.status) == (0, Status.PUBLISHED)


def test_a_job_finishing_during_the_removal_is_cancelled_not_published(
    real_video, user_factory, django_capture_on_commit_callbacks
):
    """The worker finished generating (output stored) when the creator narrows and removes;
    its publishing step comes after, under the same lock, and finds consent withdrawn."""
    video = real_video(person=True)
    published = _published(video, user_factory(), "face")
    in_flight = RemixJobFactory(
        requester=user_factory(), video=video, kind=RemixKind.FACE, status=Status.RUNNING
    )
    running._generate(in_flight, running._frame(in_flight), {})  # the engine's work is done

    video_privacy_change(video=video, remix_kinds=["restyle"], remove_disallowed_remixes=True)
    running._publish(in_flight)  # the worker's next step

    in_flight.refresh_from_db(), published.refresh_from_db()
    assert published.status == Status.REMOVED
    assert (in_flight.status, in_flight.reason_code) == (
        Status.CANCELLED,
        "consent_remix_kind_not_allowed",
    )
    assert in_flight.comment_id is None


def test_two_hundred_remixes_come_down_in_one_request_all_or_nothing(
    video_factory, user_factory, monkeypatch
):
    video = video_factory()
    requesters = user_factory.create_batch(20)
    for n in range(200):
        _published(video, requesters[n % 20], "face")
    original = revoking.job_transition
    calls = {"n": 0}

    def failing_at_the_150th(*args, **kwargs):  # the database goes away mid-way
        calls["n"] += 1
        if calls["n"] == 150:
            raise RuntimeError("the database went away")
        return original(*args, **kwargs)

    monkeypatch.setattr(revoking, "job_transition", failing_at_the_150th)
    with pytest.raises(RuntimeError):
        video_privacy_change(video=video, remix_kinds=["restyle"], remove_disallowed_remixes=True)
    # Nothing half removed: no job, no comment, not even the settings.
    assert RemixJob.objects.filter(status=Status.REMOVED).count() == 0
    assert Comment.objects.filter(status=Comment.Status.VISIBLE, video=video).count() == 200
    video.privacy.refresh_from_db()
    assert "face" in video.privacy.remix_kinds
    monkeypatch.setattr(revoking, "job_transition", original)

    started = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        change = video_privacy_change(
            video=video, remix_kinds=["restyle"], remove_disallowed_remixes=True
        )
    elapsed = time.perf_counter() - started

    assert change.removed == 200
    assert RemixJob.objects.filter(status=Status.REMOVED).count() == 200
    assert Comment.objects.filter(status=Comment.Status.VISIBLE, video=video).count() == 0
    video.refresh_from_db()
    assert video.comments_count == 0
    # One notification per requester (ten remixes each), one audit entry per remix.
    assert Notification.objects.filter(kind="remix.removed").count() == 20
    assert AuditEntry.objects.filter(action="remix_removed").count() == 200
    assert len(queries) < 300
    assert elapsed < 2.0, elapsed


def test_a_removed_remix_is_restorable_until_its_files_are_purged(
    video_factory, user_factory, settings
):
    video = video_factory()
    job = _published(video, user_factory(), "face")
    comment_id = job.comment_id
    video_privacy_change(video=video, remix_kinds=["restyle"], remove_disallowed_remixes=True)
    job.refresh_from_db()
    assert revoking.restorable_until(job) == job.finished_at + timedelta(
        days=settings.CLIPMIX_REMIX_FILE_RETENTION_DAYS
    )
    RemixJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(days=31))

    assert remix_files_purge(older_than=timedelta(days=30)) == 1

    job.refresh_from_db()
    assert not job.output_image
    assert not Comment.objects.filter(pk=comment_id).exists()

    with pytest.raises(ApplicationError) as refused:
        revoking.remix_job_restore(job=job, actor=video.owner)
    assert refused.value.code == "not_restorable"


def test_keeping_stricter_videos_keeps_their_published_remixes(real_video, user_factory, remix):
    from apps.privacy.services import account_privacy_update

    fan = user_factory()
    strict = real_video()
    owner = strict.owner
    loose = real_video(owner=owner)
    kept_job, gone_job = remix(fan, strict), remix(fan, loose)
    # The strict video has comments off; the defaults open comments and turn remixes off. Kept
    # as it is, the strict video keeps its remix; the other video's remix comes down.
    video_privacy_change(video=strict, comment_audience="no_one")
    account_privacy_update(user=owner, comment_audience="everyone", remix_audience="no_one")

    applied = privacy_apply_to_all(user=owner, remove_disallowed_remixes=True, keep_stricter=True)

    assert (applied.changed, applied.kept, applied.removed) == (1, 1, 1)
    kept_job.refresh_from_db()
    gone_job.refresh_from_db()
    assert (kept_job.status, gone_job.status) == (
        RemixJob.Status.PUBLISHED,
        RemixJob.Status.REMOVED,
    )
