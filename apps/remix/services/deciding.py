"""Decisions on a remix by its creator and by moderators: approve a held one, reject it,
remove a published one, and stop the jobs consent no longer allows."""

from django.db import transaction
from django.db.models import QuerySet

from apps.accounts.models import User
from apps.comments.services import comment_moderation_reject
from apps.core.errors import ApplicationError
from apps.moderation.models import Verdict
from apps.privacy.remixes import Removal
from apps.remix import errors
from apps.remix.models import RemixJob
from apps.remix.services import chains
from apps.remix.services.outcomes import (
    JobStatus,
    creator_notify,
    held_case_withdraw,
    job_lock,
    remix_job_cancel_unless_consented,
    remix_job_publish,
    remix_job_reject,
    requester_notify,
)
from apps.remix.states import job_transition

DECIDABLE = (JobStatus.IN_REVIEW, JobStatus.PUBLISHED, JobStatus.REMOVED)


@transaction.atomic
def remix_job_approve(*, job: RemixJob, actor: User | None, as_moderator: bool = False) -> RemixJob:
    """Turn one of a held remix's two keys (see ``RemixJob.awaits_moderator``): the creator's
    consent, or, with ``as_moderator`` (the moderation handler), the guidelines. It is
    published only when the other key is not outstanding; a creator can never publish what a
    screener holds (409 ``awaits_moderator`` when only a moderator's decision is missing).
    A remix of a remix also waits for each of its ``remixer_approvers``, who turn their own
    key here."""
    job = job_lock(job.pk)
    if job.status != JobStatus.IN_REVIEW:
        raise ApplicationError(errors.NOT_WAITING, code="not_waiting", status=409)
    if as_moderator:
        job.moderation = {**job.moderation, "cleared_by_moderator": True}
        for stage in ("prompt", "output"):
            if stage in job.moderation:
                job.moderation[stage] = {**job.moderation[stage], "verdict": Verdict.ALLOW}
    elif actor is not None and job.remixer_approvers.filter(pk=actor.pk).exists():
        job.remixer_approvers.remove(actor)
        if actor.pk == job.creator_id:
            job.requires_approval = False
    elif actor is None or actor.pk != job.creator_id:
        raise ApplicationError(errors.NOT_CREATOR, code="not_allowed", status=403)
    elif not job.requires_approval:
        raise ApplicationError(errors.AWAITS_MODERATOR, code="awaits_moderator", status=409)
    else:
        job.requires_approval = False
    job.save(update_fields=["requires_approval", "moderation", "updated_at"])
    if not remix_job_cancel_unless_consented(job=job, lock=True):
        return job
    if job.awaits_moderator:
        return job
    if job.awaits_creator:
        creator_notify(job, errors.NOTICE_WANTS_TO_REMIX)
        return job
    if job.awaits_remixers:
        return job
    return remix_job_publish(job=job)


def _withdrawn(job: RemixJob, *, reason: str, as_moderator: bool) -> RemixJob:
    """The job, locked and still open to a decision; its comment, if it was published, taken
    down live. When the creator (not a moderator) ends a held remix, its case closes as
    withdrawn: consent needs no guidelines decision."""
    job = job_lock(job.pk)
    if job.status not in DECIDABLE:
        raise ApplicationError(errors.NOT_WAITING, code="not_waiting", status=409)
    if not as_moderator:
        held_case_withdraw(job, reason=reason)
    if job.comment_id is not None:
        comment_moderation_reject(comment_id=job.comment_id, message=reason, notify=False)
    return job


@transaction.atomic
def remix_job_decline(
    *, job: RemixJob, actor: User | None, reason: str, code: str, as_moderator: bool = False
) -> RemixJob:
    """A held remix refused, or a published one withdrawn, by a moderator (``as_moderator``,
    the moderation handler) or the creator: it ends rejected (its comment disappears live). The
    creator may refuse a remix a moderator still holds."""
    job = _withdrawn(job, reason=reason, as_moderator=as_moderator)
    was_published = job.status == JobStatus.PUBLISHED
    job = remix_job_reject(job=job, reason=reason, reason_code=code)
    if was_published:
        chains.remix_descendants_take_down(jobs=[job])
    return job


@transaction.atomic
def remix_job_remove(*, job: RemixJob, actor: User) -> RemixJob:
    """The creator takes down a remix of their video. A published one ends ``removed`` (out of
    view, its comment gone live, its requester told it was removed), restorable by the creator
    with ``remix_job_restore`` (the studio offers an undo right after); a held one ends
    cancelled, its case withdrawn."""
    # revoking builds on this module (blocking re-checks consent here), hence the late import.
    from apps.remix.services.revoking import remix_jobs_take_down

    if job.creator_id != actor.pk:
        raise ApplicationError(errors.NOT_CREATOR, code="not_allowed", status=403)
    reason = str(errors.REMOVED_BY_CREATOR)
    current = job_lock(job.pk)
    if current.status == JobStatus.PUBLISHED:
        remix_jobs_take_down(
            removals=[Removal(current.pk, reason, "removed_by_creator")], actor=actor
        )
        return job_lock(job.pk)
    job = _withdrawn(current, reason=reason, as_moderator=False)
    job = job_transition(job, JobStatus.CANCELLED, reason=reason, reason_code="removed_by_creator")
    requester_notify(job, errors.NOTICE_REJECTED.format(reason=reason))
    return job


def remix_jobs_recheck_consent(*, jobs: QuerySet[RemixJob]) -> int:
    """Cancel the jobs in flight that consent no longer allows (each under its own lock, the
    privacy row's too), and the published ones whose video was deleted; a running one stops at
    its next step, a held one's case closes, and each requester is told. Returns how many
    stopped."""
    stopped = 0
    for job_id in jobs.values_list("pk", flat=True):
        with transaction.atomic():
            job = job_lock(job_id)
            orphaned = job.status == JobStatus.PUBLISHED and job.video_id is None
            if job.status in (JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.IN_REVIEW) or orphaned:
                stopped += not remix_job_cancel_unless_consented(job=job, lock=True)
    return stopped
