from dataclasses import dataclass

from apps.accounts.models import User
from apps.notifications.models import Notification

NOTIFICATIONS_PAGE_SIZE = 30


@dataclass(frozen=True)
class NotificationPage:
    notifications: list[Notification]
    next_before: int | None  # pass as ``before_id`` for the next, older page


def notifications_for_user(
    *, user: User, before_id: int | None = None, limit: int = NOTIFICATIONS_PAGE_SIZE
) -> NotificationPage:
    """``user``'s own notifications, newest first; one query."""
    queryset = (
        Notification.objects.filter(recipient=user)
        .select_related("actor")
        .order_by("-created_at", "-id")
    )
    if before_id is not None:
        queryset = queryset.filter(id__lt=before_id)
    notifications = list(queryset[: limit + 1])
    if len(notifications) > limit:
        return NotificationPage(
            notifications=notifications[:limit], next_before=notifications[limit - 1].pk
        )
    return NotificationPage(notifications=notifications, next_before=None)


def unread_count(*, user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at=None).count()
