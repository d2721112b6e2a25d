"""How the zero-tolerance arm's classifier readings separate, with the shipped artifact and with
a trial one built on a fine-tuned encoder (the scratch folder ``moderation_finetune_full.py``
prints).

The arm's domain is a text with a minor indicated that the minors word check does not catch:
there ``text_screen`` blocks when the classifier's sexual reading of the joined text reaches
``MINOR_SEXUAL_PROBABILITY`` and that of the text with the minor's words replaced reaches
``MINOR_SEXUAL_INTENT``. Per set and artifact this prints how many minor_sexual rows of the
domain the arm catches, how many innocent rows with a minor it blocks, and each row's closeness
to the thresholds (the smaller of its two readings over its threshold; 1 or more blocks), so
that thresholds for another encoder can be judged without screening again.

With ``--hybrid`` it screens the sets instead (the whole screener), once with ``CURRENT`` and
once with the trial classifier deciding while the arm keeps reading ``CURRENT``'s: whether an
arm left on the untuned encoder keeps what the tuned one gains.

Run: .venv/bin/python bench/moderation_minor_arm.py /tmp/clipmix-ft-XXXX (or an artifact folder) \
    [train validation apps/moderation/data/independent_d.csv] [--hybrid]
"""

import argparse
import copy
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

import torch

from apps.moderation.management.commands.moderation_eval import rows_read, split_rows
from apps.moderation.screening import classifier, encoders, text
from apps.moderation.screening.minors import minor_indication, minors_sexualised
from apps.moderation.screening.normalize import normalize
from bench._common import json_last_line
from bench.moderation_finetune_full import TRIAL, _tuned_encoder, screen, shipped_float

SPLITS = ("train", "validation", "test")


def _domain(rows: list[dict[str, str]]) -> list[tuple[dict[str, str], str]]:
    """The rows (with their normalised text) the arm decides: a minor indicated, the word check
    silent."""
    found = []
    for row in rows:
        parts = [part for part in (normalize(row["prompt"]), normalize(row["caption"])) if part]
        joined = "\n".join(parts)
        if joined and minor_indication(joined) and not minors_sexualised(joined):
            found.append((row, joined))
    return found


def _closeness(row: dict[str, str], normalised: str) -> float:
    screener = classifier.classifier_current()
    joined, _ = screener.readings(prompt=row["prompt"], caption=row["caption"])
    sexual = text._sexual(joined)
    intent = text._sexual(screener.scores(prompt=text._intent_text(normalised), caption=""))
    return min(sexual / text.MINOR_SEXUAL_PROBABILITY, intent / text.MINOR_SEXUAL_INTENT)


def _report(sets: dict[str, list], label: str) -> dict[str, dict]:
    results = {}
    for name, domain in sets.items():
        harmful = sorted(
            _closeness(*item) for item in domain if item[0]["category"] == "minor_sexual"
        )
        innocent = sorted(
            (_closeness(*item) for item in domain if item[0]["label"] == "allow"), reverse=True
        )
        found = {
            "minor_sexual": len(harmful),
            "caught": sum(value >= 1 for value in harmful),
            "lowest_caught": [round(value, 2) for value in harmful[:5]],
            "innocent": len(innocent),
            "blocked": sum(value >= 1 for value in innocent),
            "highest_innocent": [round(value, 2) for value in innocent[:5]],
        }
        results[name] = found
        print(
            f"{label:6} {Path(name).name:28} minor_sexual {found['caught']} / {len(harmful)} "
            f"caught (lowest {found['lowest_caught']}), innocent {found['blocked']} / "
            f"{len(innocent)} blocked (highest {found['highest_innocent']})",
            flush=True,
        )
    return results


def _trial_load(scratch: Path) -> None:
    """The scratch folder's artifact in place of the shipped one, with its encoder: the layers
    ``moderation_finetune_full.py`` left there, or (without them) the tuned encoder version the
    artifact names (an artifact folder ``moderation_train --out`` wrote)."""
    classifier.CLASSIFIER_DIR = scratch
    classifier.classifier_reset()
    if not (scratch / "top.pt").is_file():
        return
    state = torch.load(scratch / "top.pt")
    layers = len({key.split(".")[0] for key in state})
    top = torch.nn.ModuleList(copy.deepcopy(shipped_float()[0][-layers:]))
    top.load_state_dict(state)
    trial = _tuned_encoder(top)
    encoders.LOADERS[TRIAL] = lambda: trial


def _hybrid(shipped: Any, trial: Any) -> None:
    """``text_screen`` with ``trial`` deciding and the arm reading ``shipped``."""
    evidence = text._classifier_evidence

    def hybrid(ruleset: Any, prompt: str, caption: str, normalised: str) -> list[dict[str, Any]]:
        text.classifier_current = lambda: trial
        found = evidence(ruleset, prompt, caption, "")
        if normalised and minor_indication(normalised):
            text.classifier_current = lambda: shipped
            arm = evidence(ruleset, prompt, caption, normalised)
            found = [item for item in arm if item.get("kind") == text.ZERO_TOLERANCE] + found
        return found

    text._classifier_evidence = hybrid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "scratch",
        type=Path,
        help="The folder moderation_finetune_full printed, or an artifact folder with CURRENT.",
    )
    parser.add_argument(
        "sets",
        nargs="*",
        default=["train", "validation", "apps/moderation/data/independent_d.csv"],
        help="Corpus split names or labelled CSV paths.",
    )
    parser.add_argument(
        "--hybrid", action="store_true", help="Screen with the trial deciding, the arm on CURRENT."
    )
    options = parser.parse_args()
    encoders.screening_threads()
    if options.hybrid:
        shipped = classifier.classifier_current()
        results = {"current": screen(options.sets, "before")}
        _trial_load(options.scratch)
        _hybrid(shipped, classifier.classifier_current())
        results["hybrid"] = screen(options.sets, "hybrid")
        json_last_line(results)
        return
    sets = {
        name: _domain(split_rows(name) if name in SPLITS else rows_read(Path(name)))
        for name in options.sets
    }
    results = {"current": _report(sets, "before")}
    _trial_load(options.scratch)
    results["trial"] = _report(sets, "trial")
    json_last_line(results)


if __name__ == "__main__":
    main()
