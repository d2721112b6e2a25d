from celery import Task, shared_task

from apps.core.storage import StorageUnavailable
from apps.videos import errors, services

# An unreachable media storage is retried this often (with backoff, about five minutes in all)
# before the video fails with a reason its owner reads.
STORAGE_RETRIES = 6


@shared_task(name="apps.videos.tasks.video_process_task", acks_late=True, bind=True)
def video_process_task(self: Task, video_id: int) -> str | None:
    """Runs on the ``media`` queue. Safe to deliver twice (see ``services.video_process``)."""
    try:
        video = services.video_process(video_id=video_id)
    except StorageUnavailable as exc:
        if self.request.is_eager or self.request.retries >= STORAGE_RETRIES:
            video = services.video_processing_fail(
                video_id=video_id, reason=str(errors.STORAGE_UNAVAILABLE)
            )
        else:
            raise self.retry(countdown=5 * 2**self.request.retries) from exc
    return video.status if video is not None else None
