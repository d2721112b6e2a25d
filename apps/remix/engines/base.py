"""The one interface every generation engine offers the remix pipeline."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from PIL import Image

# The kinds of ``RemixJob.Kind`` (the one list; a test keeps this type in step with it).
Kind = Literal["restyle", "background", "face", "caption_only"]

# ``progress(percent, stage)``: how far the engine is (0-100) and what it is doing, in words a
# person reads ("Painting the background"). Called from the worker, as often as is useful.
Progress = Callable[[int, str], None]


class EngineError(Exception):
    """Generation failed in a way a retry may fix (out of memory, a crashed step)."""


@dataclass(frozen=True)
class RemixRequest:
    kind: Kind
    prompt: str
    caption: str = ""
    seed: int = 0


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
