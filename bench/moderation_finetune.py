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
from torch.nn import functional

from apps.moderation.screening import e5_modules, encoders, training
from apps.moderation.screening.classifier import caption_scored_alone, texts_join
from apps.moderation.screening.e5_int8 import CALIBRATION, OUTLIER_PEAK, E5Int8
from bench._common import json_last_line

SCALE = 20.0  # unit vectors times this are the head's input: logits of a useful range
BATCH = 32


class States:
    """Every text's token states after the frozen layers, and the trainable top layers."""

    def __init__(self, texts: list[str], layers: int, device: str) -> None:
        e5 = E5Int8(
            encoders.e5_weights_path(),
            max_tokens=encoders.E5_MAX_TOKENS,
            max_chars=encoders.E5_MAX_CHARS,
            outlier_peak=None,  # the float model: its top layers are the ones trained
        )
        model = e5.model()
        self.device = torch.device(device)
        self.top = copy.deepcopy(model.layers[-layers:]).to(self.device)
        calibration = [torch.from_numpy(e5._words(e5.ids(text))) for text in CALIBRATION]
        frozen = e5_modules.quantise(model, calibration, OUTLIER_PEAK)
        self.index = {text: i for i, text in enumerate(texts)}
        self.rows: list[torch.Tensor] = []
        with torch.inference_mode():
            for text in texts:
                words = torch.from_numpy(e5._words(e5.ids(text)))
                x = frozen.norm(words + frozen.positions[: words.shape[0]])
                for layer in frozen.layers[:-layers]:
                    x = layer(x)
                self.rows.append(x.clone())

    def pooled(self, top: torch.nn.ModuleList, ids: list[int]) -> torch.Tensor:
        """Unit-length mean of each text's final token states, the batch padded and masked."""
        length = max(len(self.rows[i]) for i in ids)
        x = torch.zeros(len(ids), length, self.rows[0].shape[1])
        mask = torch.zeros(len(ids), length, dtype=torch.bool)
        for n, i in enumerate(ids):
            x[n, : len(self.rows[i])], mask[n, : len(self.rows[i])] = self.rows[i], True
        x, mask = x.to(self.device), mask.to(self.device)
        for block in top:
            x = _block(block, x, mask)
        mean = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return functional.normalize(mean, dim=1)

    def vectors(self, top: torch.nn.ModuleList) -> np.ndarray:
        with torch.no_grad():
            chunks = [
                self.pooled(top, list(range(start, min(start + 256, len(self.rows)))))
                for start in range(0, len(self.rows), 256)
            ]
        return torch.cat(chunks).cpu().numpy()


def _block(block: e5_modules.Block, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """``e5_modules.Block.forward`` for a padded batch."""
    batch, length, hidden = x.shape
    heads = block.heads
    qkv = block.qkv(x).view(batch, length, 3, heads, hidden // heads).permute(2, 0, 3, 1, 4)
    attended = functional.scaled_dot_product_attention(
        qkv[0], qkv[1], qkv[2], attn_mask=mask[:, None, None, :]
    )
    x = block.norm1(x + block.out(attended.transpose(1, 2).reshape(batch, length, hidden)))
    return block.norm2(x + block.down(functional.gelu(block.up(x))))


def _inputs(states: States, rows: list[training.CorpusRow]) -> tuple[list[int], list[int]]:
    joined = [states.index[row.text] for row in rows]
    captions = [
        states.index[texts_join("", row.caption)]
        if caption_scored_alone(row.prompt, row.caption)
        else -1
        for row in rows
    ]
    return joined, captions


def _features(
    vectors: torch.Tensor, where: dict[int, int] | None, joined: list[int], captions: list[int]
) -> torch.Tensor:
    """The head's input: the joined text's vector and the caption's (zeros where a row has none);
    ``where`` maps a text's index to its row of ``vectors`` (None: the same)."""
    where = where or {i: i for i in range(len(vectors))}
    zero = torch.zeros(vectors.shape[1], device=vectors.device)
    caption_rows = [vectors[where[c]] if c >= 0 else zero for c in captions]
    return torch.cat([vectors[[where[j] for j in joined]], torch.stack(caption_rows)], 1) * SCALE


def fine_tune(
    states: States, rows: list[training.CorpusRow], epochs: int, seed: int = 0
) -> tuple[torch.nn.Module, torch.nn.Module]:
    """Train a linear head on ``rows`` over the untuned vectors, then ``states.top`` and a copy of
    that head together; returns both heads (untuned, tuned)."""
    torch.manual_seed(seed)
    joined, captions = _inputs(states, rows)
    device = states.device
    labels = torch.tensor([training.CLASSES.index(row.category) for row in rows], device=device)
    weights = torch.tensor(training._sample_weights(rows, training.BENIGN_WEIGHT)).float()
    weights = weights.to(device)
    head = torch.nn.Linear(2 * states.rows[0].shape[1], len(training.CLASSES)).to(device)
    # The head first, on the untuned vectors, so that the layers' first steps follow a sensible
    # gradient rather than a random head's.
    every = sorted(set(joined) | {c for c in captions if c >= 0})
    with torch.no_grad():
        start = torch.cat(
            [states.pooled(states.top, every[i : i + 256]) for i in range(0, len(every), 256)]
        )
    x = _features(start, {i: n for n, i in enumerate(every)}, joined, captions)
    optimiser = torch.optim.AdamW(head.parameters(), lr=1e-2, weight_decay=1e-4)
    for _ in range(300):
        optimiser.zero_grad()
        (functional.cross_entropy(head(x), labels, reduction="none") * weights).mean().backward()
        optimiser.step()
    untuned_head = copy.deepcopy(head)
    groups = [{"params": states.top.parameters(), "lr": 5e-5}, {"params": head.parameters()}]
    optimiser = torch.optim.AdamW(groups, lr=1e-3, weight_decay=0.01)
    steps = epochs * -(-len(rows) // BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, step / 50) * max(0.0, 1 - step / steps)
    )
    order = torch.Generator().manual_seed(seed)
    for epoch in range(epochs):
        started, total = time.monotonic(), 0.0
        for batch in torch.randperm(len(rows), generator=order).split(BATCH):
            picked = batch.tolist()
            j, c = [joined[i] for i in picked], [captions[i] for i in picked]
            needed = sorted(set(j) | {i for i in c if i >= 0})
            vectors = states.pooled(states.top, needed)
            x = _features(vectors, {i: n for n, i in enumerate(needed)}, j, c)
            loss = functional.cross_entropy(head(x), labels[batch], reduction="none")
            loss = (loss * weights[batch]).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(picked)
        print(
            f"epoch {epoch}: loss {total / len(rows):.4f} ({time.monotonic() - started:.0f} s)",
            flush=True,
        )
    return untuned_head, head


def _figures(probabilities: np.ndarray, rows: list[training.CorpusRow]) -> dict[str, float]:
    """Validation's figures with thresholds chosen on validation, as ``classifier_train`` does."""
    thresholds = training.thresholds_choose(probabilities, rows)
    found = training.figures_at(probabilities, rows, thresholds)
    return {key: found[key] for key in ("harmful_recall", "block_recall", "benign_fpr")}


def _classifier(name: str, states: States, vectors: np.ndarray) -> training.TrainResult:
    """``training.classifier_train`` (first fit, nothing written) on these embeddings, given
    as an encoder that looks every corpus text up in them."""

    def encode(texts: list[str]) -> np.ndarray:
        return vectors[[states.index[text] for text in texts]]

    encoders.LOADERS[name] = lambda: encoders.Encoder(
        name=name, weights_sha256="", dim=vectors.shape[1], encode=encode
    )
    return training.classifier_train(
        out_root=None, encoder_name=name, write_split=False, refit=False
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

    rows = training.corpus_read()
    seed, stored = training.split_read()
    splits = training.rows_split(rows, training.families_assign(rows, stored=stored, seed=seed))
    texts = sorted(
        {row.text for row in rows}
        | {
            texts_join("", row.caption)
            for row in rows
            if caption_scored_alone(row.prompt, row.caption)
        }
    )
    started = time.monotonic()
    torch.set_num_threads(1)  # one short text at a time: a second thread only waits
    states = States(texts, options.layers, options.device)
    print(
        f"{len(texts)} texts through the frozen layers ({time.monotonic() - started:.0f} s)",
        flush=True,
    )
    torch.set_num_threads(os.cpu_count() or 1)
    untuned = states.vectors(copy.deepcopy(states.top))
    untuned_head, tuned_head = fine_tune(states, splits["train"], options.epochs, options.seed)
    heads = {"untuned": untuned_head, "tuned": tuned_head}
    vectors = {"untuned": untuned, "tuned": states.vectors(states.top)}

    validation = splits["validation"]
    joined, captions = _inputs(states, validation)
    alone, probabilities, results = {}, {}, {}
    for name in ("untuned", "tuned"):
        with torch.no_grad():
            tensor = torch.from_numpy(vectors[name]).to(states.device)
            x = _features(tensor, None, joined, captions)
            alone[name] = torch.softmax(heads[name](x), 1).double().cpu().numpy()
        results[f"{name} head alone"] = _figures(alone[name], validation)
    for name in ("untuned", "tuned"):
        trained = _classifier(f"e5-top{options.layers}-{name}", states, vectors[name])
        probabilities[name] = trained.probabilities["validation"]
        results[f"classifier, {name}"] = _figures(probabilities[name], validation)
    for name in ("untuned", "tuned"):
        for weight in (0.25, 0.5):
            mixed = (1 - weight) * probabilities["untuned"] + weight * alone[name]
            results[f"classifier untuned + {weight} x {name} head"] = _figures(mixed, validation)
    for name, found in results.items():
        print(
            f"{name:42} validation harmful {found['harmful_recall']:.3f}, "
            f"block {found['block_recall']:.3f}, benign FP {found['benign_fpr']:.3f}"
        )
    json_last_line(results)


if __name__ == "__main__":
    main()
