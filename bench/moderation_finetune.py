"""Whether fine-tuning the sentence encoder's top layers on the corpus helps the text classifier,
judged on validation (the test split is never read).

e5's first layers run as shipped (int8) once per corpus text and every token's state is kept;
the top ``--layers`` layers (float, from the same file) and a linear head over the joined text's
and the caption's pooled vectors (the artifact's two segments) are then trained on the train
split with the artifact's class weighting (the head first alone, on the untuned vectors). The
whole classifier (n-grams, neighbours, logistic head, thresholds chosen on validation:
``training.classifier_train``, first fit) is built on the tuned layers' embeddings and on the
same layers untuned, and validation's figures are printed for both, for each linear head alone,
and for the untuned classifier's probabilities averaged with each head's.

Run: .venv/bin/python bench/moderation_finetune.py [--layers 1] [--epochs 2] [--seed 0]
    [--device cpu]
Needs no database; about 7 minutes for one layer on two idle cores (2 to run the frozen layers,
20 s per epoch, 2 per classifier), 11 for two layers.
"""

import argparse
import copy
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

import numpy as np
import torch

from apps.moderation.screening import encoders, training, tuned, tuned_encoder
from bench._common import json_last_line


def corpus_states(
    layers: int, device: str
) -> tuple[dict[str, list[training.CorpusRow]], tuned.States]:
    """The corpus's stored splits, and every text's states before the top ``layers`` (torch
    left on every core after)."""
    rows = training.corpus_read()
    seed, stored = training.split_read()
    splits = training.rows_split(rows, training.families_assign(rows, stored=stored, seed=seed))
    texts = tuned.texts_needed(rows)
    started = time.monotonic()
    states = tuned.States.before(tuned_encoder.float_base(), texts, layers, device)
    print(
        f"{len(texts)} texts through the frozen layers ({time.monotonic() - started:.0f} s)",
        flush=True,
    )
    torch.set_num_threads(os.cpu_count() or 1)
    return splits, states


def train_top(
    states: tuned.States, train: list[training.CorpusRow], epochs: int, seed: int
) -> tuple[torch.nn.Linear, torch.nn.Linear]:
    """``tuned_encoder.layers_train`` (what ``moderation_tune_encoder`` runs) on the train rows:
    the heads before and after tuning (``states.top`` is tuned in place)."""
    return tuned_encoder.layers_train(
        states, train, epochs=epochs, seed=seed, report=lambda line: print(line, flush=True)
    )


def _figures(probabilities: np.ndarray, rows: list[training.CorpusRow]) -> dict[str, float]:
    """Validation's figures with thresholds chosen on validation, as ``classifier_train`` does."""
    thresholds = training.thresholds_choose(probabilities, rows)
    found = training.figures_at(probabilities, rows, thresholds)
    return {key: found[key] for key in ("harmful_recall", "block_recall", "benign_fpr")}


def _classifier(name: str, states: tuned.States, vectors: np.ndarray) -> training.TrainResult:
    """``training.classifier_train`` (first fit, nothing written) on these embeddings, given
    as an encoder that looks every corpus text up in them."""

    def encode(texts: list[str]) -> np.ndarray:
        return vectors[[states.index[text] for text in texts]]

    encoders.LOADERS[name] = lambda: encoders.Encoder(
        name=name, weights_sha256="", dim=vectors.shape[1], encode=encode
    )
    return training.classifier_train(
        out_root=None, encoder_name=name, write_split=False, refit=False, tuned_weight=0.0
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layers", type=int, default=1, help="Top layers to train (1-12).")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0, help="The head's start and the order.")
    parser.add_argument(
        "--device",
        default="cpu",
        help="Where the top layers train (cuda on a GPU machine; the frozen layers run on the "
        "CPU, int8 as shipped). Only cpu has been run.",
    )
    options = parser.parse_args()

    splits, states = corpus_states(options.layers, options.device)
    untuned = states.vectors(copy.deepcopy(states.top))
    untuned_head, tuned_head = train_top(states, splits["train"], options.epochs, options.seed)
    heads = {"untuned": untuned_head, "tuned": tuned_head}
    vectors = {"untuned": untuned, "tuned": states.vectors(states.top)}

    validation = splits["validation"]
    joined, captions = states.inputs(validation)
    alone, probabilities, results = {}, {}, {}
    for name in ("untuned", "tuned"):
        with torch.no_grad():
            tensor = torch.from_numpy(vectors[name]).to(states.device)
            x = tuned.features(tensor, None, joined, captions)
            alone[name] = torch.softmax(heads[name](x), 1).double().cpu().numpy()
        results[f"{name} head alone"] = _figures(alone[name], validation)
    for name in ("untuned", "tuned"):
        trained = _classifier(f"e5-top{options.layers}-{name}", states, vectors[name])
        probabilities[name] = trained.probabilities["validation"]
        results[f"classifier, {name}"] = _figures(probabilities[name], validation)
    for name in ("untuned", "tuned"):
        for weight in (0.25, 0.5):
            mixed = tuned.mix(probabilities["untuned"], alone[name], weight)
            results[f"classifier untuned + {weight} x {name} head"] = _figures(mixed, validation)
    for name, found in results.items():
        print(
            f"{name:42} validation harmful {found['harmful_recall']:.3f}, "
            f"block {found['block_recall']:.3f}, benign FP {found['benign_fpr']:.3f}"
        )
    json_last_line(results)


if __name__ == "__main__":
    main()
