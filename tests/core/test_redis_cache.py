"""The Redis cache backend keeps one redis-py client per connection pool (``apps/core/
redis_cache.py``) instead of building one per call, and still reads and writes."""

import pytest
from django.core.cache import caches

from apps.core.redis_cache import RedisCache


@pytest.fixture
def redis_cache() -> RedisCache:
    backend = caches["default"]
    if not isinstance(backend, RedisCache):
        pytest.skip("the Redis cache is configured with REDIS_URL")
    return backend


def test_one_client_serves_every_call_on_a_pool(redis_cache):
    client = redis_cache._cache.get_client(write=True)

    redis_cache.set("redis-cache-test", {"n": 1}, timeout=30)

    assert redis_cache._cache.get_client(write=True) is client
    assert redis_cache._cache.get_client() is client  # one server: reads and writes share it
    assert redis_cache.get("redis-cache-test") == {"n": 1}
