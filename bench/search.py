"""Search and discover with 5,000 accounts and 10,000 videos: latency and queries per request.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python bench/search.py
     [--accounts 5000] [--videos 10000] [--requests 100]
Uses a throwaway test database named after DATABASE_URL's (``test_<db>``, created and dropped
here; SQLite in memory without DATABASE_URL) filled by ``manage.py seed_search_bench``. One
client, in-process (Django's test client, so no server or network in the figures), logged in
as an account that follows ten others. The last line is one JSON object.

Each request is timed twice: wall clock, and this process's CPU time (``time.process_time``:
the whole Django request path, templates and serializers; the database's own work is not in
it, it runs in PostgreSQL's processes). On a machine shared with other work the wall figures
include waiting for a core; the CPU figures are disturbed much less and still compare.

Targets (issue 22): search p95 <= 50 ms, /discover p50 <= 30 ms (trending cached).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment

from bench._common import json_last_line, machine, percentile

# Prefixes as typed in the header, whole words, accents left out, a typo, a miss.
QUERIES = {
    "people": ["sb_ana", "sofia", "garcia", "noemie dub", "lukasz", "sb_jurg12", "zoe"],
    "videos": ["sunset beach", "creme brulee", "cafe", "playa", "fiesta musica", "xyzzy"],
    "hashtags": ["caf", "futbol", "musi", "strasse", "pinata", "golden1"],
}


def measure(client: Client, urls: list[str], requests: int) -> dict[str, float | int]:
    timings, cpu = [], []
    for n in range(requests):
        url = urls[n % len(urls)]
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code, response.content[:200])
    queries = set()
    for url in urls:
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        queries.add(len(captured))
    return {
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "cpu_p50_ms": round(statistics.median(cpu), 2),
        "cpu_p95_ms": round(percentile(cpu, 0.95), 2),
        "queries": max(queries),
        "queries_vary": len(queries) > 1,
    }


_COLUMNS = ("p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms", "queries")


def _row(key: str, figures: dict[str, float | int]) -> None:
    print(f"{key:<44}" + "".join(f"{figures[column]:>12}" for column in _COLUMNS))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--videos", type=int, default=10000)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()

    setup_test_environment()
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "search": "1000000/60"}
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from apps.accounts.models import User

        started = time.perf_counter()
        call_command("seed_search_bench", accounts=args.accounts, videos=args.videos)
        seeded_s = time.perf_counter() - started
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE") if connection.vendor == "postgresql" else None
        client = Client()
        client.force_login(User.objects.filter(username__startswith="sb_").order_by("pk")[1])
        results = {}
        print(f"{'request':<44}" + "".join(f"{column:>12}" for column in _COLUMNS))
        for type, texts in QUERIES.items():
            for path in ("/api/v1/search/", "/search"):
                urls = [f"{path}?q={text}&type={type}" for text in texts]
                figures = measure(client, urls, args.requests)
                key = f"GET {path}?type={type}"
                results[key] = figures
                _row(key, figures)
        for path in ("/discover", "/api/v1/discover/"):
            client.get(path)  # fills the trending and most-remixed caches
            figures = measure(client, [path], args.requests)
            results[f"GET {path}"] = figures
            _row(f"GET {path}", figures)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    search_p95 = max(v["p95_ms"] for k, v in results.items() if "search" in k)
    json_last_line(
        {
            "benchmark": "search",
            "database": connection.vendor,
            "accounts": args.accounts,
            "videos": args.videos,
            "requests": args.requests,
            "seed_s": round(seeded_s, 1),
            "search_p95_ms_worst": search_p95,
            "search_cpu_p95_ms_worst": max(
                v["cpu_p95_ms"] for k, v in results.items() if "search" in k
            ),
            "discover_p50_ms": results["GET /discover"]["p50_ms"],
            "discover_cpu_p50_ms": results["GET /discover"]["cpu_p50_ms"],
            "results": results,
            **machine(),
        }
    )


if __name__ == "__main__":
    main()
