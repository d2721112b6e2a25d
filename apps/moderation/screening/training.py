"""Training the guideline classifier from the corpus in the repository (``moderation_train``).

The corpus is every ``*.csv`` in ``data/corpus/`` (columns ``CORPUS_COLUMNS``), with the label
fixes of ``corrections.csv`` applied. Rows are split by family (paraphrases and obfuscated
variants of one idea share a family, and a family never crosses splits) into train,
validation and test; the assignment is stored in ``split.json`` so that it never moves, and a
family not yet in it is placed by a hash of the seed and its name. Independent sets
(``independent_*.csv``, written blind by others) are validation only. The head is fitted on train,
its thresholds are chosen on validation, the artifact's head is fitted again on train and
validation together (``REFIT``), and test is reported, never tuned on. Everything is seeded: the
same corpus and encoder give the same artifact.
"""

import csv
import hashlib
import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from apps.moderation.screening.classifier import (
    ARTIFACT_FORMAT,
    BENIGN,
    BLOCK_CATEGORIES,
    BORDERLINE,
    CLASSIFIER_DIR,
    CURRENT_FILE,
    SPEC_FILE,
    WEIGHTS_FILE,
    artifact_dir,
    bank_similarities,
    block_margin_check,
    caption_scored_alone,
    char_features,
    char_vectorizer,
    neighbour_features,
    review_threshold_check,
    scores_decide,
    spec_read,
    texts_join,
)
from apps.moderation.screening.encoders import E5_TUNED_PREFIX, encoder_get, file_sha256
from apps.moderation.screening.normalize import normalize
from apps.moderation.screening.softmax import TOL as SOFTMAX_TOL
from apps.moderation.screening.softmax import SoftmaxRegression, softmax_fit

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "corpus"
CORRECTIONS_FILE = "corrections.csv"
SPLIT_FILE = "split.json"
# The independent sets (files in ``data/``, beside the corpus folder) that the corpus trains on:
# {"train": [file names]}. Their rows are always train, each its own family, and never in the
# neighbour bank (docs/moderation.md, "Independent sets as training rows"; the shipped corpus
# lists sets since artifact v53, which ones is in the file).
SETS_FILE = "sets.json"
SET_COLUMNS = ("id", "prompt", "caption", "label", "category", "note", "lang")
# Sets written blind by people who had not seen the corpus, in its columns: never trained on,
# always part of validation, so that thresholds are chosen on text in other people's words too.
INDEPENDENT_PREFIX = "independent_"
CORPUS_COLUMNS = ("id", "prompt", "caption", "label", "category", "family", "lang", "note")
LABEL_CATEGORIES = {
    "allow": {BENIGN},
    "review": {BORDERLINE},
    "block": set(BLOCK_CATEGORIES),
}
CLASSES = (BENIGN, BORDERLINE, *BLOCK_CATEGORIES)
LANGS = frozenset(
    {"en", "es", "fr", "de", "pt", "it", "nl", "pl", "tr", "id", "da", "sv", "nb", "mixed", "und"}
)
SPLITS = ("train", "validation", "test")
SPLIT_SEED = 20261202
SPLIT_SHARES = (0.7, 0.15)  # train, validation; test takes the rest
# The benign false-positive budget the thresholds are chosen for on validation, well below the
# issue's 0.04: thresholds fitted to validation's benign rows at 0.04 or even 0.02 did not hold
# on test (0.110 whole-screener FPR at 0.04).
TARGET_BENIGN_FPR = 0.015
# A classifier-only block needs this much more than its threshold (relative); just over the
# threshold it holds the text for review instead.
BLOCK_MARGIN = 0.1
# Benign rows together weigh this many times the harmful rows together when the head is fitted:
# the corpus holds more harmful than benign rows, traffic the other way round, and a head fitted
# on the corpus's proportions read short, ordinary texts as harmful. Chosen on validation.
BENIGN_WEIGHT = 4.0
# The head's inverse L2 strength, and the character n-grams' weight next to the sentence
# embedding: hashed n-grams learn a corpus's wording as readily as its meaning, and at full weight
# they held ordinary requests for words they share with harmful rows ("her", "face"). Chosen on
# validation, its independent set included (docs/benchmarks.md has the comparison).
REGULARISATION = 16.0
CHAR_WEIGHT = 0.5
# How much worse a benign text blocked is than a block-worthy text merely held for review.
BLOCK_BENIGN_COST = 20.0
# How much a missed block costs, per category, next to 1 for the others: the guidelines hold
# sexualised minors at zero tolerance and self-harm a danger to life, so their thresholds may
# spend more of the benign budget (never more than the per-category cap below).
BLOCK_MISS_COST = {"minor_sexual": 5.0, "self_harm": 3.0}
DEFAULT_CHAR = {"analyzer": "char_wb", "ngram_range": [2, 5], "n_features": 2**16}
# The head reads the caption's own embedding (encoded anyway when a caption of three words or
# more sits under a prompt) beside the joined text's, instead of scoring the caption alone and
# keeping each harmful class's higher score: chosen on validation for artifact v7
# (docs/benchmarks.md).
SEGMENTS = True
CAPTION_ALONE = False
# The head also reads, per category, the mean cosine similarity of the joined text to its k
# nearest train rows of that category, at this weight next to the embedding's 1 (0: not at all).
# Chosen on validation for artifact v10 among k 3, 5, 10, 20 and weights 1, 3, 5, 10
# (docs/benchmarks.md).
NEIGHBOURS_K = 10
NEIGHBOURS_WEIGHT = 5.0
# The weight of a marker for a row with no prompt (a comment, or a caption alone) in the head's
# input; 0: no marker. At 1 (artifact v22, not kept): on validation cut in two, five cuts,
# harmful 0.912 -> 0.918 and block 0.845 -> 0.861 at equal false positives, and a rule on the
# evidence sets passed, but the marker moved prompts' prior towards harm and v22 blocked "reply
# 0", a short everyday text the suite guards (docs/benchmarks.md "Artifact v22").
NO_PROMPT_WEIGHT = 0.0
# Once the thresholds are chosen on validation, fit the artifact's head again on train and
# validation together: decided on validation cut in two by family (thresholds on one half,
# figures on the other: harmful recall 0.875 -> 0.877, block recall 0.798 -> 0.807, benign
# false positives 0.015 -> 0.008; docs/benchmarks.md).
REFIT = True
# The encoder the classifier is built on: since v16 e5 with every layer fine-tuned on the
# corpus (``tuned_encoder.py``, version e1; stage one of a rebuild, ``moderation_tune_encoder``).
# Chosen on validation, classifier alone, harmful / block / benign FP: 0.917 / 0.860 / 0.015
# against v15's kind on the same corpus 0.906 / 0.856 / 0.015 (docs/benchmarks.md).
ENCODER = E5_TUNED_PREFIX + "e1"
# The share of a fine-tuned copy of e5's last layer and its head in the mixed probabilities
# (``tuned.py``; 0: none, as up to v11 and since v16, whose whole encoder is tuned; v15 mixed
# one in at 0.25, chosen on validation with bench/moderation_finetune.py).
TUNED_WEIGHT = 0.0
TUNED_EPOCHS = 2
TUNED_SEED = 0
# With ``REFIT``, the tuned layer and its head are trained again too, from e5's own layer, on
# train and validation together (the thresholds stay those chosen on the first training's mix).
TUNED_REFIT = False
# Block thresholds are chosen on this many bootstrap resamples of validation's families and the
# median kept (0: on validation once). Chosen once, validation's cost curves are flat enough
# that one benign row (cost 20) decides: a tuned layer trained with another seed moved
# harassment's threshold from 0.45 to 0.75, and vectors 3e-8 apart moved minor_sexual's from
# 0.225 to 0.45. The median of 51 is on the grid and left the other seeds' thresholds as they
# were; validation cut in two by family, six cuts, block recall on the reported half 0.842 ->
# 0.846, 0.845 -> 0.845, 0.839 -> 0.843 for three seeds, 0.835 -> 0.838 with no tuned layer,
# false positives unchanged (docs/benchmarks.md).
THRESHOLD_RESAMPLES = 51
MAX_TEXT_CHARS = 2000


class CorpusError(ValueError):
    """A corpus file that cannot be trained on; the message names the file, line and column."""


@dataclass(frozen=True)
class CorpusRow:
    id: str
    prompt: str
    caption: str
    label: str
    category: str
    family: str
    lang: str
    note: str
    source: str
    # A row of an independent set listed in ``SETS_FILE``.
    from_set: bool = False

    # Normalised once per row: training reads each row's texts a dozen times, and normalising
    # 30,000 rows again each time cost more than a minute of the rebuild.
    @cached_property
    def text(self) -> str:
        return texts_join(self.prompt, self.caption)

    @cached_property
    def caption_alone(self) -> bool:
        """Whether the classifier also reads the caption on its own (``caption_scored_alone``)."""
        return caption_scored_alone(self.prompt, self.caption)

    @cached_property
    def caption_text(self) -> str:
        """The caption as the classifier reads it on its own."""
        return texts_join("", self.caption)


def _row_problem(row: dict[str, str]) -> tuple[str, str] | None:
    """(column, problem) for the first thing wrong with a row, or None."""
    for column in CORPUS_COLUMNS:
        if row.get(column) is None:
            return column, "missing (too few fields on this line)"
    if None in row:
        return "note", "too many fields on this line (unquoted comma?)"
    if not row["id"].strip():
        return "id", "empty"
    label = row["label"].strip()
    if label not in LABEL_CATEGORIES:
        return "label", f"{label!r} is not allow, review or block"
    category = row["category"].strip()
    if category not in LABEL_CATEGORIES[label]:
        allowed = ", ".join(sorted(LABEL_CATEGORIES[label]))
        return "category", f"{category!r} does not go with label {label!r} (expected {allowed})"
    if not row["prompt"].strip() and not row["caption"].strip():
        return "prompt", "prompt and caption are both empty"
    for column in ("prompt", "caption"):
        if len(row[column]) > MAX_TEXT_CHARS:
            return column, f"longer than {MAX_TEXT_CHARS} characters"
    if not row["family"].strip():
        return "family", "empty"
    if row["lang"].strip() not in LANGS:
        return "lang", f"{row['lang']!r} is not one of {', '.join(sorted(LANGS))}"
    return None


def _header_fits(header: tuple[str, ...], *, from_set: bool) -> bool:
    """A corpus file's header is ``CORPUS_COLUMNS`` exactly; a set's holds ``SET_COLUMNS`` in
    the order its writer chose, with or without ``family``."""
    if not from_set:
        return header == CORPUS_COLUMNS
    columns = set(header) - {"family"}
    return len(header) == len(set(header)) and columns == set(SET_COLUMNS)


def corpus_file_read(path: Path, *, from_set: bool = False) -> list[CorpusRow]:
    """The rows of one corpus CSV, or with ``from_set`` of an independent set (``SET_COLUMNS``
    in any order, each row its own family: a ``family`` column, which some sets were written
    with, is not read); raises CorpusError naming the line and column at fault."""
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            header = tuple(reader.fieldnames or ())
            if not _header_fits(header, from_set=from_set):
                expected = ",".join(SET_COLUMNS if from_set else CORPUS_COLUMNS)
                raise CorpusError(
                    f"{path}, line 1: header is {','.join(header) or '(empty)'}; "
                    f"expected {expected}" + (" (in any order, family allowed)" if from_set else "")
                )
            rows = []
            for row in reader:
                line = reader.line_num
                if from_set and row.get("id") is not None:
                    row["family"] = f"{path.name}:{row['id'].strip()}"
                problem = _row_problem(row)
                if problem:
                    column, what = problem
                    raise CorpusError(f"{path}, line {line}, column {column}: {what}")
                rows.append(
                    CorpusRow(
                        **{name: row[name].strip() for name in CORPUS_COLUMNS},
                        source=path.name,
                        from_set=from_set,
                    )
                )
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text ({exc})") from exc
    except csv.Error as exc:
        raise CorpusError(f"{path}, line {reader.line_num}: not a readable CSV ({exc})") from exc
    if not rows:
        raise CorpusError(f"{path}: no rows")
    return rows


def corpus_paths(directory: Path = CORPUS_DIR) -> list[Path]:
    paths = sorted(p for p in directory.glob("*.csv") if p.name != CORRECTIONS_FILE)
    if not paths:
        raise CorpusError(f"{directory}: no corpus CSV files")
    return paths


def set_paths(directory: Path = CORPUS_DIR) -> list[Path]:
    """The independent sets ``SETS_FILE`` lists, in its order (none without the file)."""
    listing = directory / SETS_FILE
    if not listing.is_file():
        return []
    try:
        names = json.loads(listing.read_text(encoding="utf-8"))["train"]
    except (ValueError, KeyError, TypeError) as exc:
        raise CorpusError(f'{listing}: expected {{"train": [file names]}} ({exc})') from exc
    paths = []
    for name in names:
        path = directory.parent / str(name)
        if not str(name).startswith(INDEPENDENT_PREFIX) or path.parent != directory.parent:
            raise CorpusError(f"{listing}: {name!r} is not an independent set's file name")
        if not path.is_file():
            raise CorpusError(f"{listing}: {path} does not exist")
        paths.append(path)
    return paths


def trained_on(path: Path, directory: Path | None = None) -> bool:
    """Whether ``path`` is an independent set the corpus (by default the repository's) trains
    on: figures on it are in-sample."""
    listed = set_paths(directory or CORPUS_DIR)
    return path.resolve() in {set_path.resolve() for set_path in listed}


def corrections_read(path: Path) -> dict[str, tuple[str, str]]:
    """id -> (label, category) from corrections.csv (columns id,label,category,reason)."""
    if not path.is_file():
        return {}
    fixes = {}
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            label, category = row.get("label", "").strip(), row.get("category", "").strip()
            if category not in LABEL_CATEGORIES.get(label, set()):
                raise CorpusError(
                    f"{path}, line {reader.line_num}, column category: {category!r} does not go "
                    f"with label {label!r}"
                )
            fixes[row["id"].strip()] = (label, category)
    return fixes


def corpus_read(directory: Path = CORPUS_DIR) -> list[CorpusRow]:
    """Every row of the corpus and of the independent sets it trains on (``SETS_FILE``),
    corrections applied; ids must be unique across files."""
    rows: list[CorpusRow] = []
    seen: dict[str, str] = {}
    sets = set_paths(directory)
    for path in [*corpus_paths(directory), *sets]:
        for row in corpus_file_read(path, from_set=path in sets):
            if row.id in seen:
                raise CorpusError(f"{path}: id {row.id!r} also appears in {seen[row.id]}")
            seen[row.id] = path.name
            rows.append(row)
    fixes = corrections_read(directory / CORRECTIONS_FILE)
    unknown = set(fixes) - set(seen)
    if unknown:
        raise CorpusError(f"{directory / CORRECTIONS_FILE}: unknown id(s) {sorted(unknown)[:5]}")
    return [
        replace(row, label=fixes[row.id][0], category=fixes[row.id][1]) if row.id in fixes else row
        for row in rows
    ]


def corpus_sha256(directory: Path = CORPUS_DIR) -> str:
    digest = hashlib.sha256()
    paths = [
        *corpus_paths(directory),
        directory / CORRECTIONS_FILE,
        directory / SETS_FILE,
        *set_paths(directory),
    ]
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _family_split(family: str, seed: int) -> str:
    share = int(hashlib.sha256(f"{seed}:{family}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if share < SPLIT_SHARES[0]:
        return "train"
    if share < SPLIT_SHARES[0] + SPLIT_SHARES[1]:
        return "validation"
    return "test"


def split_assign(
    families: Iterable[str], *, stored: dict[str, str] | None = None, seed: int = SPLIT_SEED
) -> dict[str, str]:
    """family -> split: the stored assignment where there is one, else by the seeded hash."""
    stored = stored or {}
    return {family: stored.get(family) or _family_split(family, seed) for family in families}


def families_assign(rows: list[CorpusRow], *, stored: dict[str, str], seed: int) -> dict[str, str]:
    """family -> split for the corpus: ``split_assign``, except that the rows of an independent
    set in the corpus folder (``independent_*.csv``) are always validation, and those of a set
    the corpus trains on (``SETS_FILE``) always train."""
    families = split_assign(sorted({row.family for row in rows}), stored=stored, seed=seed)
    for row in rows:
        if row.from_set:
            families[row.family] = "train"
        elif row.source.startswith(INDEPENDENT_PREFIX):
            families[row.family] = "validation"
    return families


def split_read(directory: Path = CORPUS_DIR) -> tuple[int, dict[str, str]]:
    path = directory / SPLIT_FILE
    if not path.is_file():
        return SPLIT_SEED, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return int(data["seed"]), dict(data["families"])


def split_write(directory: Path, seed: int, families: dict[str, str]) -> None:
    data = {"seed": seed, "families": dict(sorted(families.items()))}
    (directory / SPLIT_FILE).write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")


def rows_split(rows: list[CorpusRow], families: dict[str, str]) -> dict[str, list[CorpusRow]]:
    grouped: dict[str, list[CorpusRow]] = {name: [] for name in SPLITS}
    for row in rows:
        grouped[families[row.family]].append(row)
    return grouped


# --- Features ------------------------------------------------------------------------------


class EmbeddingCache:
    """Embeddings of texts already encoded (experiments re-use them; training need not)."""

    def __init__(self, path: Path | None, encoder_name: str) -> None:
        self.path = path / f"{encoder_name}.npz" if path else None
        self.vectors: dict[str, np.ndarray] = {}
        if self.path and self.path.is_file():
            with np.load(self.path, allow_pickle=False) as data:
                self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def encode(self, encoder: Any, texts: list[str], batch: int = 32) -> np.ndarray:
        missing = sorted({text for text in texts if text not in self.vectors})
        for start in range(0, len(missing), batch):
            chunk = missing[start : start + batch]
            for text, vector in zip(chunk, encoder.encode(chunk), strict=True):
                self.vectors[text] = vector
        if self.path and missing:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            keys = list(self.vectors)
            np.savez(
                self.path, keys=np.array(keys), vectors=np.stack([self.vectors[k] for k in keys])
            )
        return np.stack([self.vectors[text] for text in texts]).astype(np.float32)


def idf_fit(vectorizer: Any, texts: list[str]) -> np.ndarray:
    counts = vectorizer.transform(texts).tocsc()
    document_frequency = np.diff(counts.indptr)
    return (np.log((1 + len(texts)) / (1 + document_frequency)) + 1.0).astype(np.float32)


@dataclass
class FeatureSpec:
    encoder: str
    embedding_weight: float
    char_weight: float
    sublinear_tf: bool = True


def design_matrix(
    embeddings: np.ndarray,
    chars: Any,
    spec: FeatureSpec,
    segments: np.ndarray | None = None,
    neighbours: np.ndarray | None = None,
    no_prompt: np.ndarray | None = None,
) -> Any:  # scipy CSR (rows, dim [+ dim] + n_features [+ classes] [+ 1])
    """The head's input: the joined text's embedding, the caption's own embedding where the
    head reads segments (zeros where a row has none), the character n-grams, the weighted
    per-class neighbour similarities where the head reads them, and the weighted no-prompt
    marker where it reads that."""
    from scipy import sparse

    blocks = [sparse.csr_matrix(embeddings * spec.embedding_weight)]
    if segments is not None:
        blocks.append(sparse.csr_matrix(segments * spec.embedding_weight))
    blocks.append(chars * spec.char_weight)
    if neighbours is not None:
        blocks.append(sparse.csr_matrix(neighbours))
    if no_prompt is not None:
        blocks.append(sparse.csr_matrix(no_prompt.reshape(-1, 1)))
    return sparse.hstack(blocks, format="csr")


@dataclass
class Bank:
    """The train split's embeddings sorted by class (rounded to float16, as the artifact keeps
    them), each row's family, and each class's slice (``offsets``)."""

    vectors: np.ndarray
    families: np.ndarray
    offsets: np.ndarray

    def __post_init__(self) -> None:
        self._family_rows = _indices_by_family(self.families)

    def features(
        self, rows: list[CorpusRow], vectors: np.ndarray, k: int, own_family_apart: bool
    ) -> np.ndarray:
        """Per-class neighbour similarities of ``rows``. With ``own_family_apart`` (the rows the
        head is fitted on) a row's own family is not among its neighbours: its paraphrases would
        teach the head to trust the neighbours more than a text it has never seen allows."""
        similarities = bank_similarities(vectors, self.vectors)  # as screening computes them
        if own_family_apart:
            for family, indices in _indices_by_family(row.family for row in rows).items():
                if family in self._family_rows:
                    similarities[np.ix_(indices, self._family_rows[family])] = -1.0
        return neighbour_features(similarities, self.offsets, k)


def _indices_by_family(families: Iterable[str]) -> dict[str, list[int]]:
    by_family: defaultdict[str, list[int]] = defaultdict(list)
    for index, family in enumerate(families):
        by_family[family].append(index)
    return by_family


def neighbour_bank(rows: list[CorpusRow], cache: EmbeddingCache, encoder: Any) -> Bank:
    """The bank of ``rows`` (the rows the head is fitted on) for the head's neighbour features,
    less the independent sets' rows: every screened text is multiplied by the whole bank, and
    with them (50,811 rows against 32,399) p95 rose 1.6-1.9 ms (docs/benchmarks.md, v50). One
    row per corpus row, in the embedding's own space: averaging a family's rows into one vector,
    and projecting on the first 96 or 192 principal directions, lost 1-6 points of block recall
    on validation."""
    rows = [row for row in rows if not row.from_set]
    ordered = sorted(rows, key=lambda row: CLASSES.index(row.category))  # stable: split order
    counts = Counter(row.category for row in rows)
    return Bank(
        vectors=cache.encode(encoder, [row.text for row in ordered]).astype(np.float16),
        families=np.array([row.family for row in ordered]),
        offsets=np.cumsum([0, *(counts[name] for name in CLASSES)]).astype(np.int64),
    )


def probabilities(model: Any, matrix: Any) -> np.ndarray:
    """(rows, CLASSES) probabilities in CLASSES order (absent classes get 0)."""
    raw = model.predict_proba(matrix)
    out = np.zeros((matrix.shape[0], len(CLASSES)), dtype=np.float64)
    for column, name in enumerate(model.classes_):
        out[:, CLASSES.index(name)] = raw[:, column]
    return out


@dataclass
class _HeadSettings:
    """What every head of one training run shares: features, weighting and regularisation."""

    vectorizer: Any
    feature_spec: FeatureSpec
    regularisation: float
    benign_weight: float
    segments: bool
    neighbours_k: int
    neighbours_weight: float
    no_prompt_weight: float = 0.0


@dataclass
class _Head:
    """A logistic-regression head fitted on some rows, with the n-grams' idf and the neighbour
    bank of those same rows."""

    settings: _HeadSettings
    cache: EmbeddingCache
    encoder: Any
    idf: np.ndarray
    bank: Bank | None
    model: Any = None
    # The rows the head was fitted on (by id) and their design matrix's rows: their
    # probabilities are read from it rather than computed again (the same features, row by row).
    fitted: dict[str, int] = field(default_factory=dict)
    fitted_matrix: Any = None

    @classmethod
    def fit(
        cls,
        rows: list[CorpusRow],
        settings: _HeadSettings,
        cache: EmbeddingCache,
        encoder: Any,
        start: SoftmaxRegression | None = None,
    ) -> "_Head":
        """Fit on ``rows``; from ``start``'s weights where given (with scikit-learn's solver, a
        refit on 30 % more rows took 237 iterations from them, 820 from zero)."""
        head = cls(
            settings=settings,
            cache=cache,
            encoder=encoder,
            idf=idf_fit(settings.vectorizer, [row.text for row in rows]),
            bank=neighbour_bank(rows, cache, encoder) if settings.neighbours_weight else None,
        )
        head.fitted = {row.id: index for index, row in enumerate(rows)}
        head.fitted_matrix = head.features(rows, own_family_apart=True)
        head.model = softmax_fit(
            head.fitted_matrix,
            [row.category for row in rows],
            sample_weights(rows, settings.benign_weight),
            regularisation=settings.regularisation,
            start=start,
        )
        return head

    def features(self, rows: list[CorpusRow], *, own_family_apart: bool = False) -> Any:
        """The head's input for ``rows``; ``own_family_apart`` for the rows it is fitted on."""
        settings = self.settings
        texts = [row.text for row in rows]
        if settings.feature_spec.embedding_weight or self.bank is not None:
            embedded = self.cache.encode(self.encoder, texts)
        else:  # n-grams alone (comparisons): nothing to encode
            embedded = np.zeros((len(texts), self.encoder.dim), np.float32)
        chars = char_features(settings.vectorizer, texts, self.idf, True)
        segment_rows = (
            _caption_segments(rows, self.cache, self.encoder) if settings.segments else None
        )
        near = None
        if self.bank is not None:
            near = settings.neighbours_weight * self.bank.features(
                rows, embedded, settings.neighbours_k, own_family_apart
            )
        if not settings.feature_spec.embedding_weight:
            embedded = np.zeros_like(embedded)
        marker = None
        if settings.no_prompt_weight:
            marker = settings.no_prompt_weight * np.array(
                [not normalize(row.prompt) for row in rows], dtype=np.float32
            )
        return design_matrix(embedded, chars, settings.feature_spec, segment_rows, near, marker)

    def probabilities(
        self, rows: list[CorpusRow], *, caption_alone: bool = False, fitted_on: bool = False
    ) -> np.ndarray:
        """(rows, CLASSES) probabilities as ``GuidelineClassifier.scores`` gives them
        (``fitted_on``: rows the head was fitted on, each read without its own family). With
        ``caption_alone`` (artifacts up to v5), where a row has both a prompt and a caption, the
        caption scored alone raises each harmful class (and lowers benign) when it is more
        alarming than the two together."""
        if fitted_on and all(row.id in self.fitted for row in rows):
            matrix = self.fitted_matrix[[self.fitted[row.id] for row in rows]]
        else:
            matrix = self.features(rows, own_family_apart=fitted_on)
        probs = probabilities(self.model, matrix)
        indices = [i for i, row in enumerate(rows) if row.caption_alone]
        if not caption_alone or not indices:
            return probs
        alone = [replace(rows[i], prompt="") for i in indices]
        caption_probs = probabilities(self.model, self.features(alone))
        out = probs.copy()
        benign = CLASSES.index(BENIGN)
        for position, i in enumerate(indices):
            out[i] = np.maximum(out[i], caption_probs[position])
            out[i, benign] = min(probs[i, benign], caption_probs[position, benign])
        return out

    def weights(self) -> tuple[np.ndarray, np.ndarray]:
        """(coef, intercept) with one row per class of CLASSES, as the artifact keeps them."""
        model = self.model
        coef = np.zeros((len(CLASSES), model.coef_.shape[1]), dtype=np.float32)
        intercept = np.zeros(len(CLASSES), dtype=np.float32)
        for row_index, name in enumerate(model.classes_):
            coef[CLASSES.index(name)] = model.coef_[row_index]
            intercept[CLASSES.index(name)] = model.intercept_[row_index]
        missing = set(CLASSES) - set(model.classes_)
        intercept[[CLASSES.index(name) for name in missing]] = -30.0  # never predicted
        return coef, intercept


# --- Thresholds and figures -----------------------------------------------------------------


def _scores(row: np.ndarray) -> dict[str, float]:
    return {name: float(row[i]) for i, name in enumerate(CLASSES)}


def thresholds_choose(
    probs: np.ndarray,
    rows: list[CorpusRow],
    resamples: int = THRESHOLD_RESAMPLES,
    block_margin: float = BLOCK_MARGIN,
) -> dict[str, Any]:
    """Per block category, the block threshold with the least cost on validation (a missed
    block of that category costs 1, or its ``BLOCK_MISS_COST``, a borderline row blocked 1, a
    benign row blocked ``BLOCK_BENIGN_COST``), as the median over ``resamples`` bootstrap
    resamples of validation's families (0: on validation as it is); then the lowest review
    threshold that keeps validation's benign false-positive rate within
    ``TARGET_BENIGN_FPR``."""
    if resamples:
        families: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            families[row.family].append(i)
        groups = list(families.values())
        rng = np.random.default_rng(SPLIT_SEED)
        picks = []
        for _ in range(resamples):
            drawn = rng.integers(0, len(groups), len(groups))
            indices = [i for group in drawn for i in groups[group]]
            picks.append(_block_thresholds(probs[indices], [rows[i] for i in indices]))
        block = {
            name: float(np.median([pick[name] for pick in picks])) for name in BLOCK_CATEGORIES
        }
    else:
        block = _block_thresholds(probs, rows)
    return {
        "block": block,
        "review": _review_threshold(probs, rows, block, block_margin),
        "block_margin": block_margin,
    }


def _block_thresholds(probs: np.ndarray, rows: list[CorpusRow]) -> dict[str, float]:
    labels = np.array([row.label for row in rows])
    categories = np.array([row.category for row in rows])
    grid = np.round(np.arange(0.10, 0.951, 0.025), 3)
    block: dict[str, float] = {}
    for name in BLOCK_CATEGORIES:
        column = probs[:, CLASSES.index(name)]
        best = (float("inf"), 0.5)
        for threshold in grid:
            hit = column >= threshold
            missed = BLOCK_MISS_COST.get(name, 1.0) * np.sum((categories == name) & ~hit)
            wrong = np.sum(hit & (labels == "review")) + BLOCK_BENIGN_COST * np.sum(
                hit & (labels == "allow")
            )
            cost = float(missed + wrong)
            benign_blocked = float(
                np.sum(hit & (labels == "allow")) / max(1, np.sum(labels == "allow"))
            )
            if benign_blocked > TARGET_BENIGN_FPR / 2:
                continue  # one category may spend at most half the benign budget on blocks
            if cost <= best[0]:  # ties go to the higher threshold
                best = (cost, float(threshold))
        block[name] = best[1]
    return block


def _review_threshold(
    probs: np.ndarray, rows: list[CorpusRow], block: dict[str, float], block_margin: float
) -> float:
    benign = np.array([row.label == "allow" for row in rows])
    harm = 1.0 - probs[:, CLASSES.index(BENIGN)]
    # A review threshold nothing reaches: what the block thresholds alone block or hold (a text
    # over its threshold but not by the margin is held whatever its harm).
    only_blocks = {"block": block, "review": 2.0, "block_margin": block_margin}
    held = np.array([scores_decide(_scores(row), only_blocks)[0] != "allow" for row in probs])
    for threshold in np.round(np.arange(0.05, 0.991, 0.01), 3):
        flagged = held | (harm >= threshold)
        fpr = float(np.sum(flagged & benign) / max(1, np.sum(benign)))
        if fpr <= TARGET_BENIGN_FPR:
            return float(threshold)
    return 0.99  # where no threshold meets the target, hold as little as possible


def figures(verdicts: list[tuple[str, str]], rows: list[CorpusRow]) -> dict[str, Any]:
    """The issue's figures for (verdict, category) decisions against the rows' labels."""
    harmful = [i for i, row in enumerate(rows) if row.label != "allow"]
    blocks = [i for i, row in enumerate(rows) if row.label == "block"]
    benign = [i for i, row in enumerate(rows) if row.label == "allow"]
    minors = [i for i, row in enumerate(rows) if row.category == "minor_sexual"]

    def rate(indices: list[int], predicate: Any) -> float | None:
        return round(sum(predicate(i) for i in indices) / len(indices), 4) if indices else None

    per_category: dict[str, dict[str, Any]] = {}
    for name in CLASSES:
        members = [i for i, row in enumerate(rows) if row.category == name]
        if not members:
            continue
        per_category[name] = {
            "n": len(members),
            "flagged": sum(verdicts[i][0] != "allow" for i in members),
            "blocked": sum(verdicts[i][0] == "block" for i in members),
            "category_right": sum(verdicts[i][1] == name for i in members),
        }
    return {
        "n": len(rows),
        "harmful_recall": rate(harmful, lambda i: verdicts[i][0] != "allow"),
        "block_recall": rate(blocks, lambda i: verdicts[i][0] == "block"),
        "minor_sexual_recall": rate(minors, lambda i: verdicts[i][0] != "allow"),
        "benign_fpr": rate(benign, lambda i: verdicts[i][0] != "allow"),
        "benign_blocked": rate(benign, lambda i: verdicts[i][0] == "block"),
        "category_accuracy": rate([*harmful], lambda i: verdicts[i][1] == rows[i].category),
        "per_category": per_category,
    }


# --- Training -------------------------------------------------------------------------------


def figures_at(
    probs: np.ndarray, rows: list[CorpusRow], thresholds: dict[str, Any]
) -> dict[str, Any]:
    """``figures`` of the decisions that ``thresholds`` take on ``probs`` (CLASSES order)."""
    return figures([scores_decide(_scores(row), thresholds) for row in probs], rows)


@dataclass
class TrainResult:
    spec: dict[str, Any]
    directory: Path | None
    seconds: float
    # Per split, its rows and the artifact's head's probabilities for them (CLASSES order), for
    # comparisons that combine or re-threshold heads without encoding again.
    splits: dict[str, list[CorpusRow]] | None = None
    probabilities: dict[str, np.ndarray] | None = None


def classifier_train(
    *,
    corpus_dir: Path = CORPUS_DIR,
    out_root: Path | None = CLASSIFIER_DIR,
    encoder_name: str = ENCODER,
    embedding_weight: float = 1.0,
    char_weight: float = CHAR_WEIGHT,
    regularisation: float = REGULARISATION,
    benign_weight: float = BENIGN_WEIGHT,
    caption_alone: bool = CAPTION_ALONE,
    segments: bool = SEGMENTS,
    neighbours_k: int = NEIGHBOURS_K,
    neighbours_weight: float = NEIGHBOURS_WEIGHT,
    no_prompt_weight: float = NO_PROMPT_WEIGHT,
    cache_dir: Path | None = None,
    version: str | None = None,
    write_split: bool = True,
    train_sample: int | None = None,
    refit: bool = REFIT,
    tuned_weight: float = TUNED_WEIGHT,
    tuned_seed: int = TUNED_SEED,
    tuned_refit: bool = TUNED_REFIT,
    thresholds_from: str | None = None,
    block_margin: float | None = None,
    review_threshold: float | None = None,
    start_from: str | None = None,
) -> TrainResult:
    """Fit, choose thresholds on validation, measure, and (with ``out_root``) write a new
    artifact version and point ``CURRENT`` at it. With ``refit`` the artifact's head is fitted
    again on train and validation together once the thresholds are chosen. With
    ``tuned_weight``, a copy of e5's last layer and a head on it are trained on train and mixed
    in at that weight before the thresholds are chosen (``tuned.py``); with ``refit`` and
    ``tuned_refit`` they are trained again on train and validation for the artifact. With
    ``thresholds_from`` (a version in ``out_root``, or in the shipped folder) the thresholds are
    that artifact's instead of chosen on validation: a change of the corpus is then judged at
    the operating point it is meant to replace, not at one moved by validation's new rows.
    ``block_margin`` replaces the margin a classifier-only block needs (``BLOCK_MARGIN``, or
    the inherited thresholds' own), and ``review_threshold`` the review threshold chosen or
    inherited (one chosen with the rules' overrule line, ``text.OVERRULE_HARM``, on the whole
    screener); the block thresholds stay as chosen or inherited. With ``start_from`` (a version,
    found as ``thresholds_from``'s) the head's fit starts from that artifact's weights instead of
    zero: fewer iterations, but at the fit's tolerance (``softmax.TOL``) the head then depends a
    little on where it started, so an artifact judged against another is fitted from zero.

    A head is fitted on train alone only where something reads it: the thresholds are chosen on
    its validation probabilities, or it is the artifact (no ``refit``). With inherited
    thresholds and a refit the head is fitted once, on train and validation, and validation's
    figures are not measured (``metrics["validation"]`` is None): no head unseen by validation
    exists to measure them with."""
    if tuned_weight and caption_alone:
        raise ValueError(
            "A tuned layer is mixed into the joined text's probabilities; scoring the caption "
            "alone (artifacts up to v5) needs a tuned weight of 0 (--tuned-weight 0)"
        )
    if block_margin is not None:
        block_margin_check(block_margin)
    if review_threshold is not None:
        review_threshold_check(review_threshold)
    inherited = (
        _artifact_read(out_root, thresholds_from, "take the thresholds from")[0]["thresholds"]
        if thresholds_from
        else None
    )
    char_spec = {**DEFAULT_CHAR, "sublinear_tf": True}
    start, start_sha256 = (
        _start_read(
            out_root,
            start_from,
            {
                "encoder": encoder_name,
                "char": char_spec,
                "segments": "caption" if segments else None,
                "neighbours": bool(neighbours_weight),
                "no_prompt": bool(no_prompt_weight),
                "classes": list(CLASSES),
            },
        )
        if start_from
        else (None, None)
    )
    started = time.monotonic()
    rows = corpus_read(corpus_dir)
    seed, stored = split_read(corpus_dir)
    families = families_assign(rows, stored=stored, seed=seed)
    # The sets' rows are train by rule, not by the stored split: only the corpus's are kept.
    own = {row.family: families[row.family] for row in rows if not row.from_set}
    if write_split and own != stored:
        split_write(corpus_dir, seed, own)
    splits = rows_split(rows, families)
    for name in SPLITS:
        if not splits[name]:
            raise CorpusError(f"The {name} split is empty: the corpus has too few families")
    if train_sample is not None and train_sample < len(splits["train"]):
        # Comparisons on equal footing when encoding everything costs too long.
        splits["train"] = random.Random(0).sample(splits["train"], train_sample)  # noqa: S311

    encoder = encoder_get(encoder_name)
    cache = EmbeddingCache(cache_dir, encoder.name)
    states = _states_encode(rows, cache, encoder) if tuned_weight else None
    settings = _HeadSettings(
        vectorizer=char_vectorizer(char_spec),
        feature_spec=FeatureSpec(encoder.name, embedding_weight, char_weight),
        regularisation=regularisation,
        benign_weight=benign_weight,
        segments=segments,
        neighbours_k=neighbours_k,
        neighbours_weight=neighbours_weight,
        no_prompt_weight=no_prompt_weight,
    )
    # The tuned layer trains (torch, its own fixed threads) while the head fits (one BLAS
    # thread) on the other core: neither reads what the other writes, and each sums in its own
    # fixed order, so the artifact is the same as one after the other, and the rebuild is 45 s
    # shorter on two cores (305 -> 259 s, docs/benchmarks.md).
    with ThreadPoolExecutor(max_workers=1) as pool:
        tuned_job = (
            pool.submit(
                _tuned_fit,
                states,
                splits["train"],
                splits,
                encoder,
                tuned_weight,
                benign_weight,
                tuned_seed,
            )
            if states is not None
            else None
        )
        train_head = None
        probs: dict[str, np.ndarray] = {}
        if inherited is None or not refit:
            train_head = _Head.fit(splits["train"], settings, cache, encoder, start=start)
            probs = {
                name: train_head.probabilities(
                    splits[name], caption_alone=caption_alone, fitted_on=name == "train"
                )
                for name in SPLITS
            }
        tuned_part, tuned_probs, tuned_seconds = (
            tuned_job.result() if tuned_job is not None else (None, {}, 0.0)
        )
    tuned_refit = bool(refit and tuned_refit and tuned_part is not None)

    def mixed(classifier: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Each split's probabilities with the tuned head's mixed in (where there is one)."""
        if tuned_part is None or not classifier:  # no tuned layer, or no head fitted yet
            return classifier
        return {name: tuned_part.mix(classifier[name], tuned_probs[name]) for name in SPLITS}

    probs = mixed(probs)
    thresholds = inherited or thresholds_choose(
        probs["validation"],  # fitted above: thresholds are chosen when none are inherited
        splits["validation"],
        block_margin=BLOCK_MARGIN if block_margin is None else block_margin,
    )
    given = {"block_margin": block_margin, "review": review_threshold}
    thresholds = {
        **thresholds,
        **{name: value for name, value in given.items() if value is not None},
    }
    metrics: dict[str, Any] = {
        name: figures_at(probs[name], splits[name], thresholds) if probs else None
        for name in SPLITS
    }
    head = train_head
    if refit:
        # The thresholds and validation's figures stay those of the head fitted on train alone
        # (validation was unseen by it); the artifact is the same head fitted again on train
        # and validation together, measured on test.
        fitted = [*splits["train"], *splits["validation"]]
        head = _Head.fit(
            fitted, settings, cache, encoder, start=train_head.model if train_head else start
        )
        if tuned_refit:
            tuned_part, tuned_probs, seconds = _tuned_fit(
                states, fitted, splits, encoder, tuned_weight, benign_weight, tuned_seed
            )
            tuned_seconds += seconds
        probs = {
            name: head.probabilities(
                splits[name], caption_alone=caption_alone, fitted_on=name != "test"
            )
            for name in SPLITS
        }
        probs = mixed(probs)
        for name in ("train", "test"):
            metrics[name] = figures_at(probs[name], splits[name], thresholds)
    if head is None:  # not reached: without a refit the head fitted on train is the artifact
        raise AssertionError("no head was fitted")
    counts = {
        "rows": len(rows),
        "families": len(families),
        "per_split": {name: len(splits[name]) for name in SPLITS},
        "per_category": dict(sorted(Counter(row.category for row in rows).items())),
        "per_lang": dict(sorted(Counter(row.lang for row in rows).items())),
    }
    version = version or datetime.now(UTC).strftime("v%Y%m%d-%H%M%S")
    spec: dict[str, Any] = {
        "format": ARTIFACT_FORMAT,
        "version": version,
        "trained_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "encoder": {
            "name": encoder.name,
            "weights_sha256": encoder.weights_sha256,
            "dim": encoder.dim,
        },
        "char": char_spec,
        "block_weights": {"embedding": embedding_weight, "char": char_weight},
        "caption_alone": caption_alone,
        "segments": "caption" if segments else None,
        "neighbours": {
            "k": neighbours_k,
            "weight": neighbours_weight,
            "rows": len(head.bank.vectors),
        }
        if head.bank is not None
        else None,
        "no_prompt": {"weight": no_prompt_weight} if no_prompt_weight else None,
        "classes": list(CLASSES),
        "head": {
            "kind": "logistic_regression",
            "C": regularisation,
            "benign_weight": benign_weight,
            # Up to v28 scikit-learn's LogisticRegression; since v29 ``softmax.py``'s fit.
            "solver": "softmax_fit",
            "tol": SOFTMAX_TOL,
            "fitted_on": ["train", "validation"] if refit else ["train"],
            "iterations": head.model.n_iter_,
            "start": {"version": start_from, "weights_sha256": start_sha256}
            if start_from
            else None,
        },
        "tuned": {
            "layer": encoder.model.sizes.layers - 1,
            "weight": tuned_weight,
            "epochs": TUNED_EPOCHS,
            "seed": tuned_seed,
            "fitted_on": ["train", "validation"] if tuned_refit else ["train"],
            "seconds": round(tuned_seconds, 1),
        }
        if tuned_part is not None
        else None,
        "thresholds": thresholds,
        "threshold_resamples": None if inherited else THRESHOLD_RESAMPLES,
        "thresholds_from": thresholds_from,
        "corpus": {
            "sha256": corpus_sha256(corpus_dir),
            "split_seed": seed,
            "train_sample": train_sample,
            **counts,
        },
        "metrics": metrics,
    }
    directory = None
    if out_root is not None:
        coef, intercept = head.weights()
        directory = artifact_write(
            out_root,
            spec,
            coef,
            intercept,
            head.idf,
            head.bank,
            tuned_part.arrays() if tuned_part is not None else None,
        )
    return TrainResult(
        spec=spec,
        directory=directory,
        seconds=time.monotonic() - started,
        splits=splits,
        probabilities=probs,
    )


def _artifact_read(
    out_root: Path | None, version: str, purpose: str
) -> tuple[dict[str, Any], Path]:
    """(spec, folder) of artifact ``version`` (in ``out_root``, else in the shipped folder), the
    spec read and checked as loading it reads them; ``purpose`` says in the error what it was
    wanted for."""
    for root in filter(None, (out_root, CLASSIFIER_DIR)):
        directory = artifact_dir(root, version)
        if directory.is_dir():
            spec: dict[str, Any] = spec_read(
                directory / SPEC_FILE,
                directory / WEIGHTS_FILE,
                what="Classifier artifact",
                version=ARTIFACT_FORMAT,
                error=ValueError,
            )
            return spec, directory
    raise ValueError(f"No artifact {version!r} to {purpose}")


def _columns(spec: dict[str, Any]) -> dict[str, Any]:
    """What the columns of a head's input hold, from an artifact's spec: two heads whose
    columns hold the same can start one from the other."""
    return {
        "encoder": spec["encoder"]["name"],
        "char": spec["char"],
        "segments": spec["segments"],
        "neighbours": spec["neighbours"] is not None,
        "no_prompt": spec["no_prompt"] is not None,
        "classes": spec["classes"],
    }


def _start_read(
    out_root: Path | None, version: str, columns: dict[str, Any]
) -> tuple[SoftmaxRegression, str]:
    """(head, weights' SHA-256) of artifact ``version`` as a start for ``softmax_fit`` (its
    classes in sorted order), refused unless its input's ``_columns`` are ``columns``."""
    spec, directory = _artifact_read(out_root, version, "start the head from")
    differs = [key for key, value in _columns(spec).items() if columns[key] != value]
    if differs:
        raise ValueError(
            f"Artifact {version!r} reads other features ({', '.join(differs)} differ): its "
            "head cannot be a start for this one"
        )
    with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as arrays:
        coef, intercept = arrays["coef"], arrays["intercept"]
    order = [CLASSES.index(name) for name in sorted(CLASSES)]
    head = SoftmaxRegression(
        classes_=np.array(sorted(CLASSES)),
        coef_=coef[order].astype(np.float64),
        intercept_=intercept[order].astype(np.float64),
        n_iter_=0,
    )
    return head, spec["weights_sha256"]


def _states_encode(rows: list[CorpusRow], cache: EmbeddingCache, encoder: Any) -> Any:
    """Every text's token states before e5's last layer (``tuned.States``), and the cache's
    embeddings of them from the same pass (the last layer on those states)."""
    if encoder.model is None:
        raise ValueError(
            f"The encoder {encoder.name} has no layer to tune: train it with a tuned weight of 0 "
            "(--tuned-weight 0)"
        )
    from apps.moderation.screening.tuned import States, texts_needed

    texts = texts_needed(rows)
    states = States.of_e5(encoder.model, texts)
    cache.vectors.update(zip(texts, encoder.model.pooled(states.rows), strict=True))
    return states


def _tuned_fit(
    states: Any,
    train: list[CorpusRow],
    splits: dict[str, list[CorpusRow]],
    encoder: Any,
    weight: float,
    benign_weight: float,
    seed: int,
) -> tuple[Any, dict[str, np.ndarray], float]:
    """The tuned layer and head trained on ``train``'s rows (``tuned.fine_tune``, from e5's own
    last layer), its probabilities for every split's rows as screening computes them, and the
    seconds it took."""
    import torch

    from apps.moderation.screening.tuned import THREADS, Tuned, fine_tune

    started = time.monotonic()
    model = encoder.model
    states.top = torch.nn.ModuleList([model.layer_float(model.sizes.layers - 1)])
    threads = torch.get_num_threads()
    torch.set_num_threads(THREADS)
    try:
        _, head = fine_tune(
            states,
            train,
            [CLASSES.index(row.category) for row in train],
            sample_weights(train, benign_weight),
            classes=len(CLASSES),
            epochs=TUNED_EPOCHS,
            seed=seed,
        )
    finally:
        torch.set_num_threads(threads)
    part = Tuned.of(states.top[0], head, weight)
    probs = {name: part.rows_probabilities(encoder.model, states, splits[name]) for name in SPLITS}
    return part, probs, time.monotonic() - started


def _caption_segments(rows: list[CorpusRow], cache: EmbeddingCache, encoder: Any) -> np.ndarray:
    """The caption's own embedding for each row whose caption is scored alone (a prompt beside a
    caption of three words or more; the screener encodes that caption anyway), zeros for the
    others: what ``GuidelineClassifier.scores`` gives a head with segments."""
    out = np.zeros((len(rows), encoder.dim), dtype=np.float32)
    indices = [i for i, row in enumerate(rows) if row.caption_alone]
    if indices:
        captions = [rows[i].caption_text for i in indices]
        out[indices] = cache.encode(encoder, captions)
    return out


def sample_weights(rows: list[CorpusRow], benign_weight: float) -> np.ndarray:
    """Benign rows together weigh ``benign_weight`` times the harmful rows together; within each
    side every row weighs the same, and the mean weight is 1."""
    benign = np.array([row.label == "allow" for row in rows])
    n_benign, n_harmful = int(benign.sum()), int((~benign).sum())
    if not n_benign or not n_harmful:
        return np.ones(len(rows))
    weights = np.where(benign, benign_weight / n_benign, 1.0 / n_harmful)
    return weights * (len(rows) / weights.sum())


def artifact_write(
    out_root: Path,
    spec: dict[str, Any],
    coef: np.ndarray,
    intercept: np.ndarray,
    idf: np.ndarray,
    bank: Bank | None = None,
    tuned: dict[str, np.ndarray] | None = None,
) -> Path:
    directory = out_root / spec["version"]
    directory.mkdir(parents=True, exist_ok=False)
    weights = directory / WEIGHTS_FILE
    arrays: dict[str, Any] = {
        "coef": coef.astype(np.float32),
        "intercept": intercept,
        "idf": idf.astype(np.float32),
    }
    if bank is not None:
        arrays.update(bank=bank.vectors, bank_offsets=bank.offsets)
    arrays.update(tuned or {})
    np.savez_compressed(weights, **arrays)
    spec["weights_sha256"] = file_sha256(weights)
    (directory / SPEC_FILE).write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    (out_root / CURRENT_FILE).write_text(spec["version"] + "\n", encoding="utf-8")
    return directory


def rows_by_split(split: str, directory: Path = CORPUS_DIR) -> list[CorpusRow]:
    """The corpus rows of one stored split (for ``moderation_eval --split``)."""
    rows = corpus_read(directory)
    seed, stored = split_read(directory)
    return rows_split(rows, families_assign(rows, stored=stored, seed=seed))[split]


def per_language(rows: list[CorpusRow], verdicts: list[tuple[str, str]]) -> dict[str, Any]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        grouped[row.lang].append(i)
    return {
        lang: figures([verdicts[i] for i in indices], [rows[i] for i in indices])
        for lang, indices in sorted(grouped.items())
    }
