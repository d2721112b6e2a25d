"""The moderators' queue at volume: 5,000 open cases, the list and a case page.

Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python bench/moderation_queue.py
     [--cases 5000] [--requests 50]
Uses a throwaway test database named after DATABASE_URL's (``test_<db>``, created and dropped
here; SQLite in memory without DATABASE_URL: ``bench/_client.py``), filled with open cases
about held comments (a tenth with an image), their authors' strikes and earlier decided cases,
then vacuumed and analyzed. One client, in-process (Django's test client: no server or network
in the figures), logged in as a moderator. The last line is one JSON object.

Targets (issue 18): the list and a case page each in under 300 ms (p95), with a number of
queries that does not depend on how many cases there are.
"""

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from PIL import Image

from bench._client import (  # sets Django up
    database_settle,
    measure,
    table_header,
    table_row,
    throwaway_database,
)
from bench._common import json_last_line, machine

TARGET_MS = 300
AUTHORS = 250


def _jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), "teal").save(buffer, format="JPEG")
    return buffer.getvalue()


def seed(cases: int) -> tuple[int, list[int]]:
    """``cases`` open cases about held comments; returns the moderator's id and a spread of
    case ids to open."""
    from django.core.files.storage import default_storage

    from apps.accounts.models import User
    from apps.comments.models import Comment
    from apps.moderation.models import GuidelineRule, ModerationCase, Strike
    from apps.moderation.services.moderators import moderator_grant
    from apps.videos.models import Video

    rule = GuidelineRule.objects.create(
        slug="bench-harassment",
        category="harassment",
        title="Harassment or humiliation",
        guideline="No insults.",
        action="review",
        phrases=["worthless"],
    )
    moderator = moderator_grant(user=User.objects.create_user(username="bench_mod"))
    creator = User.objects.create_user(username="bench_creator")
    authors = User.objects.bulk_create([User(username=f"bench_author{n}") for n in range(AUTHORS)])
    video = Video.objects.create(
        owner=creator,
        file="videos/bench.mp4",
        status=Video.Status.READY,
        container="mp4",
        codec="h264",
        duration=4.0,
        width=360,
        height=640,
        size_bytes=1,
    )
    image = default_storage.save("comments/bench.jpg", ContentFile(_jpeg()))
    comments = Comment.objects.bulk_create(
        [
            Comment(
                video=video,
                author=authors[n % AUTHORS],
                body=f"you worthless clown number {n}",
                status=Comment.Status.PENDING,
                image=image if n % 10 == 0 else "",
            )
            for n in range(cases)
        ]
    )
    screening = {
        "screener": "text",
        "verdict": "review",
        "category": "harassment",
        "rule": rule.slug,
        "matches": [{"kind": "phrase", "match": "worthless", "rule": rule.slug, "score": 0.9}],
    }
    rows = [
        ModerationCase(
            content_type="comments.comment",
            object_id=comment.pk,
            stage=ModerationCase.Stage.COMMENT,
            category="harassment",
            verdict="review",
            evidence={"screenings": [screening]},
            text=comment.body,
            author=comment.author,
            creator=creator,
        )
        for comment in comments
    ]
    # Each author also has earlier, decided cases and strikes: the case page shows them.
    rows += [
        ModerationCase(
            content_type="comments.comment",
            object_id=comments[n % len(comments)].pk,
            stage=ModerationCase.Stage.COMMENT,
            status=ModerationCase.Status.REJECTED,
            category="harassment",
            text="earlier",
            author=authors[n % AUTHORS],
            decision_rule=rule,
        )
        for n in range(AUTHORS * 4)
    ]
    made = ModerationCase.objects.bulk_create(rows)
    Strike.objects.bulk_create(
        [
            Strike(user=authors[n % AUTHORS], category="harassment", reason="Insults.")
            for n in range(AUTHORS * 2)
        ]
    )
    step = max(cases // 20, 1)
    return moderator.pk, [case.pk for case in made[:cases:step]]


WIDTH = 28


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()

    media = Path(settings.BASE_DIR) / "var" / "bench-media"
    settings.MEDIA_ROOT = media
    with throwaway_database():
        from apps.accounts.models import User

        started = time.perf_counter()
        moderator_id, case_ids = seed(args.cases)
        seeded_s = time.perf_counter() - started
        database_settle()
        client = Client()
        client.force_login(User.objects.get(pk=moderator_id))
        queue = "/admin/moderation/moderationcase/"
        # The first two requests fill the session and the permission caches.
        results = {
            "GET queue (first page)": measure(client, [queue], args.requests, warm=2),
            "GET queue (page 40)": measure(client, [f"{queue}?p=40"], args.requests, warm=2),
            "GET case page": measure(
                client, [f"{queue}{pk}/change/" for pk in case_ids], args.requests, warm=2
            ),
        }
    table_header(WIDTH)
    for key, figures in results.items():
        table_row(key, figures, WIDTH)
    json_last_line(
        {
            "benchmark": "moderation_queue",
            "database": connection.vendor,
            "open_cases": args.cases,
            "requests": args.requests,
            "seed_s": round(seeded_s, 1),
            "target_ms": TARGET_MS,
            "within_target": all(v["p95_ms"] < TARGET_MS for v in results.values()),
            "results": results,
            **machine(),
        }
    )


if __name__ == "__main__":
    main()
