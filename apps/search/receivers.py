"""What makes the discover sections shared by every viewer stale (``discover_version_bump``):
anything that may hide what they were computed from. New engagement does not bump (trending
catches up within ``CLIPMIX_DISCOVER_CACHE_SECONDS``; showing it late hides nothing), and a
block does not either: it concerns one viewer, whose sections are checked at every request."""

from typing import Any

from apps.search.selectors.discover import discover_version_bump


def _touches(update_fields: Any, field: str) -> bool:
    return update_fields is None or field in update_fields


def changed(sender: Any, **kwargs: Any) -> None:
    """Privacy applied to many videos at once, a deleted video or comment."""
    discover_version_bump()


def privacy_saved(sender: Any, *, created: bool, **kwargs: Any) -> None:
    """A video's privacy changed (a new video's first settings hide nothing shown yet)."""
    if not created:
        discover_version_bump()


def video_saved(sender: Any, *, created: bool, update_fields: Any, **kwargs: Any) -> None:
    """A video became ready, or was taken down."""
    if not created and _touches(update_fields, "status"):
        discover_version_bump()


def comment_saved(sender: Any, *, created: bool, update_fields: Any, **kwargs: Any) -> None:
    """A comment or a remix was withdrawn, hidden by a moderator, or approved."""
    if not created and _touches(update_fields, "status"):
        discover_version_bump()


def user_saved(sender: Any, *, created: bool, update_fields: Any, **kwargs: Any) -> None:
    """An account was deactivated (or came back)."""
    if not created and _touches(update_fields, "is_active"):
        discover_version_bump()
