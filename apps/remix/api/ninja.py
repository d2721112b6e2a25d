from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema
from ninja import Status as HttpStatus
from pydantic import Field

from apps.accounts.http import request_user
from apps.core.errors import ApplicationError
from apps.privacy import selectors as privacy_selectors
from apps.remix import selectors
from apps.remix.models import CAPTION_MAX_LENGTH, PROMPT_MAX_LENGTH, RemixJob
from apps.remix.schemas import JobOut
from apps.remix.services import analysing, requesting

router = Router(tags=["remix"])


class JobIn(Schema):
    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "video_id": 1,
                    "at_seconds": 1.5,
                    "kind": "restyle",
                    "prompt": "turn it into a watercolour painting",
                    "caption": "Monday mood",
                }
            ]
        }
    }

    video_id: int
    at_seconds: float = Field(ge=0)
    # Declared as an enum for clients, checked by the service, which answers in its own words.
    kind: str = Field(json_schema_extra={"enum": list[Any](RemixJob.Kind.values)})
    prompt: str = Field(default="", max_length=PROMPT_MAX_LENGTH * 2)
    caption: str = Field(default="", max_length=CAPTION_MAX_LENGTH * 2)
    seed: int | None = Field(default=None, ge=0, le=requesting.SEED_MAX)
    parent_remix_id: int | None = Field(
        default=None,
        description="Remix this published remix of the video instead of the video's frame: "
        "it starts from the remix's image, at its moment (`at_seconds` is then ignored).",
    )


PARENT_NOT_OF_VIDEO = _("That remix is not a remix of this video.")


@router.post("/jobs", response={201: JobOut}, summary="Request a remix")
def job_create(request: HttpRequest, payload: JobIn) -> HttpStatus[RemixJob]:
    """Refusals: 403 `remix_not_allowed` (the creator's settings, in words) or
    `remix_kind_not_allowed` (the creator allows other kinds, named in the message), 422
    `guideline_violation` (the guideline's words; nothing is queued) or invalid input, 429
    `rate_limited` with `Retry-After`. With the embedded defaults the job may already be
    finished when this returns.

    With `parent_remix_id`, a remix of that remix: 404 when you cannot see it, 403
    `remix_not_allowed` when it no longer appears or someone along the chain (the video's
    creator, the remix's requester, the people before them) does not allow it, the message
    naming who and `extra.reason` saying why, 422 `parent_not_of_video` when it is not a
    remix of `video_id`, 422 `kind_not_for_remix` for a voice remix."""
    requester = request_user(request)
    parent = None
    if payload.parent_remix_id is not None:
        parent = selectors.remix_get_for_remixing(
            remix_id=payload.parent_remix_id, viewer=requester
        )
        if parent.video_id != payload.video_id:
            raise ApplicationError(PARENT_NOT_OF_VIDEO, code="parent_not_of_video", status=422)
    video = privacy_selectors.video_get_for_viewer(video_id=payload.video_id, viewer=requester)
    job = requesting.remix_job_create(
        requester=requester,
        video=video,
        at_seconds=payload.at_seconds,
        kind=payload.kind,
        prompt=payload.prompt,
        caption=payload.caption,
        seed=payload.seed,
        parent=parent,
    )
    job.refresh_from_db()
    return HttpStatus(201, job)


@router.get("/jobs/{job_id}", response=JobOut, summary="A remix job")
def job_detail(request: HttpRequest, job_id: int) -> RemixJob:
    return selectors.job_get_for_viewer(job_id=job_id, viewer=request_user(request))


@router.post("/jobs/{job_id}/cancel", response=JobOut, summary="Cancel your remix")
def job_cancel(request: HttpRequest, job_id: int) -> RemixJob:
    actor = request_user(request)
    job = selectors.job_get_for_viewer(job_id=job_id, viewer=actor)
    return requesting.remix_job_cancel(job=job, actor=actor)


@router.post("/jobs/{job_id}/retry", response={201: JobOut}, summary="Try a failed remix again")
def job_retry(request: HttpRequest, job_id: int) -> HttpStatus[RemixJob]:
    actor = request_user(request)
    job = selectors.job_get_for_viewer(job_id=job_id, viewer=actor)
    retried = requesting.remix_job_retry(job=job, actor=actor)
    retried.refresh_from_db()
    return HttpStatus(201, retried)


class JobListFilter(Schema):
    mine: bool = True


@router.get("/jobs", response=list[JobOut], summary="Your remixes, newest first")
def job_list(request: HttpRequest, filters: Query[JobListFilter]) -> list[RemixJob]:
    if not filters.mine:
        raise ApplicationError(
            "Only your own remixes can be listed here.", code="invalid_filter", status=422
        )
    jobs = selectors.jobs_of_requester(user=request_user(request))[:50]
    return list(jobs)


@router.get(
    "/videos/{video_id}/remixes",
    response=list[JobOut],
    summary="Every remix of your video (the creator's view)",
)
def video_remixes(request: HttpRequest, video_id: int) -> list[RemixJob]:
    creator = request_user(request)
    video = privacy_selectors.video_get_for_owner(video_id=video_id, user=creator)
    jobs = selectors.jobs_of_creator(user=creator, video_id=video.pk)[:100]
    return list(jobs)


class FaceOut(Schema):
    box: tuple[float, float, float, float]  # x, y, width, height: fractions of the frame
    score: float
    right_eye: tuple[float, float]
    left_eye: tuple[float, float]
    nose: tuple[float, float]
    mouth: tuple[float, float]
    outline: list[tuple[float, float]]


class KindReadiness(Schema):
    kind: str
    usable: bool
    reason: str  # why not, in the words the job would fail with ("" when usable)


class AnalysisOut(Schema):
    at_seconds: float
    width: int
    height: int
    faces: list[FaceOut]
    person_outlines: list[list[tuple[float, float]]]
    person_share: float
    kinds: list[KindReadiness]


class AnalysisQuery(Schema):
    at_seconds: float = Field(ge=0)


@router.get(
    "/videos/{video_id}/analysis",
    response=AnalysisOut,
    summary="What the engine finds at a moment (faces, the person)",
)
def video_analysis(request: HttpRequest, video_id: int, query: Query[AnalysisQuery]) -> dict:
    """The faces (box, eyes, nose, mouth, outline) and the person's outline that the remix
    engine's models find at `at_seconds`, as fractions of the frame, and for each kind whether
    it can be made there and why not. The same refusals as requesting a remix (403
    `remix_not_allowed`), rate-limited (429 `rate_limited`)."""
    requester = request_user(request)
    video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=requester)
    found = analysing.frame_analyse(requester=requester, video=video, at_seconds=query.at_seconds)
    return {
        "at_seconds": found.at_seconds,
        "width": found.width,
        "height": found.height,
        "faces": [vars(face) for face in found.faces],
        "person_outlines": found.person_outlines,
        "person_share": found.person_share,
        "kinds": [
            {"kind": kind, "usable": reason is None, "reason": reason or ""}
            for kind, reason in found.reasons.items()
        ],
    }


class VoicePreviewQuery(Schema):
    at_seconds: float = Field(ge=0)
    prompt: str = Field(max_length=PROMPT_MAX_LENGTH * 2)


@router.get(
    "/videos/{video_id}/voice-preview",
    summary="Hear a voice effect on a moment before asking for the remix",
    openapi_extra={
        "responses": {
            200: {
                "description": "A short mono WAV",
                "content": {"audio/wav": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def video_voice_preview(
    request: HttpRequest, video_id: int, query: Query[VoicePreviewQuery]
) -> HttpResponse:
    """2.5 s of the video's sound from `at_seconds` through the voice effect the prompt names
    (chipmunk, deeper, robot, stadium echo, telephone), as `audio/wav`; nothing is stored.
    Refused like a voice remix: 403 `remix_not_allowed` / `remix_kind_not_allowed`, 422
    `voice_effect_unknown`, `video_too_short`, `video_has_no_audio`, `moment_outside_video`,
    429 `rate_limited`."""
    requester = request_user(request)
    video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=requester)
    wav = analysing.voice_preview_make(
        requester=requester, video=video, at_seconds=query.at_seconds, prompt=query.prompt
    )
    response = HttpResponse(wav, content_type="audio/wav")
    response["Cache-Control"] = "private, no-store"
    return response
