"""What the benchmarks that run the real services share: a throwaway PostgreSQL database and
Redis database with the demo data, Daphne and Celery worker processes that are stopped whatever
happens, percentiles, and the one JSON line each benchmark ends with.

Every address is on loopback: PostgreSQL and Redis on 127.0.0.1, servers bound to 127.0.0.1.
The database and the Redis database index come from ``--database`` / ``--redis-db``, or from
``CLIPMIX_BENCH_DATABASE`` / ``CLIPMIX_BENCH_REDIS_DB``, so that benchmarks run beside other
work never touch its data.
"""

import argparse
import http.client
import json
import math
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
HOST = "127.0.0.1"
POSTGRES = f"postgres://postgres@{HOST}:5432"
REDIS = f"redis://{HOST}:6379"
# Taken when a benchmark imports this module: the load it started under (this machine is shared).
_LOAD_AT_START = os.getloadavg()[0]

# The demo data (``manage.py seed_demo``) plus 50 comments with replies on its first video;
# prints that video's id. Run in the prepared database by ``database_prepare``.
_COMMENTS = """
from apps.accounts.models import User
from apps.comments.services import comment_create
from apps.videos.models import Video
video = Video.objects.order_by("id").first()
demo, viewer = User.objects.get(username="demo"), User.objects.get(username="viewer")
for n in range(50):
    top = comment_create(author=viewer, video=video, body=f"Comment number {n} #bench")
    if n % 3 == 0:
        comment_create(author=demo, video=video, body="Thanks!", parent_id=top.pk)
print(video.pk)
"""


def target_arguments(parser: argparse.ArgumentParser) -> None:
    """``--database`` and ``--redis-db``: where the benchmark's throwaway data lives."""
    parser.add_argument(
        "--database",
        default=os.environ.get("CLIPMIX_BENCH_DATABASE", "clipmix_bench"),
        help="PostgreSQL database to drop and recreate (env CLIPMIX_BENCH_DATABASE)",
    )
    parser.add_argument(
        "--redis-db",
        type=int,
        default=int(os.environ.get("CLIPMIX_BENCH_REDIS_DB", "3")),
        help="Redis database index to flush and use (env CLIPMIX_BENCH_REDIS_DB)",
    )


def database_url(database: str) -> str:
    return f"{POSTGRES}/{database}"


def redis_url(redis_db: int) -> str:
    return f"{REDIS}/{redis_db}"


def production_environment(
    *, database: str, redis_db: int, media_root: str, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The environment of a production process (``DJANGO_ENV=production``) on the benchmark's
    database and Redis database, plain HTTP on loopback, plus ``extra``."""
    return {
        **os.environ,
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": f"{HOST},localhost",
        "DATABASE_URL": database_url(database),
        "REDIS_URL": redis_url(redis_db),
        "EMAIL_URL": "consolemail://",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "CLIPMIX_MEDIA_ROOT": media_root,
        "ORT_DISABLE_TELEMETRY": "1",
        "DJANGO_LOG_LEVEL": "WARNING",
        **(extra or {}),
    }


def manage(env: Mapping[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def redis_flush(redis_db: int) -> None:
    """Empties only the benchmark's own Redis database."""
    subprocess.run(
        ["redis-cli", "-h", HOST, "-n", str(redis_db), "flushdb"], check=True, capture_output=True
    )


def database_prepare(env: Mapping[str, str], *, database: str, redis_db: int) -> int:
    """A fresh database with the demo data (12 PyAV-made videos, users ``demo`` and ``viewer``)
    and 50 comments with replies on the first video, whose id it returns."""
    subprocess.run(["dropdb", "-h", HOST, "-U", "postgres", "--if-exists", database], check=True)
    subprocess.run(["createdb", "-h", HOST, "-U", "postgres", database], check=True)
    redis_flush(redis_db)
    env = {**env, "DATABASE_URL": database_url(database), "REDIS_URL": redis_url(redis_db)}
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    # The demo videos are processed in-process; the 67 comments are more than one person's
    # comment rate limit allows.
    eager = {**env, "CELERY_TASK_ALWAYS_EAGER": "true", "CLIPMIX_RATE_LIMIT_COMMENT": "1000/600"}
    manage(eager, "seed_demo")
    return int(manage(eager, "shell", "-c", _COMMENTS).strip().splitlines()[-1])


def database_create(env: Mapping[str, str], *, database: str, redis_db: int) -> None:
    """A fresh, migrated database (the guideline rules seeded, no users) and an empty Redis
    database."""
    subprocess.run(["dropdb", "-h", HOST, "-U", "postgres", "--if-exists", database], check=True)
    subprocess.run(["createdb", "-h", HOST, "-U", "postgres", database], check=True)
    redis_flush(redis_db)
    env = {**env, "DATABASE_URL": database_url(database), "REDIS_URL": redis_url(redis_db)}
    manage(env, "migrate", "--noinput", "-v", "0")


def django_setup(
    *, database: str, redis_db: int, media_root: str, extra: Mapping[str, str] | None = None
) -> None:
    """Django in this process, on the benchmark's database, Redis database and media folder,
    plus ``extra`` (development settings otherwise: the benchmark drives the services
    directly)."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DATABASE_URL": database_url(database),
            "REDIS_URL": redis_url(redis_db),
            "CLIPMIX_MEDIA_ROOT": media_root,
            "ORT_DISABLE_TELEMETRY": "1",
            "DJANGO_LOG_LEVEL": "WARNING",
            **(extra or {}),
        }
    )
    import django

    django.setup()


def people_and_video() -> tuple[Any, Any, Any]:
    """A creator, a fan who follows them, and a ready public video of the creator's (4 s,
    made with PyAV, uploaded and processed in this process like any other upload)."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import transaction

    from apps.accounts.credentials import email_verified_mark
    from apps.accounts.services import follow_create, user_sign_up
    from apps.videos.demo import synthetic_video_write
    from apps.videos.services import video_upload
    from config.celery import app as celery_app

    people = [
        user_sign_up(
            username=name,
            email=f"{name}@example.com",
            password=secrets.token_urlsafe(16),
            display_name=name.title(),
        )
        for name in ("creator", "fan")
    ]
    for person in people:  # the benchmark's people upload and remix
        email_verified_mark(user=person)
    follow_create(follower=people[1], followee=people[0])
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True  # process the upload here
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = synthetic_video_write(Path(folder) / "clip.mp4", seconds=4, title="Bench")
            upload = SimpleUploadedFile("clip.mp4", path.read_bytes(), "video/mp4")
            with transaction.atomic():
                video = video_upload(owner=people[0], upload=upload, caption="Bench clip")
    finally:
        celery_app.conf.task_always_eager = eager
    video.refresh_from_db()
    if not video.is_ready:
        sys.exit(f"The benchmark's video was not processed: {video.status}")
    return people[0], people[1], video


def connections_close() -> None:
    """Let go of this process's database and broker connections before both are dropped."""
    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()
    if "kombu.pools" in sys.modules:
        from kombu import pools

        pools.reset()


def database_drop(database: str) -> None:
    subprocess.run(
        ["dropdb", "-h", HOST, "-U", "postgres", "--if-exists", "--force", database],
        check=False,
        capture_output=True,
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def stop_on_sigterm() -> None:
    """A benchmark killed with SIGTERM unwinds like one stopped with Ctrl-C, so the ``finally``
    blocks below stop its servers and workers."""

    def leave(signum: int, frame: Any) -> None:
        raise SystemExit(f"Stopped by signal {signum}")

    signal.signal(signal.SIGTERM, leave)


def process_stop(process: subprocess.Popen[Any], *, grace: float = 15) -> None:
    """SIGTERM to the process's whole group (it was started in a session of its own), then
    SIGKILL if it has not exited within ``grace`` seconds."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def _http_ok(port: int, path: str) -> bool:
    try:
        connection = http.client.HTTPConnection(HOST, port, timeout=2)
        connection.request("GET", path)
        return connection.getresponse().status == 200
    except OSError:
        return False


@contextmanager
def daphne(env: Mapping[str, str], log_path: Path) -> Iterator[int]:
    """Daphne serving ``config.asgi:application`` on a free loopback port, which it yields
    once ``/healthz`` answers."""
    port = free_port()
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [PYTHON, "-m", "daphne", "-b", HOST, "-p", str(port), "config.asgi:application"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 60
            while not _http_ok(port, "/healthz"):
                if server.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"Daphne did not start:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.3)
            yield port
        finally:
            process_stop(server)


@dataclass
class RunningServer:
    kind: str
    port: int
    processes: list[subprocess.Popen[bytes]]

    def rss_kib(self) -> int:
        """Resident memory of every process of the server (workers included)."""
        return sum(process_tree_rss_kib(process.pid) for process in self.processes)

    def cpu_seconds(self) -> float:
        """CPU time used so far by every process of the server (workers included)."""
        return sum(process_tree_cpu_seconds(process.pid) for process in self.processes)

    def wait_idle(self, *, timeout: float = 30) -> float:
        """Until the server has stopped working on requests a load generator left behind
        (it used under 5 % of a core over 0.3 s); returns the seconds waited."""
        started = time.monotonic()
        before = self.cpu_seconds()
        while time.monotonic() - started < timeout:
            time.sleep(0.3)
            now = self.cpu_seconds()
            if now - before < 0.015:
                break
            before = now
        return time.monotonic() - started


# The ASGI servers a benchmark can start, each serving HTTP and websockets for the same app.
SERVERS = ("daphne", "uvicorn", "granian")


def server_command(kind: str, *, port: int, workers: int, fd: int | None = None) -> list[str]:
    """The command line of ``kind`` serving ``config.asgi:application`` on loopback with
    ``workers`` processes (Daphne has no workers of its own: each of its processes is started
    on the shared listening socket ``fd``)."""
    if kind == "daphne":
        return [PYTHON, "-m", "daphne", "--fd", str(fd), "config.asgi:application"]
    if kind == "uvicorn":
        return [
            PYTHON, "-m", "uvicorn", "config.asgi:application", "--host", HOST,
            "--port", str(port), "--workers", str(workers), "--lifespan", "off",
            "--loop", "uvloop", "--http", "httptools", "--ws", "websockets",
            "--no-access-log", "--log-level", "warning",
        ]  # fmt: skip
    if kind == "granian":
        return [
            PYTHON, "-m", "granian", "--interface", "asginl", "--host", HOST,
            "--port", str(port), "--workers", str(workers), "--loop", "uvloop",
            "--no-access-log", "--log-level", "warning", "config.asgi:application",
        ]  # fmt: skip
    raise ValueError(f"unknown server {kind!r}: one of {', '.join(SERVERS)}")


@contextmanager
def asgi_server(
    kind: str,
    env: Mapping[str, str],
    log_path: Path,
    *,
    workers: int = 1,
    cpus: str | None = None,
) -> Iterator["RunningServer"]:
    """``kind`` (one of ``SERVERS``) on a free loopback port with ``workers`` processes, pinned
    to ``cpus`` (a ``taskset`` list such as ``"0"``) when given; yields it once ``/healthz``
    answers, stops every process of it whatever happens."""
    pin = ["taskset", "-c", cpus] if cpus else []
    processes: list[subprocess.Popen[bytes]] = []
    listener: socket.socket | None = None
    with log_path.open("wb") as log:
        try:
            if kind == "daphne":
                listener = socket.socket()
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                listener.bind((HOST, 0))
                listener.listen(1024)
                port = listener.getsockname()[1]
                command = server_command(kind, port=port, workers=workers, fd=listener.fileno())
                for _ in range(workers):
                    process = subprocess.Popen(
                        [*pin, *command], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                        stderr=log, start_new_session=True, pass_fds=(listener.fileno(),),
                    )  # fmt: skip
                    processes.append(process)
            else:
                port = free_port()
                command = server_command(kind, port=port, workers=workers)
                process = subprocess.Popen(
                    [*pin, *command], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                    stderr=log, start_new_session=True,
                )  # fmt: skip
                processes.append(process)
            deadline = time.monotonic() + 90
            while not _http_ok(port, "/healthz"):
                if any(p.poll() is not None for p in processes) or time.monotonic() > deadline:
                    sys.exit(f"{kind} did not start:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.3)
            yield RunningServer(kind, port, processes)
        finally:
            for process in processes:
                process_stop(process)
            if listener is not None:
                listener.close()


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += children.get(current, [])
    return found


def process_tree_cpu_seconds(pid: int) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for current in _descendants(pid):
        try:
            fields = (Path("/proc") / str(current) / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def process_tree_rss_kib(pid: int) -> int:
    """Resident memory (KiB) of ``pid`` and all its descendants, from /proc."""
    total = 0
    for current in _descendants(pid):
        try:
            for line in (Path("/proc") / str(current) / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


@contextmanager
def celery_worker(
    env: Mapping[str, str], queues: str, log_path: Path, *, concurrency: int
) -> Iterator[subprocess.Popen[bytes]]:
    """``celery -A config worker -Q <queues>`` (prefork pool) in a session of its own."""
    with log_path.open("wb") as log:
        worker = subprocess.Popen(
            [PYTHON, "-m", "celery", "-A", "config", "worker", "-Q", queues,
             "--concurrency", str(concurrency), "--without-gossip", "--without-mingle",
             "--without-heartbeat", "--loglevel", "WARNING"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            yield worker
        finally:
            process_stop(worker, grace=30)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, math.ceil(len(ordered) * share))  # at least the first
    return ordered[rank - 1]


def summary(values: list[float], shares: tuple[float, ...] = (0.5, 0.95, 0.99)) -> dict:
    """``{"n", "p50", "p95", ...}`` rounded to 0.1 (whatever unit ``values`` are in)."""
    figures: dict[str, float | int] = {"n": len(values)}
    for share in shares:
        figures[f"p{round(share * 100)}"] = round(percentile(values, share), 1)
    return figures


def machine() -> dict[str, Any]:
    """The conditions a figure was taken under: cores, and the 1-minute load average when the
    benchmark started and when it ended."""
    return {
        "cpus": os.cpu_count(),
        "loadavg_1m_start": round(_LOAD_AT_START, 2),
        "loadavg_1m": round(os.getloadavg()[0], 2),
    }


def asgi_get_scope(
    path: str, headers: list[tuple[bytes, bytes]], *, host: str = "testserver"
) -> dict[str, Any]:
    """The scope an ASGI server gives the application for a plain HTTP GET of ``path``."""
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", host.encode()), *headers],
        "client": ("127.0.0.1", 50000),
        "server": (host, 80),
    }


def json_last_line(figures: Mapping[str, Any]) -> None:
    """Every benchmark's last line: one JSON object with its figures."""
    sys.stdout.flush()
    print(json.dumps(figures, default=str), flush=True)
