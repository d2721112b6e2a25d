"""Fragments of pages shared between viewers, kept in the cache under version keys.

A fragment is stored under ``<name>:<version>`` where the version is a random token kept
under ``version:<name>``. Whatever changes what the fragment shows calls ``version_bump`` (at
once and again after the transaction commits), so the next read asks for a key nobody has
written and renders afresh; the old entries are never read again and expire. A random token
rather than a counter: if Redis loses the version (eviction, a restart) a new token is drawn,
and no entry written under an earlier one can come back.

Every call here tolerates an unreachable cache: reads miss, writes and bumps are dropped, and
the page renders uncached. A cache outage must cost speed, never a 500. (A bump dropped during
an outage is harmless: fragments written before the outage are keyed by the old token, and the
cache that lost the connection could not have served them either; once Redis is back, an entry
it still holds from before could be stale, so entries also expire after
``CLIPMIX_PAGE_CACHE_SECONDS``.) Fragments are also keyed by a digest of the templates, so
a release that changes how a fragment looks never serves the old markup.
"""

import functools
import hashlib
import logging
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import pre_save

logger = logging.getLogger(__name__)

# After an error the cache is not asked again for this long (per process), so that an outage
# costs one failed connection per few seconds, not one per fragment.
_PAUSE_SECONDS = 5.0
_paused_until = 0.0


def _unavailable(error: Exception) -> None:
    global _paused_until
    if time.monotonic() >= _paused_until:
        logger.warning("Page cache unavailable, rendering uncached: %s", error)
    _paused_until = time.monotonic() + _PAUSE_SECONDS


def _available() -> bool:
    return time.monotonic() >= _paused_until


def cache_available() -> bool:
    return _available()


def cache_unavailable(error: Exception) -> None:
    """A reader that talks to Redis itself (``apps.core.pagecache``) lost it: pause all."""
    _unavailable(error)


def page_cache_seconds() -> int:
    return settings.CLIPMIX_PAGE_CACHE_SECONDS


def version_get(name: str) -> str | None:
    """The current token of ``name`` (drawn on first use), or ``None`` when the cache cannot
    be reached (then nothing may be read or written for it)."""
    if not _available():
        return None
    key = f"version:{name}"
    try:
        version = cache.get(key)
        if version is None:
            cache.add(key, uuid.uuid4().hex, timeout=None)
            version = cache.get(key)
    except Exception as error:  # any backend's connection error: degrade, never fail the page
        _unavailable(error)
        return None
    return version


def versions_get(names: list[str]) -> list[str] | None:
    """The current tokens of ``names`` in one round trip (drawing those not drawn yet), or
    ``None`` when the cache cannot be reached."""
    if not _available():
        return None
    keys = [f"version:{name}" for name in names]
    try:
        found = cache.get_many(keys)
        for key in keys:
            if key not in found:
                cache.add(key, uuid.uuid4().hex, timeout=None)
        if len(found) < len(keys):
            found = cache.get_many(keys)
    except Exception as error:
        _unavailable(error)
        return None
    if len(found) < len(keys):  # evicted between the two reads: render uncached this once
        return None
    return [found[key] for key in keys]


def versioned_get(name: str, key: str) -> tuple[str | None, Any]:
    """In one round trip: the current token of ``name``, and the value ``versioned_set`` stored
    under ``key`` with that token (``None`` if it was stored with an earlier one, or is not
    there). The token is ``None`` when the cache cannot be reached: then nothing may be written
    for it. A value carries its token, rather than the key, so that both come back together."""
    if not _available():
        return None, None
    version_key = f"version:{name}"
    try:
        found = cache.get_many([version_key, key])
    except Exception as error:
        _unavailable(error)
        return None, None
    version = found.get(version_key)
    if version is None:  # first use, or evicted: draw one, and nothing stored can be current
        return version_get(name), None
    stored = found.get(key)
    if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == version:
        return version, stored[1]
    return version, None


def versioned_set(key: str, value: Any, *, version: str, timeout: int) -> None:
    """``value`` under ``key`` for ``versioned_get``, as computed under the token ``version``
    (the one ``versioned_get`` returned before computing it: a bump since makes it stale)."""
    if not _available():
        return
    try:
        cache.set(key, (version, value), timeout=timeout)
    except Exception as error:
        _unavailable(error)


def _bump(names: Iterable[str]) -> None:
    try:
        cache.set_many({f"version:{name}": uuid.uuid4().hex for name in names}, timeout=None)
    except Exception as error:
        _unavailable(error)


def version_bump(*names: str) -> None:
    """Every fragment under ``names`` is stale: now (so that this process's next read inside
    the transaction misses) and again once the transaction commits (so that a reader that
    filled the cache from the data before the commit is not believed afterwards)."""
    if not names:
        return
    _bump(names)
    transaction.on_commit(lambda: _bump(names))


# --- What a save changed ---------------------------------------------------------------------

# Versions drawn anew whenever something may have become hidden or shown to anyone (a status,
# a privacy setting, an account's activity), in the same bump as the versions of the pages
# that show the changed row: registered by the apps that keep such shared caches (the
# discover sections), bumped by the receivers of the apps that own the rows.
_visibility_names: list[str] = []


def visibility_version_register(name: str) -> None:
    if name not in _visibility_names:
        _visibility_names.append(name)


def visibility_versions() -> list[str]:
    return list(_visibility_names)


_watched: dict[type[Model], tuple[str, ...]] = {}
_STORED = "_clipmix_stored_values"


def fields_watch(model: type[Model], *fields: str) -> None:
    """Before a full ``save()`` of an existing ``model`` row, read the stored ``fields`` (one
    query; saves with ``update_fields`` and creations read nothing), so that
    ``saved_fields_changed`` can tell whether the save changed them. (Not the values the
    instance was loaded with: if another transaction changed a field since, a full save that
    writes the loaded value back changes the row and must bump, which only the stored value
    shows: a video shown meanwhile and hidden again by an instance loaded before, without a
    bump, would stay on the pages kept while it showed.)"""
    _watched[model] = fields
    pre_save.connect(_stored_remember, sender=model, dispatch_uid=f"core-watch-{model._meta}")


def _stored_remember(
    sender: type[Model], instance: Model, update_fields: Any = None, **kwargs: Any
) -> None:
    if update_fields is not None or instance._state.adding or instance.pk is None:
        return
    fields = _watched[sender]
    stored = sender._default_manager.filter(pk=instance.pk).values(*fields).first()
    instance.__dict__[_STORED] = stored


def saved_fields_changed(instance: Model, update_fields: Any, *fields: str) -> bool:
    """Whether the save ``post_save`` reports may have changed any of ``fields`` (watched with
    ``fields_watch``): named in ``update_fields``, or, after a full save, different from what
    was stored before (unknown counts as changed)."""
    if update_fields is not None:
        return not set(fields).isdisjoint(update_fields)
    stored = instance.__dict__.pop(_STORED, None)
    if stored is None:
        return True
    return any(stored.get(name) != getattr(instance, name) for name in fields)


@functools.cache
def _templates_digest() -> str:
    """A digest of every template this process can render: fragments are stored under it, so a
    release that changes a template never serves markup rendered by the one before."""
    digest = hashlib.sha256()
    engines: list[dict[str, Any]] = settings.TEMPLATES
    folders = [Path(folder) for engine in engines for folder in engine["DIRS"]]
    folders += sorted(Path(settings.BASE_DIR, "apps").glob("*/templates"))
    for folder in folders:
        for path in sorted(folder.rglob("*.html")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def fragment_cache_key(key: str) -> str:
    """The backend's own key of the fragment ``key`` (what ``fragments_get`` reads), for a
    reader that talks to Redis without Django's cache (``apps.core.pagecache``)."""
    return cache.make_key(f"{_templates_digest()}:{key}")


def version_cache_key(name: str) -> str:
    return cache.make_key(f"version:{name}")


def fragments_get(keys: list[str]) -> dict[str, Any]:
    if not keys or not _available():
        return {}
    release = _templates_digest()
    try:
        found = cache.get_many([f"{release}:{key}" for key in keys])
    except Exception as error:
        _unavailable(error)
        return {}
    return {key[len(release) + 1 :]: value for key, value in found.items()}


def fragments_set(values: dict[str, Any]) -> None:
    if not values or not _available():
        return
    release = _templates_digest()
    try:
        cache.set_many(
            {f"{release}:{key}": value for key, value in values.items()},
            timeout=page_cache_seconds(),
        )
    except Exception as error:
        _unavailable(error)
