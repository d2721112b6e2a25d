from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.provenance.keys import development_chain_create
from apps.provenance.watermark import watermark_key_create


class Command(BaseCommand):
    help = (
        "Create a development signing chain for Content Credentials and a watermark key under "
        "var/keys/ if absent."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="replace an existing chain")

    def handle(self, *args: object, force: bool = False, **options: object) -> None:
        if settings.IS_PRODUCTION:
            raise CommandError(
                "Production signs with a certificate from a real CA: see docs/operations.md."
            )
        watermark_key = Path(settings.CLIPMIX_WATERMARK_KEY_FILE)
        if not watermark_key.is_file() or force:
            watermark_key_create(watermark_key)
            self.stdout.write(f"Created a development watermark key in {watermark_key}")
        chain = Path(settings.CLIPMIX_C2PA_CERT_CHAIN)
        if chain.is_file() and not force:
            self.stdout.write(f"Signing keys already in {chain.parent}")
            return
        paths = development_chain_create(settings.CLIPMIX_KEYS_DIR)
        self.stdout.write(f"Created a development signing chain in {paths['chain'].parent}")
