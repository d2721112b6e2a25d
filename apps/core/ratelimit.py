"""Fixed-window rate limits, shared by every web process through the cache.

The counter is created with ``cache.add`` and bumped with ``cache.incr``; both are atomic in
Redis (production) and in the local-memory cache, so concurrent requests never over-admit.
"""

import logging
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from redis.exceptions import RedisError

from apps.core.errors import RATE_LIMITED, SERVICE_UNAVAILABLE, ApplicationError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rate:
    limit: int
    window_seconds: int

    @classmethod
    def parse(cls, value: str) -> "Rate":
        limit, _, window = value.partition("/")
        return cls(limit=int(limit), window_seconds=int(window))


def _count(cache_key: str, *, timeout: int) -> int:
    cache.add(cache_key, 0, timeout=timeout)
    try:
        return cache.incr(cache_key)
    except ValueError:  # expired between add and incr: the first hit of a new window
        cache.add(cache_key, 1, timeout=timeout)
        return 1


def _unavailable(scope: str, exc: Exception) -> ApplicationError:
    # The shared store is unreachable. Refuse rather than let attempts through uncounted;
    # reading pages does not depend on it.
    logger.exception("Rate limit store unavailable for %s", scope)
    return ApplicationError(SERVICE_UNAVAILABLE, code="service_unavailable", status=503)


def rate_limit_count(*, scope: str, key: str) -> int:
    """Count one event for ``key`` in ``scope``; how many seconds until its window restarts if
    this one passed the limit, else 0. For limits whose consequence is not a plain refusal."""
    rate = Rate.parse(settings.CLIPMIX_RATE_LIMITS[scope])
    now = int(time.time())
    window_start = now - now % rate.window_seconds
    cache_key = f"ratelimit:{scope}:{key}:{window_start}"
    try:
        count = _count(cache_key, timeout=rate.window_seconds + 1)
    except (RedisError, OSError) as exc:
        raise _unavailable(scope, exc) from exc
    return max(1, window_start + rate.window_seconds - now) if count > rate.limit else 0


def rate_limit_hit(*, scope: str, key: str) -> None:
    """Count one attempt for ``key`` in ``scope``; raise 429 once the limit is passed."""
    retry_after = rate_limit_count(scope=scope, key=key)
    if retry_after:
        raise ApplicationError(
            RATE_LIMITED.format(seconds=retry_after),
            code="rate_limited",
            extra={"retry_after": retry_after},
            status=429,
        )


def cooldown_start(*, scope: str, key: str, seconds: int) -> None:
    """Pause ``key``'s use of ``scope`` for ``seconds`` (see ``cooldown_remaining``)."""
    until = int(time.time()) + seconds
    try:
        cache.set(f"cooldown:{scope}:{key}", until, timeout=seconds + 1)
    except (RedisError, OSError) as exc:
        raise _unavailable(scope, exc) from exc


def cooldown_remaining(*, scope: str, key: str) -> int:
    """Seconds left of a pause that ``cooldown_start`` began; 0 when there is none."""
    try:
        until = cache.get(f"cooldown:{scope}:{key}")
    except (RedisError, OSError) as exc:
        raise _unavailable(scope, exc) from exc
    return max(0, int(until) - int(time.time())) if until else 0
