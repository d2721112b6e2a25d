from dataclasses import dataclass

from apps.accounts.models import Follow, RemixesInComments, User
from apps.notifications.models import Notification

NOTIFICATIONS_PAGE_SIZE = 30


@dataclass(frozen=True)
class NotificationPage:
    notifications: list[Notification]
    next_before: int | None  # pass as ``before_id`` for the next, older page


def notifications_for_user(
    *, user: User, before_id: int | None = None, limit: int = NOTIFICATIONS_PAGE_SIZE
) -> NotificationPage:
    """``user``'s own notifications, newest first; two queries at most. Remix images are
    left out of those whose remix ``user``'s "AI remixes in comments" hides (the text stays:
    a creator still hears their video was remixed)."""
    queryset = (
        Notification.objects.filter(recipient=user)
        .select_related("actor")
        .order_by("-created_at", "-id")
    )
    if before_id is not None:
        queryset = queryset.filter(id__lt=before_id)
    notifications = list(queryset[: limit + 1])
    next_before = None
    if len(notifications) > limit:
        notifications, next_before = notifications[:limit], notifications[limit - 1].pk
    _remix_images_filter(user, notifications)
    return NotificationPage(notifications=notifications, next_before=next_before)


def _remix_images_filter(user: User, notifications: list[Notification]) -> None:
    """Blank (in memory) the picture of each notification about someone else's remix that the
    recipient's filter hides. A notification with an ``actor`` is about that person's remix
    ("@bob remixed your video"); one without is about the recipient's own, or the site's."""
    mode = user.remixes_in_comments
    if mode == RemixesInComments.ALL:
        return
    others = [n for n in notifications if n.image_url and n.actor_id not in (None, user.pk)]
    followed: set[int] = set()
    if mode == RemixesInComments.FOLLOWING and others:
        followed = set(
            Follow.objects.filter(
                follower=user, followee_id__in={n.actor_id for n in others}
            ).values_list("followee_id", flat=True)
        )
    for notification in others:
        if notification.actor_id not in followed:
            notification.image_url = ""


def unread_count(*, user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at=None).count()
