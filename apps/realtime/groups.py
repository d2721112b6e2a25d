"""Channel-layer group names, in one place so senders and consumers always agree."""


def user_group(user_id: int) -> str:
    """Events for one person only: new followers, notifications."""
    return f"user.{user_id}"


def video_group(video_id: int) -> str:
    """Everyone watching one video: new and removed comments."""
    return f"video.{video_id}"
