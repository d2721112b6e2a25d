"""Measure the text screener on a labelled CSV: what it catches, what it wrongly holds, how fast.

    python manage.py moderation_eval PATH.csv [--json] [--show-misses] [--classifier DIR]
    python manage.py moderation_eval --split test [--json] [--show-misses] [--classifier DIR]
        [--review-threshold R] [--block-margin M]

Columns: ``id,prompt,caption,label,category,note`` (and ``lang``, when present, for a table per
language); ``label`` is allow, review or block. ``--split`` measures one split of the corpus in
the repository instead of a file. With ``--json`` the last line printed is one JSON object with
the figures. ``--show-misses`` lists what the screener got wrong, grouped by category.
``--classifier`` screens with another artifact version's folder than the one ``CURRENT`` names
(a version measured before it ships, or one to roll back to); ``--review-threshold`` at another
review threshold than the artifact's (choosing one on validation, whole screener: artifacts v52
and v53, docs/benchmarks.md), ``--block-margin`` at another block margin. ``benign_blocked`` and
``review_blocked`` count the innocent texts and the texts labelled review that were blocked
outright rather than held for a moderator.

Latency per item is reported twice: wall time (``p50_ms``/``p95_ms``, what a user waits on
an otherwise idle machine) and the process's CPU time (``cpu_p50_ms``/``cpu_p95_ms``, every
thread of the process, the encoder's included), which other work on the same cores inflates far
less: a wall figure taken under load says little, the CPU figure still says what an item costs.
"""

import csv
import json
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.moderation.models import Verdict
from apps.moderation.screening.classifier import classifier_operating_point, classifier_use
from apps.moderation.screening.text import text_screen, text_screener_warm

COLUMNS = ("id", "prompt", "caption", "label", "category", "note")
IN_SAMPLE = (
    "note: {path} is an independent set the corpus trains on (corpus/sets.json): "
    "these figures are in-sample, not evidence of how the screener reads unseen text"
)
LABELS = {"allow", "review", "block"}


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return round(ordered[index], 2)


def rows_read(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise CommandError(f"No such file: {path}")
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [name for name in COLUMNS if name not in (reader.fieldnames or [])]
            if missing:
                raise CommandError(
                    f"{path}: missing column(s) {', '.join(missing)}; expected {','.join(COLUMNS)}"
                )
            rows = list(reader)
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path}: not UTF-8 text ({exc})") from exc
    except csv.Error as exc:
        raise CommandError(f"{path}: not a readable CSV ({exc})") from exc
    for number, row in enumerate(rows, start=2):
        if (row.get("label") or "").strip() not in LABELS:
            raise CommandError(
                f"{path}, line {number}: label {row.get('label')!r} is not allow, review or block"
            )
    if not rows:
        raise CommandError(f"{path}: no rows")
    return rows


def figures(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts and rates for one group of scored rows."""
    harmful = [r for r in results if r["label"] != "allow"]
    blocks = [r for r in results if r["label"] == "block"]
    benign = [r for r in results if r["label"] == "allow"]
    caught = sum(r["verdict"] != Verdict.ALLOW for r in harmful)
    blocks_caught = sum(r["verdict"] == Verdict.BLOCK for r in blocks)
    false_positives = sum(r["verdict"] != Verdict.ALLOW for r in benign)
    benign_blocked = sum(r["verdict"] == Verdict.BLOCK for r in benign)
    review_blocked = sum(r["verdict"] == Verdict.BLOCK for r in results if r["label"] == "review")
    flagged = caught + false_positives
    precision = ratio(caught, flagged)
    recall = ratio(caught, len(harmful))
    f1 = (
        round(2 * precision * recall / (precision + recall), 4)
        if precision is not None and recall is not None and precision + recall
        else None
    )
    return {
        "n": len(results),
        "harmful": len(harmful),
        "harmful_caught": caught,
        "harmful_recall": recall,
        "blocks": len(blocks),
        "blocks_caught": blocks_caught,
        "block_recall": ratio(blocks_caught, len(blocks)),
        "benign": len(benign),
        "benign_false_positives": false_positives,
        "benign_fpr": ratio(false_positives, len(benign)),
        "benign_blocked": benign_blocked,
        "review_blocked": review_blocked,
        "precision": precision,
        "f1": f1,
    }


def _show(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


class Command(BaseCommand):
    help = "Evaluate the text screener on a labelled CSV (id,prompt,caption,label,category,note)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path, nargs="?")
        parser.add_argument(
            "--split",
            choices=["train", "validation", "test"],
            help="Measure a split of the repository's corpus instead of a file.",
        )
        parser.add_argument(
            "--classifier",
            type=Path,
            help="Screen with this artifact version's folder instead of the one CURRENT names.",
        )
        parser.add_argument(
            "--review-threshold",
            type=float,
            help="Screen at this review threshold (the harm score at which the classifier holds "
            "a text) instead of the artifact's; its block thresholds stay.",
        )
        parser.add_argument(
            "--block-margin",
            type=float,
            help="Screen at this block margin (how far over its block threshold a category must "
            "be for the classifier alone to block) instead of the artifact's.",
        )
        parser.add_argument("--json", action="store_true", help="End with one JSON line.")
        parser.add_argument(
            "--show-misses", action="store_true", help="List the rows the screener got wrong."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if (options["path"] is None) == (options["split"] is None):
            raise CommandError("Give either a CSV path or --split, not both and not neither.")
        rows = rows_read(options["path"]) if options["path"] else split_rows(options["split"])
        note = in_sample_note(options["path"]) if options["path"] else None
        if note:
            self.stdout.write(note)
        try:
            if options["classifier"]:
                classifier_use(options["classifier"])
            if options["review_threshold"] is not None or options["block_margin"] is not None:
                classifier_operating_point(
                    review=options["review_threshold"], block_margin=options["block_margin"]
                )
            text_screener_warm()
        except Exception as exc:
            raise CommandError(
                f"The text screener cannot start: {type(exc).__name__}: {exc}"
            ) from exc
        for row in rows[:10]:  # warm the code paths too, untimed
            text_screen(prompt=row["prompt"], caption=row["caption"])

        results: list[dict[str, Any]] = []
        for row in rows:
            started, cpu_started = time.perf_counter(), time.process_time()
            screening = text_screen(prompt=row["prompt"], caption=row["caption"])
            elapsed_ms = (time.perf_counter() - started) * 1000
            cpu_ms = (time.process_time() - cpu_started) * 1000
            results.append(
                {
                    "id": row["id"],
                    "label": row["label"].strip(),
                    "category": (row["category"] or "").strip() or "uncategorised",
                    "lang": (row.get("lang") or "").strip(),
                    "verdict": screening.verdict,
                    "got_category": screening.category,
                    "rule": screening.rule,
                    "error": screening.error,
                    "ms": elapsed_ms,
                    "cpu_ms": cpu_ms,
                }
            )

        by_category: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for result in results:
            by_category[result["category"]].append(result)
        per_category = {name: figures(group) for name, group in sorted(by_category.items())}
        overall = figures(results)
        latencies = [result["ms"] for result in results]
        overall["p50_ms"] = round(statistics.median(latencies), 2)
        overall["p95_ms"] = _percentile(latencies, 0.95)
        cpu_times = [result["cpu_ms"] for result in results]
        overall["cpu_p50_ms"] = round(statistics.median(cpu_times), 2)
        overall["cpu_p95_ms"] = _percentile(cpu_times, 0.95)
        errors = sum(bool(result["error"]) for result in results)

        self._print_table(per_category, overall, errors)
        languages = sorted({result["lang"] for result in results if result["lang"]})
        if languages:
            self.stdout.write("")
            self._print_table(
                {lang: figures([r for r in results if r["lang"] == lang]) for lang in languages},
                overall,
                errors,
                label="language",
            )
        if options["show_misses"]:
            self._print_misses(results, rows)
        if options["json"]:
            summary = {
                key: overall[key]
                for key in ("n", "harmful_recall", "block_recall", "benign_fpr", "f1")
            }
            summary.update(
                {key: overall[key] for key in ("p50_ms", "p95_ms", "cpu_p50_ms", "cpu_p95_ms")}
            )
            summary["per_category"] = per_category
            self.stdout.write(json.dumps(summary, sort_keys=False))

    def _print_table(
        self,
        per_category: dict[str, dict[str, Any]],
        overall: dict[str, Any],
        errors: int,
        label: str = "category",
    ) -> None:
        header = (
            f"{label:24} {'n':>4} {'harmful':>9} {'blocks':>9} {'benign FP':>10} "
            f"{'precision':>9} {'recall':>7} {'F1':>6}"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for name, row in [*per_category.items(), ("overall", overall)]:
            self.stdout.write(
                f"{name:24} {row['n']:>4} "
                f"{row['harmful_caught']:>4}/{row['harmful']:<4} "
                f"{row['blocks_caught']:>4}/{row['blocks']:<4} "
                f"{row['benign_false_positives']:>5}/{row['benign']:<4} "
                f"{_show(row['precision']):>9} {_show(row['harmful_recall']):>7} "
                f"{_show(row['f1']):>6}"
            )
        self.stdout.write(
            f"harmful recall {_show(overall['harmful_recall'])}, "
            f"block recall {_show(overall['block_recall'])}, "
            f"benign false-positive rate {_show(overall['benign_fpr'])}; "
            f"latency per item p50 {overall['p50_ms']} ms, p95 {overall['p95_ms']} ms "
            f"(CPU time p50 {overall['cpu_p50_ms']} ms, p95 {overall['cpu_p95_ms']} ms)"
            + (f"; {errors} screener error(s)" if errors else "")
        )

    def _print_misses(self, results: list[dict[str, Any]], rows: list[dict[str, str]]) -> None:
        text_by_id = {row["id"]: (row["prompt"], row["caption"]) for row in rows}
        by_category: dict[str, list[str]] = defaultdict(list)
        for result in results:
            missed = result["label"] != "allow" and result["verdict"] == Verdict.ALLOW
            weak = result["label"] == "block" and result["verdict"] == Verdict.REVIEW
            false_positive = result["label"] == "allow" and result["verdict"] != Verdict.ALLOW
            if missed or weak or false_positive:
                kind = "missed" if missed else "review-not-block" if weak else "false-positive"
                prompt, caption = text_by_id[result["id"]]
                by_category[result["category"]].append(
                    f"  {kind:16} {result['id']} -> {result['verdict']} "
                    f"{result['got_category'] or '-'} ({result['rule'] or ''}) "
                    f"[{result['lang'] or '?'}] | {prompt} | {caption}"
                )
        for category, lines in sorted(by_category.items()):
            self.stdout.write(f"{category} ({len(lines)} wrong)")
            for line in lines:
                self.stdout.write(line)


def in_sample_note(path: Path) -> str | None:
    """The note printed before the figures of a set the corpus trains on (they are in-sample),
    or None for any other file."""
    from apps.moderation.screening.training import trained_on

    return IN_SAMPLE.format(path=path) if trained_on(path) else None


def split_rows(split: str) -> list[dict[str, str]]:
    from apps.moderation.screening.training import CorpusError, rows_by_split

    try:
        corpus = rows_by_split(split)
    except CorpusError as exc:
        raise CommandError(str(exc)) from exc
    return [
        {
            "id": row.id,
            "prompt": row.prompt,
            "caption": row.caption,
            "label": row.label,
            "category": row.category,
            "note": row.note,
            "lang": row.lang,
        }
        for row in corpus
    ]
