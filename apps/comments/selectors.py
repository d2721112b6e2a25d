import time
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, Q
from django.http import Http404

from apps.accounts.models import Follow, RemixesInComments, User
from apps.comments.api.serializers import comment_data, comment_hidden_data
from apps.comments.models import Comment
from apps.moderation.models import DECIDE_CASES
from apps.privacy import policy
from apps.videos.models import Video

COMMENTS_PAGE_SIZE = 20


@dataclass(frozen=True)
class RemixFilter:
    """Which AI remixes (comments with an image) one viewer sees: all, only those of people
    they follow, or none; everyone sees their own. Applied only to comments the viewer may
    see anyway (the caller has asked the privacy policy), so what it hides, and counts, never
    tells of a remix the viewer could not have seen."""

    mode: str
    viewer_id: int | None = None

    def hidden_ids(self, comments: "list[Comment]") -> set[int]:
        """The ids among ``comments`` this filter hides; at most one query (the follows)."""
        if self.mode == RemixesInComments.ALL:
            return set()
        remixes = [c for c in comments if c.image and c.author_id != self.viewer_id]
        followed: set[int] = set()
        if self.mode == RemixesInComments.FOLLOWING and remixes and self.viewer_id is not None:
            followed = set(
                Follow.objects.filter(
                    follower_id=self.viewer_id, followee_id__in={c.author_id for c in remixes}
                ).values_list("followee_id", flat=True)
            )
        return {c.pk for c in remixes if c.author_id not in followed}


def remix_filter_for(*, viewer: User | None, override: str | None = None) -> RemixFilter:
    """The viewer's own choice ("AI remixes in comments"), unless ``override`` (a valid
    choice, for one request or page view) says otherwise; anonymous viewers see all unless
    they ask. "Following" shows an anonymous viewer none but their own (they have none)."""
    mode = override or (viewer.remixes_in_comments if viewer is not None else None)
    return RemixFilter(mode=mode or RemixesInComments.ALL, viewer_id=viewer.pk if viewer else None)


@dataclass(frozen=True)
class HiddenRemixes:
    """One line in place of remixes the viewer's filter hides: consecutive hidden remixes are
    one line; a hidden remix that has replies gets its own, its replies shown under it."""

    count: int
    replies: list["CommentRow"]
    ids: list[int]


@dataclass(frozen=True)
class CommentRow:
    """A comment shown, or a line standing for hidden remixes (``hidden``)."""

    comment: Comment | None = None
    hidden: HiddenRemixes | None = None
    replies: list["CommentRow"] = field(default_factory=list)


def comment_rows(comments: list[Comment], hidden_ids: set[int]) -> list[CommentRow]:
    """``comments`` (threads with their prefetched replies, or replies) as the page lists them:
    each hidden remix folded into a "N AI remixes hidden" line, in its place."""
    rows: list[CommentRow] = []
    for comment in comments:
        replies = (
            comment_rows(list(comment.replies.all()), hidden_ids)
            if comment.parent_id is None
            else []
        )
        if comment.pk not in hidden_ids:
            rows.append(CommentRow(comment=comment, replies=replies))
            continue
        previous = rows[-1].hidden if rows else None
        if previous is not None and not previous.replies and not replies:
            rows[-1] = CommentRow(
                hidden=HiddenRemixes(previous.count + 1, [], [*previous.ids, comment.pk])
            )
        else:
            rows.append(CommentRow(hidden=HiddenRemixes(1, replies, [comment.pk])))
    return rows


@dataclass(frozen=True)
class CommentPage:
    threads: list[Comment]
    next_before: int | None  # pass as ``before_id`` for the next, older page
    # The remixes on this page (threads and their replies) the viewer's filter hides.
    hidden_ids: set[int] = field(default_factory=set)

    @property
    def rows(self) -> list[CommentRow]:
        return comment_rows(self.threads, self.hidden_ids)

    @property
    def hidden_remixes(self) -> int:
        return len(self.hidden_ids)


def comments_for_video(
    *,
    video: Video,
    viewer: User | None,
    before_id: int | None = None,
    limit: int = COMMENTS_PAGE_SIZE,
    remixes: RemixFilter | None = None,
) -> CommentPage:
    """Visible top-level comments, newest first, each with its visible replies oldest first;
    the remixes ``remixes`` hides (by default the viewer's own choice) are listed in
    ``hidden_ids``, never left out of the page, so that pages and cursors are the same for
    every filter.

    Three queries at most whatever the number of comments. The caller has checked ``can_view``
    (privacy first: only what the viewer may see is filtered, and counted).
    """
    remixes = remixes or remix_filter_for(viewer=viewer)
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
    next_before = None
    if len(threads) > limit:
        threads, next_before = threads[:limit], threads[limit - 1].pk
    every = [c for thread in threads for c in (thread, *thread.replies.all())]
    return CommentPage(
        threads=threads, next_before=next_before, hidden_ids=remixes.hidden_ids(every)
    )


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
# those seconds is followed by its own ``comment.removed`` event. Every anonymous viewer gets
# the same answer from the policy (it asks nothing about them), so the first anonymous delivery
# keeps that answer beside the comment: the socket consumers then answer most of a fan-out
# without leaving the event loop for a database thread.
SHARED_COMMENT_SECONDS = 5.0
_NOT_ASKED: Any = object()


@dataclass
class _Kept:
    at: float
    comment: Comment
    data: dict[str, Any]
    anonymous: dict[str, Any] | None = _NOT_ASKED  # the policy's answer for anonymous viewers


_kept: dict[int, _Kept] = {}


def _comment_kept(comment_id: int) -> _Kept | None:
    now = time.monotonic()
    kept = _kept.get(comment_id)
    if kept is None or now - kept.at > SHARED_COMMENT_SECONDS:
        for stale in [key for key, old in _kept.items() if now - old.at > SHARED_COMMENT_SECONDS]:
            _kept.pop(stale, None)
        comment = comment_visible_get(comment_id=comment_id)
        if comment is None:  # never kept: it may become visible (approved) in a moment
            return None
        kept = _kept[comment_id] = _Kept(now, comment, comment_data(comment))
    return kept


def comment_payload_for_viewer(
    *, comment_id: int, viewer: User | None, remixes: RemixFilter | None = None
) -> dict[str, Any] | None:
    """What a socket sends ``viewer`` of a new comment (the API's representation, links
    site-relative), or ``None`` when it is not visible or the viewer may not see its video.
    A remix that ``remixes`` hides comes as a placeholder (``remix_hidden``, no image, no
    text), asked only once the privacy policy has let the viewer see it."""
    kept = _comment_kept(comment_id)
    if kept is None:
        return None
    payload = kept.data if policy.can_view(viewer, kept.comment.video) else None
    if viewer is None:
        kept.anonymous = payload
    return _remix_filtered(payload, kept.comment, remixes)


def _remix_filtered(
    payload: dict[str, Any] | None, comment: Comment, remixes: RemixFilter | None
) -> dict[str, Any] | None:
    if payload is not None and remixes is not None and remixes.hidden_ids([comment]):
        return comment_hidden_data(payload)
    return payload


def comment_payload_for_anonymous_known(
    comment_id: int, remixes: RemixFilter | None = None
) -> tuple[bool, dict[str, Any] | None]:
    """``(True, payload)`` when this process decided for an anonymous viewer of this comment
    within the comment's few kept seconds, else ``(False, None)``. Touches no database: safe
    to call from async code."""
    kept = _kept.get(comment_id)
    if kept is None or kept.anonymous is _NOT_ASKED:
        return False, None
    if time.monotonic() - kept.at > SHARED_COMMENT_SECONDS:
        return False, None
    return True, _remix_filtered(kept.anonymous, kept.comment, remixes)


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
