"""Rebuild the guideline classifier from the corpus in the repository.

    python manage.py moderation_train [--encoder NAME] [--dry-run]

Reads ``apps/moderation/data/corpus/*.csv`` (and ``corrections.csv``), keeps the stored family
split, fits the head on train, chooses thresholds on validation, fits the head again on train and
validation together, reports train / validation / test, and writes a new artifact version under
``apps/moderation/data/classifier/`` with ``CURRENT`` pointing at it. Deterministic: the same
corpus and encoder give the same weights.

``--thresholds-from VERSION`` (how ``CURRENT`` is rebuilt) keeps that artifact's thresholds:
the head is then fitted once, on train and validation, from zero, and validation's figures are
not measured. ``--start VERSION`` starts the fit from that artifact's weights instead (fewer
iterations; the head then depends a little on the start).
"""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.moderation.screening.classifier import CLASSIFIER_DIR, classifier_reset
from apps.moderation.screening.encoders import E5_TUNED_PREFIX, LOADERS
from apps.moderation.screening.training import (
    BENIGN_WEIGHT,
    BLOCK_MARGIN,
    CAPTION_ALONE,
    CHAR_WEIGHT,
    CORPUS_DIR,
    ENCODER,
    NEIGHBOURS_K,
    NEIGHBOURS_WEIGHT,
    NO_PROMPT_WEIGHT,
    REFIT,
    REGULARISATION,
    SEGMENTS,
    TUNED_SEED,
    TUNED_WEIGHT,
    CorpusError,
    classifier_train,
)


def _show(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


class Command(BaseCommand):
    help = "Train the text screener's guideline classifier from the corpus in the repository."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="Corpus folder.")
        parser.add_argument("--out", type=Path, default=CLASSIFIER_DIR, help="Artifact folder.")
        parser.add_argument(
            "--encoder",
            default=ENCODER,
            help=f"Sentence encoder: {', '.join(sorted(LOADERS))} or {E5_TUNED_PREFIX}<version> "
            f"(default {ENCODER}).",
        )
        parser.add_argument("--name", help="Artifact version name (default: a timestamp).")
        parser.add_argument(
            "--features",
            choices=["both", "embedding", "char"],
            default="both",
            help="Which features the head sees (comparisons; the artifact uses both).",
        )
        parser.add_argument(
            "--C", type=float, default=REGULARISATION, dest="C", help="Inverse L2 strength."
        )
        parser.add_argument(
            "--char-weight",
            type=float,
            default=CHAR_WEIGHT,
            help="The character n-grams' weight next to the sentence embedding's 1.",
        )
        parser.add_argument(
            "--benign-weight",
            type=float,
            default=BENIGN_WEIGHT,
            help="Benign rows' total weight relative to the harmful rows'.",
        )
        parser.add_argument(
            "--no-segments",
            action="store_true",
            help="The head reads the joined text only, not the caption's embedding beside it "
            "(artifacts up to v5; comparisons).",
        )
        parser.add_argument(
            "--caption-alone",
            action="store_true",
            help="Also score the caption alone and keep each harmful class's higher score "
            "(artifacts up to v5; comparisons).",
        )
        parser.add_argument(
            "--neighbours-k",
            type=int,
            default=NEIGHBOURS_K,
            help="How many nearest train rows of each category the neighbour features average.",
        )
        parser.add_argument(
            "--neighbours-weight",
            type=float,
            default=NEIGHBOURS_WEIGHT,
            help="The neighbour features' weight next to the embedding's 1 (0: none, as up to v9).",
        )
        parser.add_argument(
            "--no-prompt-weight",
            type=float,
            default=NO_PROMPT_WEIGHT,
            help="The weight of the marker for a text with no prompt (a comment; 0: none, as "
            "shipped).",
        )
        parser.add_argument(
            "--no-refit",
            action="store_true",
            help="The artifact's head is the one fitted on train alone, not fitted again on "
            "train and validation once the thresholds are chosen (up to v10; comparisons).",
        )
        parser.add_argument(
            "--tuned-weight",
            type=float,
            default=TUNED_WEIGHT,
            help="The share of a fine-tuned copy of e5's last layer and its head in the "
            "probabilities (0: none, as up to v11; needs the int8 e5 encoder).",
        )
        parser.add_argument(
            "--tuned-seed",
            type=int,
            default=TUNED_SEED,
            help="The tuned head's start and the batches' order (whether a figure is one "
            "seed's luck).",
        )
        parser.add_argument(
            "--thresholds-from",
            metavar="VERSION",
            help="Keep this artifact's thresholds instead of choosing them on validation (a "
            "corpus change judged at the operating point it replaces).",
        )
        parser.add_argument(
            "--start",
            metavar="VERSION",
            help="Start the head's fit from this artifact's weights instead of zero (fewer "
            "iterations; the head then depends a little on the start, which the artifact "
            "records).",
        )
        parser.add_argument(
            "--block-margin",
            type=float,
            help="How far over its threshold a category must be for the classifier alone to "
            f"block (relative; default {BLOCK_MARGIN}, or the --thresholds-from version's).",
        )
        parser.add_argument(
            "--review-threshold",
            type=float,
            help="The harm score (1 - benign) at which the classifier holds a text, instead of "
            "the one chosen on validation or kept with --thresholds-from.",
        )
        parser.add_argument("--cache", type=Path, help="Keep embeddings here between runs.")
        parser.add_argument(
            "--train-sample", type=int, help="Fit on this many train rows (seeded; comparisons)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Measure only; write no artifact."
        )
        parser.add_argument("--json", action="store_true", help="End with one JSON line.")

    def handle(self, *args: Any, **options: Any) -> None:
        features = options["features"]
        try:
            result = classifier_train(
                corpus_dir=options["corpus"],
                out_root=None if options["dry_run"] else options["out"],
                encoder_name=options["encoder"],
                embedding_weight=0.0 if features == "char" else 1.0,
                char_weight=0.0 if features == "embedding" else options["char_weight"],
                regularisation=options["C"],
                benign_weight=options["benign_weight"],
                caption_alone=CAPTION_ALONE or options["caption_alone"],
                segments=SEGMENTS and not options["no_segments"],
                neighbours_k=options["neighbours_k"],
                neighbours_weight=options["neighbours_weight"],
                no_prompt_weight=options["no_prompt_weight"],
                cache_dir=options["cache"],
                version=options["name"],
                write_split=not options["dry_run"],
                train_sample=options["train_sample"],
                refit=REFIT and not options["no_refit"],
                tuned_weight=options["tuned_weight"],
                tuned_seed=options["tuned_seed"],
                thresholds_from=options["thresholds_from"],
                block_margin=options["block_margin"],
                review_threshold=options["review_threshold"],
                start_from=options["start"],
            )
        except (CorpusError, ValueError) as exc:  # ValueError: options that do not go together
            raise CommandError(str(exc)) from exc
        except FileExistsError as exc:
            raise CommandError(f"That artifact version already exists: {exc.filename}") from exc
        classifier_reset()
        spec = result.spec
        self.stdout.write(
            f"{spec['corpus']['rows']} rows, {spec['corpus']['families']} families "
            f"({', '.join(f'{k} {v}' for k, v in spec['corpus']['per_split'].items())}); "
            f"encoder {spec['encoder']['name']}; {result.seconds:.0f} s"
        )
        self.stdout.write(f"thresholds: {json.dumps(spec['thresholds'])}")
        self.stdout.write(
            f"{'split':12} {'n':>5} {'harmful rec':>11} {'block rec':>9} {'minor rec':>9} "
            f"{'benign FPR':>10} {'category':>8}"
        )
        for name, row in spec["metrics"].items():
            if row is None:
                self.stdout.write(
                    f"{name:12} not measured: the thresholds are kept and the head is fitted "
                    "once, on train and validation"
                )
                continue
            self.stdout.write(
                f"{name:12} {row['n']:>5} {_show(row['harmful_recall']):>11} "
                f"{_show(row['block_recall']):>9} {_show(row['minor_sexual_recall']):>9} "
                f"{_show(row['benign_fpr']):>10} {_show(row['category_accuracy']):>8}"
            )
        if result.directory is not None:
            self.stdout.write(f"wrote {result.directory} (now CURRENT)")
        if options["json"]:
            summary = {
                "version": spec["version"],
                "encoder": spec["encoder"]["name"],
                "features": features,
                "seconds": round(result.seconds, 1),
                "thresholds": spec["thresholds"],
                "metrics": {
                    name: None
                    if row is None
                    else {k: v for k, v in row.items() if k != "per_category"}
                    for name, row in spec["metrics"].items()
                },
            }
            self.stdout.write(json.dumps(summary))
