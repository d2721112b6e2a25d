"""Consent withdrawn while remixes are on their way, or their video deleted: they stop, and
never appear."""

from typing import Any

from apps.remix.models import RemixJob
from apps.remix.services.deciding import remix_jobs_recheck_consent


def video_privacy_changed(sender: Any, *, video_ids: list[int], **kwargs: Any) -> None:
    remix_jobs_recheck_consent(
        jobs=RemixJob.objects.filter(
            video_id__in=video_ids,
            status__in=[RemixJob.Status.QUEUED, RemixJob.Status.RUNNING, RemixJob.Status.IN_REVIEW],
        )
    )


def video_deleted(sender: Any, *, owner_id: int, **kwargs: Any) -> None:
    """The video's rows are gone (``video=None``): its remixes in flight and published end."""
    remix_jobs_recheck_consent(
        jobs=RemixJob.objects.filter(
            creator_id=owner_id,
            video=None,
            status__in=[
                RemixJob.Status.QUEUED,
                RemixJob.Status.RUNNING,
                RemixJob.Status.IN_REVIEW,
                RemixJob.Status.PUBLISHED,
            ],
        )
    )
