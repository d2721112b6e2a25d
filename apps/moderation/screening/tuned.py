"""A copy of e5's last layer fine-tuned on the corpus, with a linear head, mixed into the
classifier's probabilities (artifact v15 on).

The classifier (``classifier.py``) reads frozen e5 vectors: e5 was never taught the guidelines,
so wordings the corpus never showed lie where its vectors put them. Here the last layer itself
is trained, on the train split, together with a linear head over the joined text's and the
caption's pooled vectors (the classifier's two segments), from the states the shipped int8
model gives before its last layer. Screening runs the shipped last layer (for the classifier)
and this copy (for the head) on the same states, so the lower layers run once
(``E5Int8.encode_tuned``); the two heads' probabilities are averaged, this one's with
``training.TUNED_WEIGHT``, and the thresholds are chosen on the mix. Measured on validation first
(``bench/moderation_finetune.py``, docs/benchmarks.md): one tuned layer, mixed at 0.25, gave
+2.7 to +3.4 points of block recall over three seeds at the same false-positive rate; two
layers did not help further, and the same head on untuned vectors did not help at all. Held
out, over three seeds, whole screener: block recall +1.2 to +5.9 points on the blind sets C,
D and F (self-harm and harassment most), -0.2 to -0.9 on the test split, 0.1-1.0 points more
false positives.

The layer's weights are kept in the artifact as float16 (3.5 MB), rounded before the final
vectors are computed, so the thresholds are chosen on exactly what screening computes. This
module imports torch (``classifier.py`` imports it only for an artifact with a tuned layer).
"""

import copy
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import torch
from torch.nn import functional

from apps.moderation.screening import e5_modules
from apps.moderation.screening.classifier import softmax
from apps.moderation.screening.e5_int8 import OUTLIER_PEAK, E5Int8

SCALE = 20.0  # unit vectors times this are the head's input: logits of a useful range
BATCH = 32
LAYER_LR = 5e-5
HEAD_LR = 1e-3
HEAD_STEPS = 300  # full-batch steps of the head alone on the untuned vectors, before tuning
# Threads while training: a fixed number, so that the sums run in the same order on any
# machine and the same corpus gives the same layer (two is what CI and this machine have).
THREADS = 2
PREFIX = "tuned."  # the layer's and head's arrays in the artifact's weights file


class States:
    """Every text's token states before the layers being tuned, the text's index, and the
    layers (``top``: float, trainable)."""

    def __init__(self, texts: list[str], rows: list[torch.Tensor], top: torch.nn.ModuleList):
        self.index = {text: i for i, text in enumerate(texts)}
        self.rows = rows
        self.top = top
        self.device = next(top.parameters()).device

    @classmethod
    def of_e5(cls, model: E5Int8, texts: list[str]) -> "States":
        """States before the last layer as screening computes them (the shipped int8 model's),
        and that layer in float32 to tune."""
        with ThreadPoolExecutor(max_workers=THREADS) as pool:  # one torch thread each
            rows = list(pool.map(model.penultimate, texts))
        return cls(texts, rows, torch.nn.ModuleList([model.layer_float(model.sizes.layers - 1)]))

    @classmethod
    def before(cls, model: E5Int8, texts: list[str], layers: int, device: str = "cpu") -> "States":
        """States before the top ``layers`` layers as the shipped int8 model computes them (its
        lower layers quantised as when it is built, run eagerly, one text at a time), and
        those layers in float32 to train. ``model`` is the float one (``outlier_peak`` None)."""
        split = model.model()
        full = e5_modules.Encoder(
            [*split.lower.layers, split.top], split.lower.norm, split.lower.positions
        )
        top = copy.deepcopy(full.layers[-layers:]).to(torch.device(device))
        frozen = e5_modules.quantise(full, model.calibration(), OUTLIER_PEAK)
        lower = e5_modules.Encoder(
            [cast(e5_modules.Block, layer) for layer in frozen.layers[:-layers]],
            frozen.norm,
            frozen.positions,
        )
        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # one short text at a time: a second thread only waits
        try:
            with torch.inference_mode():
                rows = [
                    lower(torch.from_numpy(model.words(model.ids(text)))).clone() for text in texts
                ]
        finally:
            torch.set_num_threads(threads)
        return cls(texts, rows, top)

    def pooled(self, top: torch.nn.ModuleList, ids: list[int]) -> torch.Tensor:
        """Unit-length mean of each text's final token states, the batch padded and masked."""
        length = max(len(self.rows[i]) for i in ids)
        x = torch.zeros(len(ids), length, self.rows[0].shape[1])
        mask = torch.zeros(len(ids), length, dtype=torch.bool)
        for n, i in enumerate(ids):
            x[n, : len(self.rows[i])], mask[n, : len(self.rows[i])] = self.rows[i], True
        x, mask = x.to(self.device), mask.to(self.device)
        for block in top:
            x = cast(e5_modules.Block, block).batched(x, mask)
        mean = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return functional.normalize(mean, dim=1)

    def vectors(self, top: torch.nn.ModuleList) -> np.ndarray:
        """(texts, dim) of every text, through ``top`` in batches."""
        with torch.no_grad():
            chunks = [
                self.pooled(top, list(range(start, min(start + 256, len(self.rows)))))
                for start in range(0, len(self.rows), 256)
            ]
        return torch.cat(chunks).cpu().numpy()

    def inputs(self, rows: Sequence[Any]) -> tuple[list[int], list[int]]:
        """Each corpus row's joined text's index, and its caption's (-1 where the caption is not
        read on its own: the classifier reads zeros there too)."""
        joined = [self.index[row.text] for row in rows]
        captions = [self.index[row.caption_text] if row.caption_alone else -1 for row in rows]
        return joined, captions


def texts_needed(rows: Sequence[Any]) -> list[str]:
    """Every text the classifier encodes for ``rows``: each joined text and each caption read
    on its own, sorted."""
    return sorted(
        {row.text for row in rows} | {row.caption_text for row in rows if row.caption_alone}
    )


def features(
    vectors: torch.Tensor, where: dict[int, int] | None, joined: list[int], captions: list[int]
) -> torch.Tensor:
    """The head's input: the joined text's vector and the caption's (zeros where a row has none);
    ``where`` maps a text's index to its row of ``vectors`` (None: the same)."""
    where = where or {i: i for i in range(len(vectors))}
    zero = torch.zeros(vectors.shape[1], device=vectors.device)
    caption_rows = [vectors[where[c]] if c >= 0 else zero for c in captions]
    return torch.cat([vectors[[where[j] for j in joined]], torch.stack(caption_rows)], 1) * SCALE


def fine_tune(
    states: States,
    rows: Sequence[Any],
    labels: list[int],
    weights: np.ndarray,
    *,
    classes: int,
    epochs: int,
    seed: int,
    report: Callable[[str], None] | None = None,
) -> tuple[torch.nn.Linear, torch.nn.Linear]:
    """Train a linear head on ``rows`` (class indices ``labels`` of ``classes``, sample
    ``weights``) over the untuned
    vectors, then ``states.top`` and a copy of that head together, in place; returns both heads
    (untuned, tuned)."""
    torch.manual_seed(seed)
    joined, captions = states.inputs(rows)
    device = states.device
    target = torch.tensor(labels, device=device)
    weight = torch.tensor(weights).float().to(device)
    head = torch.nn.Linear(2 * states.rows[0].shape[1], classes).to(device)
    # The head first, on the untuned vectors, so that the layer's first steps follow a sensible
    # gradient rather than a random head's.
    every = sorted(set(joined) | {c for c in captions if c >= 0})
    with torch.no_grad():
        start = torch.cat(
            [states.pooled(states.top, every[i : i + 256]) for i in range(0, len(every), 256)]
        )
    x = features(start, {i: n for n, i in enumerate(every)}, joined, captions)
    optimiser = torch.optim.AdamW(head.parameters(), lr=1e-2, weight_decay=1e-4)
    for _ in range(HEAD_STEPS):
        optimiser.zero_grad()
        (functional.cross_entropy(head(x), target, reduction="none") * weight).mean().backward()
        optimiser.step()
    untuned_head = copy.deepcopy(head)
    groups: list[dict[str, Any]] = [
        {"params": states.top.parameters(), "lr": LAYER_LR},
        {"params": head.parameters()},
    ]
    optimiser = torch.optim.AdamW(groups, lr=HEAD_LR, weight_decay=0.01)
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
            x = features(vectors, {i: n for n, i in enumerate(needed)}, j, c)
            loss = functional.cross_entropy(head(x), target[batch], reduction="none")
            loss = (loss * weight[batch]).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item() * len(picked)
        if report:
            report(
                f"epoch {epoch}: loss {total / len(rows):.4f} ({time.monotonic() - started:.0f} s)"
            )
    return untuned_head, head


def mix(classifier: np.ndarray, head: np.ndarray, weight: float) -> np.ndarray:
    """``classifier``'s probabilities averaged with ``head``'s, these at ``weight``."""
    out: np.ndarray = (1.0 - weight) * classifier + weight * head
    return out


@dataclass
class Tuned:
    """The tuned layer (traced, run on the states before e5's last layer), the head over the
    pooled vectors of the joined text and the caption, and the head's share of the mix."""

    layer: Any  # a frozen TorchScript module: (tokens, hidden) -> (tokens, hidden)
    layer_weights: dict[str, np.ndarray]  # its state, float16, as the artifact keeps it
    coef: np.ndarray  # (classes, 2 * dim)
    intercept: np.ndarray  # (classes,)
    weight: float

    @classmethod
    def of(cls, block: e5_modules.Block, head: torch.nn.Linear, weight: float) -> "Tuned":
        """From a trained layer and head; the layer's weights rounded to float16 first, as the
        artifact keeps them."""
        block = copy.deepcopy(block).cpu().eval()
        layer_weights = {
            name: value.detach().numpy().astype(np.float16)
            for name, value in block.state_dict().items()
        }
        block.load_state_dict(
            {
                name: torch.from_numpy(value.astype(np.float32))
                for name, value in layer_weights.items()
            }
        )
        return cls(
            layer=e5_modules.frozen(block, torch.zeros(2, block.qkv.in_features)),
            layer_weights=layer_weights,
            coef=head.weight.detach().cpu().numpy().astype(np.float32),
            intercept=head.bias.detach().cpu().numpy().astype(np.float32),
            weight=weight,
        )

    @classmethod
    def load(cls, arrays: dict[str, np.ndarray], weight: float, model: E5Int8) -> "Tuned":
        """From the artifact's arrays (``arrays``'s keys), in ``model``'s sizes; raises
        KeyError or ValueError where they do not fit."""
        block = model.layer_float(model.sizes.layers - 1)
        layer_weights = {name: arrays[PREFIX + name] for name in block.state_dict()}
        block.load_state_dict(  # RuntimeError on a shape that does not fit
            {
                name: torch.from_numpy(value.astype(np.float32))
                for name, value in layer_weights.items()
            }
        )
        coef, intercept = arrays[PREFIX + "head.weight"], arrays[PREFIX + "head.bias"]
        if coef.shape != (len(intercept), 2 * model.dim):
            raise ValueError(f"the tuned head is {coef.shape}, not (classes, {2 * model.dim})")
        return cls(
            layer=e5_modules.frozen(block.eval(), torch.zeros(2, model.dim)),
            layer_weights=layer_weights,
            coef=coef.astype(np.float32),
            intercept=intercept.astype(np.float32),
            weight=weight,
        )

    def arrays(self) -> dict[str, np.ndarray]:
        """What the artifact keeps: the layer's weights in float16 and the head's in float32."""
        arrays = {PREFIX + name: value for name, value in self.layer_weights.items()}
        arrays[PREFIX + "head.weight"] = self.coef
        arrays[PREFIX + "head.bias"] = self.intercept
        return arrays

    def probabilities(self, joined: np.ndarray, captions: np.ndarray) -> np.ndarray:
        """(texts, classes) from the tuned vectors of each joined text and of its caption
        (zeros where it has none)."""
        x = np.concatenate([joined, captions], axis=1) * SCALE
        return softmax(x @ self.coef.T + self.intercept)

    def mix(self, classifier: np.ndarray, tuned: np.ndarray) -> np.ndarray:
        """The classifier's probabilities averaged with this head's."""
        return mix(classifier, tuned, self.weight)

    def rows_probabilities(self, model: E5Int8, states: States, rows: Sequence[Any]) -> np.ndarray:
        """``probabilities`` for corpus ``rows``, each text run through the layer on its own, as
        screening runs it."""
        joined, captions = states.inputs(rows)
        needed = sorted(set(joined) | {c for c in captions if c >= 0})
        vectors = model.pooled([states.rows[i] for i in needed], self.layer)
        where = {i: n for n, i in enumerate(needed)}
        zero = np.zeros(model.dim, dtype=np.float32)
        return self.probabilities(
            vectors[[where[j] for j in joined]],
            np.stack([vectors[where[c]] if c >= 0 else zero for c in captions]),
        )
