from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404

from apps.accounts.models import User
from apps.moderation.models import DECIDE_CASES
from apps.privacy import policy
from apps.privacy.selectors import video_get_for_viewer
from apps.remix.models import RemixJob


def _queue_position() -> Case:
    """``queue_position`` (below) for every row of a list, in the list's one query."""
    queued = RemixJob.Status.QUEUED
    ahead = (
        RemixJob.objects.filter(status=queued, created_at__lt=OuterRef("created_at"))
        .order_by()
        .values("status")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Case(
        When(status=queued, then=Coalesce(Subquery(ahead), Value(0)) + 1),
        default=None,
        output_field=IntegerField(),
    )


def _jobs() -> QuerySet[RemixJob]:
    return RemixJob.objects.select_related("requester", "creator", "video", "comment").annotate(
        queue_position=_queue_position()
    )


def job_get_for_viewer(*, job_id: int, viewer: User) -> RemixJob:
    """A job its requester, the video's creator or a moderator may see; else 404."""
    job = _jobs().filter(pk=job_id).first()
    if job is None or (
        viewer.pk not in (job.requester_id, job.creator_id) and not viewer.has_perm(DECIDE_CASES)
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


def video_visible_to_anyone(video_id: int) -> bool:
    """Whether a stranger may see the video now (a remix's credentials show its source only
    then); provenance asks this through ``source_visibility_register``."""
    try:
        video_get_for_viewer(video_id=video_id, viewer=None)
    except Http404:
        return False
    return True


def is_moderator(viewer: User | None) -> bool:
    return viewer is not None and viewer.has_perm(DECIDE_CASES)


def remix_output_readable(name: str, viewer: User | None) -> bool:
    """The media rule of remix outputs (``remixes/``). Published: whoever may view the source
    video now (its visibility, blocks). Held: its creator once no moderator holds it (to give
    consent). Removed by its creator's narrowed settings (restorable): its creator. Moderators:
    any, until the retention purge. Rejected, cancelled or orphaned by the video's deletion:
    nobody else."""
    job = (
        _jobs()
        .select_related("video__privacy", "video__owner")
        .filter(Q(output_image=name) | Q(output_clip=name))
        .first()
    )
    if job is None:
        return False
    if is_moderator(viewer):
        return True
    if job.status == RemixJob.Status.PUBLISHED and job.video is not None:
        return bool(policy.can_view(viewer, job.video))
    if job.status == RemixJob.Status.REMOVED:
        return viewer is not None and viewer.pk == job.creator_id
    return (
        viewer is not None
        and viewer.pk == job.creator_id
        and job.video is not None
        and job.awaits_creator
        and not job.awaits_moderator
    )


def remix_frame_readable(name: str, viewer: User | None) -> bool:
    """The media rule of remix source frames (``remix-frames/``): the unedited moment of a video
    that may be private, for moderators deciding a case only."""
    return is_moderator(viewer) and RemixJob.objects.filter(source_frame=name).exists()
