"""The trained guideline classifier: one probability per category for a prompt and its caption.

Features: a sentence embedding (the encoder the artifact names) and character n-grams (2-5,
within word boundaries, hashed) of the ``normalize()``d text with TF-IDF weights, which see
through obfuscation and work in any language. Since artifact v7 the head also reads the
caption's own embedding (a second segment, zeros where there is none) beside the joined text's.
Since artifact v10 it also reads, per category, how close the joined text lies to that
category's training rows (the mean cosine similarity of its ``k`` nearest ones, in a bank of the
embeddings of the rows the head was fitted on, kept in the artifact): a linear head draws one
plane per category, and the neighbours let it see a harmful wording the plane leaves on the
wrong side when it sits among harmful training rows all the same. An artifact built with a
no-prompt weight (``moderation_train --no-prompt-weight``; none shipped, docs/benchmarks.md
"Artifact v22") also reads whether the text has no prompt (a comment, or a caption read alone).
The head is a multinomial logistic regression; inference is a few numpy products.
``moderation_train`` writes the artifact (``training.py``).

The artifact is two files in ``data/classifier/<version>/``: ``model.json`` (feature spec,
classes, thresholds, encoder name and weights' SHA-256, corpus SHA-256, training metrics and
the SHA-256 of the weights file) and ``weights.npz`` (plain arrays: no pickle). ``CURRENT`` in
``data/classifier/`` names the version in use. Loaded once per process; an artifact that is
missing, corrupt or built for another encoder raises ``ClassifierArtifactError`` and the text
screener fails closed.
"""

import itertools
import json
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from apps.moderation.screening.beside import beside
from apps.moderation.screening.encoders import Encoder, encoder_get, file_sha256
from apps.moderation.screening.normalize import normalize

ARTIFACT_FORMAT = 1
CLASSIFIER_DIR = Path(__file__).resolve().parent.parent / "data" / "classifier"
CURRENT_FILE = "CURRENT"
SPEC_FILE = "model.json"
WEIGHTS_FILE = "weights.npz"
BENIGN = "benign"
CAPTION_ALONE_MIN_WORDS = 3
# The share of its own block threshold that a second block category must reach for its score
# to count with the first's (``scores_decide``); set before it was measured, not tuned.
PAIR_SHARE = 0.5
BORDERLINE = "borderline"
BLOCK_CATEGORIES = (
    "sexual_nonconsensual",
    "minor_sexual",
    "fake_crisis",
    "fake_credible_source",
    "public_figure_deepfake",
    "harassment",
    "hate",
    "violence_gore",
    "self_harm",
)


class ClassifierArtifactError(RuntimeError):
    """The classifier's artifact cannot be used: missing, corrupt, or for another encoder."""


def texts_join(prompt: str, caption: str) -> str:
    """Prompt and caption as one normalised text (either may be empty)."""
    return "\n".join(part for part in (normalize(prompt or ""), normalize(caption or "")) if part)


def caption_scored_alone(prompt: str, caption: str) -> bool:
    """Whether a caption is also scored on its own: next to a prompt, and long enough to carry
    a meaning of its own (a caption of a word or two is read well enough in the joined text,
    and alone it is too little for the encoder: "Keys only" alone read as sexual)."""
    words = normalize(caption or "").split()
    return bool(normalize(prompt or "")) and len(words) >= CAPTION_ALONE_MIN_WORDS


# Up to this many texts at once, the bank is multiplied in float16 (reading the bank is the
# cost); more (training's thousands of rows) in float32, rounded to float16 after, which is
# faster there. Both give float16's products of float16's rounded vectors.
FLOAT16_PRODUCT_ROWS = 64


def bank_similarities(vectors: np.ndarray, bank: np.ndarray) -> np.ndarray:
    """(texts, bank rows) float32: the dot products of the texts' vectors with the float16
    bank's rows, the vectors rounded to float16 and each product rounded to float16, as the
    float16 product gives them. Screening (a few texts) and training (thousands) compute them
    by the two routes of the same figures: they agree but for the last bit of a product in
    about one in a thousand, where float32's sums in another order round the other way. Torch
    both ways: numpy converts float16 an element at a time (a minute for training's rows)."""
    import torch

    texts = torch.from_numpy(np.ascontiguousarray(vectors, dtype=np.float16))
    rows = torch.from_numpy(bank)
    if len(texts) <= FLOAT16_PRODUCT_ROWS:
        # The bank's two halves on the two cores (``beside``): each product is the same
        # whichever half its row is in, and the products are the cost (a second text doubles
        # it): one text 2.6 -> 1.7 ms, a prompt and its caption 5.3 -> 3.1 ms (2-core EPYC).
        first, second = rows.chunk(2)
        products = beside(lambda: texts @ first.T, lambda: texts @ second.T)
        return torch.cat(products, dim=1).float().numpy()
    rows = rows.float()
    # Training's rows in two halves side by side (torch runs one thread in this process, as
    # screening does); each row's products are the same whichever half it is in.
    top, bottom = texts.chunk(2)
    halves = beside(
        lambda: (top.float() @ rows.T).half().float(),
        lambda: (bottom.float() @ rows.T).half().float(),
    )
    return torch.cat(halves).numpy()


def neighbour_features(similarities: np.ndarray, offsets: np.ndarray, k: int) -> np.ndarray:
    """(texts, classes): per class, the mean of a text's ``k`` highest cosine similarities to
    that class's bank rows. ``similarities`` is (texts, bank rows) with the bank sorted by
    class, ``offsets[i]:offsets[i + 1]`` being class i's rows; a class with no rows gives 0."""
    import torch

    table = torch.from_numpy(np.ascontiguousarray(similarities, dtype=np.float32))
    out = np.zeros((similarities.shape[0], len(offsets) - 1), dtype=np.float32)
    for i, (start, end) in enumerate(itertools.pairwise(offsets)):
        if end > start:
            nearest = table[:, start:end].topk(min(k, end - start), dim=1).values
            out[:, i] = nearest.mean(dim=1).numpy()
    return out


def char_vectorizer(spec: dict[str, Any]) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer=spec["analyzer"],
        ngram_range=tuple(spec["ngram_range"]),
        n_features=int(spec["n_features"]),
        alternate_sign=False,
        norm=None,
        lowercase=False,  # normalize() has already folded case
        dtype=np.float32,
    )


def char_features(vectorizer: Any, texts: list[str], idf: np.ndarray, sublinear: bool) -> Any:
    """Hashed n-gram counts, sublinear tf, times idf, each row L2-normalised (scipy CSR)."""
    from sklearn.preprocessing import normalize as l2_normalize

    counts = vectorizer.transform(texts).tocsr()
    if sublinear:
        counts.data = 1.0 + np.log(counts.data)
    counts = counts.multiply(idf.reshape(1, -1)).tocsr()
    return l2_normalize(counts, norm="l2", copy=False).astype(np.float32)


@dataclass
class Neighbours:
    """The train split's embeddings sorted by class, and the head's weights for a text's
    similarity to each class's nearest rows."""

    bank: np.ndarray  # (bank rows, dim), float16
    offsets: np.ndarray  # (classes + 1,): class i's rows are offsets[i]:offsets[i + 1]
    coef: np.ndarray  # (classes, classes)
    k: int
    weight: float

    def logits(self, vectors: np.ndarray) -> np.ndarray:
        """(texts, classes): the logits the texts' neighbours add. The bank is read once for all
        the texts, in float16 as the artifact stores it (``bank_similarities``): the product's
        time is the time to read the bank from memory, and in float32 it took three times as
        long (26,316 rows: 9.1 ms against 2.7 for a prompt's joined text and its caption, on a
        2-core EPYC; docs/benchmarks.md)."""
        near = neighbour_features(bank_similarities(vectors, self.bank), self.offsets, self.k)
        logits: np.ndarray = near @ self.coef.T * self.weight
        return logits


@dataclass
class GuidelineClassifier:
    version: str
    spec: dict[str, Any]
    classes: tuple[str, ...]
    coef_embedding: np.ndarray  # (classes, dim)
    coef_char: np.ndarray  # (classes, n_features)
    # (classes, dim) for the caption's own embedding as a second segment (spec "segments"), or
    # None for an artifact whose head reads the joined text only.
    coef_segment: np.ndarray | None
    intercept: np.ndarray  # (classes,)
    idf: np.ndarray  # (n_features,)
    encoder: Encoder
    neighbours: Neighbours | None = None  # spec "neighbours"; None for older artifacts
    tuned: Any = None  # spec "tuned": a ``tuned.Tuned``, mixed in; None for older artifacts
    # (classes,): what having no prompt adds to the logits (spec "no_prompt"); None for an
    # artifact built without the marker.
    coef_no_prompt: np.ndarray | None = None
    _vectorizer: Any = None

    @property
    def thresholds(self) -> dict[str, Any]:
        thresholds: dict[str, Any] = self.spec["thresholds"]
        return thresholds

    def _logits(
        self,
        texts: list[str],
        vectors: np.ndarray,
        segments: dict[int, int] | None,
        no_prompt: list[bool] | None = None,
    ) -> np.ndarray:
        """Logits of ``texts`` with their embeddings ``vectors``; ``segments`` maps a text's row
        to the row whose embedding is its caption segment (a head with segments reads zeros
        where a text has none); ``no_prompt`` says which texts have no prompt (a head with the
        marker reads it; None: every text has one)."""
        if self._vectorizer is None:
            self._vectorizer = char_vectorizer(self.spec["char"])
        weights = self.spec["block_weights"]
        embedded = vectors * float(weights["embedding"])
        chars = char_features(
            self._vectorizer, texts, self.idf, bool(self.spec["char"]["sublinear_tf"])
        )
        logits = embedded @ self.coef_embedding.T + self.intercept
        if self.coef_segment is not None:
            for row, segment_row in (segments or {}).items():
                logits[row] += (
                    vectors[segment_row] @ self.coef_segment.T * float(weights["embedding"])
                )
        for row in range(len(texts)):
            start, end = chars.indptr[row], chars.indptr[row + 1]
            columns, values = chars.indices[start:end], chars.data[start:end]
            logits[row] += self.coef_char[:, columns] @ values * float(weights["char"])
        if self.neighbours is not None:
            logits += self.neighbours.logits(np.ascontiguousarray(vectors, dtype=np.float32))
        if self.coef_no_prompt is not None and no_prompt:
            weight = float(self.spec["no_prompt"]["weight"])
            logits[np.array(no_prompt, dtype=bool)] += self.coef_no_prompt * weight
        return logits

    def probabilities(
        self,
        texts: list[str],
        segments: dict[int, int] | None = None,
        no_prompt: list[bool] | None = None,
    ) -> np.ndarray:
        """(texts, classes) probabilities; texts already joined and normalised. With a tuned
        layer, e5's lower layers run once for the shipped last layer and the tuned one, and the
        tuned head's probabilities are mixed in (it reads the caption segment as the head does)."""
        if self.tuned is None:
            return softmax(self._logits(texts, self.encoder.encode(texts), segments, no_prompt))
        vectors, tuned_vectors = self.encoder.model.encode_tuned(texts, self.tuned.layer)
        captions = np.zeros_like(tuned_vectors)
        for row, segment_row in (segments or {}).items():
            captions[row] = tuned_vectors[segment_row]
        return self.tuned.mix(
            softmax(self._logits(texts, vectors, segments, no_prompt)),
            self.tuned.probabilities(tuned_vectors, captions),
        )

    def scores(self, *, prompt: str, caption: str) -> dict[str, float]:
        """One probability per category for a prompt and its caption. With both present, the
        caption is also encoded alone (one batch with the joined text): a head with segments
        reads its embedding beside the joined text's, and with ``caption_alone`` in the spec
        the caption is also scored alone and each harmful category keeps the higher of the
        two, so harm in the caption is not diluted by an innocent prompt."""
        return self.readings(prompt=prompt, caption=caption)[0]

    def readings(
        self, *, prompt: str, caption: str
    ) -> tuple[dict[str, float], dict[str, float] | None]:
        """``scores`` and, where the caption is encoded alone, the caption's own scores: what it
        would get posted as a comment, from the same encoding (None where it is not)."""
        texts = [texts_join(prompt, caption)]
        # Only a head with the marker needs to know (the caption alone is read as a comment).
        no_prompt = [not normalize(prompt or "")] if self.coef_no_prompt is not None else None
        if caption_scored_alone(prompt, caption) and (
            self.spec.get("caption_alone") or self.coef_segment is not None
        ):
            texts.append(normalize(caption))
            if no_prompt is not None:
                no_prompt.append(True)
        rows = self.probabilities(texts, {0: 1} if len(texts) > 1 else None, no_prompt)
        scores = {name: float(rows[0, i]) for i, name in enumerate(self.classes)}
        alone = None
        if len(texts) > 1:
            alone = {name: float(rows[1, i]) for i, name in enumerate(self.classes)}
            if self.spec.get("caption_alone"):
                for name in self.classes:
                    combine = min if name == BENIGN else max
                    scores[name] = combine(scores[name], alone[name])
        return scores, alone


def softmax(logits: np.ndarray) -> np.ndarray:
    """Rows of probabilities from rows of logits."""
    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    out: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
    return out


def scores_decide(scores: dict[str, float], thresholds: dict[str, Any]) -> tuple[str, str]:
    """(verdict, category) from the classifier's scores alone.

    Block categories are ranked by their score's ratio to their block threshold. A text is
    blocked, under the first, when the block categories together are at least as likely as
    benign and either the first clears its threshold by the margin, or the second reaches
    ``PAIR_SHARE`` of its own and the two scores together clear the higher of their two
    thresholds by the margin: two categories that share the harm (hate and harassment,
    fake_crisis and fake_credible_source, goading to self-harm read as both) would otherwise
    each stay under their line. A first category over its threshold without that holds the
    text for review. Below every block threshold, a harm score (1 - benign) at or above the
    review threshold holds the text under the likeliest non-benign category; otherwise allow."""
    block = thresholds["block"]
    ratios = {name: scores.get(name, 0.0) / block[name] for name in block}
    first, *others = sorted(ratios, key=lambda name: ratios[name], reverse=True)
    margin = 1.0 + float(thresholds.get("block_margin", 0.0))
    # Only harm the classifier finds likelier than benign blocks; a text it reads as mostly
    # innocent, or just over the line, goes to a moderator instead.
    likelier = sum(scores.get(name, 0.0) for name in block) >= scores.get(BENIGN, 0.0)
    cleared = ratios[first] >= margin
    if others and not cleared and ratios[others[0]] >= PAIR_SHARE:
        second = others[0]
        together = scores.get(first, 0.0) + scores.get(second, 0.0)
        cleared = together / max(block[first], block[second]) >= margin
    if likelier and cleared:
        return "block", first
    if ratios[first] >= 1.0:
        return "review", first
    if 1.0 - scores.get(BENIGN, 0.0) >= thresholds["review"]:
        harmful = {name: value for name, value in scores.items() if name != BENIGN}
        return "review", max(harmful, key=lambda name: harmful[name])
    return "allow", ""


def artifact_dir(root: Path | None = None, version: str | None = None) -> Path:
    """The folder of an artifact version; by default the one ``CURRENT`` names."""
    root = root or CLASSIFIER_DIR
    if version is None:
        current = root / CURRENT_FILE
        if not current.is_file():
            raise ClassifierArtifactError(
                f"No classifier artifact: {current} is missing (run `manage.py moderation_train`)"
            )
        version = current.read_text(encoding="utf-8").strip()
    return root / version


def spec_read(
    spec_path: Path, beside: Path, *, what: str, version: int, error: type[Exception]
) -> dict[str, Any]:
    """The JSON object in ``spec_path``, after checking that it and the data file ``beside`` it
    are there and that its ``format`` is ``version``; raises ``error`` saying what is wrong."""
    for path in (spec_path, beside):
        if not path.is_file():
            raise error(f"{what} incomplete: {path} is missing")
    try:
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise error(f"{spec_path} is not valid JSON: {exc}") from exc
    if not isinstance(spec, dict) or spec.get("format") != version:
        found = spec.get("format") if isinstance(spec, dict) else "?"
        raise error(f"{spec_path}: {what} format {found} is not {version}")
    return spec


def classifier_load(directory: Path) -> GuidelineClassifier:
    """Read and check an artifact; raises ClassifierArtifactError with the reason."""
    spec_path, weights_path = directory / SPEC_FILE, directory / WEIGHTS_FILE
    spec = spec_read(
        spec_path,
        weights_path,
        what="Classifier artifact",
        version=ARTIFACT_FORMAT,
        error=ClassifierArtifactError,
    )
    digest = file_sha256(weights_path)
    if digest != spec.get("weights_sha256"):
        raise ClassifierArtifactError(
            f"{weights_path} has SHA-256 {digest}, the artifact expects "
            f"{spec.get('weights_sha256')}: corrupt or replaced, refused"
        )
    wanted = spec.get("encoder") or {}
    try:
        encoder = encoder_get(str(wanted.get("name")))
    except ValueError as exc:
        raise ClassifierArtifactError(f"{spec_path}: {exc}") from exc
    if encoder.weights_sha256 != wanted.get("weights_sha256") or encoder.dim != wanted.get("dim"):
        raise ClassifierArtifactError(
            f"{spec_path} was built for encoder {wanted.get('name')} with weights "
            f"{wanted.get('weights_sha256')} ({wanted.get('dim')}-d); the installed one has "
            f"{encoder.weights_sha256} ({encoder.dim}-d): retrain with `manage.py moderation_train`"
        )
    with np.load(weights_path, allow_pickle=False) as arrays:
        coef, intercept, idf = arrays["coef"], arrays["intercept"], arrays["idf"]
        bank, offsets = arrays.get("bank"), arrays.get("bank_offsets")
        tuned_arrays = {name: arrays[name] for name in arrays.files if name.startswith("tuned.")}
    classes = tuple(spec["classes"])
    n_features = int(spec["char"]["n_features"])
    segment_dim = encoder.dim if spec.get("segments") else 0
    columns = encoder.dim + segment_dim + n_features
    wanted_neighbours = spec.get("neighbours")  # None for artifacts up to v9
    n_neighbours = len(classes) if wanted_neighbours else 0
    n_marker = 1 if spec.get("no_prompt") else 0  # None without the marker
    neighbours = None
    if wanted_neighbours and bank is not None and offsets is not None:
        neighbours = Neighbours(
            bank=np.ascontiguousarray(bank, dtype=np.float16),
            offsets=offsets.astype(np.int64),
            coef=np.ascontiguousarray(coef[:, columns : columns + n_neighbours], dtype=np.float32),
            k=int(wanted_neighbours["k"]),
            weight=float(wanted_neighbours["weight"]),
        )
    width = columns + n_neighbours + n_marker
    fits = coef.shape == (len(classes), width) and idf.shape == (n_features,)
    if wanted_neighbours:
        fits = fits and (
            neighbours is not None
            and neighbours.bank.shape == (int(wanted_neighbours["rows"]), encoder.dim)
            and neighbours.offsets.shape == (len(classes) + 1,)
            and int(neighbours.offsets[-1]) == neighbours.bank.shape[0]
        )
    if not fits:
        raise ClassifierArtifactError(
            f"{weights_path}: arrays of shape {coef.shape} / {idf.shape} do not fit the spec"
        )
    return GuidelineClassifier(
        tuned=_tuned_load(spec, tuned_arrays, encoder, weights_path),
        version=str(spec["version"]),
        spec=spec,
        classes=classes,
        coef_embedding=np.ascontiguousarray(coef[:, : encoder.dim], dtype=np.float32),
        coef_char=np.ascontiguousarray(
            coef[:, encoder.dim + segment_dim : columns], dtype=np.float32
        ),
        coef_segment=np.ascontiguousarray(
            coef[:, encoder.dim : encoder.dim + segment_dim], dtype=np.float32
        )
        if segment_dim
        else None,
        intercept=intercept.astype(np.float32),
        idf=idf.astype(np.float32),
        encoder=encoder,
        neighbours=neighbours,
        coef_no_prompt=coef[:, columns + n_neighbours].astype(np.float32) if n_marker else None,
    )


def _tuned_load(
    spec: dict[str, Any], arrays: dict[str, np.ndarray], encoder: Encoder, weights_path: Path
) -> Any:
    """The artifact's tuned layer and head (``tuned.py``), or None where it has none."""
    wanted = spec.get("tuned")
    if not wanted:
        return None
    if encoder.model is None:
        raise ClassifierArtifactError(
            f"{weights_path}: a tuned layer needs the int8 e5 encoder, not {encoder.name}"
        )
    from apps.moderation.screening.tuned import Tuned

    try:
        return Tuned.load(arrays, float(wanted["weight"]), encoder.model)
    except (KeyError, ValueError, RuntimeError) as exc:
        raise ClassifierArtifactError(
            f"{weights_path}: the tuned layer does not fit the spec ({exc})"
        ) from exc


_current: GuidelineClassifier | None = None
_lock = threading.Lock()


def classifier_current() -> GuidelineClassifier:
    """The artifact named by ``CURRENT``, loaded once per process (raises if it cannot be)."""
    global _current
    if _current is None:
        with _lock:
            if _current is None:
                _current = classifier_load(artifact_dir())
    return _current


def classifier_use(directory: Path) -> GuidelineClassifier:
    """Screen with the artifact in ``directory`` instead of ``CURRENT``'s until the next reset
    (measuring a version before it ships; raises ClassifierArtifactError)."""
    global _current
    loaded = classifier_load(directory)
    with _lock:
        _current = loaded
    return loaded


def review_threshold_check(threshold: float) -> None:
    """Raise ValueError unless ``threshold`` is a review threshold: a harm score in (0, 1)."""
    if not 0.0 < threshold < 1.0:
        raise ValueError(f"The review threshold is a harm score between 0 and 1: {threshold}")


def block_margin_check(margin: float) -> None:
    """Raise ValueError unless ``margin`` is a block margin: relative, in [0, 1)."""
    if not 0.0 <= margin < 1.0:
        raise ValueError(f"The block margin is relative, from 0 up to 1: {margin} is not")


def classifier_operating_point(
    *, review: float | None = None, block_margin: float | None = None
) -> GuidelineClassifier:
    """Screen with the loaded artifact at another review threshold and/or block margin until the
    next reset (its block thresholds and weights unchanged): choosing them on validation,
    whole screener, without copying the artifact. Raises ValueError for a value out of range."""
    global _current
    given = {"review": review, "block_margin": block_margin}
    if review is not None:
        review_threshold_check(review)
    if block_margin is not None:
        block_margin_check(block_margin)
    classifier = classifier_current()
    given_only = {key: value for key, value in given.items() if value is not None}
    thresholds = {**classifier.thresholds, **given_only}
    changed = replace(classifier, spec={**classifier.spec, "thresholds": thresholds})
    with _lock:
        _current = changed
    return changed


def classifier_reset() -> None:
    """Forget the loaded artifact (after training, and in tests)."""
    global _current
    with _lock:
        _current = None
