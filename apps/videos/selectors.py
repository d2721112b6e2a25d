"""Reads of videos that need no access rule: query shaping, the feed's page and cursor, the
video a media file belongs to. What a viewer may see is the privacy app's to answer
(``apps.privacy.selectors``), which builds on these."""

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.videos.models import Like, Video


def videos_with_viewer_state(queryset: QuerySet[Video], viewer: User | None) -> QuerySet[Video]:
    """Each video with its owner and settings, and (for a logged-in viewer) whether they
    liked it."""
    queryset = queryset.select_related("owner", "privacy")
    if viewer is not None:
        queryset = queryset.annotate(
            viewer_liked=Exists(Like.objects.filter(user=viewer, video=OuterRef("pk")))
        )
    return queryset


@dataclass(frozen=True)
class FeedPage:
    videos: list[Video]
    next_cursor: str | None


INVALID_CURSOR = _("That page of the feed is not valid.")


def feed_cursor_invalid() -> ApplicationError:
    return ApplicationError(INVALID_CURSOR, code="invalid_cursor")


def feed_cursor_encode(values: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def feed_cursor_decode(cursor: str) -> dict[str, Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise feed_cursor_invalid() from exc
    if not isinstance(values, dict) or not isinstance(values.get("id"), int):
        raise feed_cursor_invalid()
    return values


FEED_TABS = ("for_you", "following")


def video_for_media_file(*, name: str) -> Video | None:
    """The video a stored file (the video itself, its poster or one of its frames) belongs to."""
    folder = name.split("/", 1)[0]
    queryset = Video.objects.select_related("owner", "privacy")
    if folder == "videos":
        return queryset.filter(file=name).first()
    if folder == "posters":
        return queryset.filter(poster=name).first()
    if folder == "frames":
        return queryset.filter(frames__image=name).first()
    return None
