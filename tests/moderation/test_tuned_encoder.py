"""e5 with every layer fine-tuned (``tuned_encoder.py``): trained, stored, loaded and refused."""

import copy
import json
from io import StringIO

import numpy as np
import pytest
import torch
from django.core.management import CommandError, call_command

from apps.moderation.screening import encoders, tuned_encoder
from apps.moderation.screening.e5_int8 import E5FileError, E5Int8
from apps.moderation.screening.tuned_encoder import (
    LAYERS_FILE,
    MANIFEST_FILE,
    TunedEncoderError,
    encoder_load,
    encoder_tune,
    float_base,
    layer_arrays,
    layers_of,
    layers_read,
)
from tests.moderation.test_classifier import write_corpus

TEXTS = ["make him look like an astronaut", "haz que parezca una portada de revista", "🔥 lol"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def tuned(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("encoder")
    return encoder_tune(corpus_dir=corpus, out_root=out, version="t1", seed=0), out


def _float_vectors(layers: list, texts: list[str]) -> np.ndarray:
    """The mean of each text's final states through ``layers`` in float32, unit length: what
    the stored encoder must give up to int8's rounding."""
    base = float_base()
    split = base.model()
    rows = []
    with torch.no_grad():
        for text in texts:
            words = torch.from_numpy(base.words(base.ids(text)))
            x = split.lower.norm(words + split.lower.positions[: len(words)])
            for layer in layers:
                x = layer(x)
            rows.append(x.mean(0).numpy())
    rows_array = np.stack(rows)
    return rows_array / np.linalg.norm(rows_array, axis=1, keepdims=True)


def _tune_command(corpus, out, *options: str) -> None:
    """``moderation_tune_encoder`` with ``options`` on ``corpus``, writing under ``out``."""
    call_command(
        "moderation_tune_encoder", *options, f"--corpus={corpus}", f"--out={out}", stdout=StringIO()
    )


def test_training_changes_every_layer_and_writes_a_checked_version(tuned):
    result, out = tuned
    shipped = [float_base().layer_float(index) for index in range(12)]

    assert len(result.layers) == 12
    for mine, theirs in zip(result.layers, shipped, strict=True):
        assert not torch.equal(mine.qkv.weight, theirs.qkv.weight)
    manifest = json.loads((out / "t1" / MANIFEST_FILE).read_text())
    assert manifest["base_sha256"] == encoders.E5_WEIGHTS_SHA256
    assert manifest["epochs"] == 1
    assert manifest["train_rows"] > 0
    assert len(manifest["losses"]) == 1


def test_the_same_corpus_and_seed_give_the_same_layers(corpus, tuned):
    again = encoder_tune(corpus_dir=corpus, out_root=None, version="t1", seed=0)

    for mine, theirs in zip(tuned[0].layers, again.layers, strict=True):
        for (name, a), (_, b) in zip(
            mine.state_dict().items(), theirs.state_dict().items(), strict=True
        ):
            assert torch.equal(a, b), name


def test_stored_matrices_are_int8_within_half_a_step_of_the_trained_ones(tuned):
    layers = tuned[0].layers
    arrays = layer_arrays(layers)

    assert arrays["l0.qkv.weight"].dtype == np.int8
    assert arrays["l0.norm1.weight"].dtype == np.float32
    back = layers_of(arrays, float_base())
    for index, (mine, stored) in enumerate(zip(layers, back, strict=True)):
        step = arrays[f"l{index}.up.weight.scale"]
        error = (mine.up.weight - stored.up.weight).abs().detach().numpy()
        assert (error <= step / 2 + 1e-7).all()
        assert torch.equal(mine.up.bias, stored.up.bias)


def test_training_can_go_on_from_a_stored_version(corpus, tuned):
    first, out = tuned

    again = encoder_tune(corpus_dir=corpus, out_root=out, version="t1more", seed=0, start="t1")

    def distance(layers: list, others: list) -> float:
        return sum(
            float((a.qkv.weight - b.qkv.weight).detach().norm())
            for a, b in zip(layers, others, strict=True)
        )

    # One small corpus's epoch away from t1 as stored (its int8 rounding included), and that
    # rounding plus the epochs away from e5's own layers.
    base = float_base()
    stored = layers_read(out / "t1", base)
    shipped = [base.layer_float(index) for index in range(12)]
    assert distance(again.layers, stored) < distance(again.layers, shipped) / 5
    manifest = json.loads((out / "t1more" / MANIFEST_FILE).read_text())
    assert manifest["start"] == {"version": "t1", "layers_sha256": first.manifest["layers_sha256"]}
    assert json.loads((out / "t1" / MANIFEST_FILE).read_text())["start"] is None


def test_a_start_version_that_is_not_there_is_a_readable_error(corpus, tuned):
    with pytest.raises(CommandError, match="is missing"):
        _tune_command(corpus, tuned[1], "--name=t3", "--start=t9")


def test_the_stored_encoder_gives_the_trained_layers_vectors(tuned):
    result, out = tuned

    encoder = encoder_load("t1", root=out)

    assert encoder.name == encoders.E5_TUNED_PREFIX + "t1"
    assert encoder.weights_sha256 == encoders.file_sha256(out / "t1" / LAYERS_FILE)
    mine = encoder.encode(TEXTS)
    # int8 rounding only; layers run in another order, or the wrong ones, land far away.
    cosines = (mine * _float_vectors(result.layers, TEXTS)).sum(axis=1)
    assert (cosines > 0.995).all(), cosines
    assert (mine * _float_vectors(result.layers[::-1], TEXTS)).sum(axis=1).min() < 0.9


def test_a_version_may_keep_only_the_lower_layers_and_runs_just_those(corpus, tuned):
    first, out = tuned

    cut = encoder_tune(
        corpus_dir=corpus, out_root=out, version="t1cut", seed=0, start="t1", layers=4
    )

    assert len(cut.layers) == 4
    assert json.loads((out / "t1cut" / MANIFEST_FILE).read_text())["layers"] == 4
    stored = layers_read(out / "t1", float_base())[:4]
    for mine, before in zip(cut.layers, stored, strict=True):
        assert not torch.equal(mine.qkv.weight, before.qkv.weight)  # tuned, not only cut
    encoder = encoder_load("t1cut", root=out)
    assert encoder.model.sizes.layers == 4
    cosines = (encoder.encode(TEXTS) * _float_vectors(cut.layers, TEXTS)).sum(axis=1)
    assert (cosines > 0.995).all(), cosines
    assert (encoder.encode(TEXTS) * _float_vectors(first.layers, TEXTS)).sum(axis=1).min() < 0.9


def test_more_layers_than_the_start_has_is_a_readable_error(corpus, tuned):
    with pytest.raises(CommandError, match="--layers must be 1 to 12"):
        _tune_command(corpus, tuned[1], "--name=t4", "--layers=13")
    assert not (tuned[1] / "t4").exists()


def test_tuned_layers_must_fit_and_are_fixed_once_the_model_is_built(tuned):
    result, _ = tuned
    model = E5Int8(
        encoders.e5_weights_path(),
        max_tokens=encoders.E5_MAX_TOKENS,
        max_chars=encoders.E5_MAX_CHARS,
    )

    with pytest.raises(E5FileError, match="13 layers given for a 12-layer model"):
        model.tuned_layers_use([*result.layers, result.layers[0]])
    with pytest.raises(E5FileError, match="0 layers given"):
        model.tuned_layers_use([])
    model.tuned_layers_use(copy.deepcopy(result.layers))
    model.model()
    with pytest.raises(E5FileError, match="built already"):
        model.tuned_layers_use(result.layers)


def test_a_version_is_found_by_its_encoder_name(tuned, monkeypatch):
    monkeypatch.setattr(tuned_encoder, "ENCODER_DIR", tuned[1])
    monkeypatch.setattr(encoders, "_loaded", {})

    encoder = encoders.encoder_get(encoders.E5_TUNED_PREFIX + "t1")

    assert encoder.model is not None
    assert encoder.encode(TEXTS).shape == (3, 384)


def test_corrupt_layers_are_refused(tuned, tmp_path):
    (tmp_path / "t1").mkdir()
    for name in (MANIFEST_FILE, LAYERS_FILE):
        (tmp_path / "t1" / name).write_bytes((tuned[1] / "t1" / name).read_bytes())
    with (tmp_path / "t1" / LAYERS_FILE).open("ab") as handle:
        handle.write(b"\0")

    with pytest.raises(TunedEncoderError, match="corrupt or replaced"):
        encoder_load("t1", root=tmp_path)


def test_layers_tuned_from_other_base_weights_are_refused(tuned, tmp_path):
    (tmp_path / "t1").mkdir()
    (tmp_path / "t1" / LAYERS_FILE).write_bytes((tuned[1] / "t1" / LAYERS_FILE).read_bytes())
    manifest = json.loads((tuned[1] / "t1" / MANIFEST_FILE).read_text())
    manifest["base_sha256"] = "0" * 64
    (tmp_path / "t1" / MANIFEST_FILE).write_text(json.dumps(manifest))

    with pytest.raises(TunedEncoderError, match="tune it again"):
        encoder_load("t1", root=tmp_path)


@pytest.mark.parametrize(
    ("version", "message"), [("t9", "is missing"), ("../t1", "not a tuned encoder version")]
)
def test_a_missing_or_malformed_version_is_a_clear_error(tuned, version, message):
    with pytest.raises(TunedEncoderError, match=message):
        encoder_load(version, root=tuned[1])


def test_the_command_refuses_an_existing_version_before_training(corpus, tuned):
    with pytest.raises(CommandError, match="already exists"):
        _tune_command(corpus, tuned[1], "--name=t1")
    with pytest.raises(CommandError, match="at least 1"):
        call_command("moderation_tune_encoder", "--name=t2", "--epochs=0", stdout=StringIO())
    with pytest.raises(CommandError, match="not a version name"):
        call_command(
            "moderation_tune_encoder", "--name=Bad/Name", f"--out={tuned[1]}", stdout=StringIO()
        )
