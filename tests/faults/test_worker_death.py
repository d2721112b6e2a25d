"""Workers that die: killed in the middle of a generation, or killed by the job itself."""

import os
import time

import pytest

from apps.comments.models import Comment
from apps.notifications.models import Notification
from apps.remix import errors
from apps.remix.models import RemixJob
from tests.faults.conftest import VISIBILITY_TIMEOUT, broker_idle, finished_job, remix_request
from tests.faults.engines import CRASH, PAUSE

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_job_whose_worker_is_killed_mid_generation_is_redelivered_and_published_once(
    workers, user_factory, ready_video
):
    creator, fan = user_factory(), user_factory()
    video = ready_video(creator)
    job = remix_request(fan, video, fault=PAUSE)
    pid = workers.paused_pid(job.seed)
    [victim] = [w for w in workers.running if os.getpgid(pid) == w.process.pid]
    assert RemixJob.objects.get(pk=job.pk).status == RemixJob.Status.RUNNING

    victim.kill()
    killed_at = time.monotonic()
    workers.release(job.seed)  # the next delivery is not paused
    # A worker that starts puts back the messages whose visibility timeout has passed.
    time.sleep(max(0.0, VISIBILITY_TIMEOUT + 1 - (time.monotonic() - killed_at)))
    [replacement] = workers.start()

    job = workers.wait_for(lambda: finished_job(job.pk))
    assert job.status == RemixJob.Status.PUBLISHED, (job.status, job.reason, workers.logs())
    assert job.attempts == 2
    assert Comment.objects.filter(video=video, author=fan).count() == 1
    assert Comment.objects.get(pk=job.comment_id).image
    workers.wait_for(broker_idle)
    assert not victim.alive()
    assert replacement.alive()


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
