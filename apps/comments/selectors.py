import time
from dataclasses import dataclass
from typing import Any

from django.db.models import Prefetch, Q
from django.http import Http404

from apps.accounts.models import User
from apps.comments.api.serializers import comment_data
from apps.comments.models import Comment
from apps.moderation.models import DECIDE_CASES
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
    replies = Comment.objects.filter(status=Comment.Status.VISIBLE).select_related("author")
    queryset = (
        Comment.objects.filter(video=video, parent=None, status=Comment.Status.VISIBLE)
        .select_related("author")
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
        Comment.objects.select_related("author", "video__owner", "video__privacy")
        .filter(pk=comment_id, status=Comment.Status.VISIBLE)
        .first()
    )


def comment_get_for_viewer(*, comment_id: int, viewer: User | None) -> Comment:
    """A visible comment on a video ``viewer`` may see, else 404."""
    comment = comment_visible_get(comment_id=comment_id)
    if comment is None or not policy.can_view(viewer, comment.video):
        raise Http404("comment")
    return comment


# A new comment reaches every socket on its video at once: a burst of deliveries, one per
# socket, each of which used to fetch and serialise the same comment again (about 7 ms a socket,
# seconds for 500; see docs/benchmarks.md). What is sent is the same for every viewer; only
# whether each one may see it differs. So each process fetches a visible comment once, keeps it
# for a few seconds, and asks the privacy policy for every viewer. A comment removed within
# those seconds is followed by its own ``comment.removed`` event.
SHARED_COMMENT_SECONDS = 5.0
_shared_comments: dict[int, tuple[float, Comment, dict[str, Any]]] = {}


def _comment_shared(comment_id: int) -> tuple[Comment, dict[str, Any]] | None:
    now = time.monotonic()
    shared = _shared_comments.get(comment_id)
    if shared is None or now - shared[0] > SHARED_COMMENT_SECONDS:
        for stale in [
            key for key, kept in _shared_comments.items() if now - kept[0] > SHARED_COMMENT_SECONDS
        ]:
            _shared_comments.pop(stale, None)
        comment = comment_visible_get(comment_id=comment_id)
        if comment is None:  # never kept: it may become visible (approved) in a moment
            return None
        shared = _shared_comments[comment_id] = (now, comment, comment_data(comment))
    return shared[1], shared[2]


def comment_payload_for_viewer(*, comment_id: int, viewer: User | None) -> dict[str, Any] | None:
    """What a socket sends ``viewer`` of a new comment (the API's representation, links
    site-relative), or ``None`` when it is not visible or the viewer may not see its video."""
    shared = _comment_shared(comment_id)
    if shared is None:
        return None
    comment, data = shared
    payload = data if policy.can_view(viewer, comment.video) else None
    if viewer is None:
        _anonymous_payloads[comment_id] = (time.monotonic(), payload)
    return payload


# Every anonymous viewer gets the same answer (the policy asks nothing about them), so the
# first anonymous delivery in a process decides for the others, for as long as the comment
# itself is kept: the socket consumers then answer most of a fan-out without leaving the event
# loop for a database thread.
_anonymous_payloads: dict[int, tuple[float, dict[str, Any] | None]] = {}


def comment_payload_for_anonymous_known(comment_id: int) -> tuple[bool, dict[str, Any] | None]:
    """``(True, payload)`` when this process decided for an anonymous viewer of this comment in
    the last ``SHARED_COMMENT_SECONDS``, else ``(False, None)``. Touches no database: safe to
    call from async code."""
    now = time.monotonic()
    known = _anonymous_payloads.get(comment_id)
    if known is None or now - known[0] > SHARED_COMMENT_SECONDS:
        for stale in [key for key, kept in _anonymous_payloads.items() if now - kept[0] > 60]:
            _anonymous_payloads.pop(stale, None)
        return False, None
    return True, known[1]


def comment_media_readable(name: str, viewer: User | None) -> bool:
    """The media rule of comment images (published remixes): a visible comment on a video the
    viewer may view now; moderators read hidden ones too (the case they decide shows it). A
    removed, hidden or orphaned image is served to nobody else."""
    comment = (
        Comment.objects.select_related("video__owner", "video__privacy")
        .filter(Q(image=name) | Q(clip=name))
        .first()
    )
    if comment is None:
        return False
    if viewer is not None and viewer.has_perm(DECIDE_CASES):
        return True
    return comment.is_visible and bool(policy.can_view(viewer, comment.video))
