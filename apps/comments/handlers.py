from collections.abc import Callable

from django.core.files.storage import default_storage
from django.urls import reverse

from apps.accounts.models import User
from apps.comments import services
from apps.comments.models import Comment
from apps.moderation.handlers import ContentPreview
from apps.moderation.models import GuidelineRule

# Where a comment's image came from, as an image a moderator may see (the video frame a remix
# started from): the app that publishes images into comments registers how to find it.
_image_source: Callable[[int], str] | None = None


def comment_image_source_register(find: Callable[[int], str]) -> None:
    global _image_source
    _image_source = find


class CommentModeration:
    """Carries out moderators' decisions on comments (registered in ``CommentsConfig.ready``)."""

    def preview(self, object_id: int) -> ContentPreview:
        comment = (
            Comment.objects.select_related("author", "video__owner").filter(pk=object_id).first()
        )
        if comment is None:
            return ContentPreview(exists=False, summary="This comment no longer exists.")
        link = reverse("videos:detail", kwargs={"video_id": comment.video_id})
        source = _image_source(comment.pk) if comment.image and _image_source else ""
        return ContentPreview(
            text=comment.body,
            source_image_url=source,
            output_image_url=comment.image.url if comment.image else "",
            link=f"{link}#comment-{comment.pk}",
            summary=(
                f"{comment.get_status_display()} comment by @{comment.author.username} "
                f"on @{comment.video.owner.username}'s video"
            ),
        )

    def thumbnails(self, object_ids: list[int]) -> dict[int, str]:
        images = Comment.objects.filter(pk__in=object_ids).exclude(image="")
        return {pk: default_storage.url(name) for pk, name in images.values_list("pk", "image")}

    def approve(self, object_id: int, *, moderator: User | None) -> None:
        services.comment_moderation_approve(comment_id=object_id)

    def reject(
        self, object_id: int, *, moderator: User | None, rule: GuidelineRule, message: str
    ) -> None:
        services.comment_moderation_reject(comment_id=object_id, message=message)
