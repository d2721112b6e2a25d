"""Taking down published remixes that their creator no longer allows, and restoring them.

One service (``remix_jobs_take_down``) does every take-down: a creator narrowing a video's
settings or applying narrower defaults to all videos (through privacy's ``PublishedRemixes``,
registered in ``RemixConfig.ready``), or blocking someone and removing their remixes. Each
removed remix leaves the comments live, its files stop being served to anyone but its creator
and moderators (``remix_output_readable``), its requester is told why, and the audit log gets one
entry per remix. Removed remixes stay restorable by their creator while their files are kept
(``CLIPMIX_REMIX_FILE_RETENTION_DAYS``), then the purge deletes them.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.accounts.models import Block, User
from apps.accounts.services import block_create
from apps.comments.models import Comment
from apps.comments.services import comment_images_hide, comment_moderation_approve
from apps.core.errors import ApplicationError
from apps.moderation.services.audit import audit_record, audit_record_many
from apps.privacy import policy
from apps.privacy.remixes import PublishedRemix, Removal
from apps.remix import errors
from apps.remix.models import CONTENT_TYPE, RemixJob
from apps.remix.services import chains
from apps.remix.services.deciding import remix_jobs_recheck_consent
from apps.remix.services.outcomes import JobStatus, job_lock, requester_notify
from apps.remix.states import job_transition


class RemixPublications:
    """What privacy asks of published remixes (``apps.privacy.remixes.PublishedRemixes``)."""

    def published(
        self, *, video_ids: list[int], requester_id: int | None = None
    ) -> list[PublishedRemix]:
        jobs = RemixJob.objects.filter(video_id__in=video_ids, status=JobStatus.PUBLISHED)
        if requester_id is not None:
            jobs = jobs.filter(requester_id=requester_id)
        return [
            PublishedRemix(remix_id=pk, video_id=video_id, requester_id=requester_id, kind=kind)
            for pk, video_id, requester_id, kind in jobs.order_by("pk").values_list(
                "pk", "video_id", "requester_id", "kind"
            )
        ]

    def take_down(self, *, removals: list[Removal], actor: User) -> int:
        return remix_jobs_take_down(removals=removals, actor=actor)


@transaction.atomic
def remix_jobs_take_down(*, removals: list[Removal], actor: User) -> int:
    """Take each remix out of view (status ``removed``), all in the caller's transaction: they
    come down together or not at all, their rows locked first, so that none publishes or
    changes meanwhile. A remix that is no longer published (removed already, withdrawn
    meanwhile) is skipped; only ``actor``'s own remixes (as their videos' creator) are touched.
    Each requester hears once per reason, with how many. The remixes made from them come down
    too (``chains.remix_descendants_take_down``), and count. A few queries plus one per remix.
    Returns how many came down."""
    by_id = {removal.remix_id: removal for removal in removals}
    jobs = list(
        RemixJob.objects.select_for_update(of=("self",))
        .select_related("requester", "creator")
        .filter(pk__in=list(by_id), status=JobStatus.PUBLISHED, creator=actor)
        .order_by("pk")
    )
    comment_images_hide(comment_ids=[job.comment_id for job in jobs if job.comment_id])
    told: dict[tuple[int, str], list[RemixJob]] = {}
    for job in jobs:
        removal = by_id[job.pk]
        job_transition(
            job, JobStatus.REMOVED, reason=removal.reason, reason_code=removal.reason_code
        )
        told.setdefault((job.requester_id, removal.reason), []).append(job)
    for (_, reason), theirs in told.items():
        requester_notify(theirs[0], errors.notice_removed(count=len(theirs), reason=reason))
    audit_record_many(
        actor=actor,
        action="remix_removed",
        target_type=CONTENT_TYPE,
        entries=[
            {
                "target_id": job.pk,
                "category": job.reason_code,
                "reason": job.reason,
                "details": {"video_id": job.video_id, "requester_id": job.requester_id},
            }
            for job in jobs
        ],
    )
    return len(jobs) + chains.remix_descendants_take_down(jobs=jobs)


def remixes_of_requester_published(*, creator: User, requester: User) -> list[Removal]:
    """What blocking ``requester`` would take down with "also remove": their published remixes
    of ``creator``'s videos."""
    reason = policy.REMIX_BLOCKED.format(handle=creator.username)
    jobs = RemixJob.objects.filter(
        creator=creator, requester=requester, status=JobStatus.PUBLISHED
    ).order_by("pk")
    return [Removal(pk, reason, "revoked_blocked") for pk in jobs.values_list("pk", flat=True)]


def restorable_until(job: RemixJob) -> datetime | None:
    """Until when a removed remix may be restored (its files are purged after that)."""
    if job.status != JobStatus.REMOVED or job.finished_at is None or not job.output_image:
        return None
    return job.finished_at + timedelta(days=settings.CLIPMIX_REMIX_FILE_RETENTION_DAYS)


@transaction.atomic
def remix_job_restore(*, job: RemixJob, actor: User) -> RemixJob:
    """The creator puts a removed remix back in the comments: their consent to this one remix,
    whatever their settings say now. Refused once its files are purged, its video or comment is
    gone, its requester is blocked or gone, or (a remix of a remix) a remix it was made from no
    longer appears."""
    job = job_lock(job.pk)
    if job.creator_id != actor.pk:
        raise ApplicationError(errors.NOT_CREATOR, code="not_allowed", status=403)
    if job.status != JobStatus.REMOVED:
        raise ApplicationError(errors.NOT_REMOVED, code="not_removed", status=409)
    until = restorable_until(job)
    comment = Comment.objects.filter(pk=job.comment_id).first() if job.comment_id else None
    if (
        until is None
        or until < timezone.now()
        or job.video_id is None
        or comment is None
        or comment.status == Comment.Status.REMOVED
        or not job.requester.is_active
        or Block.objects.filter(blocker_id=job.creator_id, blocked_id=job.requester_id).exists()
        or (job.chain_depth and chains.chain_unavailable(chains.remix_ancestors(job, lock=True)))
    ):
        raise ApplicationError(errors.CANNOT_RESTORE, code="not_restorable", status=409)
    comment_moderation_approve(comment_id=comment.pk)
    # Its removal's reason no longer applies (job_transition only ever sets a reason).
    job.reason, job.reason_code = "", ""
    job = job_transition(job, JobStatus.PUBLISHED)
    RemixJob.objects.filter(pk=job.pk).update(reason="", reason_code="")
    requester_notify(job, errors.NOTICE_RESTORED)
    audit_record(
        actor=actor,
        action="remix_restored",
        target_type=CONTENT_TYPE,
        target_id=job.pk,
        details={"video_id": job.video_id, "requester_id": job.requester_id},
    )
    return job


@transaction.atomic
def requester_block(*, creator: User, requester: User, also_remove: bool) -> int:
    """``creator`` blocks ``requester`` (their remixes in flight stop: the consent check refuses
    a blocked person) and, with ``also_remove``, takes down their published remixes of
    ``creator``'s videos. Returns how many came down."""
    block_create(blocker=creator, blocked=requester)
    removed = 0
    if also_remove:
        removals = remixes_of_requester_published(creator=creator, requester=requester)
        removed = remix_jobs_take_down(removals=removals, actor=creator)
    in_flight = RemixJob.objects.filter(
        creator=creator,
        requester=requester,
        status__in=[JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.IN_REVIEW],
    )
    transaction.on_commit(lambda: remix_jobs_recheck_consent(jobs=in_flight))
    return removed
