"""How privacy answers what the videos app announces."""

from typing import Any

from apps.privacy.models import VideoPrivacy
from apps.privacy.services import video_privacy_create
from apps.videos.models import Video
from apps.videos.pages import video_pages_bump


def video_created(sender: Any, *, video: Video, **kwargs: Any) -> None:
    video_privacy_create(video=video)


def video_privacy_saved(
    sender: Any, *, instance: VideoPrivacy, created: bool = False, **kwargs: Any
) -> None:
    """A video's settings decide who sees its cached pages: they are stale at once, and so is
    whatever else may show it (the visibility versions), unless the settings are the first of a
    new video, which shows nowhere yet."""
    video_pages_bump(instance.video_id, visibility=not created)
