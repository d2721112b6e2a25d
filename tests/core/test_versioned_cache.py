"""A value cached with the version it was computed under, read back with the current version in
one round trip (``versioned_get`` / ``versioned_set``)."""

import pytest
from django.core.cache import cache

from apps.core.cache import version_bump, versioned_get, versioned_set

pytestmark = pytest.mark.django_db


class _CountingCache:
    """Counts what the cache is asked (a backend's own calls inside one are not counted: the
    local-memory cache answers ``get_many`` with one ``get`` per key)."""

    def __init__(self, monkeypatch):
        self.calls: list[str] = []
        self._depth = 0
        for name in ("get", "get_many", "add", "set", "set_many"):
            original = getattr(cache, name)
            monkeypatch.setattr(cache, name, self._counted(name, original))

    def _counted(self, name, original):
        def call(*args, **kwargs):
            if not self._depth:
                self.calls.append(name)
            self._depth += 1
            try:
                return original(*args, **kwargs)
            finally:
                self._depth -= 1

        return call


def test_a_value_is_read_back_with_its_version_in_one_round_trip(monkeypatch):
    version, value = versioned_get("things", "things:all")
    assert value is None
    assert version is not None
    versioned_set("things:all", [1, 2], version=version, timeout=60)
    counting = _CountingCache(monkeypatch)

    assert versioned_get("things", "things:all") == (version, [1, 2])
    assert counting.calls == ["get_many"]


def test_a_bump_makes_the_value_stale():
    version, _ = versioned_get("things", "things:all")
    versioned_set("things:all", [1, 2], version=version, timeout=60)
    version_bump("things")

    newer, value = versioned_get("things", "things:all")
    assert value is None
    assert newer not in (None, version)


def test_a_value_computed_before_a_bump_is_never_believed_after_it():
    version, _ = versioned_get("things", "things:all")
    version_bump("things")  # the data changed while the value was being computed
    versioned_set("things:all", [1, 2], version=version, timeout=60)

    assert versioned_get("things", "things:all")[1] is None


def test_an_unreachable_cache_gives_no_version_and_no_value(dead_cache):
    assert versioned_get("things", "things:all") == (None, None)
