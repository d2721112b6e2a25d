"""Django's Redis cache backend with one redis-py client per connection pool.

Django's ``RedisCacheClient`` builds a new ``redis.Redis`` for every cache call, and building
one fills its table of about 170 response callbacks: on a logged-in page answered from the page
cache (three cache calls: the session, the versions, the page) that was a tenth of the page's
CPU (docs/benchmarks.md). A ``redis.Redis`` may be shared between threads (each command takes a
connection from the pool); Django keeps one cache object, and so one set of pools, per thread.
"""

from typing import Any

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        # Django's private helpers (the stubs leave them out): one pool per server, a random
        # replica for reads when there are several.
        index = self._get_connection_pool_index(write)  # type: ignore[attr-defined]
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = super().get_client(key, write=write)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = RedisCacheClient
