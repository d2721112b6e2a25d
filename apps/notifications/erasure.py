"""What notifications does when an account is deleted (``apps.accounts.erasure``): its own
notifications, and those it caused for others (they name it)."""

from apps.accounts.erasure import account_erasure_register
from apps.accounts.models import User
from apps.notifications.models import Notification


def _notifications_erase(user: User) -> None:
    Notification.objects.filter(recipient=user).delete()
    Notification.objects.filter(actor=user).delete()


def register() -> None:
    account_erasure_register(
        name="notifications",
        order=40,
        handles={"notifications.Notification.recipient", "notifications.Notification.actor"},
        erase=_notifications_erase,
    )
