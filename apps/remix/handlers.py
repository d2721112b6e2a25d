from django.core.files.storage import default_storage
from django.urls import reverse

from apps.accounts.models import User
from apps.moderation.handlers import ContentPreview
from apps.moderation.models import GuidelineRule
from apps.remix.models import RemixJob
from apps.remix.services import deciding


def comment_image_source(comment_id: int) -> str:
    """The video frame a published remix started from, for a case about its comment."""
    frame = (
        RemixJob.objects.filter(comment_id=comment_id)
        .exclude(source_frame="")
        .values_list("source_frame", flat=True)
        .first()
    )
    return default_storage.url(frame) if frame else ""


class RemixModeration:
    """Carries out moderators' decisions on remixes (registered in ``RemixConfig.ready``)."""

    def preview(self, object_id: int) -> ContentPreview:
        job = RemixJob.objects.select_related("requester", "creator").filter(pk=object_id).first()
        if job is None:
            return ContentPreview(exists=False, summary="This remix no longer exists.")
        link = reverse("videos:detail", kwargs={"video_id": job.video_id}) if job.video_id else ""
        return ContentPreview(
            text=job.prompt,
            source_image_url=job.source_frame.url if job.source_frame else "",
            output_image_url=job.output_image.url if job.output_image else "",
            output_clip_url=job.output_clip.url if job.output_clip else "",
            link=link,
            summary=(
                f"{job.get_kind_display()} remix by @{job.requester.username} of "
                f"@{job.creator.username}'s video at {job.at_seconds:.1f} s "
                f"({job.get_status_display().lower()})"
            ),
        )

    def thumbnails(self, object_ids: list[int]) -> dict[int, str]:
        jobs = RemixJob.objects.filter(pk__in=object_ids)
        return {
            pk: default_storage.url(output or frame)
            for pk, output, frame in jobs.values_list("pk", "output_image", "source_frame")
            if output or frame
        }

    def approve(self, object_id: int, *, moderator: User | None) -> None:
        job = RemixJob.objects.get(pk=object_id)
        if job.status == RemixJob.Status.IN_REVIEW:
            deciding.remix_job_approve(job=job, actor=moderator, as_moderator=True)

    def reject(
        self, object_id: int, *, moderator: User | None, rule: GuidelineRule, message: str
    ) -> None:
        job = RemixJob.objects.get(pk=object_id)
        if job.status in (
            RemixJob.Status.IN_REVIEW,
            RemixJob.Status.PUBLISHED,
            RemixJob.Status.REMOVED,
        ):
            deciding.remix_job_decline(
                job=job,
                actor=moderator,
                reason=message,
                code=f"guideline_{rule.category}",
                as_moderator=True,
            )
