"""Remixes of remixes: which remix a new one may start from, whose consent it needs, and what
happens to it when the remix it was made from stops appearing.

A remix of a remix keeps the original ``video`` and its ``creator``; ``parent`` is the remix
whose image it starts from. Its consent is the strictest of everyone's along the chain
(``policy.can_remix_remix``): the video's creator's settings, each remixer's own ("remixes of
my remixes": no one, or what their account defaults allow), and no block among any of them.
The remixes it was made from must all still appear (published), checked when it is asked for,
when the worker starts it and, under their row locks, before it publishes.

When a remix stops appearing for any reason (removed, rejected, withdrawn, its consent gone),
the remixes made from it come down too (``remix_descendants_take_down``): they carry its
picture, and they are derived from the original creator's video, whose take-down covers them.
"""

from django.db import transaction
from django.db.models import QuerySet

from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.remix import errors
from apps.remix.models import CHAIN_MAX_DEPTH, RemixJob

JobStatus = RemixJob.Status
IN_FLIGHT = (JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.IN_REVIEW)


def remix_ancestors(job: RemixJob, *, lock: bool = False) -> list[RemixJob] | None:
    """The remixes ``job`` was made from, nearest first (empty for a remix of a video); with
    ``lock``, each row locked (after the video's privacy row: the order a take-down keeps).
    ``None`` when the chain is broken: a remix in it was deleted with its requester."""
    ancestors: list[RemixJob] = []
    current = job
    while current.chain_depth > 0:
        if current.parent_id is None:
            return None
        rows = RemixJob.objects.select_related("requester")
        if lock:
            rows = rows.select_for_update(of=("self",))
        parent = rows.filter(pk=current.parent_id).first()
        if parent is None:
            return None
        ancestors.append(parent)
        current = parent
    return ancestors


def chain_unavailable(ancestors: list[RemixJob] | None) -> str:
    """Why a chain can no longer be remixed or published, in words; "" when it can."""
    if ancestors is None:
        return str(errors.PARENT_GONE)
    for ancestor in ancestors:
        if ancestor.status != JobStatus.PUBLISHED or ancestor.video_id is None:
            return str(errors.PARENT_NOT_PUBLISHED.format(remix_id=ancestor.pk))
    return ""


def parent_remixable(*, parent: RemixJob, kind: str | None = None) -> None:
    """Refuse a remix of ``parent`` that could never be made, whoever asks: 403
    ``remix_not_allowed`` when it (or a remix it was made from) no longer appears, or the
    chain is as long as allowed; 422 ``kind_not_for_remix`` for a voice remix (an image has no
    sound)."""
    if parent.output_clip:
        raise ApplicationError(
            errors.CLIP_NOT_REMIXABLE,
            code="remix_not_allowed",
            status=403,
            extra={"reason": "parent_is_clip"},
        )
    if parent.chain_depth + 1 > CHAIN_MAX_DEPTH:
        raise ApplicationError(
            errors.CHAIN_TOO_LONG.format(depth=CHAIN_MAX_DEPTH),
            code="remix_not_allowed",
            status=403,
            extra={"reason": "chain_too_long"},
        )
    why = chain_unavailable([parent, *(remix_ancestors(parent) or [])])
    if why or remix_ancestors(parent) is None:
        raise ApplicationError(
            why or str(errors.PARENT_GONE),
            code="remix_not_allowed",
            status=403,
            extra={"reason": "parent_unavailable"},
        )
    if kind == RemixJob.Kind.VOICE:
        raise ApplicationError(errors.VOICE_OF_REMIX, code="kind_not_for_remix", status=422)


def remixers_of(parent: RemixJob) -> list[User]:
    """The requesters of ``parent`` and of the remixes it was made from, nearest first: each
    one's consent counts for a remix of it."""
    return [parent.requester, *(ancestor.requester for ancestor in remix_ancestors(parent) or [])]


def remixer_ids(job: RemixJob) -> list[int] | None:
    """The remixers whose consent ``job`` needs (``remixers_of`` its parent), as ids; ``None``
    for a broken chain."""
    if not job.chain_depth:
        return []
    ancestors = remix_ancestors(job)
    if ancestors is None:
        return None
    return [ancestor.requester_id for ancestor in ancestors]


def _recheck_on_commit(jobs: QuerySet[RemixJob]) -> None:
    from apps.remix.services.deciding import remix_jobs_recheck_consent

    transaction.on_commit(lambda: remix_jobs_recheck_consent(jobs=jobs))


def remix_descendants_take_down(*, jobs: list[RemixJob]) -> int:
    """``jobs`` stopped appearing (inside the caller's transaction, which holds their rows'
    locks): the published remixes made from them come down too,
    restorably (``removed``, listed in their video's creator's studio; ``remix_jobs_take_down``
    then does the same for theirs, down the chain), each requester told why. The ones in
    flight stop once this commits: their consent check finds the chain broken. Returns how
    many came down."""
    # revoking builds on outcomes, which builds on this module: hence the late import.
    from apps.privacy.remixes import Removal
    from apps.remix.services.revoking import remix_jobs_take_down

    ids = [job.pk for job in jobs]
    if not ids:
        return 0
    _recheck_on_commit(RemixJob.objects.filter(parent__in=ids, status__in=IN_FLIGHT))
    children = (
        RemixJob.objects.select_related("creator")
        .filter(parent__in=ids, status=JobStatus.PUBLISHED)
        .order_by("pk")
    )
    by_creator: dict[int, list[RemixJob]] = {}
    for child in children:
        by_creator.setdefault(child.creator_id, []).append(child)
    reason = str(errors.PARENT_TAKEN_DOWN)
    return sum(
        remix_jobs_take_down(
            removals=[Removal(child.pk, reason, "parent_taken_down") for child in theirs],
            actor=theirs[0].creator,
        )
        for theirs in by_creator.values()
    )
