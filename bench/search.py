"""Search and discover with 5,000 accounts and 10,000 videos: latency and queries per request.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python bench/search.py
     [--accounts 5000] [--videos 10000] [--requests 100]
Uses a throwaway test database named after DATABASE_URL's (``test_<db>``, created and dropped
here; SQLite in memory without DATABASE_URL) filled by ``manage.py seed_search_bench``. One
client, in-process (Django's test client, so no server or network in the figures), logged in
as an account that follows ten others. The last line is one JSON object.

Each request is timed in wall clock and in this process's CPU time (``bench/_client.py``).
After seeding, the database is vacuumed and analyzed (``database_settle``).

Also the hashtag page (``/tags/<name>``) of the six hashtags with the most videos.

Targets (issue 22): search p95 <= 50 ms, /discover p50 <= 30 ms (trending cached).
"""

import argparse
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.models import Count
from django.test import Client

from bench._client import (  # sets Django up
    database_settle,
    measure,
    table_header,
    table_row,
    throwaway_database,
)
from bench._common import json_last_line, machine

# Prefixes as typed in the header, whole words, accents left out, a typo, a miss.
QUERIES = {
    "people": ["sb_ana", "sofia", "garcia", "noemie dub", "lukasz", "sb_jurg12", "zoe"],
    "videos": ["sunset beach", "creme brulee", "cafe", "playa", "fiesta musica", "xyzzy"],
    "hashtags": ["caf", "futbol", "musi", "strasse", "pinata", "golden1"],
}


WIDTH = 44


class _Redrawing(Client):
    """A client logged in as ``viewer`` whose every GET first makes the viewer's kept pages
    stale (one Redis round trip)."""

    def __init__(self, viewer: Any) -> None:
        super().__init__()
        self.force_login(viewer)
        self.viewer_id = viewer.pk

    def get(self, *args: Any, **kwargs: Any) -> Any:
        from apps.core.pagecache import viewer_pages_bump

        viewer_pages_bump(self.viewer_id)
        return super().get(*args, **kwargs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--videos", type=int, default=10000)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()

    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "search": "1000000/60"}
    with throwaway_database():
        from apps.accounts.models import User
        from apps.videos.models import Hashtag

        started = time.perf_counter()
        call_command("seed_search_bench", accounts=args.accounts, videos=args.videos)
        seeded_s = time.perf_counter() - started
        database_settle()
        client = Client()
        viewer = User.objects.filter(username__startswith="sb_").order_by("pk")[1]
        client.force_login(viewer)
        results = {}
        table_header(WIDTH)
        for type, texts in QUERIES.items():
            for path in ("/api/v1/search/", "/search"):
                urls = [f"{path}?q={text}&type={type}" for text in texts]
                figures = measure(client, urls, args.requests)
                key = f"GET {path}?type={type}"
                results[key] = figures
                table_row(key, figures, WIDTH)
        # As typed in the header and sent with Enter: no tab named, the first that finds
        # something is shown.
        untyped = [f"/search?q={text}" for texts in QUERIES.values() for text in texts]
        results["GET /search (no tab)"] = figures = measure(client, untyped, args.requests)
        table_row("GET /search (no tab)", figures, WIDTH)
        biggest = Hashtag.objects.annotate(n=Count("videos")).order_by("-n", "pk")[:6]
        tags = [f"/tags/{quote(tag.name)}" for tag in biggest]
        results["GET /tags/<name>"] = figures = measure(client, tags, args.requests)
        table_row("GET /tags/<name>", figures, WIDTH)
        for path in ("/discover", "/api/v1/discover/"):
            # The first request fills the shared sections' cache.
            figures = measure(client, [path], args.requests, warm=1)
            results[f"GET {path}"] = figures
            table_row(f"GET {path}", figures, WIDTH)
        # The page as a viewer gets it after any change of theirs (a follow, a like), when the
        # copy kept for them is drawn anew: their version bumped before each request (one
        # Redis round trip inside the timing).
        figures = measure(_Redrawing(viewer), ["/discover"], args.requests, warm=1)
        results["GET /discover (drawn anew)"] = figures
        table_row("GET /discover (drawn anew)", figures, WIDTH)
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
            "tags_p95_ms": results["GET /tags/<name>"]["p95_ms"],
            "discover_p50_ms": results["GET /discover"]["p50_ms"],
            "discover_cpu_p50_ms": results["GET /discover"]["cpu_p50_ms"],
            "results": results,
            **machine(),
        }
    )


if __name__ == "__main__":
    main()
