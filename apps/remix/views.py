import io
from datetime import timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST, require_safe

from apps.accounts.credentials import email_verification_due
from apps.accounts.errors import EMAIL_UNVERIFIED
from apps.accounts.http import request_user, request_viewer
from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.moderation.services.prompts import remix_pause_remaining, remix_paused_error
from apps.privacy import policy
from apps.privacy import selectors as privacy_selectors
from apps.provenance.verification import media_verify
from apps.remix import errors, selectors
from apps.remix.models import CAPTION_MAX_LENGTH, PROMPT_MAX_LENGTH, RemixJob
from apps.remix.services import chains, deciding, requesting, revoking

EXAMPLE_PROMPTS = [
    ("restyle", "turn this into a watercolour painting"),
    ("restyle", "pixel art, like an old video game"),
    ("background", "put me on a beach at sunset"),
    ("background", "floating in outer space among the stars"),
    ("face", "add cool sunglasses"),
    ("caption_only", ""),
    # The voice effects, one example each: the composer's picker for them.
    ("voice", "make me sound like a chipmunk"),
    ("voice", "a deeper voice"),
    ("voice", "talk like a robot"),
    ("voice", "echo like in a stadium"),
    ("voice", "an old telephone call"),
]


@login_required
def composer(request: HttpRequest, video_id: int) -> HttpResponse:
    """Pick a moment, a kind, a prompt and a caption. With JavaScript the page posts to the API
    and follows the job live; without it, this form creates the job and shows "My remixes"."""
    requester = request_user(request)
    video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=requester)
    return _composer(request, requester, video, parent=None)


@login_required
def composer_of_remix(request: HttpRequest, remix_id: int) -> HttpResponse:
    """ "Remix this remix": the composer, starting from a published remix's image (its moment
    is the remix's), refusing with the words of whoever along the chain does not allow it."""
    requester = request_user(request)
    parent = selectors.remix_get_for_remixing(remix_id=remix_id, viewer=requester)
    if parent.video is None:  # the selector answers only remixes of existing videos
        raise Http404("remix")
    return _composer(request, requester, parent.video, parent=parent)


def _composer(
    request: HttpRequest, requester: User, video: Any, *, parent: RemixJob | None
) -> HttpResponse:
    remixers = chains.remixers_of(parent) if parent is not None else []
    decision = policy.can_remix_remix(requester, video, remixers=remixers)
    kind_decisions = policy.can_remix_kinds(requester, video, remixers=remixers)
    if parent is not None:
        try:
            chains.parent_remixable(parent=parent)
        except ApplicationError as refusal:
            decision = policy.Decision(False, refusal.code, str(refusal.message))
        kind_decisions[RemixJob.Kind.VOICE] = policy.Decision(
            False, "kind_not_for_remix", str(errors.VOICE_OF_REMIX)
        )
    if decision and email_verification_due(user=requester):  # asked before the form is filled
        decision = policy.Decision(False, "email_unverified", str(EMAIL_UNVERIFIED))
    error = None
    if request.method == "POST" and decision:
        try:
            job = requesting.remix_job_create(
                requester=requester,
                video=video,
                at_seconds=float(request.POST.get("at_seconds") or 0),
                kind=request.POST.get("kind", ""),
                prompt=request.POST.get("prompt", ""),
                caption=request.POST.get("caption", ""),
                parent=parent,
            )
        except ApplicationError as refusal:
            error = refusal.message
        except ValueError:  # a moment that is not a number
            error = errors.MOMENT_OUTSIDE.format(duration=video.duration)
        else:
            return redirect(reverse("remix:mine") + f"#job-{job.pk}")
    elif decision:
        paused = remix_pause_remaining(user=requester)
        if paused:
            error = remix_paused_error(paused).message
    return render(
        request,
        "remix/composer.html",
        {
            "video": video,
            "parent": parent,
            "decision": decision,
            "frames": video.frames.order_by("at_seconds") if parent is None else [],
            "kinds": [
                (value, label, kind_decisions[value]) for value, label in RemixJob.Kind.choices
            ],
            "first_allowed_kind": next(
                (kind for kind, allowed in kind_decisions.items() if allowed), ""
            ),
            "examples": EXAMPLE_PROMPTS,
            "prompt_max": PROMPT_MAX_LENGTH,
            "caption_max": CAPTION_MAX_LENGTH,
            "error": error,
            "values": request.POST,
        },
        status=422 if error else 200,
    )


@login_required
@require_safe
def mine(request: HttpRequest) -> HttpResponse:
    jobs = selectors.jobs_of_requester(user=request_user(request))[:50]
    return render(request, "remix/mine.html", {"jobs": jobs})


# How long the studio offers "Undo" right after a removal (restore stays possible after, from
# the remix's card, until its files are purged).
UNDO_WINDOW = timedelta(minutes=10)
STUDIO_PAGE_SIZE = 60


def _studio_filters(request: HttpRequest) -> selectors.StudioFilters:
    video = request.GET.get("video", "")
    status = request.GET.get("status", "")
    if status not in {*RemixJob.Status.values, selectors.STUDIO_WAITING_MODERATOR}:
        status = ""
    return selectors.StudioFilters(
        video_id=int(video) if video.isdigit() else None,
        status=status,
        requester=request.GET.get("requester", "").lstrip("@")[:150],
    )


def _undoable(creator: User, job_id: str) -> RemixJob | None:
    """The remix just removed, while its "Undo" is offered."""
    if not job_id.isdigit():
        return None
    job = selectors.jobs_of_creator(user=creator).filter(pk=int(job_id)).first()
    if (
        job is None
        or job.status != RemixJob.Status.REMOVED
        or job.finished_at is None
        or job.finished_at < timezone.now() - UNDO_WINDOW
        or revoking.restorable_until(job) is None
    ):
        return None
    return job


@login_required
@require_safe
def studio(request: HttpRequest) -> HttpResponse:
    """Every remix of the creator's videos, filtered by video, status and requester, with
    counts; a constant number of queries."""
    creator = request_user(request)
    filters = _studio_filters(request)
    jobs = list(selectors.studio_jobs(user=creator, filters=filters)[:STUDIO_PAGE_SIZE])
    for job in jobs:
        job.restorable_until = revoking.restorable_until(job)  # type: ignore[attr-defined]
    facets = selectors.studio_facets(user=creator, filters=filters)
    return render(
        request,
        "remix/studio.html",
        {
            "jobs": jobs,
            "facets": facets,
            "filters": filters,
            "filtered": filters != selectors.StudioFilters(),
            "undo": _undoable(creator, request.GET.get("undo", "")),
            "more": facets.total > len(jobs),
            "page_size": STUDIO_PAGE_SIZE,
            "waiting_for_me": selectors.jobs_waiting_for_remixer(user=creator)[:STUDIO_PAGE_SIZE],
        },
    )


@login_required
@require_POST
def remixer_decide(request: HttpRequest, job_id: int) -> HttpResponse:
    """Someone whose remix was remixed approves or declines that remix of it (their settings
    ask them to review remixes)."""
    remixer = request_user(request)
    job = get_object_or_404(selectors.jobs_waiting_for_remixer(user=remixer), pk=job_id)
    action = request.POST.get("action")
    try:
        if action == "approve":
            deciding.remix_job_approve(job=job, actor=remixer)
            messages.success(request, errors.APPROVED)
        elif action == "decline":
            reason = str(errors.DECLINED_BY_REMIXER.format(handle=remixer.username))
            deciding.remix_job_decline(job=job, actor=remixer, reason=reason, code="declined")
            messages.info(request, _("Remix declined."))
        else:
            raise Http404("action")
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("remix:studio")


@login_required
@require_safe
def studio_remove(request: HttpRequest, job_id: int) -> HttpResponse:
    """Asks before a published remix is removed (the form posts to ``studio_decide``)."""
    job = get_object_or_404(
        selectors.jobs_of_creator(user=request_user(request)),
        pk=job_id,
        status=RemixJob.Status.PUBLISHED,
    )
    return render(
        request,
        "remix/remove.html",
        {"job": job, "question": errors.REMOVE_CONFIRM.format(handle=job.requester.username)},
    )


@login_required
def studio_block(request: HttpRequest, job_id: int) -> HttpResponse:
    """Block a remix's requester from the creator's videos. GET asks, with how many of their
    remixes are published on the creator's videos; POST blocks and, with ``also_remove``, takes
    those down (restorably)."""
    creator = request_user(request)
    job = get_object_or_404(selectors.jobs_of_creator(user=creator), pk=job_id)
    published = revoking.remixes_of_requester_published(creator=creator, requester=job.requester)
    if request.method == "POST":
        try:
            removed = revoking.requester_block(
                creator=creator,
                requester=job.requester,
                also_remove=request.POST.get("also_remove") == "on",
            )
        except ApplicationError as error:
            messages.error(request, error.message)
        else:
            text = _("@{handle} can no longer remix your videos.").format(
                handle=job.requester.username
            )
            if removed:
                text += " " + ngettext(
                    "Removed their remix.", "Removed {count} of their remixes.", removed
                ).format(count=removed)
            messages.info(request, text)
        return redirect("remix:studio")
    return render(
        request,
        "remix/block.html",
        {"job": job, "requester": job.requester, "count": len(published)},
    )


@login_required
@require_POST
def studio_decide(request: HttpRequest, job_id: int) -> HttpResponse:
    """The creator approves or declines a waiting remix, removes a published one, or blocks its
    requester from their videos."""
    creator = request_user(request)
    job = get_object_or_404(selectors.jobs_of_creator(user=creator), pk=job_id)
    action = request.POST.get("action")
    try:
        if action == "approve":
            job = deciding.remix_job_approve(job=job, actor=creator)
            held = job.awaits_moderator
            messages.success(request, errors.APPROVED_AWAITS_MODERATOR if held else errors.APPROVED)
        elif action == "decline":
            deciding.remix_job_decline(
                job=job, actor=creator, reason=str(errors.DECLINED_BY_CREATOR), code="declined"
            )
            messages.info(request, _("Remix declined."))
        elif action == "remove":
            job = deciding.remix_job_remove(job=job, actor=creator)
            if job.status == RemixJob.Status.REMOVED:
                return redirect(reverse("remix:studio") + f"?undo={job.pk}")
            messages.info(request, _("Remix removed."))
        elif action == "restore":
            revoking.remix_job_restore(job=job, actor=creator)
            messages.success(request, errors.RESTORED)
        elif action == "block":
            return redirect("remix:studio_block", job_id=job.pk)
        else:
            raise Http404("action")
    except ApplicationError as error:
        messages.error(request, error.message)
    return redirect("remix:studio")


@require_safe
def credentials(request: HttpRequest, remix_id: int) -> HttpResponse:
    """A published remix's Content Credentials, checked now by the same reader anyone can use."""
    job = (
        RemixJob.objects.select_related("video__owner", "video__privacy", "requester", "comment")
        .filter(pk=remix_id, status__in=[RemixJob.Status.PUBLISHED, RemixJob.Status.REMOVED])
        .first()
    )
    viewer = request_viewer(request)
    if job is None or job.video is None or not policy.can_view(viewer, job.video):
        raise Http404("remix")
    # A removed remix's credentials are its creator's and moderators' to see, nobody else's.
    if job.status == RemixJob.Status.REMOVED and not (
        viewer is not None and (viewer.pk == job.creator_id or selectors.is_moderator(viewer))
    ):
        raise Http404("remix")
    output = job.output_clip or job.output_image  # a voice remix's credentials are in its MP4
    with output.open("rb") as stored:
        data = stored.read()
    report = media_verify(io.BytesIO(data), size=len(data))
    # A remix of a remix: the remixes it was made from, nearest first, linked while they
    # appear (the manifest's own words, in the report, carry the chain too).
    chain = [
        (ancestor, ancestor.status == RemixJob.Status.PUBLISHED)
        for ancestor in chains.remix_ancestors(job) or []
    ]
    return render(
        request,
        "remix/credentials.html",
        {
            "job": job,
            "report": report,
            "chain": chain,
            "chain_broken": job.chain_depth > len(chain),
        },
    )
