"""A new tuned-encoder version whose layers are a weighted sum of other versions' and e5's own.

Two uses, both measured on 2026-12-05 (``docs/benchmarks.md``):
- WiSE-FT (Wortsman et al., "Robust fine-tuning of zero-shot models", 2022): a tuned encoder
  mixed back towards its base, ``e1:0.75 e5:0.25``, which there kept a fine-tuned model's
  accuracy on its own data and regained the base's robustness on other data; or pushed past
  the tuning, ``e1:1.25 e5:-0.25``;
- a uniform model soup (Wortsman et al., "Model soups", 2022): encoders tuned from the same base
  with other seeds averaged, ``e1:1 /tmp/enc/s0:1 /tmp/enc/s1:1`` (weights are normalised).

A source is ``e5`` (the base, in float32), a version of ``data/encoder/`` or a version's folder.
Writes ``data/encoder/<name>/`` (or ``--root``) as ``moderation_tune_encoder`` writes a version
(int8 matrices, a scale per row), the mix recorded in ``encoder.json``. Build a classifier on
it with ``moderation_train --encoder multilingual-e5-small-int8-tuned-<name>``.

Run: .venv/bin/python bench/moderation_encoder_mix.py --name wise75 e1:0.75 e5:0.25
Needs no database; a few seconds.
"""

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

import numpy as np

from apps.moderation.screening import tuned_encoder

BASE = "e5"


def _states(source: str, base: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Every layer's float32 state of ``source``, and its manifest (empty for the base)."""
    if source == BASE:
        return [base.layer_float(i).state_dict() for i in range(base.sizes.layers)], {}
    folder = Path(source) if "/" in source else tuned_encoder.ENCODER_DIR / source
    manifest = tuned_encoder.manifest_read(folder)
    layers = tuned_encoder.layers_read(folder, base)
    return [layer.state_dict() for layer in layers], manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--name", required=True, help="The new version's name.")
    parser.add_argument("--root", type=Path, default=tuned_encoder.ENCODER_DIR)
    parser.add_argument("sources", nargs="+", help="SOURCE:WEIGHT, SOURCE e5 or a version")
    args = parser.parse_args()
    started = time.monotonic()
    pairs = [item.rsplit(":", 1) for item in args.sources]
    if any(len(pair) != 2 for pair in pairs):
        parser.error("each source is SOURCE:WEIGHT")
    try:
        weights = np.array([float(weight) for _, weight in pairs])
    except ValueError as exc:
        parser.error(f"a weight is not a number ({exc})")
    if abs(weights.sum()) < 1e-9:
        parser.error("the weights sum to zero")
    weights = weights / weights.sum()
    base = tuned_encoder.float_base()
    loaded = [_states(source, base) for source, _ in pairs]
    first = next((found for _, found in loaded if found), None)
    if first is None:
        parser.error("name at least one tuned version")
    mixes = list(zip(weights, (states for states, _ in loaded), strict=True))
    layers = [base.layer_float(i) for i in range(base.sizes.layers)]
    for index, layer in enumerate(layers):
        layer.load_state_dict(
            {
                name: sum(float(w) * states[index][name] for w, states in mixes)
                for name in layer.state_dict()
            }
        )
    trained = ("version", "corpus_sha256", "train_rows", "epochs", "seed")
    manifest = {
        **{key: first[key] for key in ("format", "base", "base_sha256")},
        "version": args.name,
        "mixed": [
            {
                "source": pair[0],
                "weight": round(float(w), 4),
                **{key: found[key] for key in trained if key in found},
            }
            for pair, w, (_, found) in zip(pairs, weights, loaded, strict=True)
        ],
        "seconds": round(time.monotonic() - started, 1),
    }
    directory = args.root / args.name
    manifest = tuned_encoder.version_write(directory, layers, manifest)
    mixed = ", ".join(f"{item['source']} x {item['weight']}" for item in manifest["mixed"])
    print(f"{directory}: {mixed}, {manifest['seconds']} s")


if __name__ == "__main__":
    main()
