"""The one shape of a remix job that leaves the server: the Ninja API answers with it and the
``remix.updated`` socket event carries it."""

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from ninja import Schema

from apps.remix.models import RemixJob
from apps.remix.selectors import queue_position


def _url(path: str, context: dict[str, Any] | None) -> str:
    """Absolute for an API answer (its request knows the host), site-relative in an event."""
    request: HttpRequest | None = (context or {}).get("request")
    return request.build_absolute_uri(path) if request is not None else path


def _published(job: RemixJob) -> bool:
    return job.status == RemixJob.Status.PUBLISHED and bool(job.output_image)


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
    # A remix of a remix: the remix it was made from (``video_id`` stays the original's).
    parent_id: int | None
    chain_depth: int
    image_url: str | None
    clip_url: str | None  # a voice remix's MP4 (``image_url`` is then its poster)
    credentials_url: str | None
    reason: str
    reason_code: str
    created_at: datetime
    finished_at: datetime | None

    @staticmethod
    def resolve_requester(job: RemixJob) -> str:
        return job.requester.username

    @staticmethod
    def resolve_creator(job: RemixJob) -> str:
        return job.creator.username

    @staticmethod
    def resolve_status_label(job: RemixJob) -> str:
        return job.get_status_display()

    @staticmethod
    def resolve_queue_position(job: RemixJob) -> int | None:
        # Lists annotate it in their one query (``selectors``); a single job counts it here.
        annotations = vars(job)
        if "queue_position" in annotations:
            return annotations["queue_position"]
        return queue_position(job)

    @staticmethod
    def resolve_image_url(job: RemixJob, context: dict[str, Any] | None) -> str | None:
        return _url(job.output_image.url, context) if _published(job) else None

    @staticmethod
    def resolve_clip_url(job: RemixJob, context: dict[str, Any] | None) -> str | None:
        return _url(job.output_clip.url, context) if _published(job) and job.output_clip else None

    @staticmethod
    def resolve_credentials_url(job: RemixJob, context: dict[str, Any] | None) -> str | None:
        if not _published(job):
            return None
        return _url(reverse("remix:credentials", args=[job.pk]), context)


def job_payload(job: RemixJob) -> dict[str, Any]:
    """The job as JSON-ready data, for an event (no request: site-relative links)."""
    return JobOut.from_orm(job).model_dump(mode="json")
