from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.accounts.models import User
from apps.privacy.models import RemixKind
from apps.privacy.services import account_privacy_update, privacy_apply_to_all


class Command(BaseCommand):
    help = (
        "Let an account's videos be remixed in every kind, face and voice effects included "
        "(its defaults, applied to all its videos). seed_demo runs it for the demo creator."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("handle")

    def handle(self, *args: object, **options: object) -> None:
        user = User.objects.filter(username=str(options["handle"])).first()
        if user is None:
            raise CommandError(f"No account @{options['handle']}.")
        account_privacy_update(user=user, remix_kinds=list(RemixKind.values))
        privacy_apply_to_all(user=user)
        self.stdout.write(f"@{user.username}'s videos allow every kind of remix.")
