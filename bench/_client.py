"""What the in-process page benchmarks share (``bench/search.py``, ``bench/moderation_queue.py``):
Django in this process (importing this module sets it up), a throwaway test database named after
DATABASE_URL's (``test_<db>``; SQLite in memory without DATABASE_URL) created and dropped around
the run, and requests through Django's test client timed one by one.

Each request is timed twice: wall clock, and this process's CPU time (``time.process_time``:
the whole Django request path, templates and serializers; the database's own work is not in
it, it runs in PostgreSQL's processes). On a machine shared with other work the wall figures
include waiting for a core; the CPU figures are disturbed much less and still compare.
"""

import os
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment

from bench._common import percentile


@contextmanager
def throwaway_database() -> Iterator[None]:
    """The test environment and a test database for the ``with`` block, dropped after it."""
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def database_settle() -> None:
    """After seeding: on PostgreSQL, ``VACUUM ANALYZE``, as autovacuum leaves a database in
    use (statistics for the planner; the visibility map, without which an index-only scan
    still reads every row). The benchmark must not depend on whether autovacuum, off on some
    machines, happened to run between the seeding and the first request."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def measure(
    client: Client, urls: list[str], requests: int, *, warm: int = 0
) -> dict[str, float | int | bool]:
    """``requests`` GETs cycling through ``urls`` (after ``warm`` untimed ones), each expected
    to answer 200: wall and CPU p50 / p95 in ms, and the queries of each URL once more (the
    most, and whether they differ between URLs)."""
    for n in range(warm):
        client.get(urls[n % len(urls)])
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


COLUMNS = ("p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms", "queries")


def table_header(width: int) -> None:
    print(f"{'request':<{width}}" + "".join(f"{column:>12}" for column in COLUMNS))


def table_row(key: str, figures: dict[str, float | int | bool], width: int) -> None:
    print(f"{key:<{width}}" + "".join(f"{figures[column]:>12}" for column in COLUMNS))
