"""At-least-once delivery: a job delivered again while a worker is running it, both as the same
message (the broker's redelivery) and as a second message picked up by the other worker."""

import pytest

from apps.comments.models import Comment
from apps.remix.models import RemixJob
from apps.remix.tasks import remix_job_run
from tests.faults.conftest import broker_idle, paused_job, redeliver_unacknowledged

pytestmark = pytest.mark.django_db(transaction=True)

WAITING = "Remix {job_id} is running on another worker; waiting for it to end"


def _outputs(workers) -> set[str]:
    folder = workers.media_root / "remixes"
    return {path.name for path in folder.iterdir()} if folder.exists() else set()


def test_a_job_delivered_again_while_running_makes_one_output_and_one_comment(
    workers, user_factory, ready_video
):
    creator, fan = user_factory(), user_factory()
    video = ready_video(creator)
    outputs_before = _outputs(workers)

    with paused_job(workers, fan, video) as job:
        task_id = redeliver_unacknowledged()
        remix_job_run.delay(job.pk)
        # The other worker took one of the two copies and waits for the job's lock.
        workers.wait_for(lambda: WAITING.format(job_id=job.pk) in workers.logs(tail=0))

    job = workers.wait_for(
        lambda: RemixJob.objects.filter(pk=job.pk, status=RemixJob.Status.PUBLISHED).first()
    )
    workers.wait_for(broker_idle)
    logs = workers.logs(tail=0)
    deliveries = logs.count(f"remix_job_run[{task_id}] received")
    # At least twice (the broker may hand it out once more: its visibility timeout is short).
    assert deliveries >= 2, logs
    assert logs.count(f"remix_job_run[{task_id}] succeeded") == deliveries, logs
    job.refresh_from_db()
    assert job.attempts == 1
    [comment] = Comment.objects.filter(video=video)
    assert comment.pk == job.comment_id
    [output] = _outputs(workers) - outputs_before
    assert job.output_image.name == f"remixes/{output}"
