"""Signal receivers: other apps' announcements, stored as notifications."""

from typing import Any

from django.utils.text import Truncator

from apps.accounts.models import User
from apps.notifications.models import TEXT_MAX_LENGTH
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
