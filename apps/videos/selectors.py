import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from apps.accounts.models import Follow, User
from apps.core.errors import ApplicationError
from apps.privacy import policy
from apps.privacy.models import Visibility
from apps.videos import errors
from apps.videos.models import Like, Video


def _with_viewer(queryset: QuerySet[Video], viewer: User | None) -> QuerySet[Video]:
    queryset = queryset.select_related("owner", "privacy")
    if viewer is not None:
        queryset = queryset.annotate(
            viewer_liked=Exists(Like.objects.filter(user=viewer, video=OuterRef("pk")))
        )
    return queryset


def video_get_for_viewer(*, video_id: int, viewer: User | None) -> Video:
    """The video if ``viewer`` may see it, else 404 (whether it exists is not revealed)."""
    queryset = _with_viewer(Video.objects.all(), viewer).prefetch_related("frames")
    if viewer is not None:
        queryset = queryset.annotate(
            viewer_follows_owner=Exists(
                Follow.objects.filter(follower=viewer, followee=OuterRef("owner_id"))
            )
        )
    video = queryset.filter(pk=video_id).first()
    if video is None or not policy.can_view(viewer, video):
        raise Http404(policy.VIDEO_NOT_AVAILABLE)
    return video


def video_get_for_owner(*, video_id: int, user: User) -> Video:
    """The video if ``user`` may manage it; 404 if they may not even view it, else 403."""
    video = video_get_for_viewer(video_id=video_id, viewer=user)
    if not policy.can_manage_video(user, video):
        raise ApplicationError(errors.NOT_VIDEO_OWNER, code="not_video_owner", status=403)
    return video


@dataclass(frozen=True)
class FeedPage:
    videos: list[Video]
    next_cursor: str | None


INVALID_CURSOR = "That page of the feed is not valid."


def _invalid_cursor() -> ApplicationError:
    return ApplicationError(INVALID_CURSOR, code="invalid_cursor")


def _encode_cursor(values: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> dict[str, Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise _invalid_cursor() from exc
    if not isinstance(values, dict) or not isinstance(values.get("id"), int):
        raise _invalid_cursor()
    return values


FEED_TABS = ("for_you", "following")


def feed_page(*, tab: str, viewer: User | None, cursor: str | None, limit: int) -> FeedPage:
    """One page of a feed, newest page first, by an opaque cursor.

    A cursor that does not decode is refused (ApplicationError ``invalid_cursor``).

    "For you": ready videos anyone may see, by rank (engagement and recency). "Following":
    the followed accounts' videos, newest first; empty for anonymous viewers.
    """
    queryset = _with_viewer(policy.videos_visible_to(Video.objects.all(), viewer), viewer)
    queryset = queryset.filter(status=Video.Status.READY)
    if tab == "following":
        if viewer is None:
            return FeedPage(videos=[], next_cursor=None)
        followed = Follow.objects.filter(follower=viewer, followee=OuterRef("owner_id"))
        queryset = queryset.filter(Exists(followed)).order_by("-created_at", "-id")
        key = "created_at"
    else:
        # Discovery shows public videos only, even to followers of a followers-only account.
        queryset = queryset.filter(privacy__visibility=Visibility.PUBLIC).order_by("-rank", "-id")
        key = "rank"

    if cursor:
        values = _decode_cursor(cursor)
        position: Any = values.get("at")
        if key == "created_at":
            try:
                position = datetime.fromisoformat(str(position))
            except ValueError as exc:
                raise _invalid_cursor() from exc
        elif not isinstance(position, int | float):
            raise _invalid_cursor()
        queryset = queryset.filter(
            Q(**{f"{key}__lt": position}) | Q(**{key: position, "id__lt": values["id"]})
        )

    videos = list(queryset[: limit + 1])
    next_cursor = None
    if len(videos) > limit:
        videos = videos[:limit]
        last = videos[-1]
        at = last.created_at.isoformat() if key == "created_at" else last.rank
        next_cursor = _encode_cursor({"at": at, "id": last.pk})
    return FeedPage(videos=videos, next_cursor=next_cursor)


def videos_of_owner(*, owner: User, viewer: User | None) -> QuerySet[Video]:
    """The profile grid: the owner sees their processing and failed videos too."""
    queryset = policy.videos_visible_to(Video.objects.filter(owner=owner), viewer)
    return queryset.order_by("-created_at", "-id")


def videos_with_hashtag(*, name: str, viewer: User | None) -> QuerySet[Video]:
    queryset = policy.videos_visible_to(Video.objects.filter(hashtags__name=name.lower()), viewer)
    return _with_viewer(queryset.filter(status=Video.Status.READY), viewer).order_by("-rank", "-id")


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


def video_media_readable(name: str, viewer: User | None) -> bool:
    """The media rule of a video's own files: whoever may view the video, now."""
    video = video_for_media_file(name=name)
    return video is not None and bool(policy.can_view(viewer, video))
