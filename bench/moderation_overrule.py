"""What the classifier's overruling of uncertain rules changes (``OVERRULE_HARM`` in
``apps/moderation/screening/text.py``): the whole screener on each labelled set as it decides,
and as it would decide if every overruled match still acted (the screener before guidelines
version 5), with how many benign and harmful rows changed verdict.

Run: .venv/bin/python bench/moderation_overrule.py test apps/moderation/data/independent_c.csv
(corpus split names or labelled CSV paths). Needs the database's rules (``manage.py migrate``).
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

from apps.moderation.management.commands.moderation_eval import figures, rows_read, split_rows
from apps.moderation.models import Verdict
from apps.moderation.screening.text import text_screen
from bench._common import json_last_line

SPLITS = ("train", "validation", "test")


def _before(evidence: list[dict]) -> str:
    """The verdict with every rule match acting, overruled or not."""
    actions = {item["action"] for item in evidence if item.get("rule")}
    return Verdict.BLOCK if "block" in actions else Verdict.REVIEW if actions else Verdict.ALLOW


def _rates(numbers: dict) -> str:
    rates = [numbers[key] for key in ("harmful_recall", "block_recall", "benign_fpr")]
    shown = " / ".join("-" if rate is None else f"{rate:.3f}" for rate in rates)
    return f"{shown} ({numbers['benign_false_positives']} of {numbers['benign']})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="Corpus split names or labelled CSV paths.")
    results = {}
    for name in parser.parse_args().sets:
        rows = split_rows(name) if name in SPLITS else rows_read(Path(name))
        before, after = [], []
        for row in rows:
            screening = text_screen(prompt=row["prompt"], caption=row["caption"])
            after.append({"label": row["label"], "verdict": screening.verdict})
            before.append({"label": row["label"], "verdict": _before(screening.evidence)})
        changed = [
            b["label"] for b, a in zip(before, after, strict=True) if b["verdict"] != a["verdict"]
        ]
        was, now = figures(before), figures(after)
        results[name] = {
            "before": was,
            "after": now,
            "benign_changed": changed.count("allow"),
            "harmful_changed": len(changed) - changed.count("allow"),
        }
        print(
            f"{Path(name).name:24} n={len(rows):5}  harmful / block / benign FP  before "
            f"{_rates(was)}  after {_rates(now)}  changed: {changed.count('allow')} benign, "
            f"{len(changed) - changed.count('allow')} harmful",
            flush=True,
        )
    json_last_line(results)


if __name__ == "__main__":
    main()
