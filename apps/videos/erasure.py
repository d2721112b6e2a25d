"""What videos does when an account is deleted (``apps.accounts.erasure``): its videos with
every file (the video, its H.264 copy, poster, frames, the comments' images) and its likes."""

from apps.accounts.erasure import account_erasure_register, files_delete
from apps.accounts.models import User
from apps.videos.models import Like, Video
from apps.videos.services import video_counts_change, video_delete


def _videos_erase(user: User) -> None:
    for like in Like.objects.filter(user=user):
        like.delete()
        video_counts_change(video_id=like.video_id, likes=-1)
    for video in Video.objects.filter(owner=user):
        files_delete(
            video.file.storage,
            [
                video.file.name,
                video.poster.name,
                *video.frames.values_list("image", flat=True),
                *video.comments.exclude(image="").values_list("image", flat=True),
            ],
        )
        video_delete(video=video)


def register() -> None:
    account_erasure_register(
        name="videos",
        order=30,
        handles={"videos.Video.owner", "videos.Like.user"},
        erase=_videos_erase,
    )
