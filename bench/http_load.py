"""HTTP load on the production ASGI server: the feed and a video page beside a minimal view.

What it measures: requests per second, median (p50) and p99 latency in milliseconds, and the
count of non-200 answers for three anonymous GETs served by Daphne with ``DJANGO_ENV=production``:

- ``/healthz``: a view that touches no database, the framework's ceiling on this machine;
- ``/``: the feed ("for you", first page);
- ``/v/<id>``: the page of a video with 50 comments, 10 of them with a reply.

How: drops and recreates the PostgreSQL database ``clipmix_bench``, empties Redis database 3,
runs ``migrate``, ``seed_demo`` (demo accounts and 12 PyAV-made videos, processed in-process)
and a ``shell`` snippet that adds the comments, runs ``collectstatic`` (WhiteNoise's manifest
storage), starts Daphne on a free loopback port, waits for ``/healthz`` and then loads each URL
over HTTP/1.1 keep-alive connections from an asyncio client (standard library only), after a
short warm-up, bounded both in requests and in seconds. Prints a table, and exits non-zero if
any answer was not 200 (printing those answers and the server's log). The server is stopped and
the temporary media folder removed whatever happens.

Run: .venv/bin/python bench/http_load.py [--requests 2000] [--concurrency 16] [--max-seconds 60]
Needs PostgreSQL 15 on 127.0.0.1:5432 (trust auth, user postgres) and Redis on 127.0.0.1:6379.
The load generator shares the machine with the server, so the figures are a floor.
"""

import argparse
import asyncio
import collections
import contextlib
import math
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PYTHON = str(BIN / "python") if (BIN / "python").exists() else sys.executable
HOST = "127.0.0.1"
DATABASE = "clipmix_bench"
PG = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]
REDIS_DB = 3
COMMENTS = 50
REPLY_EVERY = 5  # every fifth comment gets one reply

COMMENTS_SNIPPET = f"""
from apps.accounts.models import User
from apps.comments.services import comment_create
from apps.videos.models import Video
video = (
    Video.objects.filter(status=Video.Status.READY, comments__isnull=True).order_by("id").first()
)
demo, viewer = User.objects.get(username="demo"), User.objects.get(username="viewer")
for n in range({COMMENTS}):
    top = comment_create(author=viewer, video=video, body=f"Bench comment {{n:02d}} #bench")
    if n % {REPLY_EVERY} == 0:
        comment_create(author=demo, video=video, body=f"Bench reply {{n:02d}}", parent_id=top.pk)
print("ready videos:", Video.objects.filter(status=Video.Status.READY).count())
print("video:", video.pk)
"""


def environment(media_root: str) -> dict[str, str]:
    """The production settings' environment, pointed at the benchmark database and Redis."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "CLIPMIX_", "CELERY_"))
        and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    env.update(
        DJANGO_ENV="production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        REDIS_URL=f"redis://127.0.0.1:6379/{REDIS_DB}",
        DJANGO_SECURE_SSL_REDIRECT="false",
        CLIPMIX_MEDIA_ROOT=media_root,
        ORT_DISABLE_TELEMETRY="1",
        PYTHONUNBUFFERED="1",
    )
    return env


def run(command: list[str], env: dict[str, str] | None = None, timeout: float = 600) -> str:
    """Run a setup step; on failure print its output and stop."""
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    shown = " ".join(part if len(part) < 60 else part[:57] + "..." for part in command)
    shown = " ".join(shown.split())  # the shell snippet on one line
    if result.returncode != 0:
        print(f"FAILED ({result.returncode}): {shown}\n{result.stdout}\n{result.stderr}")
        raise SystemExit(1)
    print(f"  {time.perf_counter() - started:6.1f} s  {shown}", flush=True)
    return result.stdout


def manage(*args: str, env: dict[str, str]) -> str:
    return run([PYTHON, "manage.py", *args], env=env)


def redis_flush() -> None:
    """FLUSHDB on the benchmark's Redis database, with the standard library."""
    with socket.create_connection((HOST, 6379), timeout=5) as conn:
        db = str(REDIS_DB)
        conn.sendall(
            f"*2\r\n$6\r\nSELECT\r\n${len(db)}\r\n{db}\r\n*1\r\n$7\r\nFLUSHDB\r\n".encode()
        )
        answer = b""
        while answer.count(b"\r\n") < 2:
            chunk = conn.recv(1024)
            if not chunk:
                break
            answer += chunk
    if answer != b"+OK\r\n+OK\r\n":
        raise SystemExit(f"Redis did not flush database {REDIS_DB}: {answer!r}")


def prepare(env: dict[str, str]) -> int:
    """A fresh database with the demo data and the comments; returns the commented video's id."""
    print(f"Preparing database {DATABASE} and Redis database {REDIS_DB}:", flush=True)
    run(["dropdb", *PG, "--if-exists", DATABASE])
    run(["createdb", *PG, DATABASE])
    redis_flush()
    manage("migrate", "--noinput", "-v", "0", env=env)
    manage("seed_demo", env={**env, "CELERY_TASK_ALWAYS_EAGER": "true"})
    output = manage("shell", "-c", COMMENTS_SNIPPET, env=env)
    values = dict(line.split(": ", 1) for line in output.splitlines() if ": " in line)
    print(f"  {values.get('ready videos')} ready videos; comments on video {values.get('video')}")
    manage("collectstatic", "--noinput", "-v", "0", env=env)
    return int(values["video"])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 10) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (loopback)
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def server_start(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as output:
        return subprocess.Popen(
            [str(BIN / "daphne"), "-b", HOST, "-p", str(port), "config.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped as one
        )


def server_wait(server: subprocess.Popen[bytes], port: int, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            print(log_tail(log))
            raise SystemExit(f"Daphne exited with {server.returncode} before answering.")
        try:
            if get(f"http://{HOST}:{port}/healthz", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    print(log_tail(log))
    raise SystemExit(f"Daphne did not answer /healthz within {timeout:.0f} s.")


def server_stop(server: subprocess.Popen[bytes]) -> None:
    if server.poll() is None:
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        except ProcessLookupError:
            pass
    else:
        # The leader is gone; stop anything it left in its group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)


def log_tail(log: Path, lines: int = 80) -> str:
    text = log.read_text(errors="replace") if log.exists() else ""
    return "--- server log (tail) ---\n" + "\n".join(text.splitlines()[-lines:])


# --- The load generator ------------------------------------------------------------------


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)  # seconds, 200 answers and others
    statuses: collections.Counter[int] = field(default_factory=collections.Counter)
    examples: dict[int, str] = field(default_factory=dict)  # status -> first body seen
    elapsed: float = 0.0
    body_bytes: int = 0

    @property
    def failures(self) -> int:
        return sum(count for status, count in self.statuses.items() if status != 200)


class Closed(Exception):
    """The server closed the connection."""


async def response_read(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """One HTTP/1.1 response: status, body, and whether the connection stays open."""
    status_line = await reader.readline()
    if not status_line:
        raise Closed
    status = int(status_line.split(b" ", 2)[1])
    headers: dict[bytes, bytes] = {}
    while (line := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        parts = []
        while size := int((await reader.readline()).split(b";")[0], 16):
            parts.append(await reader.readexactly(size))
            await reader.readline()
        while (await reader.readline()) not in (b"\r\n", b"\n", b""):
            pass  # trailers
        body = b"".join(parts)
    elif b"content-length" in headers:
        body = await reader.readexactly(int(headers[b"content-length"]))
    else:
        body = await reader.read()
        return status, body, False
    return status, body, headers.get(b"connection", b"").lower() != b"close"


async def load(port: int, path: str, requests: int, concurrency: int, max_seconds: float) -> Result:
    """``requests`` GETs of ``path`` from ``concurrency`` keep-alive connections, each sending
    its next request when the previous answer is in; stops early after ``max_seconds``."""
    message = (
        f"GET {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nUser-Agent: clipmix-bench\r\n"
        "Accept: text/html\r\nConnection: keep-alive\r\n\r\n"
    ).encode()
    result = Result()
    issued = 0
    started = time.perf_counter()
    deadline = started + max_seconds

    async def worker() -> None:
        nonlocal issued
        reader: asyncio.StreamReader | None = None
        writer: asyncio.StreamWriter | None = None
        try:
            while issued < requests and time.perf_counter() < deadline:
                issued += 1
                if writer is None:
                    reader, writer = await asyncio.open_connection(HOST, port)
                assert reader is not None
                begin = time.perf_counter()
                try:
                    writer.write(message)
                    status, body, keep = await response_read(reader)
                except (Closed, ConnectionError, asyncio.IncompleteReadError) as error:
                    status, body, keep = 0, repr(error).encode(), False
                result.latencies.append(time.perf_counter() - begin)
                result.statuses[status] += 1
                result.body_bytes += len(body)
                if status != 200 and status not in result.examples:
                    result.examples[status] = body[:2000].decode(errors="replace")
                if not keep:
                    writer.close()
                    reader = writer = None
        finally:
            if writer is not None:
                writer.close()

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    result.elapsed = time.perf_counter() - started
    return result


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="per URL (default 2000)")
    parser.add_argument("--concurrency", type=int, default=16, help="connections (default 16)")
    parser.add_argument(
        "--max-seconds", type=float, default=60, help="cap per URL measurement (default 60)"
    )
    parser.add_argument("--warmup", type=int, default=200, help="requests per URL (default 200)")
    parser.add_argument(
        "--warmup-seconds", type=float, default=10, help="cap per URL warm-up (default 10)"
    )
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so that `finally` still runs

    begun = time.perf_counter()
    media_root = tempfile.mkdtemp(prefix="clipmix-bench-media-")
    work = Path(tempfile.mkdtemp(prefix="clipmix-bench-"))
    log = work / "daphne.log"
    server: subprocess.Popen[bytes] | None = None
    try:
        env = environment(media_root)
        video_id = prepare(env)
        port = free_port()
        server = server_start(env, port, log)
        server_wait(server, port, log, timeout=60)
        print(f"Daphne (pid {server.pid}) answers on http://{HOST}:{port}/", flush=True)

        urls = [("/healthz", "/healthz"), ("/", "/"), ("/v/<id>", f"/v/{video_id}")]
        # One look at each page first: a broken page should fail fast, not after a minute.
        for _, path in urls:
            status, body = get(f"http://{HOST}:{port}{path}")
            if status != 200:
                print(f"GET {path} answered {status}:\n{body[:2000].decode(errors='replace')}")
                print(log_tail(log))
                raise SystemExit(1)
        _, page = get(f"http://{HOST}:{port}/v/{video_id}")
        shown = page.count(b"Bench comment "), page.count(b"Bench reply ")
        if shown != (COMMENTS, math.ceil(COMMENTS / REPLY_EVERY)):
            raise SystemExit(f"/v/{video_id} shows {shown} comments and replies, not all of them.")

        rows = []
        for label, path in urls:
            asyncio.run(load(port, path, args.warmup, args.concurrency, args.warmup_seconds))
            result = asyncio.run(
                load(port, path, args.requests, args.concurrency, args.max_seconds)
            )
            done = len(result.latencies)
            rows.append((label, path, result))
            print(
                f"  {label:<9} {done:>6} requests in {result.elapsed:5.1f} s, "
                f"{done / result.elapsed:8.1f} req/s, {result.failures} not 200",
                flush=True,
            )

        print(
            f"\n{os.cpu_count()} cores; concurrency {args.concurrency}; up to {args.requests} "
            f"requests or {args.max_seconds:g} s per URL after a warm-up of {args.warmup}"
        )
        header = (
            f"{'URL':<10}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
            f"{'KiB/page':>10}{'non-200':>9}"
        )
        print(header)
        print("-" * len(header))
        for label, _, result in rows:
            done = len(result.latencies)
            print(
                f"{label:<10}{done:>9}{done / result.elapsed:>9.1f}"
                f"{percentile(result.latencies, 0.50) * 1000:>9.1f}"
                f"{percentile(result.latencies, 0.99) * 1000:>9.1f}"
                f"{result.body_bytes / done / 1024:>10.1f}{result.failures:>9}"
            )

        failed = [(path, result) for _, path, result in rows if result.failures]
        if failed:
            for path, result in failed:
                print(f"\nGET {path}: {dict(result.statuses)}")
                for status, body in result.examples.items():
                    print(f"--- first answer with status {status} ---\n{body}")
            print(log_tail(log))
            raise SystemExit(1)
        print(f"\nTotal time {time.perf_counter() - begun:.0f} s.")
    finally:
        if server is not None:
            server_stop(server)
        shutil.rmtree(media_root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
