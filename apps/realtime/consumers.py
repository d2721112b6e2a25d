from typing import Any

from channels.generic.websocket import AsyncJsonWebsocketConsumer

from apps.realtime.groups import user_group

# Close codes in the 4000-4999 range are the application's own.
CLOSE_NOT_AUTHENTICATED = 4401


class UserEventsConsumer(AsyncJsonWebsocketConsumer):
    """``/ws/me/``: events addressed to the logged-in user."""

    groups: list[str] = []

    async def connect(self) -> None:
        user = self.scope.get("user")
        if user is None or not user.is_authenticated:
            await self.close(code=CLOSE_NOT_AUTHENTICATED)
            return
        self.group_name = user_group(user.pk)
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group_name"):
            await self.channel_layer.group_discard(self.group_name, self.channel_name)

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        """Clients only listen on this socket."""

    async def follow_created(self, event: dict[str, Any]) -> None:
        await self.send_json({"type": "follow.created", "follower": event["follower"]})
