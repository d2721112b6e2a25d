"""CPU time per request of the feed and the video page, anonymous and logged in, in-process.

Runs Django's test client in this process under ``DJANGO_ENV=production`` (PostgreSQL, Redis
cache, the page cache) on the data ``bench/serve_wrk.py --keep`` prepared (the demo set plus
50 threads on the first video), as the demo user ``viewer`` for the logged-in rows. Each
address gets ``--warmup`` requests, then ``--requests`` timed with ``time.process_time``
(this process's CPU: middleware, session, queries' Python side, templates; PostgreSQL's and
Redis's own work is not in it). On a machine shared with other work CPU time is disturbed much
less than wall time, so these figures compare across runs where wrk's do not; the 1-minute
load average is printed beside them. ``--profile NAME`` prints cProfile's top functions for
one address (``hello``, ``feed``, ``video``, ``feed_in``, ``video_in``, ``discover``).

The ``*_asgi`` rows send the same requests through the ASGI application the servers run
(``config.asgi``, in one event loop in this process; the CPU of Django's thread counts too):
anonymous and logged-in kept pages are answered there by ``PageCacheAsgi`` without Django. The
logged-in browser sends its CSRF cookie, as after its first page.

Run: .venv/bin/python bench/page_cpu.py --database clipmix_i19_bench --redis-db 4
     [--requests 300] [--warmup 30] [--profile video_in]
The last line is one JSON object.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    HOST,
    asgi_get_scope,
    json_last_line,
    machine,
    production_environment,
    target_arguments,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    target_arguments(parser)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--profile", default="", help="an address name to profile")
    parser.add_argument("--sort", default="cumulative", help="cProfile order: cumulative, tottime")
    args = parser.parse_args()

    media = tempfile.mkdtemp(prefix="clipmix-page-cpu-")
    os.environ.update(
        production_environment(database=args.database, redis_db=args.redis_db, media_root=media)
    )
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ["CLIPMIX_MODERATION_WARM_UP"] = "false"  # nothing here screens text
    import django

    django.setup()
    from django.test import Client

    from apps.accounts.models import User
    from apps.videos.models import Video

    video = Video.objects.order_by("id").first()
    assert video is not None, "prepare the data first: bench/serve_wrk.py --keep"
    anonymous, viewer = Client(HTTP_HOST=HOST), Client(HTTP_HOST=HOST)
    viewer.force_login(User.objects.get(username="viewer"))
    addresses = {
        "hello": (anonymous, "/healthz"),
        "feed": (anonymous, "/"),
        "video": (anonymous, f"/v/{video.pk}"),
        "discover": (anonymous, "/discover"),
        "feed_in": (viewer, "/"),
        "video_in": (viewer, f"/v/{video.pk}"),
        "discover_in": (viewer, "/discover"),
    }
    print(f"load average {os.getloadavg()[0]:.2f}; {args.requests} requests per address")
    print(f"{'address':<14}{'path':<12}{'cpu p50 ms':>12}{'cpu mean ms':>13}{'× hello':>9}")
    results: dict[str, dict[str, float]] = {}
    for name, (client, path) in addresses.items():
        for _ in range(args.warmup):
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
        profiler = cProfile.Profile() if name == args.profile else None
        cpu = []
        for _ in range(args.requests):
            start = time.process_time()
            if profiler is not None:
                profiler.enable()
            client.get(path)
            if profiler is not None:
                profiler.disable()
            cpu.append((time.process_time() - start) * 1000)
        _row(results, name, path, cpu, hello="hello")
        if profiler is not None:
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(45)
    secret = _new_csrf_secret()
    cookie = f"sessionid={viewer.cookies['sessionid'].value}; csrftoken={secret}".encode()
    through_asgi = {
        "hello_asgi": ("/healthz", b""),
        "feed_asgi": ("/", b""),
        "video_asgi": (f"/v/{video.pk}", b""),
        "feed_in_asgi": ("/", cookie),
        "video_in_asgi": (f"/v/{video.pk}", cookie),
    }
    for name, (path, cookie_header) in through_asgi.items():
        cpu = _asgi_cpu(path, cookie_header, warmup=args.warmup, requests=args.requests)
        _row(results, name, path, cpu, hello="hello_asgi")
    json_last_line(
        {
            "benchmark": "page_cpu",
            "requests": args.requests,
            "loadavg_after": round(os.getloadavg()[0], 2),
            "machine": machine(),
            "results": results,
        }
    )


def _row(results: dict, name: str, path: str, cpu: list[float], *, hello: str) -> None:
    """Record and print one address's CPU figures, with its ratio to ``hello``'s."""
    mean = statistics.fmean(cpu)
    results[name] = {
        "cpu_p50_ms": round(statistics.median(cpu), 3),
        "cpu_mean_ms": round(mean, 3),
        "x_hello": round(mean / results.get(hello, {}).get("cpu_mean_ms", mean), 2),
    }
    print(
        f"{name:<14}{path[:11]:<12}{results[name]['cpu_p50_ms']:>12.2f}"
        f"{mean:>13.2f}{results[name]['x_hello']:>9.2f}"
    )


def _new_csrf_secret() -> str:
    from django.middleware.csrf import _get_new_csrf_string  # type: ignore[attr-defined]

    return str(_get_new_csrf_string())


def _asgi_cpu(path: str, cookie: bytes, *, warmup: int, requests: int) -> list[float]:
    """CPU ms of each of ``requests`` GETs of ``path`` through ``config.asgi``'s application
    (after ``warmup``), one at a time in one event loop."""
    import asyncio

    from config.asgi import application

    scope = asgi_get_scope(path, [(b"cookie", cookie)] if cookie else [], host=HOST)

    async def one() -> int:
        done = asyncio.Event()
        status, sent_body = 0, False

        async def receive() -> dict:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await done.wait()  # a client stays until the answer is complete
            return {"type": "http.disconnect"}

        async def send(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif not message.get("more_body"):
                done.set()

        await application(dict(scope), receive, send)
        return status

    async def run() -> list[float]:
        for _ in range(warmup):
            status = await one()
            assert status == 200, (path, status)
        cpu = []
        for _ in range(requests):
            start = time.process_time()
            await one()
            cpu.append((time.process_time() - start) * 1000)
        return cpu

    return asyncio.run(run())


if __name__ == "__main__":
    main()
