"""The one interface every generation engine offers the remix pipeline."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from PIL import Image

# The kinds of ``RemixJob.Kind`` (the one list; a test keeps this type in step with it).
Kind = Literal["restyle", "background", "face", "caption_only", "voice"]

# ``progress(percent, stage)``: how far the engine is (0-100) and what it is doing, in words a
# person reads ("Painting the background"). Called from the worker, as often as is useful.
Progress = Callable[[int, str], None]


class EngineError(Exception):
    """Generation failed in a way a retry may fix (out of memory, a crashed step)."""


class EngineRefusal(Exception):
    """The engine cannot make this remix, and trying again would not change that (no face in
    the frame for a face effect, no person to put somewhere else, a model file missing). The
    job fails at once with ``reason``, written for its requester; it is never retried.
    ``code`` is the job's ``reason_code``."""

    def __init__(self, reason: str, *, code: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass(frozen=True)
class RemixRequest:
    kind: Kind
    prompt: str
    caption: str = ""
    seed: int = 0
    at_seconds: float = 0.0  # where in the video the frame was taken

    @property
    def moment(self) -> str:
        """The frame's moment as people write it: "0:03", "1:02:05"."""
        total = max(0, int(self.at_seconds))
        hours, rest = divmod(total, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@dataclass(frozen=True)
class EngineOutput:
    image: Image.Image  # RGB; the caption is not drawn yet (the pipeline draws it)
    engine: Literal["diffusion", "effects"]
    detail: str  # what made it, for the credentials: the model's name, or the effect's


class Engine(Protocol):
    @property
    def name(self) -> str:  # "diffusion" or "effects"
        ...

    def generate(
        self, frame: Image.Image, request: RemixRequest, progress: Progress
    ) -> EngineOutput: ...
