"""The fine-tuned copy of e5's last layer (``tuned.py``) and the split encoder it runs in."""

import numpy as np
import pytest
import torch
from torch import nn

from apps.moderation.screening.e5_modules import Block
from apps.moderation.screening.encoders import E5_INT8_NAME, encoder_get
from apps.moderation.screening.tuned import Tuned

TEXTS = [
    "make him look like an astronaut",
    "haz que parezca una portada de revista",
    "put the cat in a tiny crown 👑",
]


@pytest.fixture(scope="module")
def e5():
    return encoder_get(E5_INT8_NAME).model


def _block(hidden: int = 32, ffn: int = 64) -> Block:
    torch.manual_seed(0)
    return Block(
        nn.Linear(hidden, 3 * hidden),
        nn.Linear(hidden, hidden),
        nn.LayerNorm(hidden),
        nn.Linear(hidden, ffn),
        nn.Linear(ffn, hidden),
        nn.LayerNorm(hidden),
        heads=4,
    ).eval()


def test_a_padded_batch_runs_each_text_as_it_runs_alone():
    block, hidden = _block(), 32
    texts = [torch.randn(length, hidden) for length in (5, 2, 9)]
    batch = torch.zeros(len(texts), 9, hidden)
    mask = torch.zeros(len(texts), 9, dtype=torch.bool)
    for n, text in enumerate(texts):
        batch[n, : len(text)], mask[n, : len(text)] = text, True

    with torch.no_grad():
        out = block.batched(batch, mask)
        for n, text in enumerate(texts):  # padding changes nothing a real token sees
            torch.testing.assert_close(out[n, : len(text)], block(text), atol=1e-5, rtol=1e-4)


def _tuned(e5, head_seed: int = 0) -> Tuned:
    """A "tuned" layer that is e5's own last layer in float32, with a random head."""
    torch.manual_seed(head_seed)
    head = nn.Linear(2 * e5.dim, 11)
    return Tuned.of(e5.layer_float(e5.sizes.layers - 1), head, weight=0.25)


def test_the_tuned_layer_reads_the_same_states_as_the_shipped_last_layer(e5):
    tuned = _tuned(e5)

    shipped, mine = e5.encode_tuned(TEXTS, tuned.layer)

    np.testing.assert_array_equal(shipped, e5.encode(TEXTS))
    # The same layer in float32 on the same states: the vectors differ only by int8's rounding
    # (a layer run on the wrong states would land far away).
    assert ((shipped * mine).sum(axis=1) > 0.995).all()
    states = [e5.penultimate(text) for text in TEXTS]
    np.testing.assert_allclose(e5.pooled(states, tuned.layer), mine, atol=1e-6)
    np.testing.assert_allclose(e5.pooled(states), shipped, atol=1e-6)


def test_the_artifacts_arrays_give_back_the_same_layer_and_head(e5):
    tuned = _tuned(e5)

    again = Tuned.load(tuned.arrays(), 0.25, e5)

    assert tuned.arrays()["tuned.up.weight"].dtype == np.float16
    np.testing.assert_array_equal(
        e5.encode_tuned(TEXTS, again.layer)[1], e5.encode_tuned(TEXTS, tuned.layer)[1]
    )
    np.testing.assert_array_equal(again.coef, tuned.coef)


def test_arrays_of_another_shape_are_refused(e5):
    arrays = _tuned(e5).arrays()
    arrays["tuned.up.weight"] = arrays["tuned.up.weight"][:, :100]

    with pytest.raises(RuntimeError, match="size mismatch"):
        Tuned.load(arrays, 0.25, e5)
    with pytest.raises(KeyError):
        Tuned.load({k: v for k, v in arrays.items() if k != "tuned.norm1.bias"}, 0.25, e5)


def test_the_mix_is_a_weighted_average_that_sums_to_one(e5):
    tuned = _tuned(e5)
    classifier = np.array([[0.9, 0.1], [0.2, 0.8]])
    head = np.array([[0.5, 0.5], [1.0, 0.0]])

    mixed = tuned.mix(classifier, head)

    np.testing.assert_allclose(mixed, [[0.8, 0.2], [0.4, 0.6]])
    np.testing.assert_allclose(mixed.sum(axis=1), 1.0)
