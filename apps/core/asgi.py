"""ASGI middleware that bounds request bodies before Django spools them.

Django's ASGI handler reads a whole request body (into memory, then a temporary file) before any
view runs, so an upload limit checked in a view comes too late to protect the server. This
middleware refuses a body whose declared length is over the limit at once, and stops reading a
streamed body the moment it passes the limit, answering 413 in the error shape.
"""

import asyncio
import html
import json
from collections.abc import Awaitable, Callable
from typing import Any

from apps.core.errors import error_body, megabytes

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

BODY_TOO_LARGE = "The request is larger than {limit} MB."
_PAGE = (
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large · Clipmix</title>'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto;">'
    "<h1>That file is too large</h1><p>{message}</p>"
    '<p><a href="/upload">Choose another file</a></p></body></html>'
)


class _TooLarge(Exception):
    pass


class BodySizeLimitMiddleware:
    """``limits`` maps path prefixes to byte limits; the longest matching prefix wins, and
    ``default`` applies elsewhere."""

    def __init__(self, app: ASGIApp, *, default: int, limits: dict[str, int]) -> None:
        self.app = app
        self.default = default
        self.limits = sorted(limits.items(), key=lambda item: len(item[0]), reverse=True)

    def limit_for(self, path: str) -> int:
        return next(
            (limit for prefix, limit in self.limits if path.startswith(prefix)), self.default
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        headers = dict(scope.get("headers") or [])
        try:
            declared = int(headers.get(b"content-length", b"0") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            await self._refuse(scope, send, limit)
            return

        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            response_started = response_started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not response_started:
                await self._refuse(scope, send, limit)

    async def _refuse(self, scope: Scope, send: Send, limit: int) -> None:
        message = BODY_TOO_LARGE.format(limit=megabytes(limit))
        if scope["path"].startswith("/api/"):
            content_type = b"application/json"
            body = json.dumps(error_body(message, "request_too_large", {"max_bytes": limit}))
        else:
            content_type = b"text/html; charset=utf-8"
            body = _PAGE.format(message=html.escape(message))
        encoded = body.encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", content_type),
                    (b"content-length", str(len(encoded)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": encoded})


class ProxyHeadersMiddleware:
    """The client's address (rate limits key on it) and scheme from ``X-Forwarded-For`` and
    ``X-Forwarded-Proto``, believed only from the proxies in ``trusted`` (addresses): any
    other peer could send them. Server-independent (Granian, the production server, leaves
    them alone; Daphne's ``--proxy-headers`` believed them from anyone). The client is the
    right-most forwarded address that is not itself a trusted proxy."""

    def __init__(self, app: ASGIApp, *, trusted: list[str]) -> None:
        self.app = app
        self.trusted = set(trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = scope.get("client")
        if scope["type"] in ("http", "websocket") and client and client[0] in self.trusted:
            forwarded_for: list[str] = []
            proto = ""
            for key, value in scope.get("headers", []):
                if key == b"x-forwarded-for":
                    forwarded_for += [p.strip() for p in value.decode("latin1").split(",")]
                elif key == b"x-forwarded-proto" and not proto:
                    proto = value.decode("latin1").strip().lower()
            hosts = [host for host in forwarded_for if host and host not in self.trusted]
            if hosts:
                scope = {**scope, "client": (hosts[-1], 0)}
                if proto in ("http", "https"):
                    secure = proto == "https"
                    if scope["type"] == "websocket":
                        scope["scheme"] = "wss" if secure else "ws"
                    else:
                        scope["scheme"] = proto
        await self.app(scope, receive, send)


class ConcurrencyLimitMiddleware:
    """At most ``limit`` HTTP requests of one process inside Django at once; the others wait
    in the event loop, holding neither a thread nor a database connection.

    Django's ASGI handler runs each request's sync views on a thread of its own, so 32
    connections meant 32 threads drawing from a pool of 10 database connections: requests still
    waiting after ``DJANGO_DB_POOL_TIMEOUT`` failed with ``PoolTimeout`` (a 500). With the limit
    at the pool's size a request waits for its turn instead, and once inside always gets a
    connection. Websockets are not counted (their consumers hold no connection while idle)."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app, self.limit = app, limit
        self._slots: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Semaphore]] = {}

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        held = self._slots.get(id(loop))
        if held is None or held[0] is not loop:
            held = self._slots[id(loop)] = (loop, asyncio.Semaphore(self.limit))
        return held[1]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        async with self._semaphore():
            await self.app(scope, receive, send)
