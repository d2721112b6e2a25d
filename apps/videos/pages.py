"""Which versions the cached pages of videos are filed under (``apps.core.pagecache``).

An anonymous visitor's video page is kept under its video's version, its comment threads'
version and the accounts version; the feed under the feed's version and the accounts version.
Every change to a video that a page shows (its row: status, caption, files, counts, rank; its
privacy settings; its deletion) bumps the video's version and the feed's, at once and again
after commit. Counters and privacy settings changed with ``update()`` bump explicitly
(``video_counts_change``, ``privacy_apply_to_all``)."""

from typing import Any

from django.db.models.signals import post_delete, post_save

from apps.core.cache import (
    fields_watch,
    saved_fields_changed,
    version_bump,
    visibility_versions,
)
from apps.core.pagecache import ACCOUNTS_VERSION, viewer_pages_bump
from apps.videos.models import Like, Video

FEED_VERSION = "pages:feed"


def video_version_name(video_id: int) -> str:
    return f"pages:video:{video_id}"


def video_page_versions(video_id: int) -> list[str]:
    """The video page adds its comment threads' version (the comments app's) to these."""
    return [ACCOUNTS_VERSION, video_version_name(video_id)]


def feed_versions() -> list[str]:
    return [ACCOUNTS_VERSION, FEED_VERSION]


def video_pages_bump(*video_ids: int, visibility: bool = False) -> None:
    """What these videos' pages and the feed show changed; ``visibility``: whether they may
    have become hidden or shown to someone (then the visibility versions go in the same bump)."""
    names = [FEED_VERSION, *(video_version_name(video_id) for video_id in set(video_ids))]
    version_bump(*names, *(visibility_versions() if visibility else ()))


def _video_saved(
    sender: type[Video], instance: Video, created: bool, update_fields: Any = None, **_: Any
) -> None:
    """Everything on a video's row shows on its pages; a new video is processing, hidden from
    everyone but its owner, so only a status change can hide or show it."""
    changed = not created and saved_fields_changed(instance, update_fields, "status")
    video_pages_bump(instance.pk, visibility=changed)


def _video_deleted(sender: type[Video], instance: Video, **_: Any) -> None:
    video_pages_bump(instance.pk, visibility=True)


def _like_changed(sender: type[Like], instance: Like, **kwargs: object) -> None:
    """The liker's pages show the heart filled (the counts bump the video's pages)."""
    viewer_pages_bump(instance.user_id)


def receivers_connect() -> None:
    fields_watch(Video, "status")
    post_save.connect(_video_saved, sender=Video, dispatch_uid="videos-pages-save")
    post_delete.connect(_video_deleted, sender=Video, dispatch_uid="videos-pages-delete")
    post_save.connect(_like_changed, sender=Like, dispatch_uid="videos-pages-like-save")
    post_delete.connect(_like_changed, sender=Like, dispatch_uid="videos-pages-like-delete")
