"""A socket's group refresh stops when the socket closes, whatever its join in flight does."""

import asyncio
import contextlib

from apps.realtime.consumers import VideoEventsConsumer


class _LayerThatLosesCancellations:
    """A join that takes a while and swallows a cancellation arriving during it, as a Redis
    command cancelled mid-flight sometimes did with the cores busy."""

    def __init__(self) -> None:
        self.joins = 0
        self.left: list[str] = []

    async def group_add(self, group: str, channel: str) -> None:
        self.joins += 1
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.sleep(0.05)

    async def group_discard(self, group: str, channel: str) -> None:
        self.left.append(channel)


def test_a_closing_socket_stops_its_refresh_and_leaves_for_good(settings):
    settings.CLIPMIX_WS_GROUP_REFRESH_SECONDS = 0.01

    async def scenario():
        layer = _LayerThatLosesCancellations()
        consumer = VideoEventsConsumer()
        consumer.channel_layer, consumer.group_name = layer, "video.1"
        consumer.channel_name = "socket!1"
        consumer.refresh_start("video.1")
        await asyncio.sleep(0.2)
        await asyncio.wait_for(consumer.disconnect(1000), 3)
        joins = layer.joins
        await asyncio.sleep(0.2)
        return joins, layer.joins, layer.left, consumer._refresh.done()

    joins, later, left, stopped = asyncio.run(scenario())

    assert joins >= 2  # it was refreshing
    assert stopped
    assert later == joins  # nobody joins the group again for the closed socket
    assert left == ["socket!1"]
