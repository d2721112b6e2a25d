from celery import shared_task

from apps.videos import services


@shared_task(name="apps.videos.tasks.video_process_task", acks_late=True)
def video_process_task(video_id: int) -> str | None:
    """Runs on the ``media`` queue. Safe to deliver twice (see ``services.video_process``)."""
    video = services.video_process(video_id=video_id)
    return video.status if video is not None else None
