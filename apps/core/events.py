"""Websocket events: the channel-layer groups they go to, sent only once the transaction that
caused them has committed. Domain apps send through here; ``apps.realtime`` (the consumers)
joins the same groups, so senders and listeners always agree on the names."""

import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

logger = logging.getLogger(__name__)


def user_group(user_id: int) -> str:
    """Events for one person only: new followers, notifications."""
    return f"user.{user_id}"


def video_group(video_id: int) -> str:
    """Everyone watching one video: new and removed comments."""
    return f"video.{video_id}"


def event_send_on_commit(group: str, event: dict[str, Any]) -> None:
    """Send ``event`` (a dict with a ``type``) to a channel-layer group after commit.

    A rolled-back transaction sends nothing. A channel layer that cannot be reached is logged
    and does not fail the request that already committed: live updates are best effort, the
    database is the truth.
    """
    transaction.on_commit(lambda: _group_send(group, event))


def _group_send(group: str, event: dict[str, Any]) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(group, event)
    except Exception:
        logger.exception("Could not send %s to %s", event.get("type"), group)
