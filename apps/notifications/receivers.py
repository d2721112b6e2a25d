"""Signal receivers: other apps' announcements, stored as notifications."""

from typing import Any

from django.urls import reverse
from django.utils.text import Truncator

from apps.accounts.models import User
from apps.core.pagecache import viewer_pages_bump
from apps.notifications.models import TEXT_MAX_LENGTH, Notification
from apps.notifications.services import notification_create


def moderation_notice_store(*, user_id: int, kind: str, text: str, url: str = "", **_: Any) -> None:
    """A moderation decision (sent after it committed) becomes a ``moderation.<kind>``
    notification pointing at the account standing page."""
    recipient = User.objects.filter(pk=user_id).first()
    if recipient is None:  # the account was deleted since
        return
    notification_create(
        recipient=recipient,
        kind=f"moderation.{kind}",
        # Moderators' own words can be long; the standing page keeps them in full.
        text=Truncator(text).chars(TEXT_MAX_LENGTH),
        url=url,
    )


def data_export_ready_store(*, user_id: int, export_id: int, **_: Any) -> None:
    """An account's data export is ready (sent after it committed)."""
    recipient = User.objects.filter(pk=user_id, is_active=True).first()
    if recipient is None:
        return
    notification_create(
        recipient=recipient,
        kind="export.ready",
        text="Your data export is ready: download it once from Settings, Export.",
        url=reverse("accounts:data_export"),
    )


def notification_changed(sender: Any, instance: Notification, **_: Any) -> None:
    """The recipient's pages show how many notifications are unread."""
    viewer_pages_bump(instance.recipient_id)
