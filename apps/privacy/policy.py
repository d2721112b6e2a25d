"""The one place that answers "may this user view / comment on this video, and if not, why".

Pages, both APIs, websocket consumers and tasks ask these functions; none re-implements a rule.
Querysets are filtered by the same rules in ``videos_visible_to``.

Today's rules: the owner and staff see everything; others see ready videos whose owner has not
blocked them. Per-video visibility and audiences arrive with the privacy settings.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet

from apps.accounts.models import Block, User
from apps.videos.models import Video

if TYPE_CHECKING:
    from apps.comments.models import Comment

Viewer = User | AnonymousUser | None

VIDEO_NOT_AVAILABLE = "This video doesn't exist or isn't available."
VIDEO_NOT_READY = "This video is still processing."
LOG_IN_TO_COMMENT = "Log in to comment."


@dataclass(frozen=True)
class Decision:
    allowed: bool
    code: str = "allowed"
    message: str = ""

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Decision(True)


def _authenticated(user: Viewer) -> User | None:
    return user if user is not None and user.is_authenticated else None


def _owner_blocked(video: Video, user: User) -> bool:
    return Block.objects.filter(blocker_id=video.owner_id, blocked=user).exists()


def can_view(user: Viewer, video: Video) -> Decision:
    viewer = _authenticated(user)
    if viewer is not None and (viewer.pk == video.owner_id or viewer.is_staff):
        return ALLOWED
    if not video.is_ready:
        return Decision(False, "video_not_ready", VIDEO_NOT_AVAILABLE)
    if viewer is not None and _owner_blocked(video, viewer):
        return Decision(False, "blocked", VIDEO_NOT_AVAILABLE)
    return ALLOWED


def can_comment(user: Viewer, video: Video) -> Decision:
    viewer = _authenticated(user)
    if viewer is None:
        return Decision(False, "not_authenticated", LOG_IN_TO_COMMENT)
    if not (decision := can_view(viewer, video)):
        return decision
    if not video.is_ready:
        return Decision(False, "video_not_ready", VIDEO_NOT_READY)
    return ALLOWED


def can_manage_video(user: Viewer, video: Video) -> bool:
    """Delete the video, change its settings."""
    viewer = _authenticated(user)
    return viewer is not None and viewer.pk == video.owner_id


def videos_visible_to(queryset: QuerySet[Video], user: Viewer) -> QuerySet[Video]:
    """``queryset`` narrowed to the videos ``can_view`` allows, in SQL."""
    viewer = _authenticated(user)
    if viewer is None:
        return queryset.filter(status=Video.Status.READY)
    if viewer.is_staff:
        return queryset
    blocked = Block.objects.filter(blocker=OuterRef("owner_id"), blocked=viewer)
    return queryset.filter(Q(owner=viewer) | (Q(status=Video.Status.READY) & ~Exists(blocked)))


def can_delete_comment(user: Viewer, comment: "Comment") -> bool:
    """The comment's author, the video's creator and staff may delete a comment."""
    viewer = _authenticated(user)
    return viewer is not None and (
        viewer.pk in (comment.author_id, comment.video.owner_id) or viewer.is_staff
    )
