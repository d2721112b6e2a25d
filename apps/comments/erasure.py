"""What comments does when an account is deleted (``apps.accounts.erasure``): its comments
(with their images and replies) and its reports go; the videos' counters stay true."""

from apps.accounts.erasure import account_erasure_register, files_delete
from apps.accounts.models import User
from apps.comments.models import Comment, CommentReport
from apps.videos.services import video_counts_change


def _comments_erase(user: User) -> None:
    CommentReport.objects.filter(reporter=user).delete()
    for comment in Comment.objects.filter(author=user):
        doomed = Comment.objects.filter(pk=comment.pk) | Comment.objects.filter(parent=comment)
        visible = doomed.filter(status=Comment.Status.VISIBLE).count()
        files_delete(
            comment.image.storage,
            [f.name for c in doomed for f in (c.image, c.clip) if f],
        )
        doomed.delete()
        if visible:
            video_counts_change(video_id=comment.video_id, comments=-visible)


def register() -> None:
    account_erasure_register(
        name="comments",
        order=20,
        handles={"comments.Comment.author", "comments.CommentReport.reporter"},
        erase=_comments_erase,
    )
