"""Whole pages kept in the cache: for anonymous visitors answered before Django runs, and for
each logged-in viewer their own copy.

A page whose view is marked ``@page_cached(versions=...)`` (the feed, the video page) looks
the same for every visitor without a session: no CSRF token, no messages, nothing about the
viewer. Such a response is stored whole (status, headers, body) under a key made of the
address, the language and the current tokens of the version names the view declares
(``apps.core.cache``: every change to what the page shows bumps one of them, at once and
again after commit). The next anonymous request for the same address reads the tokens, finds
the entry and is answered without a view, a template or a query.

Two readers share the keys:

- ``PageCacheAsgi`` wraps the ASGI application (``config/asgi.py``) and answers from Redis in
  the event loop, without the thread, the middleware and the request object Django would
  make: a cached page costs less than ``/healthz``.
- ``PageCacheMiddleware``, first in ``MIDDLEWARE``, answers the same way under WSGI, the test
  client and any other cache backend, and stores what the view rendered. When
  ``PageCacheAsgi`` has already looked (and missed), it passes its key down in the scope, so
  the tokens a stored page is filed under are always those read before the view read the data.

Who may see a page is not decided here: only requests without a session or messages cookie
are answered, and every one of them is the same anonymous visitor, for whom the view's own
privacy checks ran when the page was stored; a change that narrows what anonymous visitors
may see (privacy, deletion, moderation, an owner deactivated) bumps a version the key is made
of. Relative times ("3 minutes ago") are stored as markers and written per response.

Logged-in viewers get copies of their own (``ViewerPageCacheMiddleware``, further down), filed
under the same versions plus the viewer's version (``viewer_pages_bump``), with the CSRF token
written per response.

``PageCacheAsgi`` answers a logged-in viewer's kept page too, without Django or PostgreSQL,
from what Django left when it last answered that session that page: the session's record (the
account Django authenticated from it, the viewer's version then; under a digest of the session
key) and the headers its whole stack answered with. The record lives ``VIEWER_SESSION_SECONDS``
at most, never past the session's expiry or its next "last seen" stamp, and only while the
viewer's version is unchanged (any account change draws it anew). The session store
(``apps.core.sessions``) drops it whenever the session is saved and marks it ended whenever the
session is deleted (log-out, revocation, a password change ending other sessions), so a
request in flight cannot write it back. If Redis cannot be reached when a session ends, the
record cannot be dropped: for at most ``VIEWER_SESSION_SECONDS`` a revoked cookie can still
read (only) its own kept pages, as they were; every POST and every other page goes through
Django's real session (``docs/architecture.md``).
"""

import asyncio
import hashlib
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import parse_qsl

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache, RedisSerializer
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.http.cookie import parse_cookie
from django.http.request import split_domain_port, validate_host
from django.middleware.csrf import (  # type: ignore[attr-defined]  # Django's own masking
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    _mask_cipher_secret,
    get_token,
)
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.safestring import SafeString, mark_safe

from apps.core import cache as fragments

# What the ASGI reader passes down to the middleware: the key it looked for ("" when the
# request may not be served from the cache).
SCOPE_KEY = "clipmix.page_cache_key"
# Every change to an account that pages show (name, avatar, deactivation): all pages.
ACCOUNTS_VERSION = "pages:accounts"

_MARKER = re.compile(rb"<!--clipmix:at:(\d+(?:\.\d+)?)-->")
_MAX_QUERY_PARAMETERS = 4


@dataclass(frozen=True)
class PageRule:
    """``versions``: the version names of one page from its URL's keyword arguments.
    ``query``: the query parameters that may be present, each with the values it may take
    (any other query string is answered uncached, so addresses cannot fill the cache).
    ``viewers``: logged-in viewers get their own kept copies too (``ViewerPageCacheMiddleware``:
    only when everything the page shows them is followed by its versions and theirs)."""

    versions: Callable[..., Sequence[str]]
    query: Mapping[str, frozenset[str]] = field(default_factory=dict)
    viewers: bool = True


def _page_rule(
    versions: Callable[..., Sequence[str]],
    query: Mapping[str, Sequence[str]] | None,
    viewers: bool,
) -> PageRule:
    allowed = {name: frozenset(values) for name, values in (query or {}).items()}
    return PageRule(versions, allowed, viewers)


def page_cached(
    *, versions: Callable[..., Sequence[str]], query: Mapping[str, Sequence[str]] | None = None
) -> Callable[[Callable[..., HttpResponseBase]], Callable[..., HttpResponseBase]]:
    rule = _page_rule(versions, query, True)

    def decorate(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
        view.page_rule = rule  # type: ignore[attr-defined]
        return view

    return decorate


# Views cached by their URL's name, for a view whose module cannot be decorated here
# (``page_cached_by_name``).
_rules_by_name: dict[str, PageRule] = {}


def page_cached_by_name(
    view_name: str,
    *,
    versions: Callable[..., Sequence[str]],
    query: Mapping[str, Sequence[str]] | None = None,
    viewers: bool = True,
) -> None:
    """``@page_cached`` for the view named ``view_name`` (``"app:name"``), set where the URLs
    are composed."""
    _rules_by_name[view_name] = _page_rule(versions, query, viewers)


def viewer_version_name(user_id: int) -> str:
    """What one account's own pages show of it: its follows, blocks, likes, settings, unread
    notifications (``viewer_pages_bump``)."""
    return f"pages:viewer:{user_id}"


def viewer_pages_bump(*user_ids: int) -> None:
    """What these accounts see of themselves on every page changed (a follow between them, a
    block, a like, their settings, a notification): their cached pages are not used again."""
    fragments.version_bump(*(viewer_version_name(user_id) for user_id in set(user_ids)))


@dataclass(frozen=True)
class PageRequest:
    """What decides whether and where a request's page is cached, from either reader."""

    scheme: str
    host: str
    path: str
    query: str
    cookies: Mapping[str, str]
    accept_language: str


def _page_versions(page: PageRequest, *, viewer: bool = False) -> list[str] | None:
    """The version names of the page ``page`` asks for, if it may be answered from the cache
    (an anonymous visitor's GET of a cached view, or with ``viewer`` a logged-in one's, on an
    allowed host, needing no redirect, with no messages waiting in a cookie)."""
    if CookieStorage.cookie_name in page.cookies:
        return None
    if (settings.SESSION_COOKIE_NAME in page.cookies) != viewer:
        return None
    if settings.SECURE_SSL_REDIRECT and page.scheme != "https":
        return None  # SecurityMiddleware redirects it
    domain, _ = split_domain_port(page.host)
    if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
        return None
    return _rule_versions(page.path, page.query, viewer=viewer)


def _rule_versions(path: str, query: str, *, viewer: bool = False) -> list[str] | None:
    """The version names of the cached view at ``path`` with ``query`` (for a logged-in
    ``viewer``, or anonymous); ``None`` when the view is not cached (for them) or the query
    string is not one of its own."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    rule = getattr(match.func, "page_rule", None) or _rules_by_name.get(match.view_name)
    if not isinstance(rule, PageRule) or (viewer and not rule.viewers):
        return None
    parameters = parse_qsl(query, keep_blank_values=True)
    if len(parameters) > _MAX_QUERY_PARAMETERS or len({n for n, _ in parameters}) < len(parameters):
        return None
    if any(value not in rule.query.get(name, ()) for name, value in parameters):
        return None
    return list(rule.versions(**match.kwargs))


class _LanguageSource:
    """What ``get_language_from_request`` reads of a request, for the ASGI reader."""

    def __init__(self, page: PageRequest) -> None:
        self.COOKIES = page.cookies
        self.META = {"HTTP_ACCEPT_LANGUAGE": page.accept_language}
        self.path_info = page.path


def _language(page: PageRequest) -> str:
    source = cast(HttpRequest, _LanguageSource(page))
    return translation.get_language_from_request(source)


def _key(page: PageRequest, tokens: list[str]) -> str:
    address = (page.scheme, page.host.lower(), page.path, page.query, _language(page))
    return "page:" + hashlib.blake2b(repr((address, tokens)).encode(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class _Entry:
    status: int
    headers: list[tuple[str, str]]
    content: bytes
    language: str


def relative_time(request: HttpRequest | None, value: datetime) -> SafeString | str:
    """``naturaltime(value)``, or a marker the page cache writes it into per response when
    ``request``'s page is being stored."""
    moment = f"{value.timestamp():.6f}"
    if request is not None and getattr(request, "page_cache_key", None):
        return mark_safe(f"<!--clipmix:at:{moment}-->")  # noqa: S308 - a number
    return _natural_time(moment.encode(), translation.get_language()).decode()


# naturaltime's words for one moment change at most once a second ("N seconds ago"): each
# process writes them once a second per moment and language, not once per response.
_written: dict[tuple[bytes, str], bytes] = {}
_written_second = 0


def _natural_time(moment: bytes, language: str) -> bytes:
    """``naturaltime`` of the timestamp ``moment`` in ``language``, at most once a second."""
    global _written, _written_second
    second = int(time.time())
    if second != _written_second:
        _written, _written_second = {}, second
    text = _written.get((moment, language))
    if text is None:
        with translation.override(language):
            at = datetime.fromtimestamp(float(moment), tz=UTC)
            text = _written[moment, language] = str(naturaltime(at)).encode()
    return text


def _fill(content: bytes, language: str) -> bytes:
    if b"<!--clipmix:at:" not in content:
        return content
    return _MARKER.sub(lambda match: _natural_time(match.group(1), language), content)


def _storable(response: HttpResponseBase, *, csrf: bool = False) -> bool:
    """Whether ``response`` may be kept: a plain 200 page that sets no cookie and uses no CSP
    nonce, and (unless ``csrf``: a logged-in viewer's, whose tokens are stored as markers)
    carries no CSRF token."""
    if response.status_code != 200 or response.cookies:
        return False
    if "nonce-" in response.get("Content-Security-Policy", ""):
        return False
    content = cast(HttpResponse, response).content
    return csrf or b'name="csrfmiddlewaretoken"' not in content


def _kept(response: HttpResponseBase, key: str, content: bytes | None) -> HttpResponseBase:
    """``response`` with its relative times written, after keeping ``content`` (its body as
    it is to be stored; ``None``: not kept) under ``key``."""
    if response.streaming:
        return response
    html = cast(HttpResponse, response)
    language = response.get("Content-Language") or translation.get_language()
    if content is not None:
        headers = [(n, v) for n, v in response.items() if n.lower() != "content-length"]
        fragments.fragments_set({key: _Entry(200, headers, content, language)})
    html.content = _fill(html.content, language)
    if response.has_header("Content-Length"):
        response.headers["Content-Length"] = str(len(html.content))
    return response


def _entry_response(entry: _Entry) -> HttpResponse:
    response = HttpResponse(_fill(entry.content, entry.language), status=entry.status)
    for name, value in entry.headers:
        response.headers[name] = value
    response.headers["Content-Length"] = str(len(response.content))
    return response


def _raw_host(request: HttpRequest) -> str:
    """The host as ``HttpRequest.get_host`` reads it, before it is validated."""
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in request.META:
        return str(request.META["HTTP_X_FORWARDED_HOST"])
    if "HTTP_HOST" in request.META:
        return str(request.META["HTTP_HOST"])
    host, port = request.META.get("SERVER_NAME", ""), str(request.META.get("SERVER_PORT", ""))
    return host if port in {"", "80", "443"} else f"{host}:{port}"


class PageCacheMiddleware:
    """First in ``MIDDLEWARE``: answers an anonymous GET of a cached view from the cache, and
    stores the page the view rendered for one (see the module's docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method != "GET":
            return self.get_response(request)
        scope = getattr(request, "scope", None)
        key: str | None = scope.get(SCOPE_KEY) if scope is not None else None
        if key is None:
            found = self._look_up(request)
            if isinstance(found, HttpResponse):
                return found
            key = found
        if not key:
            response = self.get_response(request)
            _viewer_fast_path_keep(request, response)
            return response
        request.page_cache_key = key  # type: ignore[attr-defined]
        response = self.get_response(request)
        if response.streaming:
            return response
        content = cast(HttpResponse, response).content
        return _kept(response, key, content if _storable(response) else None)

    @staticmethod
    def _look_up(request: HttpRequest) -> str | HttpResponse:
        """The cached page, or the key to store the page under ("" for none)."""
        page = PageRequest(
            scheme=request.scheme or "http",
            host=_raw_host(request),
            path=request.path_info,
            query=request.META.get("QUERY_STRING", ""),
            cookies=request.COOKIES,
            accept_language=request.META.get("HTTP_ACCEPT_LANGUAGE", ""),
        )
        names = _page_versions(page)
        tokens = fragments.versions_get(names) if names is not None else None
        if tokens is None:
            return ""
        key = _key(page, tokens)
        entry = fragments.fragments_get([key]).get(key)
        return _entry_response(entry) if isinstance(entry, _Entry) else key


# --- Logged-in viewers ------------------------------------------------------------------------

# A CSRF input as ``{% csrf_token %}`` and the comment threads write it: the masked token (64
# letters and digits) is stored as a marker and written per response from the request's own
# secret, so a kept page never carries a token and every response gets a fresh mask.
_CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}(")')
_CSRF_MARKER = b"<!--clipmix:csrf-->"

# What the ASGI reader passes down when it looked for a logged-in viewer's page (and missed):
# Django then leaves what the reader needs for the next request (``_viewer_fast_path_keep``).
SCOPE_VIEWER = "clipmix.viewer_page"
# How long the ASGI reader may believe what Django last knew of a session (its record): the
# longest a session ended while Redis could not be reached still reads its own kept pages.
# Shorter than ``apps.accounts.credentials.LAST_USED_RESOLUTION`` (a test checks).
VIEWER_SESSION_SECONDS = 90
# A session's record once the session has ended: a request of that session still in flight
# cannot write it back (``_viewer_session_write``).
_ENDED = 0


@dataclass(frozen=True)
class _Viewer:
    """Where a logged-in viewer's page is kept, and the viewer's version it was filed under."""

    key: str
    token: str


@dataclass(frozen=True)
class _Head:
    """The headers Django's whole stack answered a kept viewer page with (but its length and
    cookies), and whether it renewed the CSRF cookie: what the ASGI reader answers with."""

    headers: list[tuple[str, str]]
    csrf_cookie: bool


def _viewer_page_key(address: tuple[str, ...], tokens: list[str], viewer: tuple[int, bool]) -> str:
    digest = hashlib.blake2b(repr((address, tokens, viewer)).encode(), digest_size=16)
    return "viewer-page:" + digest.hexdigest()


def _head_key(key: str) -> str:
    return f"{key}:head"


def _viewer_key(request: HttpRequest) -> _Viewer | None:
    """Where a logged-in viewer's GET of a cached view is kept (``None`` when it may not be):
    the address, the language, the tokens of the page's versions and of the viewer's own
    version, the account, and what of it changes with time alone (a suspension that ends)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or request.method != "GET":
        return None
    if CookieStorage.cookie_name in request.COOKIES or "_messages" in request.session:
        return None  # a page that shows messages is shown once
    names = _rule_versions(request.path_info, request.META.get("QUERY_STRING", ""), viewer=True)
    if names is None:
        return None
    tokens = fragments.versions_get([*names, viewer_version_name(user.pk)])
    if tokens is None:
        return None
    viewer = (user.pk, bool(getattr(user, "is_remix_suspended", False)))
    address = (
        request.scheme or "http",
        request.get_host().lower(),
        request.path_info,
        request.META.get("QUERY_STRING", ""),
        translation.get_language(),
    )
    return _Viewer(_viewer_page_key(address, tokens, viewer), tokens[-1])


class ViewerPageCacheMiddleware:
    """After the session, authentication and messages: a logged-in viewer's GET of a cached view
    answered from their own kept copy of the page, or the page the view rendered kept for them.

    The copy is theirs alone (the account is in the key, and the account is Django's own
    reading of the session) and is filed under the page's versions, as anonymous pages are,
    plus the viewer's own version (``viewer_version_name``), which every change to what the
    pages show of the viewer draws anew: a follow or block in either direction, a like, a save
    of the account (settings, the AI-remix filter, staff, a suspension), a notification read or
    received. The CSRF token and the relative times are written per response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        viewer = _viewer_key(request)
        if viewer is None:
            return self.get_response(request)
        entry = fragments.fragments_get([viewer.key]).get(viewer.key)
        if isinstance(entry, _Entry):
            page = _entry_response(entry)
            if _CSRF_MARKER in page.content:
                page.content = page.content.replace(_CSRF_MARKER, get_token(request).encode())
                page.headers["Content-Length"] = str(len(page.content))
            request.viewer_page = viewer  # type: ignore[attr-defined]
            return page
        request.page_cache_key = viewer.key  # type: ignore[attr-defined]
        response = self.get_response(request)
        if response.streaming or not _storable(response, csrf=True):
            return _kept(response, viewer.key, None)
        content = cast(HttpResponse, response).content
        request.viewer_page = viewer  # type: ignore[attr-defined]
        return _kept(response, viewer.key, _CSRF_INPUT.sub(rb"\1" + _CSRF_MARKER + rb"\2", content))


# --- Logged-in viewers in the ASGI reader -------------------------------------------------------


def viewer_session_cache_key(session_key: str) -> str:
    """Where a session's record lives: under a digest of its key, so that Redis never holds
    a value a browser could be given as its session cookie."""
    digest = hashlib.blake2b(session_key.encode(), digest_size=16, person=b"clipmix-session")
    return "viewer-session:" + digest.hexdigest()


_SET_UNLESS_ENDED = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1
"""


def _redis_client() -> Any:
    """The default cache's own redis-py client (``apps.core.redis_cache`` keeps one per pool),
    for what Django's cache API cannot say: a conditional write. Only called once
    ``_redis_location`` has said the default cache is Redis."""
    return cache._cache.get_client(write=True)  # type: ignore[attr-defined]


def _session_record(request: HttpRequest, viewer: _Viewer) -> tuple[tuple[Any, ...], int] | None:
    """What the ASGI reader may believe of this request's session for how many seconds: the
    account Django authenticated from it, the viewer's version then, when a suspension ends.
    ``None`` when nothing may be believed: the session changed in this request (it was saved)
    or holds messages, or its store does not tell when it changes or ends."""
    session = getattr(request, "session", None)
    user = getattr(request, "user", None)
    if session is None or user is None or not getattr(session, "tells_page_cache", False):
        return None
    if session.modified or not session.session_key or "_messages" in session:
        return None
    if session.get(SESSION_KEY) != str(user.pk):
        return None
    expiry = getattr(session, "stored_expiry", None)
    if expiry is None:
        return None
    now = time.time()
    until = [now + VIEWER_SESSION_SECONDS, expiry.timestamp()]
    due = getattr(request, "page_cache_session_until", None)  # the next "last seen" stamp
    if due is not None:
        until.append(due)
    suspended = getattr(user, "remix_suspended_until", None)
    suspended_until = suspended.timestamp() if suspended is not None else None
    if suspended_until is not None and suspended_until > now:
        until.append(suspended_until)  # read again by Django once the suspension ends
    seconds = int(min(until) - now)
    if seconds < 1:
        return None
    return (user.pk, viewer.token, suspended_until), seconds


def _viewer_head(request: HttpRequest, response: HttpResponseBase) -> _Head | None:
    """What the ASGI reader may answer with, from the response Django's whole stack made for a
    kept viewer page; ``None`` when a response could differ (it sets another cookie or a new
    CSRF secret, or carries a CSP nonce)."""
    if response.status_code != 200 or response.streaming:
        return None
    if "nonce-" in response.get("Content-Security-Policy", ""):
        return None
    cookies = set(response.cookies)
    if cookies - {settings.CSRF_COOKIE_NAME}:
        return None
    if cookies and (
        response.cookies[settings.CSRF_COOKIE_NAME].value
        != request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    ):
        return None  # a new secret, not the renewal of the browser's own
    headers = [(n, v) for n, v in response.items() if n.lower() != "content-length"]
    return _Head(headers, bool(cookies))


def _viewer_fast_path_keep(request: HttpRequest, response: HttpResponseBase) -> None:
    """After Django's whole stack answered a logged-in viewer's kept page for the ASGI reader
    (which looked and missed): keep the headers it answered with and the session's record, so
    that the reader answers the next request of this session for this page itself."""
    viewer = getattr(request, "viewer_page", None)
    scope = getattr(request, "scope", None)
    if viewer is None or scope is None or not scope.get(SCOPE_VIEWER):
        return
    head = _viewer_head(request, response)
    record = _session_record(request, viewer)
    if (
        _redis_location() is None
        or head is None
        or record is None
        or not fragments.cache_available()
    ):
        return
    fragments.fragments_set({_head_key(viewer.key): head})
    _viewer_session_write(str(request.session.session_key), *record)


def _viewer_session_write(session_key: str, values: tuple[Any, ...], seconds: int) -> None:
    """The session's record, unless the session has ended since this request read it."""
    key = cache.make_key(viewer_session_cache_key(session_key))
    try:
        _redis_client().eval(
            _SET_UNLESS_ENDED,
            1,
            key,
            _serializer.dumps(_ENDED),
            _serializer.dumps(values),
            seconds,
        )
    except Exception as error:
        fragments.cache_unavailable(error)


def viewer_session_forget(session_key: str | None, *, ended: bool) -> None:
    """The session ``session_key`` changed (its record is dropped) or ended (its record becomes
    a mark that it ended for as long as a record could have lived, so that a request still in
    flight cannot write one back). Tried even while the cache is paused; if Redis cannot be
    reached the record lives out its few seconds (the module's docstring)."""
    if _redis_location() is None or not session_key:
        return
    key = cache.make_key(viewer_session_cache_key(session_key))
    try:
        client = _redis_client()
        if ended:
            client.set(key, _serializer.dumps(_ENDED), ex=VIEWER_SESSION_SECONDS)
        else:
            client.delete(key)
    except Exception as error:
        fragments.cache_unavailable(error)


# --- The ASGI reader ----------------------------------------------------------------------------

_serializer = RedisSerializer()


def _redis_location() -> str | None:
    """Redis's address when the default cache is Django's Redis backend on one server."""
    config = settings.CACHES["default"]
    if not issubclass(import_string(config["BACKEND"]), RedisCache):
        return None
    location = config.get("LOCATION")
    return location if isinstance(location, str) and "," not in location else None


def _scope_page(scope: dict[str, Any]) -> PageRequest:
    """What Django's request would say of ``scope`` (its scheme behind
    ``SECURE_PROXY_SSL_HEADER``, its host, its cookies as Django parses them)."""
    headers: dict[str, str] = {}
    for name, value in scope.get("headers", []):
        headers.setdefault(name.decode("latin-1").lower(), value.decode("latin-1"))
    scheme = scope.get("scheme", "http")
    if settings.SECURE_PROXY_SSL_HEADER:
        meta_name, secure_value = settings.SECURE_PROXY_SSL_HEADER
        forwarded = headers.get(meta_name.removeprefix("HTTP_").replace("_", "-").lower())
        if forwarded is not None:
            scheme = "https" if forwarded.split(",", 1)[0].strip() == secure_value else "http"
    server = scope.get("server") or ("", None)
    host = headers.get("host") or (f"{server[0]}:{server[1]}" if server[1] else server[0])
    if settings.USE_X_FORWARDED_HOST and "x-forwarded-host" in headers:
        host = headers["x-forwarded-host"]
    path, root = scope["path"], scope.get("root_path", "")
    return PageRequest(
        scheme=scheme,
        host=host,
        path=path[len(root) :] if root and path.startswith(root) else path,
        query=scope.get("query_string", b"").decode("latin-1"),
        cookies=parse_cookie(headers.get("cookie", "")),
        accept_language=headers.get("accept-language", ""),
    )


class PageCacheAsgi:
    """Answers an anonymous GET of a cached page, and a logged-in viewer's GET of their kept
    copy (``_viewer``), from Redis before the Django application is called; anything else (and
    a miss, with the key or ``SCOPE_VIEWER`` in the scope) goes to ``app``. A Redis error sends
    the request to Django uncached, like every reader of ``apps.core.cache``."""

    def __init__(self, app: Callable[..., Any]) -> None:
        self.app = app
        self.location = _redis_location()
        self._clients: dict[int, tuple[asyncio.AbstractEventLoop, Any]] = {}

    def _client(self) -> Any:
        from redis import asyncio as redis_asyncio

        loop = asyncio.get_running_loop()
        held = self._clients.get(id(loop))
        if held is None or held[0] is not loop:
            held = (loop, redis_asyncio.Redis.from_url(str(self.location)))
            self._clients[id(loop)] = held
        return held[1]

    async def _look_up(self, page: PageRequest, names: list[str]) -> tuple[str, Any] | None:
        """(the page's key, its stored entry or None); None when a version is not drawn."""
        client = self._client()
        raw = await client.mget([fragments.version_cache_key(name) for name in names])
        if any(token is None for token in raw):
            return None
        key = _key(page, [_serializer.loads(token) for token in raw])
        stored = await client.get(fragments.fragment_cache_key(key))
        return key, _serializer.loads(stored) if stored is not None else None

    async def __call__(self, scope: dict[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or self.location is None:
            return await self.app(scope, receive, send)
        page = _scope_page(scope)
        if settings.SESSION_COOKIE_NAME in page.cookies:
            return await self._viewer(page, scope, receive, send)
        names = _page_versions(page)
        if names is None:
            return await self.app({**scope, SCOPE_KEY: ""}, receive, send)
        if not fragments.cache_available():
            return await self.app({**scope, SCOPE_KEY: ""}, receive, send)
        try:
            found = await self._look_up(page, names)
        except Exception as error:  # any connection error: degrade, never fail the page
            fragments.cache_unavailable(error)
            return await self.app({**scope, SCOPE_KEY: ""}, receive, send)
        if found is None:  # a version not drawn yet: the middleware draws it
            return await self.app(scope, receive, send)
        key, entry = found
        if not isinstance(entry, _Entry):
            return await self.app({**scope, SCOPE_KEY: key}, receive, send)
        content = _fill(entry.content, entry.language)
        headers = [(n.lower().encode("latin-1"), v.encode("latin-1")) for n, v in entry.headers]
        headers.append((b"content-length", str(len(content)).encode()))
        await send({"type": "http.response.start", "status": entry.status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    async def _viewer(
        self, page: PageRequest, scope: dict[str, Any], receive: Callable, send: Callable
    ) -> None:
        """A logged-in viewer's GET: their kept page with the headers Django answered it with,
        if the session's record, the page's versions, the viewer's and both stored parts are
        all there and agree; otherwise Django, which leaves them for the next request."""
        names = _page_versions(page, viewer=True)
        if names is None or settings.CSRF_USE_SESSIONS:
            return await self.app({**scope, SCOPE_KEY: ""}, receive, send)
        downstream = {**scope, SCOPE_KEY: "", SCOPE_VIEWER: True}
        secret = page.cookies.get(settings.CSRF_COOKIE_NAME, "")
        if not _csrf_secret_valid(secret) or not fragments.cache_available():
            return await self.app(downstream, receive, send)
        try:
            found = await self._viewer_look_up(page, names)
        except Exception as error:  # any connection error: degrade, never fail the page
            fragments.cache_unavailable(error)
            return await self.app({**scope, SCOPE_KEY: ""}, receive, send)
        if found is None:
            return await self.app(downstream, receive, send)
        entry, head = found
        content = _fill(entry.content, entry.language)
        if _CSRF_MARKER in content:
            content = content.replace(_CSRF_MARKER, _mask_cipher_secret(secret).encode())
        headers = [(n.encode("latin-1"), v.encode("latin-1")) for n, v in head.headers]
        headers.append((b"Content-Length", str(len(content)).encode()))
        if head.csrf_cookie:
            headers.append((b"Set-Cookie", _csrf_cookie(secret)))
        await send({"type": "http.response.start", "status": entry.status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    async def _viewer_look_up(
        self, page: PageRequest, names: list[str]
    ) -> tuple[_Entry, _Head] | None:
        """Two round trips: the session's record with the page's versions, then the viewer's
        version with the page and its headers (their key needs the record's account)."""
        client = self._client()
        record_key = cache.make_key(
            viewer_session_cache_key(page.cookies[settings.SESSION_COOKIE_NAME])
        )
        raw = await client.mget([record_key, *(fragments.version_cache_key(n) for n in names)])
        if any(value is None for value in raw):
            return None
        record = _serializer.loads(raw[0])
        if not isinstance(record, tuple) or len(record) != 3:
            return None  # the session ended
        account, token, suspended_until = record
        suspended = suspended_until is not None and suspended_until > time.time()
        address = (page.scheme, page.host.lower(), page.path, page.query, _language(page))
        tokens = [*(_serializer.loads(value) for value in raw[1:]), token]
        key = _viewer_page_key(address, tokens, (account, suspended))
        current, stored, head = await client.mget(
            [
                fragments.version_cache_key(viewer_version_name(account)),
                fragments.fragment_cache_key(key),
                fragments.fragment_cache_key(_head_key(key)),
            ]
        )
        if current is None or stored is None or head is None or _serializer.loads(current) != token:
            return None
        entry, head = _serializer.loads(stored), _serializer.loads(head)
        if not isinstance(entry, _Entry) or not isinstance(head, _Head):
            return None
        return entry, head


def _csrf_secret_valid(secret: str) -> bool:
    """A CSRF cookie Django would use as it is (not an old masked one, nor a malformed one)."""
    return len(secret) == CSRF_SECRET_LENGTH and all(c in CSRF_ALLOWED_CHARS for c in secret)


def _csrf_cookie(secret: str) -> bytes:
    """The ``Set-Cookie`` value ``CsrfViewMiddleware`` renews the browser's CSRF cookie with."""
    response = HttpResponseBase()
    response.set_cookie(
        settings.CSRF_COOKIE_NAME,
        secret,
        max_age=settings.CSRF_COOKIE_AGE,
        domain=settings.CSRF_COOKIE_DOMAIN,
        path=settings.CSRF_COOKIE_PATH,
        secure=settings.CSRF_COOKIE_SECURE,
        httponly=settings.CSRF_COOKIE_HTTPONLY,
        samesite=settings.CSRF_COOKIE_SAMESITE,
    )
    return response.cookies[settings.CSRF_COOKIE_NAME].output(header="").encode("ascii").strip()
