from django.db.models import QuerySet
from django.http import Http404

from apps.accounts.models import User
from apps.remix.models import RemixJob


def _jobs() -> QuerySet[RemixJob]:
    return RemixJob.objects.select_related("requester", "creator", "video", "comment")


def job_get_for_viewer(*, job_id: int, viewer: User) -> RemixJob:
    """A job its requester, the video's creator or a moderator may see; else 404."""
    job = _jobs().filter(pk=job_id).first()
    if job is None or (
        viewer.pk not in (job.requester_id, job.creator_id)
        and not (viewer.has_perm("moderation.decide_moderationcase"))
    ):
        raise Http404("remix job")
    return job


def jobs_of_requester(*, user: User) -> QuerySet[RemixJob]:
    return _jobs().filter(requester=user)


def jobs_of_creator(*, user: User, video_id: int | None = None) -> QuerySet[RemixJob]:
    """Every remix of ``user``'s videos, newest first (the studio)."""
    jobs = _jobs().filter(creator=user)
    return jobs.filter(video_id=video_id) if video_id is not None else jobs


def queue_position(job: RemixJob) -> int | None:
    """1 for the next job a worker takes; ``None`` once it has left the queue."""
    if job.status != RemixJob.Status.QUEUED:
        return None
    ahead = RemixJob.objects.filter(status=RemixJob.Status.QUEUED, created_at__lt=job.created_at)
    return ahead.count() + 1
