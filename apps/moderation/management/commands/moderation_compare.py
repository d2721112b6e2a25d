"""Compare two classifier artifacts on the same labelled rows, verdict by verdict: what a new
version would change before it replaces the one ``CURRENT`` names.

    python manage.py moderation_compare BASE_DIR NEW_DIR PATH.csv [PATH.csv ...] [--split test]
        [--json]

Every row is screened by the whole screener twice, once with each artifact folder (rules and
zero tolerance included, as ``moderation_eval --classifier`` screens). It prints each file's and
the summed figures for both (harmful recall, block recall, benign false positives, innocent texts
blocked outright, minor_sexual caught), then, over the rows whose verdict changed, what the new
version gains and loses: harmful texts caught, texts to block blocked, innocent texts allowed,
each with the sign test's z, (gained - lost) / sqrt(gained + lost). Summed figures over many
rows move by noise; the paired counts say whether the rows that changed changed one way.
Columns as ``moderation_eval``'s. With ``--json`` the last line is one JSON object.
"""

import json
import math
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.moderation.management.commands.moderation_eval import (
    figures,
    in_sample_note,
    ratio,
    rows_read,
    split_rows,
)
from apps.moderation.models import Category, Verdict
from apps.moderation.screening.classifier import classifier_reset, classifier_use
from apps.moderation.screening.text import text_screen, text_screener_warm

# (name, the rows it counts, the outcome that is right for them)
PAIRED = (
    ("harmful caught", lambda label: label != "allow", lambda verdict: verdict != Verdict.ALLOW),
    ("to block blocked", lambda label: label == "block", lambda verdict: verdict == Verdict.BLOCK),
    ("innocent allowed", lambda label: label == "allow", lambda verdict: verdict == Verdict.ALLOW),
)


def summary(labels: list[str], categories: list[str], verdicts: list[str]) -> dict[str, Any]:
    """One artifact's figures over some rows (labels, categories and its verdicts, in order):
    ``moderation_eval``'s, with the innocent texts blocked outright and minor_sexual caught."""
    rows = list(zip(labels, categories, verdicts, strict=True))
    counted = figures([{"label": label, "verdict": verdict} for label, _, verdict in rows])
    benign = [verdict for label, _, verdict in rows if label == "allow"]
    minors = [
        verdict
        for label, category, verdict in rows
        if label != "allow" and category == Category.MINOR_SEXUAL
    ]
    return {
        **{key: counted[key] for key in ("n", "harmful_recall", "block_recall", "benign_fpr")},
        "benign_blocked": ratio(sum(v == Verdict.BLOCK for v in benign), len(benign)),
        "minor_sexual_caught": sum(v != Verdict.ALLOW for v in minors),
        "minor_sexual": len(minors),
    }


def paired(labels: list[str], base: list[str], new: list[str]) -> dict[str, dict[str, Any]]:
    """Per kind of outcome, the rows the new verdicts got right that the base's did not
    (gained), the reverse (lost), and the sign test's z over those changed rows."""
    out: dict[str, dict[str, Any]] = {}
    for name, counts, right in PAIRED:
        gained = lost = 0
        for label, before, after in zip(labels, base, new, strict=True):
            if counts(label) and right(before) != right(after):
                gained += right(after)
                lost += right(before)
        changed = gained + lost
        z = round((gained - lost) / math.sqrt(changed), 2) if changed else 0.0
        out[name] = {"gained": gained, "lost": lost, "z": z}
    return out


class Command(BaseCommand):
    help = "Compare two classifier artifacts verdict by verdict on labelled CSVs."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("base", type=Path, help="The artifact folder in use (the base).")
        parser.add_argument("new", type=Path, help="The artifact folder that would replace it.")
        parser.add_argument("paths", type=Path, nargs="*", help="Labelled CSV files.")
        parser.add_argument(
            "--split",
            choices=["train", "validation", "test"],
            help="Also compare on this split of the repository's corpus.",
        )
        parser.add_argument("--json", action="store_true", help="End with one JSON line.")

    def handle(self, *args: Any, **options: Any) -> None:
        sets: dict[str, list[dict[str, str]]] = {}
        if options["split"]:
            sets[options["split"]] = split_rows(options["split"])
        for path in options["paths"]:
            sets[str(path)] = rows_read(path)
            note = in_sample_note(path)
            if note:
                self.stdout.write(note)
        if not sets:
            raise CommandError("Give at least one CSV path or --split.")
        rows = [row for group in sets.values() for row in group]
        try:
            verdicts = {
                name: self._verdicts(directory, rows)
                for name, directory in (("base", options["base"]), ("new", options["new"]))
            }
        finally:
            classifier_reset()  # back to the artifact CURRENT names

        labels = [row["label"].strip() for row in rows]
        categories = [(row["category"] or "").strip() for row in rows]
        report: dict[str, Any] = {"sets": {}}
        start = 0
        for name, group in sets.items():
            part = slice(start, start + len(group))
            start += len(group)
            report["sets"][name] = {
                side: summary(labels[part], categories[part], verdicts[side][part])
                for side in ("base", "new")
            }
        report["summed"] = {
            side: summary(labels, categories, verdicts[side]) for side in ("base", "new")
        }
        report["paired"] = paired(labels, verdicts["base"], verdicts["new"])
        self._print(report)
        if options["json"]:
            self.stdout.write(json.dumps(report))

    def _verdicts(self, directory: Path, rows: list[dict[str, str]]) -> list[str]:
        try:
            classifier_use(directory)
            text_screener_warm()
        except Exception as exc:
            raise CommandError(
                f"The text screener cannot start with {directory}: {type(exc).__name__}: {exc}"
            ) from exc
        return [
            str(text_screen(prompt=row["prompt"], caption=row["caption"]).verdict) for row in rows
        ]

    def _print(self, report: dict[str, Any]) -> None:
        def line(name: str, side: str, figures: dict[str, Any]) -> str:
            shown = [
                "-" if figures[key] is None else f"{figures[key]:.4f}"
                for key in ("harmful_recall", "block_recall", "benign_fpr", "benign_blocked")
            ]
            return (
                f"{name:32.32} {side:4} {figures['n']:>6} {shown[0]:>8} {shown[1]:>8} "
                f"{shown[2]:>9} {shown[3]:>8} "
                f"{figures['minor_sexual_caught']:>4}/{figures['minor_sexual']:<4}"
            )

        header = (
            f"{'rows':32} {'':4} {'n':>6} {'harmful':>8} {'block':>8} {'benign FP':>9} "
            f"{'blocked':>8} {'minor':>9}"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for name, sides in [*report["sets"].items(), ("summed", report["summed"])]:
            for side in ("base", "new"):
                self.stdout.write(line(Path(name).name, side, sides[side]))
        self.stdout.write("")
        self.stdout.write("rows whose verdict changed, new against base:")
        for name, counts in report["paired"].items():
            self.stdout.write(
                f"  {name:18} gained {counts['gained']:>5}  lost {counts['lost']:>5}  "
                f"z {counts['z']:+.2f}"
            )
