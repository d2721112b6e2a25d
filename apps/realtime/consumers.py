import asyncio
import contextlib
import logging
import random
from typing import Any
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.http import Http404
from redis.exceptions import RedisError

from apps.accounts.models import RemixesInComments
from apps.comments.selectors import (
    RemixFilter,
    comment_payload_for_anonymous_known,
    comment_payload_for_viewer,
    remix_filter_for,
)
from apps.core.events import user_group, video_group
from apps.privacy.selectors import video_get_for_viewer

logger = logging.getLogger(__name__)

# Close codes in the 4000-4999 range are the application's own.
CLOSE_NOT_AUTHENTICATED = 4401
CLOSE_NOT_ALLOWED = 4403
CLOSE_BAD_REQUEST = 4400
# Leaving a group is retried this many times, with growing random waits (about 10 s in all):
# many sockets closing at once (a deploy, a network blip) exhaust the channel layer's pool.
LEAVE_ATTEMPTS = 8
# How long a closing socket waits for its refresh's join in flight to finish.
REFRESH_STOP_SECONDS = 5.0


async def group_leave(layer: Any, group_name: str, channel_name: str) -> bool:
    """Take ``channel_name`` out of ``group_name``, retrying while Redis is busy; whether it
    left. A member that could not be taken out is dropped by the layer's group expiry."""
    for attempt in range(LEAVE_ATTEMPTS):
        try:
            await layer.group_discard(group_name, channel_name)
            return True
        except (RedisError, OSError) as error:  # MaxConnectionsError is a RedisError
            if attempt == LEAVE_ATTEMPTS - 1:
                logger.warning("Socket %s could not leave %s: %s", channel_name, group_name, error)
                return False
            await asyncio.sleep(random.uniform(0.02, 0.05) * 2**attempt)  # noqa: S311
    return False


class _ListeningConsumer(AsyncJsonWebsocketConsumer):
    """A socket that joins one group once allowed, leaves it on disconnect, and ignores what
    clients send (they act through the APIs).

    Group members expire (``CLIPMIX_WS_GROUP_EXPIRY_SECONDS``) so that sockets that died without
    leaving stop receiving fan-outs; a live socket joins again every
    ``CLIPMIX_WS_GROUP_REFRESH_SECONDS`` to stay in."""

    group_name: str | None = None
    _refresh: "asyncio.Task[None] | None" = None
    _leaving: asyncio.Event | None = None

    async def join(self, group_name: str) -> None:
        self.group_name = group_name
        await self.channel_layer.group_add(group_name, self.channel_name)
        await self.accept()
        self.refresh_start(group_name)

    def refresh_start(self, group_name: str) -> None:
        """Join ``group_name`` again every refresh until the socket leaves."""
        self._leaving = asyncio.Event()
        self._refresh = asyncio.create_task(self._stay_joined(group_name, self._leaving))

    async def _stay_joined(self, group_name: str, leaving: asyncio.Event) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(leaving.wait(), settings.CLIPMIX_WS_GROUP_REFRESH_SECONDS)
                return
            try:
                await self.channel_layer.group_add(group_name, self.channel_name)
            except (RedisError, OSError) as error:  # tried again at the next refresh
                logger.warning(
                    "Socket %s could not rejoin %s: %s", self.channel_name, group_name, error
                )

    async def disconnect(self, code: int) -> None:
        # The refresh is told to stop and finishes the join it may have in flight; it is not
        # cancelled. Cancelled inside a Redis command, the cancellation was sometimes lost (one
        # run in five with the cores busy): the loop kept joining the group again after the
        # socket had left, and disconnect waited for it for ever.
        if self._refresh is not None and self._leaving is not None:
            self._leaving.set()
            done, _ = await asyncio.wait([self._refresh], timeout=REFRESH_STOP_SECONDS)
            if not done:  # a join stuck on an unreachable Redis: give up on it
                self._refresh.cancel()
        if self.group_name is not None:
            await group_leave(self.channel_layer, self.group_name, self.channel_name)

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        """Clients only listen on these sockets."""


class UserEventsConsumer(_ListeningConsumer):
    """``/ws/me/``: events addressed to the logged-in user."""

    async def connect(self) -> None:
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=CLOSE_NOT_AUTHENTICATED)
            return
        await self.join(user_group(user.pk))

    async def follow_created(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "follow.created", "follower": event["follower"]})

    async def remix_updated(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "remix.updated", "job": event["job"]})

    async def notification_created(self, event: dict[str, Any]) -> None:
        notification = {
            "id": event["notification_id"],
            "kind": event["kind"],
            "text": event["text"],
            "url": event["url"],
            "created_at": event["created_at"],
        }
        await self.send_json(
            {
                "type": "notification.created",
                "notification": notification,
                "unread": event["unread"],
            }
        )

    async def notification_read(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "notification.read", "unread": event["unread"]})


def _viewer(scope: dict[str, Any]) -> Any:
    user = scope.get("user")
    return user if user is not None and user.is_authenticated else None


@database_sync_to_async
def _may_view(video_id: int, viewer: Any) -> bool:
    try:
        video_get_for_viewer(video_id=video_id, viewer=viewer)
    except Http404:
        return False
    return True


@database_sync_to_async
def _comment_for(comment_id: int, viewer: Any, override: str | None) -> dict[str, Any] | None:
    """The comment as ``viewer`` may see it, filtered by their "AI remixes in comments" as it is
    now (read again at each delivery, so a change made in another tab counts from the next
    comment on), unless the socket's address overrides it."""
    if viewer is not None and override is None:
        viewer.refresh_from_db(fields=["remixes_in_comments"])
    remixes = remix_filter_for(viewer=viewer, override=override)
    return comment_payload_for_viewer(comment_id=comment_id, viewer=viewer, remixes=remixes)


def _remixes_asked(scope: dict[str, Any]) -> str | None:
    """``?remixes=`` of the socket's address ("" when absent); ``None`` when it names no
    choice."""
    asked = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("remixes", [""])[-1]
    return asked if asked == "" or asked in RemixesInComments.values else None


class VideoEventsConsumer(_ListeningConsumer):
    """``/ws/videos/<id>/``: new and removed comments for the people watching a video.

    The connection is refused (4403) to anyone the privacy policy does not let view the video,
    and each comment is looked up for the receiving viewer, so nothing reaches someone who may
    not see it. Then the viewer's remix filter (their setting, or ``?remixes=`` of the address,
    4400 when it names no choice) turns each remix it hides into a placeholder.
    """

    remixes = RemixFilter(mode=RemixesInComments.ALL)
    remixes_override: str | None = None

    async def connect(self) -> None:
        self.video_id = int(self.scope["url_route"]["kwargs"]["video_id"])
        asked = _remixes_asked(self.scope)
        if asked is None:
            await self.close(code=CLOSE_BAD_REQUEST)
            return
        if not await _may_view(self.video_id, _viewer(self.scope)):
            await self.close(code=CLOSE_NOT_ALLOWED)
            return
        # The page view's ``?remixes=``, else the viewer's own setting, read at each delivery
        # (``_comment_for``); an anonymous viewer's filter is fixed here ("all" unless asked).
        # A hidden remix arrives as a placeholder, never with its image.
        self.remixes_override = asked or None
        self.remixes = remix_filter_for(viewer=None, override=self.remixes_override)
        await self.join(video_group(self.video_id))

    async def comment_created(self, event: dict[str, Any]) -> None:
        viewer = _viewer(self.scope)
        known, comment = (
            comment_payload_for_anonymous_known(event["comment_id"], self.remixes)
            if viewer is None
            else (False, None)
        )
        if not known:
            comment = await _comment_for(event["comment_id"], viewer, self.remixes_override)
        if comment is not None:
            await self.send_json({"type": "comment.created", "comment": comment})

    async def comment_removed(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "comment.removed", "comment_id": event["comment_id"]})
