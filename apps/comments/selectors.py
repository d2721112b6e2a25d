from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import Http404

from apps.accounts.models import User
from apps.comments.models import Comment
from apps.privacy import policy
from apps.videos.models import Video

COMMENTS_PAGE_SIZE = 20


@dataclass(frozen=True)
class CommentPage:
    threads: list[Comment]
    next_before: int | None  # pass as ``before_id`` for the next, older page


def comments_for_video(
    *,
    video: Video,
    viewer: User | None,
    before_id: int | None = None,
    limit: int = COMMENTS_PAGE_SIZE,
) -> CommentPage:
    """Visible top-level comments, newest first, each with its visible replies oldest first.

    Two queries whatever the number of comments. The caller has checked ``can_view``.
    """
    # ``remix_job``: an image comment is a remix, whose credentials badge links to it.
    replies = Comment.objects.filter(status=Comment.Status.VISIBLE).select_related(
        "author", "remix_job"
    )
    queryset = (
        Comment.objects.filter(video=video, parent=None, status=Comment.Status.VISIBLE)
        .select_related("author", "remix_job")
        .prefetch_related(Prefetch("replies", queryset=replies.order_by("created_at", "id")))
        .order_by("-created_at", "-id")
    )
    if before_id is not None:
        queryset = queryset.filter(id__lt=before_id)
    threads = list(queryset[: limit + 1])
    if len(threads) > limit:
        return CommentPage(threads=threads[:limit], next_before=threads[limit - 1].pk)
    return CommentPage(threads=threads, next_before=None)


def comment_visible_get(*, comment_id: int) -> Comment | None:
    """A visible comment with what the privacy policy and its representation read, whoever
    asks: the caller must still ask ``policy.can_view`` for each viewer (as
    ``comment_get_for_viewer`` does)."""
    return (
        Comment.objects.select_related("author", "video__owner", "video__privacy", "remix_job")
        .filter(pk=comment_id, status=Comment.Status.VISIBLE)
        .first()
    )


def comment_get_for_viewer(*, comment_id: int, viewer: User | None) -> Comment:
    """A visible comment on a video ``viewer`` may see, else 404."""
    comment = comment_visible_get(comment_id=comment_id)
    if comment is None or not policy.can_view(viewer, comment.video):
        raise Http404("comment")
    return comment


def comment_media_readable(name: str, viewer: User | None) -> bool:
    """The media rule of comment images (published remixes): a visible comment on a video the
    viewer may view now; moderators read hidden ones too (the case they decide shows it). A
    removed, hidden or orphaned image is served to nobody else."""
    comment = (
        Comment.objects.select_related("video__owner", "video__privacy").filter(image=name).first()
    )
    if comment is None:
        return False
    if viewer is not None and viewer.has_perm("moderation.decide_moderationcase"):
        return True
    return comment.is_visible and bool(policy.can_view(viewer, comment.video))
