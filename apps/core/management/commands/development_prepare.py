import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Prepare embedded mode: the var/ folders and a development secret key kept in "
        "var/secret_key (made once; `make run` runs this). Importing the settings writes nothing."
    )

    def handle(self, *args: object, **options: object) -> None:
        if settings.IS_PRODUCTION:
            raise CommandError("Production takes DJANGO_SECRET_KEY from the environment.")
        for folder in (settings.VAR_DIR, settings.STATIC_ROOT):
            folder.mkdir(parents=True, exist_ok=True)
        key = settings.VAR_DIR / "secret_key"
        if key.is_file():
            self.stdout.write(f"Development secret key already in {key}")
            return
        key.touch(mode=0o600)
        key.write_text(secrets.token_urlsafe(50))
        self.stdout.write(f"Created a development secret key in {key}")
