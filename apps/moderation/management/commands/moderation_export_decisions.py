"""Export moderators' decisions on text cases as labelled rows in the corpus's columns.

    python manage.py moderation_export_decisions PATH.csv [--since YYYY-MM-DD]

Each decided prompt or comment case becomes one row: approved is ``allow``/``benign``; rejected
is ``block`` with the cited guideline's category (``review``/``borderline`` when the guideline
cited is a borderline one). Review the file, then add it to ``apps/moderation/data/corpus/``
and retrain (docs/moderation.md).
"""

import csv
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.dateparse import parse_date

from apps.moderation.screening.training import CORPUS_COLUMNS
from apps.moderation.selectors import text_decisions_labelled


class Command(BaseCommand):
    help = "Write moderators' decisions on text cases as corpus rows (labelled CSV)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--since", help="Only decisions on or after this date (YYYY-MM-DD).")

    def handle(self, *args: Any, **options: Any) -> None:
        since = None
        if options["since"]:
            since = parse_date(options["since"])
            if since is None:
                raise CommandError(f"--since {options['since']!r} is not a date (YYYY-MM-DD)")
        path: Path = options["path"]
        if not path.parent.is_dir():
            raise CommandError(f"No such folder: {path.parent}")
        rows = text_decisions_labelled(since=since)
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=CORPUS_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        self.stdout.write(f"wrote {len(rows)} labelled row(s) to {path}")
