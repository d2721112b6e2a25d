"""Websocket fan-out: many watchers of one video receive a new comment.

Sets up a throwaway PostgreSQL database and Redis database with one creator, one fan and one
ready public video (4 s, made with PyAV), starts one process of the ``--server`` (Granian, the
production server, by default; or Uvicorn, Daphne) with ``DJANGO_ENV=production`` on a free
loopback port (channel layer on Redis), and opens ``--clients`` websockets on
``/ws/videos/<id>/`` with the site's ``Origin``, at most ``--connect-at-once`` handshakes in
flight: anonymous viewers, or for a ``--logged-in`` share of them, each a different logged-in
user (the privacy policy asks about blocks for each of those on every delivery). Then the fan
posts ``--comments`` comments through the REST API over HTTP, one at a time, each after every
socket has received the previous one or ``--wait-seconds`` have passed. Delivery latency runs
from sending the POST to a socket receiving the ``comment.created`` event (same machine clock):
p50/p95/p99 over every delivery, plus the POST's own response time (it screens the text and
commits; the event is sent on commit) and the delivery time counted from the POST's answer (the
fan-out alone, give or take the response's transfer). Loss is every (socket, comment) pair never
received, and every socket that closed early; it must be zero. Before the comments the sockets
are held idle for ``--hold-seconds`` and the server's memory (every process of it) is read
before they open and after: memory per socket. One untimed warm-up comment first
(the text screener loads its model on the first comment).

The clients (a minimal asyncio websocket listener, below) run in this process on the same cores
as the server. The last line is one JSON object; the server, the database and the Redis
database are cleaned up whatever happens.

Run: .venv/bin/python bench/ws_fanout.py [--clients 500] [--comments 10] [--logged-in 0.0]
     [--server granian] [--hold-seconds 5]
     [--database clipmix_bench] [--redis-db 3]
Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and Redis on 127.0.0.1:6379.
"""

import argparse
import asyncio
import base64
import contextlib
import http.client
import json
import os
import resource
import secrets
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    HOST,
    SERVERS,
    RunningServer,
    asgi_server,
    connections_close,
    database_create,
    database_drop,
    django_setup,
    json_last_line,
    machine,
    people_and_video,
    production_environment,
    redis_flush,
    stop_on_sigterm,
    summary,
    target_arguments,
)


class Watcher:
    """One viewer's socket (a minimal RFC 6455 client: a text-only listener), noting when each
    new comment arrives."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.received: dict[int, float] = {}
        self.closed_early = False
        self.duplicates = 0

    @classmethod
    async def open(cls, port: int, path: str, session: str | None) -> "Watcher":
        reader, writer = await asyncio.open_connection(HOST, port)
        key = base64.b64encode(secrets.token_bytes(16)).decode()
        lines = [
            f"GET {path} HTTP/1.1",
            f"Host: {HOST}:{port}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {key}",
            "Sec-WebSocket-Version: 13",
            f"Origin: http://{HOST}:{port}",
            *([f"Cookie: sessionid={session}"] if session else []),
        ]
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 101"):
            raise ConnectionError(f"refused: {head.splitlines()[0]!r}")
        return cls(reader, writer)

    async def listen(self, arrivals: Counter[int]) -> None:
        """Until the server closes the socket or the client is cancelled."""
        try:
            while True:
                opcode, payload = await self._frame()
                arrived = time.perf_counter()
                if opcode == 0x8:  # close
                    self.closed_early = True
                    return
                if opcode == 0x9:  # ping
                    self._send(0xA, payload)
                    continue
                event = json.loads(payload)
                if event.get("type") == "comment.created":
                    comment_id = event["comment"]["id"]
                    if comment_id in self.received:
                        self.duplicates += 1
                    else:
                        self.received[comment_id] = arrived
                        arrivals[comment_id] += 1
        except (asyncio.IncompleteReadError, ConnectionError):
            self.closed_early = True

    async def _frame(self) -> tuple[int, bytes]:
        """One unfragmented frame from the server (servers never mask)."""
        first, second = await self.reader.readexactly(2)
        length = second & 0x7F
        if length == 126:
            length = int.from_bytes(await self.reader.readexactly(2))
        elif length == 127:
            length = int.from_bytes(await self.reader.readexactly(8))
        return first & 0x0F, await self.reader.readexactly(length)

    def _send(self, opcode: int, payload: bytes) -> None:
        """A client's frames are masked (RFC 6455, 5.3); payloads here are under 126 bytes."""
        mask = secrets.token_bytes(4)
        masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(payload))
        self.writer.write(bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + masked)

    async def close(self) -> None:
        self._send(0x8, (1000).to_bytes(2))
        self.writer.close()
        with contextlib.suppress(ConnectionError):
            await self.writer.wait_closed()


def sessions_create(count: int) -> list[str]:
    """``count`` new users (no password), each logged in: their session keys."""
    from django.test import Client

    from apps.accounts.models import User

    users = User.objects.bulk_create(
        User(username=f"watcher{n}", email=f"watcher{n}@example.com") for n in range(count)
    )
    keys = []
    for user in users:
        client = Client()
        client.force_login(user)
        keys.append(client.cookies["sessionid"].value)
    return keys


def open_files_raise(needed: int) -> int:
    """Raise this process's open-files limit (every socket is a file here) up to the hard
    limit; the server is started afterwards and inherits it."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if soft != resource.RLIM_INFINITY and soft < needed:
        sys.exit(f"The open-files limit is {soft}, under the {needed} this needs: ulimit -n")
    return soft


def comment_post(port: int, video_id: int, token: str, body: str) -> tuple[int, float]:
    """POST one comment through the REST API; returns its id and the response time in ms."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request(
            "POST",
            f"/api/v1/videos/{video_id}/comments/",
            body=json.dumps({"body": body}),
            headers={
                "Host": HOST,
                "Content-Type": "application/json",
                "Authorization": f"Token {token}",
            },
        )
        response = connection.getresponse()
        content = response.read()
    finally:
        connection.close()
    if response.status != 201:
        sys.exit(f"The API refused the comment: {response.status} {content[:500]!r}")
    return json.loads(content)["id"], (time.perf_counter() - started) * 1000


async def all_received(arrivals: Counter[int], comment_id: int, sockets: int, timeout: float):
    """Until every socket has the comment, or ``timeout`` seconds (each socket notes its own
    arrival time; this only decides when to move on)."""
    deadline = time.monotonic() + timeout
    while arrivals[comment_id] < sockets and time.monotonic() < deadline:
        await asyncio.sleep(0.005)


async def fan_out(
    args: argparse.Namespace, server: RunningServer, video_id: int, token: str, sessions: list[str]
) -> dict:
    port = server.port
    arrivals: Counter[int] = Counter()
    path = f"/ws/videos/{video_id}/"
    gate = asyncio.Semaphore(args.connect_at_once)

    async def one(session: str | None) -> Watcher:
        async with gate:
            return await asyncio.wait_for(Watcher.open(port, path, session), timeout=60)

    # The server's first request started loading the text screener in the background: its
    # memory is not the sockets'.
    await asyncio.to_thread(server.wait_idle, timeout=180)
    rss_before = server.rss_kib()
    started = time.perf_counter()
    logins: list[str | None] = [*sessions, *[None] * (args.clients - len(sessions))]
    watchers = list(await asyncio.gather(*(one(session) for session in logins)))
    connect_s = time.perf_counter() - started
    listeners = [asyncio.create_task(watcher.listen(arrivals)) for watcher in watchers]
    print(f"{len(watchers)} sockets open on {path} in {connect_s:.1f} s")
    await asyncio.sleep(args.hold_seconds)  # idle: every socket must still be open after this
    rss_open = server.rss_kib()
    held_open = sum(1 for watcher in watchers if not watcher.closed_early)
    per_socket = (rss_open - rss_before) / max(1, len(watchers))
    print(
        f"held {held_open} of {len(watchers)} idle for {args.hold_seconds:g} s; server memory "
        f"{rss_before / 1024:.0f} -> {rss_open / 1024:.0f} MiB, {per_socket:.1f} KiB a socket"
    )

    latencies: list[float] = []
    after_response: list[float] = []
    post_ms: list[float] = []
    lost = 0
    per_comment: list[dict[str, Any]] = []
    for number in range(args.comments + 1):  # the first is the warm-up
        sent = time.perf_counter()
        comment_id, elapsed = await asyncio.to_thread(
            comment_post, port, video_id, token, f"Fan-out comment {number}"
        )
        await all_received(arrivals, comment_id, len(watchers), args.wait_seconds)
        delays = [
            (watcher.received[comment_id] - sent) * 1000
            for watcher in watchers
            if comment_id in watcher.received
        ]
        missing = len(watchers) - len(delays)
        if number == 0:
            print(f"warm-up comment: {len(delays)} of {len(watchers)} received")
            continue
        latencies += delays
        after_response += [delay - elapsed for delay in delays]
        post_ms.append(elapsed)
        lost += missing
        figures = summary(delays, (0.5, 0.99))
        per_comment.append({"post_ms": round(elapsed, 1), **figures, "lost": missing})
        print(
            f"comment {number:>2}: POST {elapsed:6.1f} ms, delivered to {len(delays)}: "
            f"p50 {figures['p50']} ms, p99 {figures['p99']} ms, last "
            f"{max(delays, default=float('nan')):.1f} ms, lost {missing}"
        )
        await asyncio.sleep(args.pause_seconds)
    closed_early = sum(1 for watcher in watchers if watcher.closed_early)
    duplicates = sum(watcher.duplicates for watcher in watchers)
    for listener in listeners:
        listener.cancel()
    await asyncio.gather(*(watcher.close() for watcher in watchers), return_exceptions=True)
    return {
        "clients": len(watchers),
        "logged_in": len(sessions),
        "comments": args.comments,
        "connect_s": round(connect_s, 1),
        "hold_seconds": args.hold_seconds,
        "held_open": held_open,
        "server_rss_mib_before": round(rss_before / 1024, 1),
        "server_rss_mib_open": round(rss_open / 1024, 1),
        "kib_per_socket": round(per_socket, 1),
        "deliveries": len(latencies),
        "expected": args.comments * len(watchers),
        "lost": lost,
        "closed_early": closed_early,
        "duplicates": duplicates,
        "delivery_ms": summary(latencies, (0.5, 0.95, 0.99)),
        "delivery_max_ms": round(max(latencies, default=float("nan")), 1),
        "after_response_ms": summary(after_response, (0.5, 0.95, 0.99)),
        "post_ms": summary(post_ms, (0.5, 0.95)),
        "per_comment": per_comment,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=500, help="sockets on the video")
    parser.add_argument("--comments", type=int, default=10, help="comments posted (timed)")
    parser.add_argument("--logged-in", type=float, default=0.0, help="share of logged-in sockets")
    parser.add_argument("--connect-at-once", type=int, default=50, help="handshakes in flight")
    parser.add_argument("--wait-seconds", type=float, default=20, help="per comment, at most")
    parser.add_argument("--pause-seconds", type=float, default=0.2, help="between comments")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--server", default="granian", choices=SERVERS, help="ASGI server")
    parser.add_argument(
        "--hold-seconds", type=float, default=5, help="sockets held idle before the comments"
    )
    target_arguments(parser)
    args = parser.parse_args()
    stop_on_sigterm()
    open_files = open_files_raise(2 * args.clients + 256)  # both ends of each socket, and more
    started = time.monotonic()

    with tempfile.TemporaryDirectory() as folder:
        media_root = str(Path(folder) / "media")
        target = {"database": args.database, "redis_db": args.redis_db}
        env = production_environment(**target, media_root=media_root)
        try:
            database_create(env, **target)
            django_setup(
                **target, media_root=media_root, extra={"CELERY_TASK_ALWAYS_EAGER": "true"}
            )
            from apps.accounts.credentials import api_token_issue

            _, fan, video = people_and_video()
            token = api_token_issue(user=fan, name="bench")[1]
            sessions = sessions_create(round(args.clients * args.logged_in))
            connections_close()
            with asgi_server(args.server, env, Path(folder) / "server.log") as server:
                print(
                    f"setup {time.monotonic() - started:.1f} s; {args.server} (one process) on "
                    f"port {server.port}; load average {os.getloadavg()[0]:.2f}"
                )
                figures = asyncio.run(fan_out(args, server, video.pk, token, sessions))
        finally:
            connections_close()
            if not args.keep:
                database_drop(args.database)
            redis_flush(args.redis_db)
    delivery = figures["delivery_ms"]
    ok = figures["lost"] == 0 and figures["closed_early"] == 0 and figures["duplicates"] == 0
    after = figures["after_response_ms"]
    print(
        f"{figures['clients']} sockets x {figures['comments']} comments: delivery p50 "
        f"{delivery['p50']} ms, p99 {delivery['p99']} ms from the POST; p99 {after['p99']} ms "
        f"from its answer (the commit); lost {figures['lost']}; load average "
        f"{os.getloadavg()[0]:.2f}"
    )
    json_last_line(
        {
            "benchmark": "ws_fanout",
            "server": f"{args.server}, one process, DJANGO_ENV=production, channels_redis",
            **figures,
            "ok": ok,
            "open_files_limit": open_files,
            "total_s": round(time.monotonic() - started, 1),
            **machine(),
        }
    )
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
