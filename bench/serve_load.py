"""The feed and the video page under the production ASGI server, beside a minimal view.

Sets up a throwaway PostgreSQL database (``clipmix_bench``) and Redis database 3 with the demo
data (12 PyAV-made videos) plus 50 comments with replies on one video, starts Daphne with
``DJANGO_ENV=production`` on a free loopback port, and loads ``/healthz`` (no database: the
framework's ceiling on this machine), ``/`` (the feed) and ``/v/<id>`` (the video page) over
keep-alive connections, bounded in requests and seconds. Prints requests/s and p50/p99 latency.
Stops the server whatever happens.

Run: .venv/bin/python bench/serve_load.py [--requests 1500] [--concurrency 16] [--max-seconds 40]
Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and Redis on 127.0.0.1:6379.
"""

import argparse
import http.client
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
DATABASE = "clipmix_bench"

COMMENTS = """
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


def _environment(media_root: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "CLIPMIX_MEDIA_ROOT": media_root,
        "ORT_DISABLE_TELEMETRY": "1",
        "DJANGO_LOG_LEVEL": "WARNING",
    }


def _manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare(env: dict[str, str]) -> int:
    """A fresh database with the demo data; returns the id of the video with 50 comments."""
    subprocess.run(
        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE], check=True
    )
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
    subprocess.run(["redis-cli", "-n", "3", "flushdb"], check=True, capture_output=True)
    _manage(env, "migrate", "--noinput", "-v", "0")
    _manage(env, "collectstatic", "--noinput", "-v", "0")
    eager = {**env, "CELERY_TASK_ALWAYS_EAGER": "true"}  # process the demo videos in-process
    _manage(eager, "seed_demo")
    return int(_manage(eager, "shell", "-c", COMMENTS).strip().splitlines()[-1])


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_ready(port: int, server: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit("The server exited while starting.")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    sys.exit("The server did not answer /healthz in time.")


def load(port: int, path: str, *, requests: int, concurrency: int, max_seconds: float) -> dict:
    """``requests`` GETs of ``path`` from ``concurrency`` keep-alive connections."""
    latencies: list[float] = []
    failures: list[int] = []
    remaining = [requests]
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            start = time.perf_counter()
            connection.request("GET", path, headers={"Host": "127.0.0.1"})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    failures.append(response.status)
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / wall,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000,
        "failures": failures,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--max-seconds", type=float, default=40)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as media_root:
        server_log = Path(media_root) / "server.log"
        env = _environment(media_root)
        video_id = prepare(env)
        port = _free_port()
        server = subprocess.Popen(
            [PYTHON, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port), "config.asgi:application"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=server_log.open("wb"),
            start_new_session=True,
        )  # fmt: skip
        try:
            _wait_ready(port, server)
            print(
                f"Daphne, DJANGO_ENV=production, PostgreSQL + Redis; {args.concurrency} "
                f"keep-alive connections, {args.requests} requests per address "
                f"(at most {args.max_seconds:g} s)"
            )
            print(f"{'address':<22}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}")
            failed = False
            for label, path in [
                ("/healthz", "/healthz"),
                ("/ (feed)", "/"),
                (f"/v/{video_id}", f"/v/{video_id}"),
            ]:
                options = {"requests": args.requests, "concurrency": args.concurrency}
                load(port, path, requests=100, concurrency=4, max_seconds=10)  # warm-up
                result = load(port, path, **options, max_seconds=args.max_seconds)
                print(
                    f"{label:<22}{result['requests']:>9}{result['rps']:>9.0f}"
                    f"{result['p50']:>9.1f}{result['p99']:>9.1f}"
                )
                if result["failures"]:
                    failed = True
                    print(f"  non-200 answers: {sorted(set(result['failures']))}")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        if failed:
            sys.exit(f"Some requests failed; the server said:\n{server_log.read_text()[-3000:]}")


if __name__ == "__main__":
    main()
