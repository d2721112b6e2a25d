"""An engine for the fault tests, loaded by the test workers through
``CLIPMIX_REMIX_ENGINE_CLASS``: the effects engine, unless the prompt asks for a fault.

- ``fault:pause``: report ``PAUSED`` (with this process's id in ``paused-<seed>`` under
  ``CLIPMIX_FAULT_DIR``), then wait until ``release-<seed>`` exists there; a test acts on a job
  that is in the middle of its generation, then lets it go on.
- ``fault:crash``: the worker process dies on the spot, as it would on a segfault or the OOM
  killer, every time (a poison job).
- ``fault:error``: the engine raises ``EngineError`` every time (a model that cannot run).
"""

import os
import time
from pathlib import Path

from PIL import Image

from apps.remix.engines.base import EngineError, EngineOutput, Progress, RemixRequest
from apps.remix.engines.effects import EffectsEngine

PAUSED = "Paused by the fault test"
CRASHING = "Crashing the worker"
PAUSE = "fault:pause"
CRASH = "fault:crash"
ERROR = "fault:error"
ENGINE_ERROR = "the fault engine fails on purpose"
RELEASE_WAIT_SECONDS = 150


def fault_dir() -> Path:
    return Path(os.environ["CLIPMIX_FAULT_DIR"])


class FaultEngine:
    name = "effects"

    def __init__(self) -> None:
        self.effects = EffectsEngine()

    def generate(
        self, frame: Image.Image, request: RemixRequest, progress: Progress
    ) -> EngineOutput:
        if ERROR in request.prompt:
            raise EngineError(ENGINE_ERROR)
        if CRASH in request.prompt:
            progress(20, CRASHING)
            os._exit(70)
        if PAUSE in request.prompt:
            progress(30, PAUSED)
            (fault_dir() / f"paused-{request.seed}").write_text(str(os.getpid()))
            release = fault_dir() / f"release-{request.seed}"
            deadline = time.monotonic() + RELEASE_WAIT_SECONDS
            while not release.exists():
                if time.monotonic() > deadline:
                    raise EngineError("the fault test never released this job")
                time.sleep(0.1)
        return self.effects.generate(frame, request, progress)
