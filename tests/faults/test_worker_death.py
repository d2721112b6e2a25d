"""Workers that die: killed whole in the middle of a generation, or killed by the job itself."""

import os
import time

import pytest

from apps.comments.models import Comment
from apps.notifications.models import Notification
from apps.remix import errors
from apps.remix.models import RemixJob
from apps.remix.recovery import remix_jobs_stalled_requeue
from tests.faults.conftest import (
    HEARTBEAT_SECONDS,
    broker_idle,
    finished_job,
    remix_request,
    unacknowledged_forget,
)
from tests.faults.engines import CRASH, PAUSE

pytestmark = pytest.mark.django_db(transaction=True)

STALLED_AFTER = 5


def test_a_job_whose_whole_worker_is_killed_is_queued_again_by_the_check_and_published_once(
    workers, user_factory, ready_video, settings
):
    """SIGKILL to the worker's main process and its pool child at once: nothing is acknowledged
    or requeued, and the broker would redeliver only after its hour. The periodic check (run
    here every second, as Celery beat runs it every minute) sees the job's heartbeat stop and
    queues it again; the other worker publishes it, once, within seconds."""
    settings.CLIPMIX_REMIX_STALLED_AFTER_SECONDS = STALLED_AFTER
    creator, fan = user_factory(), user_factory()
    video = ready_video(creator)
    job = remix_request(fan, video, fault=PAUSE)
    pid = workers.paused_pid(job.seed)
    [victim] = [w for w in workers.running if os.getpgid(pid) == w.process.pid]
    [survivor] = [w for w in workers.running if w is not victim]
    assert RemixJob.objects.get(pk=job.pk).status == RemixJob.Status.RUNNING
    # A live worker's job is never taken from it, however long it pauses.
    time.sleep(STALLED_AFTER + 2 * HEARTBEAT_SECONDS)
    assert remix_jobs_stalled_requeue() == 0

    victim.kill()
    killed_at = time.monotonic()
    assert not victim.alive()
    workers.release(job.seed)  # the next delivery is not paused
    requeued = []

    def check_then_finished() -> RemixJob | None:
        requeued.append(remix_jobs_stalled_requeue())
        return finished_job(job.pk)

    job = workers.wait_for(check_then_finished, seconds=120)
    recovered_in = time.monotonic() - killed_at
    assert job.status == RemixJob.Status.PUBLISHED, (job.status, job.reason, workers.logs())
    assert sum(requeued) == 1
    assert recovered_in < STALLED_AFTER + 60
    assert job.attempts == 2
    assert Comment.objects.filter(video=video, author=fan).count() == 1
    assert Comment.objects.get(pk=job.comment_id).image
    assert "remix_job_run[" in survivor.log()
    # The dead delivery's message would come back after an hour and find the job finished. The
    # survivor's own delivery may still sit unacknowledged for a moment after it published
    # (seen once in a loaded run); publishing once is what the lines above prove.
    assert unacknowledged_forget(job.pk) in (1, 2)
    workers.wait_for(broker_idle)
    assert remix_jobs_stalled_requeue() == 0


def test_a_poison_job_that_kills_its_worker_fails_after_the_attempt_limit_and_stops(
    workers, user_factory, ready_video, settings
):
    creator, fan = user_factory(), user_factory()
    video = ready_video(creator)
    job = remix_request(fan, video, fault=CRASH)

    job = workers.wait_for(lambda: finished_job(job.pk))
    assert job.status == RemixJob.Status.FAILED
    assert (job.reason_code, job.reason) == ("too_many_attempts", errors.FAILED_REPEATEDLY)
    # Every delivery counted: the ones that crashed, and the one that gave up.
    assert job.attempts == settings.CLIPMIX_REMIX_MAX_ATTEMPTS + 1
    assert not Comment.objects.filter(video=video).exists()
    [notice] = Notification.objects.filter(recipient=fan)
    assert notice.text == errors.NOTICE_FAILED.format(reason=errors.FAILED_REPEATEDLY)
    workers.wait_for(broker_idle)
    time.sleep(3)  # and it is not delivered again
    assert broker_idle()
    job.refresh_from_db()
    assert job.attempts == settings.CLIPMIX_REMIX_MAX_ATTEMPTS + 1
    crashes = workers.logs(tail=0).count("WorkerLostError")
    assert crashes >= settings.CLIPMIX_REMIX_MAX_ATTEMPTS, workers.logs()
