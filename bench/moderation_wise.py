"""A tuned encoder's layers moved part of the way back towards e5's own (WiSE-FT: Wortsman et al.,
"Robust fine-tuning of zero-shot models", 2022): the weight-space mix that kept a fine-tuned
model's accuracy on its own data and regained the base model's robustness on other data.

Writes ``data/encoder/<name>/`` (or ``--root``): every tensor of every layer is
``alpha * tuned + (1 - alpha) * base`` in float32, stored as ``moderation_tune_encoder`` stores a
version (int8 matrices, a scale per row), with the mix recorded in ``encoder.json``. Build a
classifier on it with ``moderation_train --encoder multilingual-e5-small-int8-tuned-<name>``.

Run: .venv/bin/python bench/moderation_wise.py --tuned e1 --alpha 0.5 --name wise50
Needs no database; about a minute.
"""

import argparse
import json
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

from apps.core.files import file_sha256
from apps.moderation.screening import encoders, tuned_encoder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tuned", default="e1", help="The tuned version to start from.")
    parser.add_argument("--alpha", type=float, required=True, help="Weight of the tuned layers.")
    parser.add_argument("--name", required=True, help="The new version's name.")
    parser.add_argument("--root", type=Path, default=tuned_encoder.ENCODER_DIR)
    args = parser.parse_args()
    if not 0.0 <= args.alpha <= 2.0:
        parser.error("--alpha must lie between 0 and 2 (above 1 extrapolates the tuning)")
    started = time.monotonic()
    source = tuned_encoder.ENCODER_DIR / args.tuned
    manifest = tuned_encoder.manifest_read(source)
    base = tuned_encoder.float_base()
    with np.load(source / tuned_encoder.LAYERS_FILE, allow_pickle=False) as stored:
        tuned = tuned_encoder.layers_of({name: stored[name] for name in stored.files}, base)
    for index, layer in enumerate(tuned):
        own = base.layer_float(index).state_dict()
        mixed = {
            name: args.alpha * value + (1.0 - args.alpha) * own[name]
            for name, value in layer.state_dict().items()
        }
        layer.load_state_dict(mixed)
    directory = args.root / args.name
    directory.mkdir(parents=True)
    arrays: dict[str, Any] = tuned_encoder.layer_arrays(tuned)
    np.savez_compressed(directory / tuned_encoder.LAYERS_FILE, **arrays)
    manifest = {
        **manifest,
        "version": args.name,
        "mixed": {"tuned": args.tuned, "alpha": args.alpha, "rest": encoders.E5_INT8_NAME},
        "seconds": round(time.monotonic() - started, 1),
        "layers_sha256": file_sha256(directory / tuned_encoder.LAYERS_FILE),
    }
    (directory / tuned_encoder.MANIFEST_FILE).write_text(
        json.dumps(manifest, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{directory}: alpha {args.alpha} of {args.tuned}, {manifest['seconds']} s")


if __name__ == "__main__":
    main()
