"""The diffusion engine on the tiny random-weight pipeline, loaded through ``from_pretrained``."""

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import av
import numpy as np
import pytest
import skimage.data
import torch
from PIL import Image

from apps.remix import errors
from apps.remix.engines import diffusion
from apps.remix.engines.base import EngineError, EngineRefusal, RemixRequest
from apps.remix.engines.diffusion import (
    STAGE_FINISHING,
    DiffusionEngine,
    edit_mask,
    pipeline_get,
    pipelines_forget,
    working_image,
)
from apps.remix.engines.vision import faces_find
from apps.videos.demo import synthetic_video_write
from tests.remix.tiny_pipeline import tiny_pipeline_save

ROOT = Path(__file__).resolve().parents[2]
SIZE = 64
# int(steps * strength) = 2 denoising steps
OPTIONS = {"steps": 4, "strength": 0.5, "size": SIZE}


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    return tiny_pipeline_save(tmp_path_factory.mktemp("models") / "tiny-sd")


@pytest.fixture(scope="session")
def video_frame(tmp_path_factory) -> Image.Image:
    path = synthetic_video_write(tmp_path_factory.mktemp("video") / "clip.mp4", seconds=0.5)
    with av.open(str(path)) as container:
        return next(container.decode(video=0)).to_image()


@pytest.fixture(scope="session")
def portrait() -> Image.Image:
    return Image.fromarray(skimage.data.astronaut())


@pytest.fixture
def engine(tiny_model) -> DiffusionEngine:
    return DiffusionEngine(str(tiny_model), **OPTIONS)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[int, str]] = []

    def __call__(self, percent: int, stage: str) -> None:
        self.calls.append((percent, stage))


def _pixels(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGB"), dtype=np.int16)


def test_restyle_returns_an_rgb_image_at_the_working_size_that_differs_from_the_frame(
    engine, video_frame
):
    output = engine.generate(video_frame, RemixRequest("restyle", "a watercolour"), Recorder())

    assert video_frame.size == (360, 640)
    assert output.image.mode == "RGB"
    assert output.image.size == (64, 112)  # short side 64, long side a multiple of 8
    assert output.engine == "diffusion"
    assert output.detail == "tiny-sd"
    difference = np.abs(_pixels(output.image) - _pixels(working_image(video_frame, SIZE)))
    assert difference.mean() > 10


def test_working_size_keeps_the_aspect_ratio_in_multiples_of_8():
    assert working_image(Image.new("RGB", (360, 640)), 512).size == (512, 904)
    assert working_image(Image.new("RGB", (1920, 1080)), 512).size == (904, 512)
    assert working_image(Image.new("RGB", (100, 1000)), 64).size == (64, 128)  # capped at 2:1


def test_the_face_mask_of_a_64_px_working_image_lies_on_the_face(portrait):
    small = working_image(portrait, SIZE)  # looked for in a 512 px copy cut the same way

    mask = np.asarray(edit_mask(small, "face", portrait))

    assert mask.shape == (SIZE, SIZE)
    # The face (about 200-270 x 70-180 in the 512 px photo) is white, the top corners black.
    assert mask[int(125 / 8), int(225 / 8)] > 240
    assert mask[:4, :4].max() == 0


@pytest.mark.parametrize("kind", ["face", "background"])
def test_masked_kinds_change_the_mask_and_keep_the_original_outside_it(engine, portrait, kind):
    output = engine.generate(portrait, RemixRequest(kind, "a clown", seed=5), Recorder())

    original = working_image(portrait, SIZE)
    mask = np.asarray(edit_mask(original, kind, portrait))
    outside, inside = mask == 0, mask > 250
    assert outside.any()
    assert inside.any()
    difference = np.abs(_pixels(output.image) - _pixels(original))
    assert output.image.size == original.size
    assert difference[outside].max() == 0
    assert difference[inside].mean() > 10


def test_face_mask_covers_the_face_and_background_mask_spares_the_person(portrait):
    image = working_image(portrait, 512)
    (face,) = faces_find(np.asarray(image))
    nose = tuple(int(v) for v in face.point(1))

    assert edit_mask(image, "face").getpixel(nose) > 240
    assert edit_mask(image, "face").getpixel((1, 1)) == 0
    assert edit_mask(image, "background").getpixel(nose) == 0
    assert edit_mask(image, "background").getpixel((1, 1)) > 240  # a corner is background
    assert edit_mask(image, "restyle") is None


@pytest.mark.parametrize(
    ("kind", "reason"), [("face", errors.NO_FACE), ("background", errors.NO_PERSON)]
)
def test_a_frame_without_a_face_is_refused_with_the_moment(engine, video_frame, kind, reason):
    request = RemixRequest(kind, "a clown", at_seconds=3.4)

    with pytest.raises(EngineRefusal) as refused:
        engine.generate(video_frame, request, Recorder())

    assert refused.value.reason == reason.format(at="0:03")
    assert refused.value.code == ("no_face" if kind == "face" else "no_person")


def test_caption_only_returns_the_frame_unchanged_at_the_working_size(engine, video_frame):
    progress = Recorder()

    output = engine.generate(video_frame, RemixRequest("caption_only", "", "Monday"), progress)

    assert np.array_equal(_pixels(output.image), _pixels(working_image(video_frame, SIZE)))
    assert progress.calls == [(100, STAGE_FINISHING)]


def test_the_same_seed_gives_the_same_pixels_and_another_seed_others(engine, video_frame):
    def run(seed: int) -> np.ndarray:
        request = RemixRequest("restyle", "a beach at sunset", seed=seed)
        return _pixels(engine.generate(video_frame, request, Recorder()).image)

    first, again, other = run(7), run(7), run(8)

    assert np.array_equal(first, again)
    assert not np.array_equal(first, other)


def test_progress_rises_step_by_step_to_100(engine, video_frame):
    progress = Recorder()

    engine.generate(video_frame, RemixRequest("restyle", "neon"), progress)

    percents = [percent for percent, _ in progress.calls]
    assert percents == sorted(percents)
    assert percents[-1] == 100
    assert all(0 <= percent <= 100 for percent in percents)
    stages = [stage for _, stage in progress.calls]
    assert "Generating (step 1 of 2)" in stages
    assert "Generating (step 2 of 2)" in stages


def test_an_error_raised_by_progress_reaches_the_caller_unchanged(engine, video_frame):
    class Cancelled(Exception):
        pass

    def cancel(percent: int, stage: str) -> None:
        if stage.startswith("Generating"):
            raise Cancelled

    with pytest.raises(Cancelled):
        engine.generate(video_frame, RemixRequest("restyle", "neon"), cancel)


def test_too_few_steps_for_the_strength_are_refused_up_front(tiny_model):
    with pytest.raises(ValueError, match=r"steps=3, strength=0\.3"):
        DiffusionEngine(str(tiny_model), steps=3, strength=0.3)


def test_a_size_that_is_not_a_multiple_of_8_is_refused(tiny_model):
    with pytest.raises(ValueError, match="multiple of 8"):
        DiffusionEngine(str(tiny_model), size=100)


def test_a_missing_model_directory_is_refused_with_its_name(tmp_path):
    missing = tmp_path / "no-such-model"

    with pytest.raises(ValueError, match=r"no-such-model.*does not exist"):
        DiffusionEngine(str(missing))


def test_a_model_id_that_is_not_cached_locally_is_refused_without_downloading():
    with pytest.raises(ValueError, match="Nothing is downloaded at run time"):
        DiffusionEngine("clipmix-tests/not-a-cached-model")


def test_a_model_directory_removed_after_start_up_fails_with_an_engine_error(
    tiny_model, tmp_path, video_frame
):
    copy = shutil.copytree(tiny_model, tmp_path / "tiny-copy")
    engine = DiffusionEngine(str(copy), **OPTIONS)
    shutil.rmtree(copy / "unet")

    with pytest.raises(EngineError, match="Could not load the diffusion model"):
        engine.generate(video_frame, RemixRequest("restyle", "neon"), Recorder())


def test_a_failure_during_generation_is_an_engine_error(tiny_model, tmp_path, video_frame):
    from transformers import CLIPTextConfig, CLIPTextModel

    broken = shutil.copytree(tiny_model, tmp_path / "tiny-broken")
    config = json.loads((broken / "text_encoder" / "config.json").read_text())
    # Text embeddings 16 wide for a UNet that attends to 32: the first step's matmul fails.
    config.update(hidden_size=16, intermediate_size=16)
    shutil.rmtree(broken / "text_encoder")
    CLIPTextModel(CLIPTextConfig(**config)).save_pretrained(broken / "text_encoder")
    engine = DiffusionEngine(str(broken), **OPTIONS)

    with pytest.raises(EngineError, match="Diffusion generation failed"):
        engine.generate(video_frame, RemixRequest("restyle", "neon"), Recorder())


def test_the_model_loads_once_per_process_and_device(tiny_model, video_frame, monkeypatch):
    loads: list[str] = []
    load = diffusion._pipeline_load

    def counting_load(model: str, device: str):
        loads.append(model)
        return load(model, device)

    monkeypatch.setattr(diffusion, "_pipeline_load", counting_load)
    pipelines_forget()
    first, second = (DiffusionEngine(str(tiny_model), **OPTIONS) for _ in range(2))

    first.generate(video_frame, RemixRequest("restyle", "a"), Recorder())
    second.generate(video_frame, RemixRequest("restyle", "b"), Recorder())
    loaded: list[object] = []
    threads = [
        threading.Thread(target=lambda: loaded.append(pipeline_get(str(tiny_model), "cpu")))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert loads == [str(tiny_model)]
    assert len({id(pipeline) for pipeline in loaded}) == 1


def test_the_cpu_pipeline_runs_in_float32(tiny_model):
    pipeline = pipeline_get(str(tiny_model), "cpu")

    assert pipeline.image_to_image.unet.dtype == torch.float32
    assert pipeline.unet_in_channels == 4


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_on_a_gpu_the_engine_picks_cuda_and_float16(engine, tiny_model, video_frame):
    output = engine.generate(video_frame, RemixRequest("restyle", "neon"), Recorder())

    pipeline = pipeline_get(str(tiny_model), "cuda")
    assert pipeline.image_to_image.unet.dtype == torch.float16
    assert output.image.size == (64, 112)


def test_importing_the_engines_does_not_import_torch():
    code = (
        "import sys; import apps.remix.engines.diffusion, tests.remix.tiny_pipeline; "
        "print('torch' in sys.modules, 'diffusers' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]
