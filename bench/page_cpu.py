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
        mean = statistics.fmean(cpu)
        hello = results.get("hello", {}).get("cpu_mean_ms", mean)
        results[name] = {
            "cpu_p50_ms": round(statistics.median(cpu), 3),
            "cpu_mean_ms": round(mean, 3),
            "x_hello": round(mean / hello, 2),
        }
        print(
            f"{name:<14}{path[:11]:<12}{results[name]['cpu_p50_ms']:>12.2f}"
            f"{mean:>13.2f}{results[name]['x_hello']:>9.2f}"
        )
        if profiler is not None:
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(45)
    json_last_line(
        {
            "benchmark": "page_cpu",
            "requests": args.requests,
            "loadavg_after": round(os.getloadavg()[0], 2),
            "machine": machine(),
            "results": results,
        }
    )


if __name__ == "__main__":
    main()
