from concurrent.futures import ThreadPoolExecutor

import pytest

from apps.core.errors import ApplicationError
from apps.core.ratelimit import Rate, rate_limit_hit


@pytest.fixture
def limited(settings):
    settings.CLIPMIX_RATE_LIMITS = {"test": "5/60"}


def _admitted(key: str) -> bool:
    try:
        rate_limit_hit(scope="test", key=key)
    except ApplicationError:
        return False
    return True


def test_rate_parses_count_and_window():
    assert Rate.parse("10/3600") == Rate(limit=10, window_seconds=3600)


def test_the_limit_is_counted_per_key(limited):
    assert [_admitted("a") for _ in range(6)] == [True] * 5 + [False]
    assert _admitted("b")


def test_a_refusal_is_429_with_the_seconds_until_the_window_ends(limited):
    for _ in range(5):
        rate_limit_hit(scope="test", key="a")

    with pytest.raises(ApplicationError) as excinfo:
        rate_limit_hit(scope="test", key="a")

    assert excinfo.value.status == 429
    assert excinfo.value.code == "rate_limited"
    assert 1 <= excinfo.value.extra["retry_after"] <= 60


def test_concurrent_hits_never_admit_more_than_the_limit(limited):
    """The counter is atomic in the cache (Redis when REDIS_URL is set)."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: _admitted("shared"), range(40)))

    assert results.count(True) == 5
