"""Whether fine-tuning every layer of e5 on the corpus helps the whole screener on held-out sets.

``bench/moderation_finetune.py --layers 12`` measured it on validation only; this runs the same
training (``tuned.fine_tune``: the train split, the artifact's class weights, AdamW, the head
first alone), rounds the tuned encoder to int8 as the shipped one is (``e5_modules.quantise``,
the same calibration texts and outlier rule, traced), builds a classifier artifact on its vectors
in a scratch folder (``training.classifier_train``, the shipped settings, no tuned copy of the
last layer beside it), and screens the named sets with the whole screener (``text_screen``),
first with the artifact ``CURRENT`` names, then with the trial one. Nothing in the repository is
written: the trial artifact and the trained layers (``top.pt``) stay in a scratch folder outside
it, whose path is printed. Validation is no report here (the trial head is refitted on it).

Run: .venv/bin/python bench/moderation_finetune_full.py test \
    apps/moderation/data/independent_c.csv [--layers 12] [--epochs 2] [--seed 0] [--skip-current]
About 25 minutes on two idle cores with every layer trained (12 of them training). Needs the
database's rules.
"""

import argparse
import copy
import hashlib
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

import torch

from apps.moderation.management.commands.moderation_eval import (
    _percentile,
    figures,
    rows_read,
    split_rows,
)
from apps.moderation.screening import classifier, e5_modules, encoders, training, tuned_encoder
from apps.moderation.screening.e5_int8 import E5Int8
from apps.moderation.screening.text import text_screen
from bench._common import json_last_line
from bench.moderation_finetune import corpus_states, train_top

SPLITS = ("train", "validation", "test")
TRIAL = "e5-small-int8-tuned-trial"


def shipped_float() -> tuple[list[e5_modules.Block], e5_modules.Encoder]:
    """The shipped encoder's layers in float32, in order, and its lower part (which holds the
    embeddings' norm and positions): what trained layers are copied from and put back into."""
    split = tuned_encoder.float_base().model()
    return [*split.lower.layers, split.top], split.lower


def _tuned_encoder(top: torch.nn.ModuleList) -> encoders.Encoder:
    """The int8 encoder with ``top`` (its top layers, trained) in place of the shipped ones,
    rounded as ``tuned_encoder.py`` stores a version."""
    layers, _ = shipped_float()
    every = [*layers[: len(layers) - len(top)], *copy.deepcopy(top).cpu()]
    e5 = E5Int8(
        encoders.e5_weights_path(),
        max_tokens=encoders.E5_MAX_TOKENS,
        max_chars=encoders.E5_MAX_CHARS,
        tuned_layers=tuned_encoder.layers_of(
            tuned_encoder.layer_arrays(every), tuned_encoder.float_base()
        ),
    )
    e5.model()
    digest = hashlib.sha256(
        b"".join(p.detach().numpy().tobytes() for p in top.parameters())
    ).hexdigest()
    return encoders.Encoder(
        name=TRIAL,
        weights_sha256=digest,
        dim=e5.dim,
        encode=e5.encode,
        tokens=e5.token_count,
        model=e5,
    )


def screen(names: list[str], label: str) -> dict[str, dict]:
    """The whole screener's figures on each set (and on set G's halves), harmful caught and
    blocked per category, and its p50 / p95 per item; printed and returned."""
    results = {}
    for name in names:
        rows = split_rows(name) if name in SPLITS else rows_read(Path(name))
        groups: dict[str, list[dict]] = {name: []}
        text_screen(prompt=rows[0]["prompt"], caption=rows[0]["caption"])  # warm-up
        times = []
        for row in rows:
            started = time.perf_counter()
            verdict = text_screen(prompt=row["prompt"], caption=row["caption"]).verdict
            times.append(1000 * (time.perf_counter() - started))
            scored = {"label": row["label"], "verdict": verdict, "category": row["category"]}
            groups[name].append(scored)
            if row.get("id", "")[:3] in ("G1-", "G2-"):  # set G's halves: decision set, report
                groups.setdefault(f"{name}:{row['id'][:2]}", []).append(scored)
        for group, scored in groups.items():
            found = figures(scored)
            harmful = [s for s in scored if s["label"] != "allow"]
            caught = Counter(s["category"] for s in harmful if s["verdict"] != "allow")
            blocked = Counter(s["category"] for s in harmful if s["verdict"] == "block")
            totals = sorted(Counter(s["category"] for s in harmful).items())
            found["caught_by_category"] = {
                category: f"{caught[category]}/{total}" for category, total in totals
            }
            found["blocked_by_category"] = {
                category: f"{blocked[category]}/{total}" for category, total in totals
            }
            found["p50_ms"], found["p95_ms"] = (
                round(_percentile(times, q), 1) for q in (0.5, 0.95)
            )
            results[group] = found
            print(
                f"{label:6} {Path(group).name:28} harmful {found['harmful_recall']:.3f}, block "
                f"{found['block_recall']:.3f}, benign FP {found['benign_fpr']:.3f} "
                f"({found['benign_false_positives']} of {found['benign']})  "
                f"p50 / p95 {found['p50_ms']} / {found['p95_ms']} ms  "
                f"{found['caught_by_category']}",
                flush=True,
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="Corpus split names or labelled CSV paths.")
    parser.add_argument("--layers", type=int, default=12, help="Top layers to train (1-12).")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument(
        "--skip-current", action="store_true", help="Do not screen with CURRENT's artifact first."
    )
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()

    results = {} if options.skip_current else {"current": screen(options.sets, "before")}

    started = time.monotonic()
    splits, states = corpus_states(options.layers, "cpu")
    train_top(states, splits["train"], options.epochs, options.seed)
    print(f"trained ({time.monotonic() - started:.0f} s)", flush=True)
    encoders.screening_threads()  # as the shipped encoder's loader sets them: comparable times
    trial = _tuned_encoder(states.top)
    encoders.LOADERS[TRIAL] = lambda: trial
    scratch = Path(tempfile.mkdtemp(prefix="clipmix-ft-"))
    torch.save(states.top.state_dict(), scratch / "top.pt")
    built = training.classifier_train(
        out_root=scratch,
        encoder_name=TRIAL,
        write_split=False,
        tuned_weight=0.0,
        version="trial",
        cache_dir=scratch,
    )
    print(
        f"classifier built ({time.monotonic() - started:.0f} s): {built.spec.get('metrics')}",
        flush=True,
    )
    classifier.CLASSIFIER_DIR = scratch
    classifier.classifier_reset()
    results["trial"] = screen(options.sets, "trial")
    print(f"scratch folder {scratch}", flush=True)
    json_last_line(results)


if __name__ == "__main__":
    main()
