from django.core.management.base import BaseCommand

from apps.accounts import services
from apps.accounts.models import User

DEMO_USERS = [
    # handle, password, display name, staff
    ("demo", "clipmix-demo", "Demo Creator", False),
    ("mod", "clipmix-mod", "Demo Moderator", True),
]


class Command(BaseCommand):
    help = "Create the demo accounts if they do not exist (safe to run again)."

    def handle(self, *args: object, **options: object) -> None:
        for handle, password, display_name, staff in DEMO_USERS:
            if User.objects.filter(username=handle).exists():
                continue
            user = services.user_sign_up(
                username=handle,
                email=f"{handle}@example.com",
                password=password,
                display_name=display_name,
            )
            if staff:
                services.user_grant_staff(user=user, superuser=True)
            self.stdout.write(f"Created @{handle}")
        for handle, password, _, staff in DEMO_USERS:
            role = "moderator, /admin/" if staff else "creator"
            self.stdout.write(f"  log in as {handle} / {password}  ({role})")
