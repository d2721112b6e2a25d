"""The feed and the video page under the production ASGI server, beside a minimal view.

Sets up a throwaway PostgreSQL database and Redis database with the demo data (12 PyAV-made
videos) plus 50 comments with replies on one video, starts Daphne with ``DJANGO_ENV=production``
on a free loopback port, and loads, at 1, 8 and 32 concurrent keep-alive clients, ``/healthz``
(the "hello" view: no database, no template, only the middleware; the framework's ceiling on
this machine), ``/`` (the feed) and ``/v/<id>`` (the video page), each bounded in requests and
seconds. Prints requests/s, p50 and p99 per address and level and each page's ratio to the
hello view; the last line is one JSON object. Stops the server whatever happens.

Run: .venv/bin/python bench/serve_load.py [--levels 1,8,32] [--requests 600] [--max-seconds 12]
     [--database clipmix_bench] [--redis-db 3]
Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and Redis on 127.0.0.1:6379.
"""

import argparse
import http.client
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    HOST,
    daphne,
    database_drop,
    database_prepare,
    json_last_line,
    machine,
    percentile,
    production_environment,
    redis_flush,
    stop_on_sigterm,
    target_arguments,
)


def load(port: int, path: str, *, requests: int, concurrency: int, max_seconds: float) -> dict:
    """``requests`` GETs of ``path`` from ``concurrency`` keep-alive connections, stopping
    early after ``max_seconds``."""
    latencies: list[float] = []
    failures: list[int | str] = []
    remaining = [requests]
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if remaining[0] <= 0:
                    break
                remaining[0] -= 1
            start = time.perf_counter()
            try:
                connection.request("GET", path, headers={"Host": HOST})
                response = connection.getresponse()
                response.read()
                status: int | str = response.status
            except OSError as error:  # a dropped connection counts as a failure, then reconnect
                status = type(error).__name__
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                if status != 200:
                    failures.append(status)
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / wall, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "failures": len(failures),
        "failure_kinds": sorted({str(f) for f in failures}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="1,8,32", help="concurrent clients, comma-separated")
    parser.add_argument("--requests", type=int, default=600, help="per address and level")
    parser.add_argument("--max-seconds", type=float, default=12, help="per address and level")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    target_arguments(parser)
    args = parser.parse_args()
    levels = [int(level) for level in args.levels.split(",")]
    stop_on_sigterm()

    started = time.monotonic()
    with tempfile.TemporaryDirectory() as media_root:
        # The feed and the video page screen nothing: the text screener's warm-up (seconds of
        # CPU in a background thread after the first request) would only disturb the figures.
        env = production_environment(
            database=args.database,
            redis_db=args.redis_db,
            media_root=media_root,
            extra={"CLIPMIX_MODERATION_WARM_UP": "false"},
        )
        try:
            video_id = database_prepare(env, database=args.database, redis_db=args.redis_db)
            prepared_s = time.monotonic() - started
            addresses = [("hello", "/healthz"), ("feed", "/"), ("video", f"/v/{video_id}")]
            results: dict[str, dict[str, dict]] = {}
            failed = False
            with daphne(env, Path(media_root) / "server.log") as port:
                for _, path in addresses:  # warm-up: templates, pools, caches
                    load(port, path, requests=50, concurrency=4, max_seconds=10)
                print(
                    f"Daphne, DJANGO_ENV=production, PostgreSQL ({args.database}) + Redis "
                    f"(db {args.redis_db}); keep-alive clients over loopback; at most "
                    f"{args.requests} requests or {args.max_seconds:g} s per address and level"
                )
                print(
                    f"{'clients':>7} {'address':<22}{'requests':>9}{'req/s':>9}"
                    f"{'p50 ms':>9}{'p99 ms':>9}{'× hello':>9}"
                )
                for level in levels:
                    for name, path in addresses:
                        result = load(
                            port, path, requests=args.requests, concurrency=level,
                            max_seconds=args.max_seconds,
                        )  # fmt: skip
                        hello = results.get("hello", {}).get(str(level), result)
                        result["ratio_to_hello"] = round(result["rps"] / hello["rps"], 3)
                        results.setdefault(name, {})[str(level)] = result
                        print(
                            f"{level:>7} {path:<22}{result['requests']:>9}{result['rps']:>9.0f}"
                            f"{result['p50_ms']:>9.1f}{result['p99_ms']:>9.1f}"
                            f"{result['ratio_to_hello']:>9.2f}"
                        )
                        if result["failures"]:
                            failed = True
                            print(f"  failures: {result['failures']} {result['failure_kinds']}")
                log = (Path(media_root) / "server.log").read_text(errors="replace")
        finally:
            if not args.keep:
                database_drop(args.database)
                redis_flush(args.redis_db)
    if failed:
        print(f"Some requests failed; the server said:\n{log[-3000:]}")
    json_last_line(
        {
            "benchmark": "serve_load",
            "server": "daphne, DJANGO_ENV=production",
            "video_id": video_id,
            "levels": levels,
            "results": results,
            "ok": not failed,
            "prepare_s": round(prepared_s, 1),
            "total_s": round(time.monotonic() - started, 1),
            **machine(),
        }
    )
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
