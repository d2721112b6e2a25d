from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError

from apps.core.storage import StorageUnavailable
from apps.remix import recovery
from apps.remix.engines.base import EngineError
from apps.remix.services import running


@shared_task(bind=True, max_retries=None)
def remix_job_run(self: Task, job_id: int) -> None:
    """Queue ``remix``. Idempotent (see ``remix_job_execute``). An engine error or an unreachable
    media storage is retried with backoff until the job has had ``CLIPMIX_REMIX_MAX_ATTEMPTS``
    deliveries, then it fails with a reason its requester can read; a worker that dies mid-job
    counts as an attempt too, and so does one that lost the database (restarted, failed over):
    it tries again on a new connection once the database is back.

    Run eagerly (the embedded default: no worker, no broker to deliver a retry later), an
    engine error is tried again at once, in the same call, until the same attempt limit, so
    that the job ends ``failed`` with its reason instead of Celery's ``Retry`` escaping into
    the request that queued it."""
    while True:
        try:
            running.remix_job_execute(job_id=job_id)
        except (EngineError, StorageUnavailable, SoftTimeLimitExceeded) as error:
            if not running.remix_job_should_retry_after_engine_error(job_id=job_id, error=error):
                return
            if not self.request.is_eager:
                raise self.retry(countdown=_backoff(self)) from error
        except (OperationalError, InterfaceError) as error:
            raise self.retry(countdown=_backoff(self)) from error
        else:
            return


def _backoff(task: Task) -> int:
    return 2 ** min(task.request.retries + 1, 6)


@shared_task
def remix_jobs_stalled_requeue() -> int:
    """Queue ``default``, every ``CLIPMIX_REMIX_STALLED_CHECK_SECONDS`` from Celery beat: jobs
    left ``running`` by a worker that died are queued again (see ``apps.remix.recovery``)."""
    return recovery.remix_jobs_stalled_requeue()
