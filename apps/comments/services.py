from django.db import transaction

from apps.accounts.models import User
from apps.comments import errors
from apps.comments.models import BODY_MAX_LENGTH, Comment, CommentReport
from apps.core.errors import ApplicationError
from apps.core.events import event_send_on_commit
from apps.privacy import policy
from apps.realtime.groups import video_group
from apps.videos.models import Video
from apps.videos.services import video_counts_change


def _body_clean(body: str) -> str:
    body = body.strip()
    if not body:
        raise ApplicationError(errors.BODY_EMPTY, code="body_empty")
    if len(body) > BODY_MAX_LENGTH:
        raise ApplicationError(
            errors.BODY_TOO_LONG.format(limit=BODY_MAX_LENGTH),
            code="body_too_long",
            extra={"max_length": BODY_MAX_LENGTH},
        )
    return body


@transaction.atomic
def comment_create(
    *, author: User, video: Video, body: str, parent_id: int | None = None
) -> Comment:
    """A text comment or reply. Replies stay one level deep: answering a reply answers its
    thread. Viewers of the video get ``comment.created`` after commit."""
    decision = policy.can_comment(author, video)
    if not decision:
        status = 401 if decision.code == "not_authenticated" else 403
        raise ApplicationError(decision.message, code=decision.code, status=status)
    body = _body_clean(body)
    parent = None
    if parent_id is not None:
        parent = (
            Comment.objects.filter(pk=parent_id, video=video, status=Comment.Status.VISIBLE)
            .select_related("parent")
            .first()
        )
        if parent is None:
            raise ApplicationError(errors.PARENT_NOT_FOUND, code="parent_not_found")
        parent = parent.parent or parent
    comment = Comment(video=video, author=author, body=body, parent=parent)
    comment.full_clean()
    comment.save()
    video_counts_change(video_id=video.pk, comments=1)
    event_send_on_commit(
        video_group(video.pk), {"type": "comment.created", "comment_id": comment.pk}
    )
    return comment


@transaction.atomic
def comment_delete(*, actor: User, comment: Comment) -> None:
    """Remove a comment (its replies disappear with it). Removing twice is a no-op."""
    if not policy.can_delete_comment(actor, comment):
        raise ApplicationError(errors.NOT_ALLOWED_TO_DELETE, code="not_allowed", status=403)
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if comment.status == Comment.Status.REMOVED:
        return
    was_visible = comment.is_visible
    comment.status = Comment.Status.REMOVED
    comment.save(update_fields=["status", "updated_at"])
    if was_visible:
        hidden_replies = comment.replies.filter(status=Comment.Status.VISIBLE).count()
        video_counts_change(video_id=comment.video_id, comments=-(1 + hidden_replies))
        event_send_on_commit(
            video_group(comment.video_id), {"type": "comment.removed", "comment_id": comment.pk}
        )


@transaction.atomic
def comment_report(
    *, reporter: User, comment: Comment, reason: str, text: str = ""
) -> CommentReport:
    """Store a report for the moderators; reporting again updates the reason and text."""
    if comment.author_id == reporter.pk:
        raise ApplicationError(errors.CANNOT_REPORT_OWN, code="cannot_report_own")
    if reason not in CommentReport.Reason.values:
        raise ApplicationError(
            "Choose a reason for the report.",
            code="invalid_reason",
            extra={"allowed": CommentReport.Reason.values},
        )
    report, _ = CommentReport.objects.update_or_create(
        comment=comment, reporter=reporter, defaults={"reason": reason, "text": text.strip()[:500]}
    )
    return report
