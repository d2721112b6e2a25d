"""What videos adds to an account's data export (``apps.accounts.exports``)."""

from apps.accounts.exports import ExportArchive, account_export_register
from apps.accounts.models import User
from apps.videos.models import Like, Video


def _videos_collect(user: User, archive: ExportArchive) -> None:
    videos = []
    for video in Video.objects.filter(owner=user).prefetch_related("hashtags").order_by("pk"):
        extension = (video.file.name or "").rsplit(".", 1)[-1]
        videos.append(
            {
                "id": video.pk,
                "caption": video.caption,
                "hashtags": [tag.name for tag in video.hashtags.all()],
                "status": video.status,
                "created_at": video.created_at,
                "duration_seconds": video.duration,
                "width": video.width,
                "height": video.height,
                "likes": video.likes_count,
                "comments": video.comments_count,
                "file": archive.stored_file(
                    f"media/videos/{video.pk}.{extension}", video.file.storage, video.file.name
                ),
                "poster": archive.stored_file(
                    f"media/videos/{video.pk}-poster.jpg", video.poster.storage, video.poster.name
                ),
            }
        )
    archive.json("videos.json", videos)
    archive.json(
        "likes.json",
        list(
            Like.objects.filter(user=user)
            .order_by("pk")
            .values("video_id", "video__owner__username", "created_at")
        ),
    )


def register() -> None:
    account_export_register(
        name="videos",
        order=20,
        describes="videos.json and media/videos/: your videos with their files and posters; "
        "likes.json: the videos you liked.",
        collect=_videos_collect,
    )
