"""The diffusion engine: a diffusers Stable Diffusion pipeline behind the engine interface.

- ``restyle``: image-to-image on the whole frame.
- ``face``: the faces the face mesh finds are repainted, the rest of the frame is kept.
- ``background``: everything but the person (the segmentation model's soft matte) is repainted.

Faces and the person come from ``engines.vision``, the same models the effects engine uses; a
frame with no face (or no person) is refused with a reason, like there.
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
from PIL import Image

from apps.remix import errors
from apps.remix.engines.base import (
    EngineError,
    EngineOutput,
    EngineRefusal,
    Progress,
    RemixRequest,
)
from apps.remix.engines.vision import Face, faces_find, person_matte

# The longest side may be at most this many times the short one; taller frames are cropped.
MAX_ASPECT = 2.0
# Faces and the person are looked for in a copy of the frame with at least this short side
# (when the frame has it).
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


def _probe(image: Image.Image, frame: Image.Image | None) -> Image.Image:
    """The picture to look for faces and the person in: the working ``image``, or a sharper
    copy of it cut the same way from ``frame`` (the frame it was made from) when that has more
    pixels (the models want faces of some 20 px, which a 64 px working image does not have)."""
    if frame is None or min(frame.size) <= min(image.size):
        return image
    side = max(min(image.size), min(DETECTION_SHORT_SIDE, min(frame.size)) // 8 * 8)
    return working_image(frame, side)


def _faces_mask(pixels: np.ndarray, faces: list[Face]) -> np.ndarray:
    """255 over each face's outline grown to take in the forehead and hairline, feathered."""
    import cv2

    mask = np.zeros(pixels.shape[:2], np.float32)
    for face in faces:
        centre = face.oval.mean(axis=0)
        outline = (centre + (face.oval - centre) * 1.2).round().astype(np.int32)
        cv2.fillPoly(mask, [outline], 1.0)
    blurred = np.asarray(cv2.GaussianBlur(mask, (0, 0), max(1.0, min(mask.shape) * 0.02)))
    return np.asarray(blurred * 255, np.float32)


def edit_mask(
    image: Image.Image, kind: str, frame: Image.Image | None = None, *, moment: str = "0:00"
) -> Image.Image | None:
    """The region a remix of ``kind`` may change (white) in the working ``image``, or None for
    all of it: the faces for ``face``, all but the person (their soft matte) for
    ``background``. ``frame``, the full-size frame ``image`` was made from, helps find them.
    Raises ``EngineRefusal`` when there is no face (or no person) to edit around."""
    if kind not in ("face", "background"):
        return None
    probe = _probe(image, frame)
    pixels = np.asarray(probe.convert("RGB"))
    faces = faces_find(pixels)
    if kind == "face":
        if not faces:
            raise EngineRefusal(errors.NO_FACE.format(at=moment), code="no_face")
        values = _faces_mask(pixels, faces)
    else:
        alpha = person_matte(pixels, faces)
        if alpha is None:
            raise EngineRefusal(errors.NO_PERSON.format(at=moment), code="no_person")
        values = (1.0 - alpha) * 255
    mask = Image.fromarray(np.clip(values, 0, 255).astype(np.uint8), mode="L")
    return mask.resize(image.size, Image.Resampling.BILINEAR)


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
        mask = edit_mask(image, request.kind, frame, moment=request.moment)
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
