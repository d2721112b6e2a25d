"""Profile page and account API: latency and queries per request, with a populated database.

Run: .venv/bin/python bench/accounts.py [--users 2000] [--requests 200]
Uses a throwaway test database (SQLite in memory by default; PostgreSQL with DATABASE_URL).
The last line is one JSON object.
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

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment

from bench._common import json_last_line, machine, percentile


def measure(client: Client, url: str, requests: int) -> tuple[float, float, int]:
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(timings), percentile(timings, 0.95), len(queries)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from apps.accounts.models import Follow, User

        users = User.objects.bulk_create(
            User(username=f"bench{n}", email=f"bench{n}@example.com", display_name=f"Bench {n}")
            for n in range(args.users)
        )
        star, viewer = users[0], users[1]
        Follow.objects.bulk_create(Follow(follower=u, followee=star) for u in users[1:])
        Follow.objects.bulk_create(Follow(follower=star, followee=u) for u in users[1:500])

        client = Client()
        client.force_login(viewer)
        print(f"{args.users} users, @{star.username} has {args.users - 1} followers")
        print(f"{'request':<34}{'median ms':>10}{'p95 ms':>9}{'queries':>9}")
        results = {}
        for label, url in [
            ("GET /@<handle> (logged in)", f"/@{star.username}"),
            ("GET /api/v1/accounts/<handle>/", f"/api/v1/accounts/{star.username}/"),
            ("GET /api/v1/accounts/me/", "/api/v1/accounts/me/"),
        ]:
            median, p95, queries = measure(client, url, args.requests)
            print(f"{label:<34}{median:>10.2f}{p95:>9.2f}{queries:>9}")
            results[url.replace(star.username, "<handle>")] = {
                "p50_ms": round(median, 2),
                "p95_ms": round(p95, 2),
                "queries": queries,
            }
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    json_last_line(
        {
            "benchmark": "accounts",
            "database": connection.vendor,
            "users": args.users,
            "requests": args.requests,
            "results": results,
            **machine(),
        }
    )


if __name__ == "__main__":
    main()
