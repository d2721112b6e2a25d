"""The diffusion engine: a diffusers Stable Diffusion pipeline behind the engine interface.

- ``restyle``: image-to-image on the whole frame.
- ``face``: the faces OpenCV's Haar cascade finds are repainted, the rest of the frame is kept.
- ``background``: everything but the person (a face-anchored head-and-body shape) is repainted.
- ``caption_only``: the frame comes back unchanged (resized to the working size).

The model (``CLIPMIX_REMIX_MODEL``: a local directory written by ``save_pretrained``, or a model
id already in the local Hugging Face cache) loads once per process and device, lazily, with the
safety checker off (our own screening runs instead). Nothing is ever downloaded at run time.

Masks: an inpainting model (a UNet with 9 input channels) inpaints with the mask. An ordinary
model (4 input channels, which is what most checkpoints and the tests' tiny pipeline are) cannot:
it runs image-to-image on the whole frame and the result is composited, the original pixels
pasted back outside the (feathered) mask. Inpainting output is composited too, because the VAE
round trip also changes pixels outside the mask. Either way, what lies outside the mask is the
original, pixel for pixel.

torch and diffusers are imported inside functions only: importing this module is cheap.
"""

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from apps.core.images import face_cascade
from apps.remix.engines.base import EngineError, EngineOutput, Progress, RemixRequest

# The longest side may be at most this many times the short one; taller frames are cropped.
MAX_ASPECT = 2.0
# Face detection runs on a copy of the frame with at least this short side (when the frame has
# it): the cascade needs faces of some 30 px, which a 64 px working image does not have.
DETECTION_SHORT_SIDE = 512

STAGE_LOADING = "Loading the model"
STAGE_FINISHING = "Finishing"


def stage_step(step: int, total: int) -> str:
    return f"Generating (step {step} of {total})"


# ---------------------------------------------------------------------------------------------
# Sizes and masks (no torch)


def working_image(frame: Image.Image, size: int) -> Image.Image:
    """``frame`` in RGB with its short side ``size`` and its long side a multiple of 8 (at most
    ``MAX_ASPECT`` times the short side), centre-cropped so the aspect ratio barely changes."""
    image = frame.convert("RGB")
    scale = size / min(image.size)
    resized = (max(size, round(image.width * scale)), max(size, round(image.height * scale)))
    limit = int(size * MAX_ASPECT) // 8 * 8
    width, height = (min(limit, side // 8 * 8) for side in resized)
    image = image.resize(resized, Image.Resampling.LANCZOS)
    left, top = (resized[0] - width) // 2, (resized[1] - height) // 2
    return image.crop((left, top, left + width, top + height))


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float


def faces_find(image: Image.Image) -> list[Box]:
    """Frontal faces in ``image`` (OpenCV's Haar cascade), in ``image``'s pixel coordinates,
    largest first."""
    import cv2

    short = min(image.size)
    scale = max(1.0, DETECTION_SHORT_SIDE / short) if short < DETECTION_SHORT_SIDE else 1.0
    probe = image.convert("L")
    if scale > 1.0:
        probe = probe.resize(
            (round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS
        )
    gray = cv2.equalizeHist(np.asarray(probe))
    minimum = max(24, int(min(probe.size) * 0.06))
    found = face_cascade().detectMultiScale(
        gray, scaleFactor=1.1, minNeighbors=5, minSize=(minimum, minimum)
    )
    boxes = [Box(x / scale, y / scale, w / scale, h / scale) for (x, y, w, h) in found]
    return sorted(boxes, key=lambda box: box.width * box.height, reverse=True)


def _feather(mask: Image.Image) -> Image.Image:
    return mask.filter(ImageFilter.GaussianBlur(radius=max(1.0, min(mask.size) * 0.02)))


def _head(draw: ImageDraw.ImageDraw, face: Box) -> None:
    # The cascade's box is the inner face; the ellipse takes in forehead, hair line and chin.
    cx, cy = face.x + face.width / 2, face.y + face.height * 0.45
    rx, ry = face.width * 0.65, face.height * 0.85
    draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=255)


def face_mask(image: Image.Image, faces: list[Box]) -> Image.Image:
    """White where faces are (feathered). With no face found, an ellipse where a face sits in
    most portrait videos (upper centre), so a ``face`` remix still edits something sensible."""
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    width, height = image.size
    for face in faces or [Box(width * 0.35, height * 0.2, width * 0.3, height * 0.22)]:
        _head(draw, face)
    return _feather(mask)


def person_mask(image: Image.Image, faces: list[Box]) -> Image.Image:
    """White where the person is: a head and a body three faces wide below each face, down to
    the bottom edge; with no face found, a centre rectangle (the framing of most videos)."""
    mask = Image.new("L", image.size, 0)
    draw = ImageDraw.Draw(mask)
    width, height = image.size
    if not faces:
        draw.rectangle((width * 0.25, height * 0.15, width * 0.75, height), fill=255)
    for face in faces:
        _head(draw, face)
        cx = face.x + face.width / 2
        top = face.y + face.height * 0.85
        draw.rounded_rectangle(
            (cx - face.width * 1.5, top, cx + face.width * 1.5, height + face.height),
            radius=face.width * 0.5,
            fill=255,
        )
    return mask


def faces_in(image: Image.Image, frame: Image.Image | None = None) -> list[Box]:
    """Faces in the working ``image``, looked for in a sharper copy cut from ``frame`` (the
    frame it was made from) when that has more pixels."""
    if frame is None or min(frame.size) <= min(image.size):
        return faces_find(image)
    side = max(min(image.size), min(DETECTION_SHORT_SIDE, min(frame.size)) // 8 * 8)
    probe = working_image(frame, side)
    x_scale, y_scale = image.width / probe.width, image.height / probe.height
    return [
        Box(box.x * x_scale, box.y * y_scale, box.width * x_scale, box.height * y_scale)
        for box in faces_find(probe)
    ]


def edit_mask(
    image: Image.Image, kind: str, frame: Image.Image | None = None
) -> Image.Image | None:
    """The region a remix of ``kind`` may change (white) in the working ``image``, or None for
    all of it. ``frame``, the full-size frame ``image`` was made from, helps find faces."""
    if kind == "face":
        return face_mask(image, faces_in(image, frame))
    if kind == "background":
        person = person_mask(image, faces_in(image, frame))
        return _feather(ImageOps.invert(person))
    return None


def composite(original: Image.Image, generated: Image.Image, mask: Image.Image) -> Image.Image:
    """``generated`` where ``mask`` is white, ``original`` where it is black, blended between.
    Where the mask is 0 the result is the original exactly."""
    base = np.asarray(original.convert("RGB"), dtype=np.float32)
    new = np.asarray(generated.convert("RGB").resize(original.size), dtype=np.float32)
    alpha = np.asarray(mask.convert("L"), dtype=np.float32)[..., None] / 255.0
    blended = np.rint(base + (new - base) * alpha).clip(0, 255).astype(np.uint8)
    return Image.fromarray(blended, mode="RGB")


# ---------------------------------------------------------------------------------------------
# Loading (torch and diffusers, lazily; once per process, model and device)


@dataclass
class LoadedPipeline:
    image_to_image: Any
    inpainting: Any | None  # None when the model family has no inpainting variant
    device: str
    unet_in_channels: int
    # One generation at a time per pipeline: the scheduler keeps per-call state.
    lock: threading.Lock


_loaded: dict[tuple[str, str], LoadedPipeline] = {}
_loaded_lock = threading.Lock()


def device_choose() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _pipeline_load(model: str, device: str) -> LoadedPipeline:
    import torch
    from diffusers import AutoPipelineForImage2Image, AutoPipelineForInpainting

    dtype = torch.float16 if device == "cuda" else torch.float32
    try:
        image_to_image = AutoPipelineForImage2Image.from_pretrained(
            model,
            safety_checker=None,
            requires_safety_checker=False,
            local_files_only=True,  # never download at run time
            dtype=dtype,
        )
    except (OSError, ValueError) as error:
        raise EngineError(f"Could not load the diffusion model {model!r}: {error}") from error
    image_to_image = image_to_image.to(device)
    image_to_image.set_progress_bar_config(disable=True)
    try:
        # Same components, so the weights are in memory once.
        inpainting = AutoPipelineForInpainting.from_pipe(image_to_image)
        inpainting.set_progress_bar_config(disable=True)
    except ValueError:
        inpainting = None
    return LoadedPipeline(
        image_to_image=image_to_image,
        inpainting=inpainting,
        device=device,
        unet_in_channels=int(image_to_image.unet.config.in_channels),
        lock=threading.Lock(),
    )


def pipeline_get(model: str, device: str) -> LoadedPipeline:
    """The pipeline for ``model`` on ``device``, loaded on first use and kept for the process."""
    key = (model, device)
    with _loaded_lock:
        if key not in _loaded:
            _loaded[key] = _pipeline_load(model, device)
        return _loaded[key]


def pipelines_forget() -> None:
    """Drop every loaded pipeline (tests; a worker never needs it)."""
    with _loaded_lock:
        _loaded.clear()


# ---------------------------------------------------------------------------------------------
# The engine


def model_name(model: str) -> str:
    path = Path(model).expanduser()
    return path.resolve().name if path.is_dir() else model


def _model_check(model: str) -> None:
    """Refuse, at construction, a model that cannot load without a download."""
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "model_index.json").is_file():
            raise ValueError(
                f"The diffusion model directory {model!r} has no model_index.json: "
                "it must be a pipeline written by diffusers' save_pretrained."
            )
        return
    if path.exists():
        raise ValueError(f"The diffusion model {model!r} is a file, not a pipeline directory.")
    looks_like_path = path.is_absolute() or model.startswith((".", "~")) or model.count("/") > 1
    if looks_like_path:
        raise ValueError(f"The diffusion model directory {model!r} does not exist.")
    from huggingface_hub import try_to_load_from_cache

    try:
        cached = try_to_load_from_cache(model, "model_index.json")
    except ValueError:  # not a valid model id either
        cached = None
    if not isinstance(cached, str):
        raise ValueError(
            f"The diffusion model {model!r} is neither a local directory nor a model in the "
            "local Hugging Face cache. Nothing is downloaded at run time: download it ahead of "
            "time, or point CLIPMIX_REMIX_MODEL at a directory written by save_pretrained."
        )


class _ProgressFailed(Exception):
    """Carries an exception raised by the caller's progress callback through diffusers, so that
    it reaches the caller unchanged (a cancellation is not a generation error to retry)."""

    def __init__(self, original: BaseException) -> None:
        super().__init__(str(original))
        self.original = original


class DiffusionEngine:
    """Stable Diffusion remixes. Options:

    - ``steps``: scheduler steps for the full schedule; image-to-image runs
      ``int(steps * strength)`` of them.
    - ``strength``: how far from the frame the result may go (0 < strength ≤ 1).
    - ``guidance_scale``: how strongly the prompt steers (classifier-free guidance; ≤ 1 is off).
    - ``size``: the working image's short side in pixels, a multiple of 8.
    """

    name = "diffusion"

    def __init__(
        self,
        model: str,
        *,
        steps: int = 25,
        strength: float = 0.6,
        guidance_scale: float = 7.5,
        size: int = 512,
    ) -> None:
        if not 0 < strength <= 1:
            raise ValueError(f"Diffusion strength must be in (0, 1], not {strength}.")
        if steps < 1 or int(steps * strength) < 1:
            raise ValueError(
                f"Diffusion settings steps={steps}, strength={strength} run "
                f"int(steps × strength) = {int(steps * strength)} denoising steps; "
                "raise steps or strength so that at least one step runs."
            )
        if size < 8 or size % 8:
            raise ValueError(f"Diffusion size must be a positive multiple of 8, not {size}.")
        _model_check(model)
        self.model = model
        self.steps = steps
        self.strength = strength
        self.guidance_scale = guidance_scale
        self.size = size

    def generate(
        self, frame: Image.Image, request: RemixRequest, progress: Progress
    ) -> EngineOutput:
        image = working_image(frame, self.size)
        if request.kind == "caption_only":
            progress(100, STAGE_FINISHING)
            return self._output(image)
        mask = edit_mask(image, request.kind, frame)
        progress(0, STAGE_LOADING)
        pipeline = pipeline_get(self.model, device_choose())
        generated = self._run(pipeline, image, mask, request, progress)
        if mask is not None:
            generated = composite(image, generated, mask)
        progress(100, STAGE_FINISHING)
        return self._output(generated)

    def _output(self, image: Image.Image) -> EngineOutput:
        return EngineOutput(image=image.convert("RGB"), engine="diffusion", detail=self.detail)

    @property
    def detail(self) -> str:
        return model_name(self.model)

    def _run(
        self,
        pipeline: LoadedPipeline,
        image: Image.Image,
        mask: Image.Image | None,
        request: RemixRequest,
        progress: Progress,
    ) -> Image.Image:
        import torch

        expected_steps = min(int(self.steps * self.strength), self.steps)

        def on_step_end(pipe: Any, step: int, timestep: Any, tensors: dict) -> dict:
            total = getattr(pipe, "num_timesteps", None) or expected_steps
            try:
                progress(round(95 * (step + 1) / total), stage_step(step + 1, total))
            except Exception as error:
                raise _ProgressFailed(error) from error
            return tensors

        arguments: dict[str, Any] = {
            "prompt": request.prompt,
            "image": image,
            "strength": self.strength,
            "num_inference_steps": self.steps,
            "guidance_scale": self.guidance_scale,
            "callback_on_step_end": on_step_end,
            "output_type": "pil",
        }
        # A 9-channel UNet only inpaints; for a restyle, its mask is the whole frame.
        runner: Any = pipeline.image_to_image
        if pipeline.unet_in_channels == 9 and pipeline.inpainting is not None:
            runner = pipeline.inpainting
            arguments["mask_image"] = mask or Image.new("L", image.size, 255)
            arguments["width"], arguments["height"] = image.size
        try:
            with pipeline.lock:
                # On the pipeline's device, seeded: the same seed gives the same pixels.
                generator = torch.Generator(device=pipeline.device)
                generator.manual_seed(request.seed % 2**64)
                result = runner(generator=generator, **arguments)
        except _ProgressFailed as failure:
            raise failure.original from None
        except torch.cuda.OutOfMemoryError as error:
            torch.cuda.empty_cache()
            raise EngineError("The diffusion model ran out of GPU memory.") from error
        except Exception as error:
            raise EngineError(
                f"Diffusion generation failed ({type(error).__name__}: {error})."
            ) from error
        return result.images[0].convert("RGB")
