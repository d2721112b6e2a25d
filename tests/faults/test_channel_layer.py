"""Sockets that close together on the Redis channel layer: 300 closed at once left 201 members
in their group (``MaxConnectionsError`` in ``group_discard``, the pool holding 100), kept for a
day, and every later event fanned out to them. Now every one leaves (a bigger pool, and leaving
is retried), members expire within the hour, and a live socket joins again to stay in."""

import asyncio
import time
import uuid

import pytest
from channels_redis.core import RedisChannelLayer

from apps.realtime.consumers import VideoEventsConsumer
from tests.workers import real_services_require

SOCKETS = 300


@pytest.fixture
def redis_layer(settings):
    real_services_require()
    return lambda: RedisChannelLayer(**settings.CHANNEL_LAYERS["default"]["CONFIG"])


def _consumer(layer, group, channel):
    consumer = VideoEventsConsumer()
    consumer.channel_layer, consumer.group_name, consumer.channel_name = layer, group, channel
    return consumer


async def _members(layer, group) -> dict[str, float]:
    connection = layer.connection(layer.consistent_hash(group))
    members = await connection.zrange(layer._group_key(group), 0, -1, withscores=True)
    return {name.decode(): score for name, score in members}


async def _forget(layer, group) -> None:
    await layer.connection(layer.consistent_hash(group)).delete(layer._group_key(group))
    await layer.close_pools()


def test_three_hundred_sockets_closing_at_once_all_leave_their_group(redis_layer):
    group = f"faults.leave.{uuid.uuid4().hex}"

    async def scenario():
        layer = redis_layer()
        channels = [f"faults.socket!{uuid.uuid4().hex}" for _ in range(SOCKETS)]
        for channel in channels:
            await layer.group_add(group, channel)
        assert len(await _members(layer, group)) == SOCKETS
        consumers = [_consumer(layer, group, channel) for channel in channels]
        results = await asyncio.gather(
            *(consumer.disconnect(1000) for consumer in consumers), return_exceptions=True
        )
        left = await _members(layer, group)
        await _forget(layer, group)
        return results, left

    results, left = asyncio.run(scenario())

    errors = [result for result in results if isinstance(result, BaseException)]
    assert errors == []
    assert left == {}


def test_group_members_expire_within_the_hour_and_live_sockets_rejoin(redis_layer, settings):
    assert settings.CLIPMIX_WS_GROUP_EXPIRY_SECONDS <= 3600
    assert settings.CLIPMIX_WS_GROUP_EXPIRY_SECONDS > 2 * settings.CLIPMIX_WS_GROUP_REFRESH_SECONDS
    settings.CLIPMIX_WS_GROUP_REFRESH_SECONDS = 0.1
    group = f"faults.rejoin.{uuid.uuid4().hex}"

    async def scenario():
        layer = redis_layer()
        assert layer.group_expiry == settings.CLIPMIX_WS_GROUP_EXPIRY_SECONDS
        connection = layer.connection(layer.consistent_hash(group))
        long_ago = time.time() - settings.CLIPMIX_WS_GROUP_EXPIRY_SECONDS - 60
        live, dead = "faults.socket!live", "faults.socket!dead"
        await connection.zadd(layer._group_key(group), {live: long_ago, dead: long_ago})
        consumer = _consumer(layer, group, live)
        consumer.refresh_start(group)
        await asyncio.sleep(0.5)
        await layer.group_send(group, {"type": "comment.removed", "comment_id": 1})
        members = await _members(layer, group)
        await consumer.disconnect(1000)
        after = await _members(layer, group)
        await _forget(layer, group)
        return members, after

    members, after = asyncio.run(scenario())

    assert set(members) == {"faults.socket!live"}  # the dead one expired at the fan-out
    assert members["faults.socket!live"] > time.time() - 5
    assert after == {}
