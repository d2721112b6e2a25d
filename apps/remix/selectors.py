from dataclasses import dataclass
from typing import Any

from django.db.models import Case, Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils.translation import gettext as _

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


def remix_get_for_remixing(*, remix_id: int, viewer: User) -> RemixJob:
    """A remix ``viewer`` may ask to remix: a published one whose video they may see (or one
    of their own or of their video, which they know of: ``chains`` then says why it cannot be
    remixed); else 404, so that ids of remixes that do not appear cannot be probed. Whether
    its people consent is for the policy to say."""
    job = (
        RemixJob.objects.select_related("requester", "creator", "video__owner", "video__privacy")
        .filter(pk=remix_id)
        .exclude(video=None)
        .first()
    )
    if (
        job is None
        or job.video is None
        or not policy.can_view(viewer, job.video, as_moderator=False)
        or (
            job.status != RemixJob.Status.PUBLISHED
            and viewer.pk not in (job.requester_id, job.creator_id)
        )
    ):
        raise Http404("remix")
    return job


def jobs_waiting_for_remixer(*, user: User) -> QuerySet[RemixJob]:
    """Remixes of ``user``'s remixes that wait for their approval (the studio lists them)."""
    return _jobs().filter(status=RemixJob.Status.IN_REVIEW, remixer_approvers=user)


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
    if viewer is None or job.video is None or job.awaits_moderator:
        return False
    # Held for consent: whoever's approval it waits for sees it, to decide.
    return (viewer.pk == job.creator_id and job.awaits_creator) or (
        job.status == RemixJob.Status.IN_REVIEW
        and job.remixer_approvers.filter(pk=viewer.pk).exists()
    )


def remix_frame_readable(name: str, viewer: User | None) -> bool:
    """The media rule of remix source frames (``remix-frames/``): the unedited moment of a video
    that may be private, for moderators deciding a case only."""
    return is_moderator(viewer) and RemixJob.objects.filter(source_frame=name).exists()


@dataclass(frozen=True)
class StudioFilters:
    """What the studio shows: one video, one status (``waiting_moderator`` for remixes a
    screener holds), one requester's handle; empty means any."""

    video_id: int | None = None
    status: str = ""
    requester: str = ""


STUDIO_WAITING_MODERATOR = "waiting_moderator"
# ``RemixJob.awaits_moderator`` in a query.
_HELD_BY_SCREENER = Q(status=RemixJob.Status.IN_REVIEW) & (
    Q(moderation__prompt__verdict="review") | Q(moderation__output__verdict="review")
)


@dataclass(frozen=True)
class StudioFacets:
    """How many remixes of a creator's videos there are per status, per video and per
    requester (each count ignores its own filter, so every option says what choosing it gives)."""

    total: int
    statuses: list[tuple[str, str, int]]
    videos: list[tuple[int, str, int]]
    requesters: list[tuple[str, int]]


def _studio_filter(jobs: QuerySet[RemixJob], filters: StudioFilters, *, skip: str = "") -> Any:
    if filters.video_id is not None and skip != "video":
        jobs = jobs.filter(video_id=filters.video_id)
    if filters.requester and skip != "requester":
        jobs = jobs.filter(requester__username=filters.requester)
    if filters.status and skip != "status":
        if filters.status == STUDIO_WAITING_MODERATOR:
            jobs = jobs.filter(_HELD_BY_SCREENER)
        else:
            jobs = jobs.filter(status=filters.status)
    return jobs


def studio_jobs(*, user: User, filters: StudioFilters) -> QuerySet[RemixJob]:
    """The studio's remixes, newest first, filtered; one query."""
    return _studio_filter(jobs_of_creator(user=user), filters)


def studio_facets(*, user: User, filters: StudioFilters) -> StudioFacets:
    """The studio's filter options with their counts: five queries whatever the numbers."""
    mine = RemixJob.objects.filter(creator=user).order_by()
    total = _studio_filter(mine, filters).count()
    per_status = dict(
        _studio_filter(mine, filters, skip="status")
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    labels = dict(RemixJob.Status.choices)
    statuses = [
        (value, str(labels[value]), per_status[value]) for value in labels if value in per_status
    ]
    held = _studio_filter(mine, filters, skip="status").filter(_HELD_BY_SCREENER).count()
    if held:
        statuses.append((STUDIO_WAITING_MODERATOR, str(_("Waiting for a moderator")), held))
    videos = [
        (video_id, caption, n)
        for video_id, caption, n in _studio_filter(mine, filters, skip="video")
        .exclude(video_id=None)
        .values_list("video_id", "video__caption")
        .annotate(n=Count("pk"))
        .values_list("video_id", "video__caption", "n")
        .order_by("-n", "video_id")
    ]
    requesters = list(
        _studio_filter(mine, filters, skip="requester")
        .values_list("requester__username")
        .annotate(n=Count("pk"))
        .values_list("requester__username", "n")
        .order_by("-n", "requester__username")
    )
    return StudioFacets(total=total, statuses=statuses, videos=videos, requesters=requesters)
