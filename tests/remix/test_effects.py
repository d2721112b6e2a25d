import av
import numpy as np
import pytest
import skimage.data
from PIL import Image

from apps.remix.engines.base import Engine, RemixRequest
from apps.remix.engines.effects import (
    STYLES,
    EffectsEngine,
    Scene,
    backdrop_draw,
    faces_find,
    person_mask,
    scene_from_prompt,
)

# Mean absolute difference (0-255 scale) above which an output is a real change, not noise.
CHANGED = 12.0


def _diff(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a, np.float32) - np.asarray(b, np.float32)).mean())


def _generate(frame: Image.Image, kind: str, prompt: str, seed: int = 0):
    stages: list[tuple[int, str]] = []
    output = EffectsEngine().generate(
        frame,
        RemixRequest(kind=kind, prompt=prompt, seed=seed),  # type: ignore[arg-type]
        lambda percent, stage: stages.append((percent, stage)),
    )
    return output, stages


@pytest.fixture(scope="module")
def astronaut() -> Image.Image:
    return Image.fromarray(skimage.data.astronaut()).convert("RGB")


@pytest.fixture
def video_frame(media_files) -> Image.Image:
    """A real decoded frame of a PyAV-made H.264 video (360 x 640)."""
    with av.open(str(media_files["mp4"])) as container:
        frame = next(container.decode(video=0))
        return frame.to_image().convert("RGB")


def test_engine_satisfies_the_engine_protocol():
    engine: Engine = EffectsEngine()
    assert engine.name == "effects"


@pytest.mark.parametrize(
    ("prompt", "detail"),
    [
        ("make me a cartoon", "cartoon style"),
        ("dessin animé", "cartoon style"),
        ("un boceto a lápiz", "pencil sketch style"),
        ("Skizze", "pencil sketch style"),
        ("pixel art", "pixel art style"),
        ("aquarela", "watercolour style"),
        ("comic book hero", "comic style"),
        ("cyberpunk", "neon style"),
        ("vintage", "vintage sepia style"),
        ("schwarz-weiß", "film noir black-and-white style"),
        ("oil painting", "oil painting style"),
        ("pop art", "pop art style"),
        ("anime", "anime style"),
        ("something nice", "cartoon style"),
        ("warm watercolour", "warm watercolour style"),
    ],
)
def test_restyle_picks_the_style_from_the_prompt_and_changes_the_frame(astronaut, prompt, detail):
    output, _ = _generate(astronaut, "restyle", prompt)

    assert output.detail == detail
    assert output.engine == "effects"
    assert output.image.mode == "RGB"
    assert output.image.size == (512, 512)
    assert _diff(output.image, astronaut) > CHANGED


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_style_works_on_a_decoded_video_frame_at_512_short_side(video_frame, style):
    output, stages = _generate(video_frame, "restyle", style)

    assert output.image.size == (512, 910)  # 360 x 640 scaled to a 512 px short side
    reference = video_frame.resize(output.image.size)
    assert _diff(output.image, reference) > CHANGED
    assert stages[-1] == (100, "Done")
    assert [p for p, _ in stages] == sorted(p for p, _ in stages)


def test_same_request_and_seed_give_identical_pixels(astronaut):
    for kind, prompt in [("restyle", "vintage"), ("background", "snowy night"), ("face", "glow")]:
        first, _ = _generate(astronaut, kind, prompt, seed=3)
        second, _ = _generate(astronaut, kind, prompt, seed=3)
        assert np.array_equal(np.asarray(first.image), np.asarray(second.image)), kind


def test_a_face_is_found_on_the_photo_of_a_person(astronaut):
    faces = faces_find(np.asarray(astronaut))

    assert len(faces) == 1
    x, y, w, h = faces[0]
    assert 150 < x + w / 2 < 300
    assert 50 < y + h / 2 < 200


def test_person_mask_covers_the_face_and_not_the_top_corners(astronaut):
    pixels = np.asarray(astronaut)
    faces = faces_find(pixels)
    alpha = person_mask(pixels, faces)

    x, y, w, h = faces[0]
    assert alpha[y + h // 2, x + w // 2] > 0.9
    assert alpha[:40, :40].max() < 0.1
    assert alpha[:40, -40:].max() < 0.1


@pytest.mark.parametrize(
    ("prompt", "detail"),
    [
        ("put me on a beach at sunset", "beach at sunset backdrop"),
        ("en la playa", "beach backdrop"),
        ("dans l'espace", "space backdrop"),
        ("im Schnee", "snow backdrop"),
        ("night city", "night city backdrop"),
        ("na floresta", "forest backdrop"),
        ("desert", "desert backdrop"),
        ("underwater", "underwater backdrop"),
        ("mountains", "mountains backdrop"),
        ("anywhere", "soft bokeh backdrop"),
    ],
)
def test_background_replaces_the_scene_around_the_person(astronaut, prompt, detail):
    output, stages = _generate(astronaut, "background", prompt)

    assert output.detail == detail
    assert output.image.size == (512, 512)
    result, original = np.asarray(output.image, np.float32), np.asarray(astronaut, np.float32)
    # The background (top corners) is new; the face is still the person's (relit a little).
    assert np.abs(result[:60, :60] - original[:60, :60]).mean() > 25
    face, before = result[90:150, 200:250].mean(axis=2), original[90:150, 200:250].mean(axis=2)
    assert np.corrcoef(face.ravel(), before.ravel())[0, 1] > 0.95
    assert "Finding the person" in [stage for _, stage in stages]


def test_background_without_a_face_still_cuts_out_a_subject(video_frame):
    output, _ = _generate(video_frame, "background", "space")

    assert output.image.size == (512, 910)
    assert _diff(output.image, video_frame.resize((512, 910))) > CHANGED


def test_different_scene_words_draw_different_backdrops():
    scenes = ["beach", "space", "snow", "city", "forest", "desert", "underwater", "mountains"]
    drawn = {name: backdrop_draw(Scene(name, "day"), 256, 320, seed=1) for name in scenes}

    for a in scenes:
        assert drawn[a].shape == (320, 256, 3)
        for b in scenes:
            if a < b:
                assert np.abs(drawn[a].astype(float) - drawn[b]).mean() > 20, (a, b)


def test_backdrops_depend_on_the_seed():
    scene = scene_from_prompt("starry night")
    assert scene == Scene(None, "night")
    first = backdrop_draw(scene, 200, 300, seed=1)
    assert np.array_equal(first, backdrop_draw(scene, 200, 300, seed=1))
    assert not np.array_equal(first, backdrop_draw(scene, 200, 300, seed=2))


@pytest.mark.parametrize(
    ("prompt", "effect"),
    [
        ("sunglasses", "sunglasses"),
        ("gafas de sol", "sunglasses"),
        ("glow", "glow"),
        ("nez rouge de clown", "clown nose"),
        ("cartoon face", "cartoon face"),
        ("rosy cheeks", "blush"),
        ("anonymise me", "pixelate"),
        ("big eyes", "big eyes"),
        ("Schnurrbart", "moustache"),
        ("surprise me", "sunglasses"),
    ],
)
def test_face_effect_changes_the_detected_face(astronaut, prompt, effect):
    output, _ = _generate(astronaut, "face", prompt)

    assert output.detail == f"{effect} effect on 1 face"
    x, y, w, h = faces_find(np.asarray(astronaut))[0]
    inside = (x, y, x + w, y + h)
    change = np.abs(
        np.asarray(output.image.crop(inside), np.float32)
        - np.asarray(astronaut.crop(inside), np.float32)
    ).max(axis=2)
    assert (change > 20).mean() > 0.03  # a visible part of the face box, not a faint shift
    # Far from the face (bottom right), nothing moved.
    corner = (400, 400, 512, 512)
    assert _diff(output.image.crop(corner), astronaut.crop(corner)) < 1.0


def test_face_effect_without_a_face_falls_back_sensibly(video_frame):
    drawn, _ = _generate(video_frame, "face", "sunglasses")
    centred, _ = _generate(video_frame, "face", "pixelate")

    assert drawn.detail == "cartoon style (no face found for the sunglasses)"
    assert centred.detail == "pixelate effect on the centre of the frame (no face found)"
    reference = video_frame.resize((512, 910))
    assert drawn.image.size == centred.image.size == (512, 910)
    assert _diff(drawn.image, reference) > CHANGED
    # A gradient frame pixelates only slightly, but it does change, in the middle only.
    assert not np.array_equal(np.asarray(centred.image), np.asarray(reference))
    assert _diff(centred.image.crop((0, 0, 512, 100)), reference.crop((0, 0, 512, 100))) < 2.0


def test_caption_only_returns_a_copy_of_the_frame(astronaut):
    output, _ = _generate(astronaut, "caption_only", "")

    assert output.detail == "caption only"
    assert output.image is not astronaut
    assert _diff(output.image, astronaut) == 0.0


def test_small_and_odd_frames_are_scaled_to_a_512_short_side():
    tiny = Image.new("L", (90, 40), 128)
    output, _ = _generate(tiny, "face", "clown")

    assert output.image.mode == "RGB"
    assert output.image.size == (1152, 512)
