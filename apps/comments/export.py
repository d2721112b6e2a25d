"""What comments adds to an account's data export (``apps.accounts.exports``)."""

from apps.accounts.exports import ExportArchive, account_export_register
from apps.accounts.models import User
from apps.comments.models import Comment


def _comments_collect(user: User, archive: ExportArchive) -> None:
    comments = []
    for comment in Comment.objects.filter(author=user).order_by("pk"):
        comments.append(
            {
                "id": comment.pk,
                "video_id": comment.video_id,
                "reply_to": comment.parent_id,
                "body": comment.body,
                "status": comment.status,
                "created_at": comment.created_at,
                "image": archive.stored_file(
                    f"media/comments/{comment.pk}.jpg", comment.image.storage, comment.image.name
                ),
                "clip": archive.stored_file(
                    f"media/comments/{comment.pk}.mp4", comment.clip.storage, comment.clip.name
                ),
            }
        )
    archive.json("comments.json", comments)


def register() -> None:
    account_export_register(
        name="comments",
        order=30,
        describes="comments.json: your comments and replies (media/comments/: their images).",
        collect=_comments_collect,
    )
