"""Whether fitting the classifier's head again on train and validation helps, judged without the
test split: the decision behind ``REFIT`` in ``apps/moderation/screening/training.py``.

Builds a copy of the corpus in a temporary folder where the test split's families are left out
and validation's families (the independent sets' included) are cut in two by a hash of the
family: one half chooses the thresholds (it plays validation), the other is reported (it plays
test). Trains there with and without the refit (same features, same thresholds procedure) and
prints the reported half's figures for both, classifier alone, then one JSON line. With
``--tuned``, both runs refit the head and the second also trains the tuned layer again
(``TUNED_REFIT``); ``--salt`` cuts validation another way.

Run: .venv/bin/python bench/moderation_refit.py [--cache var/emb] [--tuned] [--salt S]
Needs no database; about 4 minutes with the embeddings cached, 7 without (a tuned layer adds
2-4 minutes a run).
"""

import argparse
import csv
import hashlib
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import django

django.setup()

from apps.moderation.screening import training
from bench._common import json_last_line


def _half(family: str, salt: str) -> str:
    share = int(hashlib.sha256(f"{salt}:{family}".encode()).hexdigest()[:8], 16)
    return "test" if share % 2 else "validation"


def world_write(folder: Path, salt: str = "v1v2") -> None:
    """The corpus without its test split, validation cut in two (independent sets renamed so
    that they are split like the rest)."""
    rows = training.corpus_read()
    seed, stored = training.split_read()
    families = training.families_assign(rows, stored=stored, seed=seed)
    kept = {family for family, split in families.items() if split != "test"}
    for path in training.corpus_paths():
        with path.open(newline="", encoding="utf-8") as handle:
            source = [row for row in csv.DictReader(handle) if row["family"].strip() in kept]
        name = path.name.replace(training.INDEPENDENT_PREFIX, "blind_")
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=training.CORPUS_COLUMNS)
            writer.writeheader()
            writer.writerows(source)
    corrections = training.CORPUS_DIR / training.CORRECTIONS_FILE
    if corrections.is_file():
        ids = {row.id for row in rows if row.family in kept}
        with corrections.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            fixes = [row for row in reader if row["id"] in ids]
            fields = reader.fieldnames or []
        with (folder / training.CORRECTIONS_FILE).open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=fields)
            writer.writeheader()
            writer.writerows(fixes)
    split = {
        family: "train" if families[family] == "train" else _half(family, salt) for family in kept
    }
    training.split_write(folder, seed, split)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="Keep embeddings here between runs.")
    parser.add_argument(
        "--tuned", action="store_true", help="Compare the refit without and with the tuned layer."
    )
    parser.add_argument("--salt", default="v1v2", help="How validation is cut in two.")
    args = parser.parse_args()
    runs = (
        {"refit": (True, False), "refit, tuned too": (True, True)}
        if args.tuned
        else {"train alone": (False, False), "refit": (True, False)}
    )

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        world_write(Path(folder), args.salt)
        for name, (refit, tuned_refit) in runs.items():
            result = training.classifier_train(
                corpus_dir=Path(folder),
                out_root=None,
                cache_dir=args.cache,
                write_split=False,
                refit=refit,
                tuned_refit=tuned_refit,
            )
            reported = result.spec["metrics"]["test"]
            results[name] = {
                key: reported[key] for key in ("n", "harmful_recall", "block_recall", "benign_fpr")
            }
            print(
                f"{name:16} reported half n={reported['n']}: harmful recall "
                f"{reported['harmful_recall']:.3f}, block recall {reported['block_recall']:.3f}, "
                f"benign FP {reported['benign_fpr']:.3f} ({result.seconds:.0f} s)",
                flush=True,
            )
    json_last_line(results)


if __name__ == "__main__":
    main()
