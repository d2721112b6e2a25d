"""Jobs whose worker died: found by their heartbeat, put back in the queue.

A worker killed whole (its main process and its pool child) acknowledges nothing and requeues
nothing: the broker would hand its job out again only after the visibility timeout (an hour by
default), and until then the job says ``running``. So a running job beats: its worker stamps
``heartbeat_at`` at every step and, on PostgreSQL, from a thread every
``CLIPMIX_REMIX_HEARTBEAT_SECONDS`` while the engine works. ``remix_jobs_stalled_requeue``, run
periodically by Celery beat, puts a job that stopped beating for
``CLIPMIX_REMIX_STALLED_AFTER_SECONDS`` back to ``queued`` and sends it to the workers again; the
delivery that takes it counts as an attempt, so a job that kills every worker still fails after
``CLIPMIX_REMIX_MAX_ATTEMPTS``. The worker's advisory lock on the job (see
``remix_job_execute``) tells a live worker from a dead one: a job whose lock is held is left
alone however old its heartbeat, and the lock is held while the job is requeued, so a late
delivery of the old message waits, then finds the job queued or finished. Whatever delivers it,
the job publishes once: every step is idempotent.
"""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from apps.remix.models import RemixJob
from apps.remix.states import job_transition

logger = logging.getLogger(__name__)

Status = RemixJob.Status
STAGE_REQUEUED = "Waiting for a worker (the last one stopped)"


@contextmanager
def job_heartbeat(job_id: int) -> Iterator[None]:
    """While the block runs, stamp the running job's ``heartbeat_at`` from a thread (its own
    database connection), so that a long step without progress reports does not look dead.
    On PostgreSQL only: the embedded mode runs jobs in the request, and SQLite allows one
    writer at a time."""
    if connection.vendor != "postgresql":
        yield
        return
    stop = threading.Event()
    thread = threading.Thread(
        target=_beat, args=(job_id, stop), name=f"remix-{job_id}-heartbeat", daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=10)


def _beat(job_id: int, stop: threading.Event) -> None:
    from django.db import connection as thread_connection

    try:
        while not stop.wait(settings.CLIPMIX_REMIX_HEARTBEAT_SECONDS):
            try:
                RemixJob.objects.filter(pk=job_id, status=Status.RUNNING).update(
                    heartbeat_at=timezone.now()
                )
            except DatabaseError:  # the next beat tries again; the job's own steps report too
                logger.warning("Remix %s: could not record its heartbeat", job_id)
    finally:
        thread_connection.close()


@contextmanager
def _unless_running_elsewhere(job_id: int) -> Iterator[bool]:
    """Whether no live worker holds the job's advisory lock; holds the lock meanwhile."""
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [job_id])
        free = bool(cursor.fetchone()[0])
    try:
        yield free
    finally:
        if free:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [job_id])


def remix_jobs_stalled_requeue() -> int:
    """Put back in the queue every running job whose worker stopped beating; how many."""
    from apps.remix.tasks import remix_job_run  # tasks import the services, which import this

    stale_before = timezone.now() - timedelta(seconds=settings.CLIPMIX_REMIX_STALLED_AFTER_SECONDS)
    stalled = Q(heartbeat_at__lt=stale_before) | Q(
        heartbeat_at__isnull=True, updated_at__lt=stale_before
    )
    requeued = 0
    candidates = RemixJob.objects.filter(stalled, status=Status.RUNNING)
    for job_id in list(candidates.values_list("pk", flat=True)):
        with _unless_running_elsewhere(job_id) as free:
            if not free:
                continue
            with transaction.atomic():
                job = (
                    RemixJob.objects.select_for_update(of=("self",))
                    .filter(stalled, pk=job_id, status=Status.RUNNING)
                    .select_related("requester")
                    .first()
                )
                if job is None:
                    continue
                logger.warning(
                    "Remix %s: its worker stopped reporting at %s; queueing it again",
                    job_id,
                    job.heartbeat_at,
                )
                job_transition(job, Status.QUEUED, stage=STAGE_REQUEUED)
            # Outside the lock's transaction but under the advisory lock: the new delivery
            # waits for it, then claims the queued job.
            remix_job_run.delay(job_id)
            requeued += 1
    return requeued
