from django.urls import reverse

from apps.accounts.models import User
from apps.comments import services
from apps.comments.models import Comment
from apps.moderation.handlers import ContentPreview
from apps.moderation.models import GuidelineRule


class CommentModeration:
    """Carries out moderators' decisions on comments (registered in ``CommentsConfig.ready``)."""

    def preview(self, object_id: int) -> ContentPreview:
        comment = (
            Comment.objects.select_related("author", "video__owner").filter(pk=object_id).first()
        )
        if comment is None:
            return ContentPreview(exists=False, summary="This comment no longer exists.")
        link = reverse("videos:detail", kwargs={"video_id": comment.video_id})
        return ContentPreview(
            text=comment.body,
            output_image_url=comment.image.url if comment.image else "",
            link=f"{link}#comment-{comment.pk}",
            summary=(
                f"{comment.get_status_display()} comment by @{comment.author.username} "
                f"on @{comment.video.owner.username}'s video"
            ),
        )

    def approve(self, object_id: int, *, moderator: User | None) -> None:
        services.comment_moderation_approve(comment_id=object_id)

    def reject(
        self, object_id: int, *, moderator: User | None, rule: GuidelineRule, message: str
    ) -> None:
        services.comment_moderation_reject(comment_id=object_id, message=message)
