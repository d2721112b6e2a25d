"""The classifier's head: multinomial logistic regression fitted by L-BFGS-B.

The objective and the stopping rule are scikit-learn's ``LogisticRegression(solver="lbfgs")``
(the mean weighted cross-entropy plus ``||W||^2 / (2 C sum(weights))``, the intercept not
penalised; stop when no gradient component exceeds ``TOL``), which artifacts up to v28 were
fitted with. What differs is how a gradient is computed, which was most of a rebuild's time:
scikit-learn multiplies the whole feature matrix as one sparse matrix, so the columns that are
non-zero in nearly every row (the embedding's 384, the neighbour features, the commonest
n-grams: two thirds of the non-zeros) go through sparse kernels. Here the columns non-zero in
more than ``DENSE_SHARE`` of the rows are a dense array multiplied by BLAS, the rest (most
n-grams, the caption's own embedding where a row has one) stay sparse, and the rows are cut in
``PARTS`` fixed halves computed side by side, one BLAS thread each, their sums added in a fixed
order: the same inputs give the same weights on any number of cores. A fit took 178 s with
scikit-learn and 78 s here (22,461 rows, 2-core EPYC; docs/benchmarks.md). Both stop at the same
tolerance from different float paths, so their weights are not equal; the artifact records which
fitted it.
"""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from apps.moderation.screening.classifier import softmax

TOL = 1e-4  # scikit-learn's default gtol for lbfgs
MAX_ITER = 3000
PARTS = 2  # row blocks computed side by side (the machine's two cores)
DENSE_SHARE = 0.25  # a column non-zero in more than this share of rows is kept dense


@dataclass
class SoftmaxRegression:
    """A fitted head: one row of ``coef_`` and one ``intercept_`` per class of ``classes_``."""

    classes_: np.ndarray
    coef_: np.ndarray  # (classes, features), float64
    intercept_: np.ndarray  # (classes,), float64
    n_iter_: int

    def predict_proba(self, matrix: Any) -> np.ndarray:
        logits = np.asarray(matrix @ self.coef_.T) + self.intercept_
        probs: np.ndarray = softmax(logits)
        return probs


@dataclass
class _Block:
    """One block of rows: its dense columns as an array, its sparse columns (and their
    transpose, for the gradient) as CSR, its targets and normalised weights."""

    dense: np.ndarray
    sparse: Any
    sparse_t: Any
    targets: np.ndarray  # (rows, classes) one-hot, float32
    weights: np.ndarray  # (rows, 1) float32, summing to 1 over all blocks

    def loss_gradient(
        self, dense_w: np.ndarray, sparse_w: np.ndarray, bias: np.ndarray
    ) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
        logits = self.dense @ dense_w.T + self.sparse @ sparse_w.T + bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        total = exp.sum(axis=1, keepdims=True)
        log_probs = logits - np.log(total)
        loss = -float((self.weights * self.targets * log_probs).sum(dtype=np.float64))
        residual = (exp / total - self.targets) * self.weights
        return (
            loss,
            residual.T @ self.dense,
            (self.sparse_t @ residual).T,
            residual.sum(axis=0, dtype=np.float64),
        )


def softmax_fit(
    matrix: Any,
    labels: list[str],
    sample_weight: np.ndarray,
    *,
    regularisation: float,  # scikit-learn's C: the larger, the weaker the penalty
    start: SoftmaxRegression | None = None,
    tol: float = TOL,
    max_iter: int = MAX_ITER,
) -> SoftmaxRegression:
    """Fit on ``matrix`` (scipy sparse, rows x features); from ``start``'s weights for each class
    it has, zero for the others (a refit on more rows converges in a fraction of the
    iterations)."""
    from scipy import sparse
    from scipy.optimize import minimize
    from threadpoolctl import threadpool_limits

    matrix = sparse.csr_matrix(matrix, dtype=np.float32)
    rows, features = matrix.shape
    classes = np.array(sorted(set(labels)))
    count = len(classes)
    column_rows = np.bincount(matrix.indices, minlength=features)
    dense_cols = np.flatnonzero(column_rows > DENSE_SHARE * rows)
    sparse_cols = np.flatnonzero(column_rows <= DENSE_SHARE * rows)
    targets = np.zeros((rows, count), dtype=np.float32)
    targets[np.arange(rows), np.searchsorted(classes, labels)] = 1.0
    weight_sum = float(np.sum(sample_weight, dtype=np.float64))
    weights = (np.asarray(sample_weight, dtype=np.float64) / weight_sum).astype(np.float32)
    blocks = []
    for first, last in itertools.pairwise(np.linspace(0, rows, PARTS + 1).astype(int)):
        part = matrix[first:last]
        part_sparse = part[:, sparse_cols].tocsr()
        blocks.append(
            _Block(
                dense=part[:, dense_cols].toarray(),
                sparse=part_sparse,
                sparse_t=part_sparse.T.tocsr(),
                targets=targets[first:last],
                weights=weights[first:last, None],
            )
        )
    penalty = 1.0 / (regularisation * weight_sum)
    size = count * features

    def loss_gradient(theta: np.ndarray, pool: ThreadPoolExecutor) -> tuple[float, np.ndarray]:
        coef = theta[:size].reshape(count, features)
        coef32 = coef.astype(np.float32)
        bias = theta[size:].astype(np.float32)
        dense_w, sparse_w = coef32[:, dense_cols], coef32[:, sparse_cols]
        parts = list(pool.map(lambda block: block.loss_gradient(dense_w, sparse_w, bias), blocks))
        gradient = penalty * coef  # a new array; the blocks' sums are added in a fixed order
        for _, dense_g, sparse_g, _ in parts:
            gradient[:, dense_cols] += dense_g
            gradient[:, sparse_cols] += sparse_g
        loss = sum(part[0] for part in parts) + 0.5 * penalty * float(
            np.dot(theta[:size], theta[:size])
        )
        bias_g = sum((part[3] for part in parts), np.zeros(count))
        return loss, np.concatenate([gradient.ravel(), bias_g])

    theta = np.zeros(size + count)
    if start is not None:
        coef, bias = theta[:size].reshape(count, features), theta[size:]  # views of theta
        start_rows = {name: index for index, name in enumerate(start.classes_)}
        for index, name in enumerate(classes):
            if name in start_rows:
                coef[index] = start.coef_[start_rows[name]]
                bias[index] = start.intercept_[start_rows[name]]
    with ThreadPoolExecutor(max_workers=PARTS) as pool, threadpool_limits(1, user_api="blas"):
        result = minimize(
            loss_gradient,
            theta,
            args=(pool,),
            method="L-BFGS-B",
            jac=True,
            options={
                "maxiter": max_iter,
                "maxls": 50,
                "gtol": tol,
                "ftol": 64 * np.finfo(float).eps,
            },
        )
    return SoftmaxRegression(
        classes_=classes,
        coef_=result.x[:size].reshape(count, features),
        intercept_=result.x[size:],
        n_iter_=int(result.nit),
    )
