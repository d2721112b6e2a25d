from django.core.files import File
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from apps.accounts.models import User
from apps.comments import errors
from apps.comments.models import BODY_MAX_LENGTH, REPORT_NOTE_MAX_LENGTH, Comment, CommentReport
from apps.comments.moderation import CONTENT_TYPE, REPORT_CATEGORIES, comment_screening
from apps.comments.threads import comments_version_bump
from apps.core.errors import ApplicationError, nul_character_refuse
from apps.core.events import event_send_on_commit, video_group
from apps.core.ratelimit import rate_limit_hit
from apps.moderation.models import Category, ModerationCase
from apps.moderation.services.cases import case_open, case_report
from apps.moderation.services.notices import notice_send
from apps.privacy import policy
from apps.videos.models import Video
from apps.videos.services import video_counts_change


def _body_clean(body: str) -> str:
    nul_character_refuse(body)
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
    rate_limit_hit(scope="comment", key=str(author.pk))
    parent = None
    if parent_id is not None:
        parent = (
            Comment.objects.filter(pk=parent_id, video=video, status=Comment.Status.VISIBLE)
            .select_related("parent", "video__owner", "video__privacy")
            .first()
        )
        if parent is None:
            raise ApplicationError(errors.PARENT_NOT_FOUND, code="parent_not_found")
        if not (reply := policy.can_reply(author, parent)):
            raise ApplicationError(reply.message, code=reply.code, status=403)
        parent = parent.parent or parent
    screening = comment_screening(body)
    comment = Comment(video=video, author=author, body=body, parent=parent)
    if screening is not None:
        comment.status = Comment.Status.PENDING
    comment.full_clean()
    comment.save()
    if screening is None:
        _comment_announce(comment)
    else:
        case_open(
            content_type=CONTENT_TYPE,
            object_id=comment.pk,
            stage=ModerationCase.Stage.COMMENT,
            author=author,
            creator=video.owner,
            screening=screening,
            text=body,
        )
    return comment


def _comment_announce(comment: Comment) -> None:
    video_counts_change(video_id=comment.video_id, comments=1)
    event_send_on_commit(
        video_group(comment.video_id), {"type": "comment.created", "comment_id": comment.pk}
    )


def _comment_withdraw(comment: Comment, status: str) -> None:
    """Take a comment out of view; a visible one takes its visible replies with it."""
    was_visible = comment.is_visible
    comment.status = status
    comment.save(update_fields=["status", "updated_at"])
    if was_visible:
        hidden_replies = comment.replies.filter(status=Comment.Status.VISIBLE).count()
        video_counts_change(video_id=comment.video_id, comments=-(1 + hidden_replies))
        event_send_on_commit(
            video_group(comment.video_id), {"type": "comment.removed", "comment_id": comment.pk}
        )


@transaction.atomic
def comment_delete(*, actor: User, comment: Comment) -> None:
    """Remove a comment (its replies disappear with it). Removing twice is a no-op."""
    if not policy.can_delete_comment(actor, comment):
        raise ApplicationError(errors.NOT_ALLOWED_TO_DELETE, code="not_allowed", status=403)
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    if comment.status == Comment.Status.REMOVED:
        return
    _comment_withdraw(comment, Comment.Status.REMOVED)


@transaction.atomic
def comment_moderation_approve(*, comment_id: int) -> None:
    """A moderator let the comment stand: a held one appears now, reports about it close.
    Idempotent; a comment its author has removed meanwhile stays removed."""
    comment = Comment.objects.select_for_update().filter(pk=comment_id).first()
    if comment is None:
        return
    if comment.status in (Comment.Status.PENDING, Comment.Status.HIDDEN):
        comment.status = Comment.Status.VISIBLE
        comment.save(update_fields=["status", "updated_at"])
        _comment_announce(comment)
    comment.reports.filter(resolved_at=None).update(resolved_at=timezone.now())


@transaction.atomic
def comment_image_publish(
    *,
    author: User,
    video: Video,
    image: File,
    image_label: str,
    credentials_url: str,
    body: str = "",
    clip: File | None = None,
    remix_url: str = "",
) -> Comment:
    """Post an AI image as a comment (the publishing app has checked consent and screened it).
    The image's bytes are stored unchanged: they carry signed credentials, found at
    ``credentials_url``. With ``clip`` (an MP4 that carries the credentials), the image is its
    poster and the page plays the clip when tapped. ``remix_url``, when given, is where a
    viewer may start a remix of the image."""
    comment = Comment(
        video=video,
        author=author,
        body=body.strip()[:BODY_MAX_LENGTH],
        image_label=image_label,
        credentials_url=credentials_url,
        remix_url=remix_url,
    )
    comment.image.save(image.name or "remix.jpg", image, save=False)
    if clip is not None:
        comment.clip.save(clip.name or "remix.mp4", clip, save=False)
    comment.full_clean()
    comment.save()
    _comment_announce(comment)
    return comment


@transaction.atomic
def comment_moderation_reject(*, comment_id: int, message: str, notify: bool = True) -> None:
    """A moderator upheld a guideline: the comment is hidden and, with ``notify``, its author
    told why. Idempotent."""
    comment = (
        Comment.objects.select_for_update(of=("self",))
        .select_related("video__owner")
        .filter(pk=comment_id)
    ).first()
    if comment is None:
        return
    comment.reports.filter(resolved_at=None).update(resolved_at=timezone.now())
    if comment.status in (Comment.Status.HIDDEN, Comment.Status.REMOVED):
        return
    _comment_withdraw(comment, Comment.Status.HIDDEN)
    if not notify:
        return
    notice_send(
        user_id=comment.author_id,
        kind="comment_removed",
        text=errors.COMMENT_REMOVED_NOTICE.format(
            handle=comment.video.owner.username, message=message
        ),
    )


@transaction.atomic
def comment_images_hide(*, comment_ids: list[int]) -> None:
    """Take many published images out of view at once (their publishing app withdrew them): the
    visible ones are hidden, their counts and open reports settled, and each disappears live;
    a few queries whatever their number. Idempotent; authors are not notified here."""
    comments = list(
        Comment.objects.select_for_update()
        .filter(pk__in=comment_ids, status=Comment.Status.VISIBLE)
        .only("pk", "video_id")
    )
    CommentReport.objects.filter(comment_id__in=comment_ids, resolved_at=None).update(
        resolved_at=timezone.now()
    )
    if not comments:
        return
    ids = [comment.pk for comment in comments]
    Comment.objects.filter(pk__in=ids).update(
        status=Comment.Status.HIDDEN, updated_at=timezone.now()
    )
    hidden_per_video: dict[int, int] = {}
    for comment in comments:
        hidden_per_video[comment.video_id] = hidden_per_video.get(comment.video_id, 0) + 1
    replies = Comment.objects.filter(parent_id__in=ids, status=Comment.Status.VISIBLE)
    for video_id, count in replies.values_list("video_id").annotate(n=Count("pk")):
        hidden_per_video[video_id] += count
    for video_id, count in hidden_per_video.items():
        video_counts_change(video_id=video_id, comments=-count)
    comments_version_bump(*hidden_per_video, visibility=True)  # update() sends no post_save
    for comment in comments:
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
            errors.REPORT_REASON_REQUIRED,
            code="invalid_reason",
            extra={"allowed": CommentReport.Reason.values},
        )
    if len(text.strip()) > REPORT_NOTE_MAX_LENGTH:
        raise ApplicationError(
            errors.REPORT_NOTE_TOO_LONG.format(limit=REPORT_NOTE_MAX_LENGTH), code="note_too_long"
        )
    report, created = CommentReport.objects.update_or_create(
        comment=comment, reporter=reporter, defaults={"reason": reason, "text": text.strip()}
    )
    if created:
        case_report(
            content_type=CONTENT_TYPE,
            object_id=comment.pk,
            author=comment.author,
            creator=comment.video.owner,
            reporter=reporter,
            category=REPORT_CATEGORIES.get(reason, Category.BORDERLINE),
            reason=f"{report.get_reason_display()}: {report.text}".rstrip(": "),
            text=comment.body,
        )
    return report
