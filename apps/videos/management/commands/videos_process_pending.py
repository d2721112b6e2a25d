from datetime import timedelta

from django.core.management.base import BaseCommand, CommandParser

from apps.videos.services import videos_process_pending


class Command(BaseCommand):
    help = (
        "Queue again the videos still processing after some minutes (their task was lost, or "
        "the broker was down at upload). Safe to run from cron: processing is idempotent."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--minutes", type=int, default=10, help="older than this (default 10)")
        parser.add_argument("--inline", action="store_true", help="process here, not on a worker")

    def handle(self, *args: object, minutes: int, inline: bool, **options: object) -> None:
        count = videos_process_pending(older_than=timedelta(minutes=minutes), inline=inline)
        verb = "Processed" if inline else "Queued"
        self.stdout.write(f"{verb} {count} pending video{'s' if count != 1 else ''}.")
