"""The remix job's state machine: the one place that knows which status may follow which.

Every change of status goes through ``job_transition``, which refuses an illegal one, stamps the
time, saves only the fields that changed and tells the requester's open pages after commit.
"""

from typing import Any

from django.utils import timezone

from apps.core.events import event_send_on_commit, user_group
from apps.remix.models import RemixJob
from apps.remix.schemas import job_payload

Status = RemixJob.Status

TRANSITIONS: dict[str, frozenset[str]] = {
    Status.QUEUED: frozenset({Status.RUNNING, Status.CANCELLED, Status.FAILED}),
    # Back to queued: its worker stopped reporting (apps/remix/recovery.py).
    Status.RUNNING: frozenset(
        {
            Status.QUEUED,
            Status.IN_REVIEW,
            Status.PUBLISHED,
            Status.REJECTED,
            Status.FAILED,
            Status.CANCELLED,
        }
    ),
    Status.IN_REVIEW: frozenset({Status.PUBLISHED, Status.REJECTED, Status.CANCELLED}),
    # A published remix can still be withdrawn: by its creator (cancelled), a moderator, or a
    # narrowing of its creator's settings (removed, restorable: back to published, or ended).
    Status.PUBLISHED: frozenset({Status.CANCELLED, Status.REJECTED, Status.REMOVED}),
    Status.REMOVED: frozenset({Status.PUBLISHED, Status.CANCELLED, Status.REJECTED}),
    Status.REJECTED: frozenset(),
    Status.FAILED: frozenset(),
    Status.CANCELLED: frozenset(),
}


class IllegalTransition(Exception):
    def __init__(self, job: RemixJob, to: str) -> None:
        super().__init__(f"Remix job {job.pk} cannot go from {job.status} to {to}.")
        self.job, self.to = job, to


def job_event(job: RemixJob) -> dict[str, Any]:
    """What the requester's pages are told about their job: the API's shape of it."""
    return {"type": "remix.updated", "job": job_payload(job)}


def job_transition(
    job: RemixJob, to: str, *, reason: str = "", reason_code: str = "", **fields: Any
) -> RemixJob:
    """Move ``job`` (a row the caller has locked) to status ``to``; ``fields`` are set too."""
    if to not in TRANSITIONS[job.status]:
        raise IllegalTransition(job, to)
    now = timezone.now()
    job.status = to
    changed = {"status", "updated_at", *fields}
    for name, value in fields.items():
        setattr(job, name, value)
    if to == Status.RUNNING:
        job.heartbeat_at = now
        changed.add("heartbeat_at")
        if job.started_at is None:
            job.started_at = now
            changed.add("started_at")
    if to in RemixJob.FINISHED or to == Status.IN_REVIEW:
        job.finished_at = now
        job.stage = ""
        changed |= {"finished_at", "stage"}
    if reason or reason_code:
        job.reason, job.reason_code = reason, reason_code
        changed |= {"reason", "reason_code"}
    job.save(update_fields=sorted(changed))
    event_send_on_commit(user_group(job.requester_id), job_event(job))
    return job


def job_progress(job: RemixJob, percent: int, stage: str) -> None:
    """Record how far a running job is; cheap enough to call per step. A job that ended
    meanwhile (cancelled while the engine works) is left as it is and tells nobody: a late
    "running" would undo its requester's "cancelled"."""
    percent = max(0, min(100, percent))
    running = RemixJob.objects.filter(pk=job.pk, status=Status.RUNNING)
    if not running.update(progress=percent, stage=stage, heartbeat_at=timezone.now()):
        return
    job.progress, job.stage = percent, stage
    event_send_on_commit(user_group(job.requester_id), job_event(job))
