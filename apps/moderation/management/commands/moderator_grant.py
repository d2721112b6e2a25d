from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.accounts.models import User
from apps.moderation.services.moderators import moderator_grant


class Command(BaseCommand):
    help = "Make an account a moderator (staff in the Moderators group)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("handle", help="the account's handle, with or without @")

    def handle(self, *args: Any, handle: str, **options: Any) -> None:
        try:
            user = User.objects.get_by_natural_key(handle)
        except User.DoesNotExist:
            raise CommandError(f"No account with the handle @{handle.lstrip('@')}.") from None
        moderator_grant(user=user)
        self.stdout.write(f"@{user.username} is a moderator now: they can log in at /admin/.")
