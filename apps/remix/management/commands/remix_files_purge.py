from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.remix.retention import remix_files_purge


class Command(BaseCommand):
    help = (
        "Delete the files of remixes that were removed, rejected, cancelled or failed, or whose "
        "video was deleted, once their retention has passed. Safe to run from cron (daily)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=settings.CLIPMIX_REMIX_FILE_RETENTION_DAYS,
            help="ended more than this many days ago (default CLIPMIX_REMIX_FILE_RETENTION_DAYS)",
        )

    def handle(self, *args: object, days: int, **options: object) -> None:
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        count = remix_files_purge(older_than=timedelta(days=days))
        self.stdout.write(f"Deleted the files of {count} remix{'es' if count != 1 else ''}.")
