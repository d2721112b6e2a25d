"""Fine-tune every layer of e5 on the corpus: stage one of rebuilding the classifier.

    python manage.py moderation_tune_encoder --name NAME [--epochs 1] [--seed 0] [--start VERSION]
        [--layers N]

Trains on the stored family split's train rows and writes ``apps/moderation/data/encoder/NAME/``
(``tuned_encoder.py``); about twelve minutes for one epoch on two cores (e2, 2026-12-05).
Then build the classifier on it:
``manage.py moderation_train --encoder multilingual-e5-small-int8-tuned-NAME``.
The same corpus, seed and machine give the same layers.
"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.moderation.screening.encoders import E5_TUNED_PREFIX
from apps.moderation.screening.training import CORPUS_DIR, CorpusError


class Command(BaseCommand):
    help = "Fine-tune every layer of the sentence encoder on the corpus (stage one of a rebuild)."

    def add_arguments(self, parser: CommandParser) -> None:
        from apps.moderation.screening.tuned_encoder import ENCODER_DIR, EPOCHS, SEED

        parser.add_argument("--name", required=True, help="The version's name, e.g. e2.")
        parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="Corpus folder.")
        parser.add_argument("--out", type=Path, default=ENCODER_DIR, help="Encoder folder.")
        parser.add_argument("--epochs", type=int, default=EPOCHS)
        parser.add_argument("--seed", type=int, default=SEED, help="The head's start and order.")
        parser.add_argument(
            "--start",
            metavar="VERSION",
            help="Go on training from this stored version's layers instead of e5's own.",
        )
        parser.add_argument(
            "--layers",
            type=int,
            help="Keep only the lower N layers and tune them as the whole encoder (cheaper).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        from apps.moderation.screening.tuned_encoder import encoder_tune

        if options["epochs"] < 1:
            raise CommandError("--epochs must be at least 1")
        try:
            result = encoder_tune(
                corpus_dir=options["corpus"],
                out_root=options["out"],
                version=options["name"],
                epochs=options["epochs"],
                seed=options["seed"],
                start=options["start"],
                layers=options["layers"],
                report=lambda line: self.stdout.write(line),
            )
        except (CorpusError, ValueError) as exc:
            raise CommandError(str(exc)) from exc
        except FileExistsError as exc:
            raise CommandError(f"That encoder version already exists: {exc.filename}") from exc
        manifest = result.manifest
        self.stdout.write(
            f"{manifest['train_rows']} train rows, {manifest['layers']} layers, "
            f"{manifest['epochs']} epoch(s), "
            f"{manifest['seconds']:.0f} s; wrote {result.directory}"
        )
        self.stdout.write(
            f"next: manage.py moderation_train --encoder {E5_TUNED_PREFIX}{manifest['version']}"
        )
