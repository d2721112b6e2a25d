"""How privacy answers what the videos app announces."""

from typing import Any

from apps.privacy.services import video_privacy_create
from apps.videos.models import Video


def video_created(sender: Any, *, video: Video, **kwargs: Any) -> None:
    video_privacy_create(video=video)
