"""The classifier head's fit (``screening/softmax.py``): scikit-learn's objective reached to its
tolerance, the same weights on every run, and the neighbours' similarities computed alike for a
few texts (screening) and for thousands (training)."""

import numpy as np
import pytest
from scipy import sparse

from apps.moderation.screening.classifier import FLOAT16_PRODUCT_ROWS, bank_similarities
from apps.moderation.screening.softmax import SoftmaxRegression, softmax_fit


def problem(seed: int = 3, rows: int = 600) -> tuple[sparse.csr_matrix, list[str], np.ndarray]:
    """Dense columns (an embedding) beside sparse ones (n-grams), four classes that depend on
    both, and uneven sample weights: the head's kind of input, small."""
    rng = np.random.default_rng(seed)
    dense = rng.standard_normal((rows, 12)).astype(np.float32)
    grams = sparse.random(
        rows, 300, density=0.03, format="csr", random_state=seed, dtype=np.float32
    )
    truth = rng.standard_normal((4, 312))
    logits = np.hstack([dense, grams.toarray()]) @ truth.T + rng.gumbel(size=(rows, 4))
    labels = [("benign", "hate", "self_harm", "borderline")[i] for i in logits.argmax(axis=1)]
    weights = np.where(np.array(labels) == "benign", 4.0, 1.0)
    return sparse.hstack([sparse.csr_matrix(dense), grams], format="csr"), labels, weights


def objective(model: SoftmaxRegression, matrix, labels, weights, regularisation: float) -> float:
    """scikit-learn's objective for multinomial logistic regression with sample weights."""
    probs = model.predict_proba(matrix)
    rows = np.arange(len(labels))
    target = np.searchsorted(model.classes_, labels)
    loss = -(weights * np.log(probs[rows, target])).sum() / weights.sum()
    return float(loss + (model.coef_**2).sum() / (2 * regularisation * weights.sum()))


def test_the_fit_reaches_scikit_learns_optimum():
    from sklearn.linear_model import LogisticRegression

    matrix, labels, weights = problem()
    ours = softmax_fit(matrix, labels, weights, regularisation=4.0, tol=1e-7)
    theirs = LogisticRegression(C=4.0, tol=1e-7, max_iter=5000).fit(
        matrix, labels, sample_weight=weights
    )
    assert list(ours.classes_) == list(theirs.classes_)
    reference = SoftmaxRegression(theirs.classes_, theirs.coef_, theirs.intercept_, 0)
    assert objective(ours, matrix, labels, weights, 4.0) == pytest.approx(
        objective(reference, matrix, labels, weights, 4.0), rel=1e-5
    )
    np.testing.assert_allclose(ours.predict_proba(matrix), theirs.predict_proba(matrix), atol=1e-3)


def test_the_fit_is_the_same_every_time_and_a_warm_start_needs_fewer_steps():
    grown, grown_labels, grown_weights = problem(rows=900)
    matrix, labels, weights = grown[:600], grown_labels[:600], grown_weights[:600]
    first = softmax_fit(matrix, labels, weights, regularisation=4.0)
    again = softmax_fit(matrix, labels, weights, regularisation=4.0)
    assert first.coef_.tobytes() == again.coef_.tobytes()
    assert first.intercept_.tobytes() == again.intercept_.tobytes()

    # A refit on more rows (train and validation) from the first fit's weights.
    cold = softmax_fit(grown, grown_labels, grown_weights, regularisation=4.0)
    warm = softmax_fit(grown, grown_labels, grown_weights, regularisation=4.0, start=first)
    assert warm.n_iter_ < cold.n_iter_
    np.testing.assert_allclose(warm.predict_proba(grown), cold.predict_proba(grown), atol=0.05)


def test_a_few_texts_and_thousands_get_the_same_similarities():
    # Screening multiplies a prompt's texts by torch in float16, training thousands of rows in
    # float32 and rounds after: the same figures but for a rare last bit.
    rng = np.random.default_rng(11)
    bank = rng.standard_normal((3000, 64)).astype(np.float32)
    bank = (bank / np.linalg.norm(bank, axis=1, keepdims=True)).astype(np.float16)
    texts = bank[:200].astype(np.float32) + 0.1 * rng.standard_normal((200, 64)).astype(np.float32)
    texts /= np.linalg.norm(texts, axis=1, keepdims=True)

    many = bank_similarities(texts, bank)
    few = np.concatenate(
        [bank_similarities(texts[start : start + 2], bank) for start in range(0, len(texts), 2)]
    )
    assert len(texts) > FLOAT16_PRODUCT_ROWS >= 2
    assert many.dtype == few.dtype == np.float32
    differ = many != few
    assert differ.mean() < 0.01
    # Where they differ, by float16's last bit at the value (at most 2**-11 relative).
    assert (np.abs(many - few)[differ] <= np.abs(many[differ]) * 2**-10 + 1e-7).all()
    np.testing.assert_array_equal(many, many.astype(np.float16).astype(np.float32))
