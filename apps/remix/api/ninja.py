from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from ninja import Query, Router, Schema, Status
from pydantic import Field

from apps.core.errors import ApplicationError
from apps.core.http import request_user
from apps.remix import selectors, services
from apps.remix.engines.base import KINDS
from apps.remix.models import CAPTION_MAX_LENGTH, PROMPT_MAX_LENGTH, RemixJob
from apps.videos import selectors as video_selectors

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
    kind: str = Field(json_schema_extra={"enum": list(KINDS)})
    prompt: str = Field(default="", max_length=PROMPT_MAX_LENGTH * 2)
    caption: str = Field(default="", max_length=CAPTION_MAX_LENGTH * 2)
    seed: int | None = Field(default=None, ge=0, le=services.SEED_MAX)


class JobOut(Schema):
    id: int
    video_id: int | None
    requester: str
    creator: str
    at_seconds: float
    kind: str
    prompt: str
    caption: str
    seed: int
    engine: str
    status: str
    status_label: str
    progress: int
    stage: str
    queue_position: int | None
    requires_approval: bool
    comment_id: int | None
    image_url: str | None
    credentials_url: str | None
    reason: str
    reason_code: str
    created_at: datetime
    finished_at: datetime | None


def job_data(request: HttpRequest, job: RemixJob) -> dict[str, Any]:
    published = job.status == RemixJob.Status.PUBLISHED and job.output_image
    return {
        "id": job.pk,
        "video_id": job.video_id,
        "requester": job.requester.username,
        "creator": job.creator.username,
        "at_seconds": job.at_seconds,
        "kind": job.kind,
        "prompt": job.prompt,
        "caption": job.caption,
        "seed": job.seed,
        "engine": job.engine,
        "status": job.status,
        "status_label": job.get_status_display(),
        "progress": job.progress,
        "stage": job.stage,
        "queue_position": selectors.queue_position(job),
        "requires_approval": job.requires_approval,
        "comment_id": job.comment_id,
        "image_url": request.build_absolute_uri(job.output_image.url) if published else None,
        "credentials_url": (
            request.build_absolute_uri(reverse("remix:credentials", args=[job.pk]))
            if published
            else None
        ),
        "reason": job.reason,
        "reason_code": job.reason_code,
        "created_at": job.created_at,
        "finished_at": job.finished_at,
    }


@router.post("/jobs", response={201: JobOut}, summary="Request a remix")
def job_create(request: HttpRequest, payload: JobIn) -> Status[dict[str, Any]]:
    """Refusals: 403 `remix_not_allowed` (the creator's settings, in words), 422
    `guideline_violation` (the guideline's words; nothing is queued) or invalid input, 429
    `rate_limited` with `Retry-After`. With the embedded defaults the job may already be
    finished when this returns."""
    requester = request_user(request)
    video = video_selectors.video_get_for_viewer(video_id=payload.video_id, viewer=requester)
    job = services.remix_job_create(
        requester=requester,
        video=video,
        at_seconds=payload.at_seconds,
        kind=payload.kind,
        prompt=payload.prompt,
        caption=payload.caption,
        seed=payload.seed,
    )
    job.refresh_from_db()
    return Status(201, job_data(request, job))


@router.get("/jobs/{job_id}", response=JobOut, summary="A remix job")
def job_detail(request: HttpRequest, job_id: int) -> dict[str, Any]:
    job = selectors.job_get_for_viewer(job_id=job_id, viewer=request_user(request))
    return job_data(request, job)


@router.post("/jobs/{job_id}/cancel", response=JobOut, summary="Cancel your remix")
def job_cancel(request: HttpRequest, job_id: int) -> dict[str, Any]:
    actor = request_user(request)
    job = selectors.job_get_for_viewer(job_id=job_id, viewer=actor)
    return job_data(request, services.remix_job_cancel(job=job, actor=actor))


@router.post("/jobs/{job_id}/retry", response={201: JobOut}, summary="Try a failed remix again")
def job_retry(request: HttpRequest, job_id: int) -> Status[dict[str, Any]]:
    actor = request_user(request)
    job = selectors.job_get_for_viewer(job_id=job_id, viewer=actor)
    retried = services.remix_job_retry(job=job, actor=actor)
    retried.refresh_from_db()
    return Status(201, job_data(request, retried))


class JobListFilter(Schema):
    mine: bool = True


@router.get("/jobs", response=list[JobOut], summary="Your remixes, newest first")
def job_list(request: HttpRequest, filters: Query[JobListFilter]) -> list[dict[str, Any]]:
    if not filters.mine:
        raise ApplicationError(
            "Only your own remixes can be listed here.", code="invalid_filter", status=422
        )
    jobs = selectors.jobs_of_requester(user=request_user(request))[:50]
    return [job_data(request, job) for job in jobs]


@router.get(
    "/videos/{video_id}/remixes",
    response=list[JobOut],
    summary="Every remix of your video (the creator's view)",
)
def video_remixes(request: HttpRequest, video_id: int) -> list[dict[str, Any]]:
    creator = request_user(request)
    video = video_selectors.video_get_for_owner(video_id=video_id, user=creator)
    jobs = selectors.jobs_of_creator(user=creator, video_id=video.pk)[:100]
    return [job_data(request, job) for job in jobs]
