"""The database restarts (every connection dropped) while a job is in the middle of its
generation: the worker, the web server and the next jobs carry on with no one stepping in."""

import pytest
from django.db import close_old_connections

from apps.comments.models import Comment
from apps.remix.models import RemixJob
from tests.factories import api_key_for
from tests.faults.conftest import broker_idle, database_restart, finished_job, remix_request
from tests.faults.engines import PAUSE

pytestmark = pytest.mark.django_db(transaction=True)


def test_workers_and_web_carry_on_after_the_database_restarts_mid_job(
    workers, web_server, user_factory, ready_video
):
    creator, fan = user_factory(), user_factory()
    token = api_key_for(fan)
    video = ready_video(creator)
    assert web_server.request("GET", f"/v/{video.pk}")[0] == 200  # its pool holds connections
    job = remix_request(fan, video, fault=PAUSE)
    workers.paused_pid(job.seed)

    # The paused worker's, the web server's and this process's connections at least.
    assert database_restart() >= 3
    workers.release(job.seed)

    # The web server answers at once, on new connections: reading, and a new remix.
    assert web_server.request("GET", "/")[0] == 200, web_server.log()
    assert web_server.request("GET", f"/v/{video.pk}")[0] == 200, web_server.log()
    status, created = web_server.request(
        "POST",
        "/api/v1/remix/jobs",
        {"video_id": video.pk, "at_seconds": 0.5, "kind": "restyle", "prompt": "pixel art"},
        token=token,
    )
    assert status == 201, (created, web_server.log())

    close_old_connections()  # this process too starts afresh, as a request or a task does
    # The interrupted job is tried again on a new connection, and published once.
    job = workers.wait_for(lambda: finished_job(job.pk))
    assert job.status == RemixJob.Status.PUBLISHED, (job.status, job.reason, workers.logs())
    assert job.attempts == 2
    # The job requested after the restart ran through at its first attempt.
    later = workers.wait_for(lambda: finished_job(created["id"]))
    assert (later.status, later.attempts) == (RemixJob.Status.PUBLISHED, 1), later.reason
    assert set(Comment.objects.filter(video=video).values_list("pk", flat=True)) == {
        job.comment_id,
        later.comment_id,
    }
    workers.wait_for(broker_idle)
