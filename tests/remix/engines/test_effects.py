import av
import numpy as np
import pytest
import skimage.data
from PIL import Image

from apps.remix import errors
from apps.remix.engines.base import Engine, EngineRefusal, RemixRequest
from apps.remix.engines.effects import (
    STYLES,
    EffectsEngine,
    Scene,
    backdrop_draw,
    scene_from_prompt,
)
from apps.remix.engines.vision import faces_find

# Mean absolute difference (0-255 scale) above which an output is a real change, not noise.
CHANGED = 12.0


def _diff(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a, np.float32) - np.asarray(b, np.float32)).mean())


def _generate(frame: Image.Image, kind: str, prompt: str, seed: int = 0, at: float = 0.0):
    stages: list[tuple[int, str]] = []
    output = EffectsEngine().generate(
        frame,
        RemixRequest(kind=kind, prompt=prompt, seed=seed, at_seconds=at),  # type: ignore[arg-type]
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
        ("oil painting", "neural oil painting style"),
        ("peinture à l'huile", "neural oil painting style"),
        ("like van Gogh's starry night", "neural starry night style"),
        ("a Rembrandt", "neural old master style"),
        ("stained glass window", "neural stained glass style"),
        ("impasto", "impasto (palette knife) style"),
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


def test_background_of_a_frame_without_a_person_is_refused_with_the_moment(video_frame):
    with pytest.raises(EngineRefusal) as refused:
        _generate(video_frame, "background", "space", at=63.5)

    assert refused.value.code == "no_person"
    assert refused.value.reason == errors.NO_PERSON.format(at="1:03")


def test_background_of_a_close_up_object_is_refused_not_cut_out():
    """The segmentation model calls a cup in close-up foreground; without a face it is no
    person."""
    coffee = Image.fromarray(skimage.data.coffee())

    with pytest.raises(EngineRefusal, match="No person was found"):
        _generate(coffee, "background", "beach")


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
    (face,) = faces_find(np.asarray(astronaut))
    x, y, w, h = (round(v) for v in face.box)
    inside = (x, y, x + w, y + h)
    change = np.abs(
        np.asarray(output.image.crop(inside), np.float32)
        - np.asarray(astronaut.crop(inside), np.float32)
    ).max(axis=2)
    assert (change > 20).mean() > 0.03  # a visible part of the face, not a faint shift
    # Far from the face (bottom right), nothing moved.
    corner = (400, 400, 512, 512)
    assert _diff(output.image.crop(corner), astronaut.crop(corner)) < 1.0


def _darkened(before: Image.Image, after: Image.Image, x: float, y: float, r: int) -> float:
    """How much darker ``after`` is than ``before`` around (x, y), 0-255."""
    box = (round(x) - r, round(y) - r, round(x) + r, round(y) + r)
    return float(
        np.asarray(before.crop(box).convert("L"), np.float32).mean()
        - np.asarray(after.crop(box).convert("L"), np.float32).mean()
    )


def test_sunglasses_cover_both_eyes_and_not_the_mouth(astronaut):
    output, _ = _generate(astronaut, "face", "sunglasses")
    (face,) = faces_find(np.asarray(astronaut))

    for eye in (face.right_eye, face.left_eye):
        assert _darkened(astronaut, output.image, *eye, r=5) > 60
    mouth = face.point(13)
    assert abs(_darkened(astronaut, output.image, *mouth, r=5)) < 1


def test_a_moustache_sits_between_the_nose_and_the_mouth(astronaut):
    output, _ = _generate(astronaut, "face", "moustache")
    (face,) = faces_find(np.asarray(astronaut))

    between = face.point(2) * 0.45 + face.point(0) * 0.55
    assert _darkened(astronaut, output.image, *between, r=3) > 60
    for eye in (face.right_eye, face.left_eye):
        assert abs(_darkened(astronaut, output.image, *eye, r=5)) < 1
    chin = face.point(152)
    assert abs(_darkened(astronaut, output.image, *chin, r=5)) < 1


def test_several_faces_each_get_the_effect(astronaut):
    pixels = np.asarray(astronaut)
    pair = Image.fromarray(np.concatenate([pixels, pixels[:, ::-1]], axis=1))  # 1024 x 512

    output, _ = _generate(pair, "face", "sunglasses")

    assert output.detail == "sunglasses effect on 2 faces"
    faces = faces_find(np.asarray(pair))
    for face in faces:
        for eye in (face.right_eye, face.left_eye):
            assert _darkened(pair, output.image, *eye, r=4) > 60


def test_face_effect_without_a_face_is_refused_with_the_moment(video_frame):
    with pytest.raises(EngineRefusal) as refused:
        _generate(video_frame, "face", "sunglasses", at=3.0)

    assert refused.value.code == "no_face"
    assert refused.value.reason == errors.NO_FACE.format(at="0:03")
    assert "pick another moment" in refused.value.reason


def test_caption_only_returns_a_copy_of_the_frame(astronaut):
    output, _ = _generate(astronaut, "caption_only", "")

    assert output.detail == "caption only"
    assert output.image is not astronaut
    assert _diff(output.image, astronaut) == 0.0


def test_small_and_odd_frames_are_scaled_to_a_512_short_side():
    tiny = Image.new("L", (90, 40), 128)
    output, _ = _generate(tiny, "restyle", "clown")

    assert output.image.mode == "RGB"
    assert output.image.size == (1152, 512)


def test_sunglasses_on_a_face_in_profile_cover_the_eye_it_shows():
    cameraman = Image.fromarray(skimage.data.camera()).convert("RGB")
    (face,) = faces_find(np.asarray(cameraman))

    output, _ = _generate(cameraman, "face", "sunglasses")

    (eye,) = face.visible_eyes
    assert _darkened(cameraman, output.image, *eye, r=3) > 40


def test_a_moustache_on_a_turned_face_ends_at_the_far_mouth_corner():
    cameraman = Image.fromarray(skimage.data.camera()).convert("RGB")  # faces the image's right
    (face,) = faces_find(np.asarray(cameraman))

    output, _ = _generate(cameraman, "face", "moustache")

    drawn = np.abs(
        np.asarray(output.image.convert("L"), np.float32)
        - np.asarray(cameraman.convert("L"), np.float32)
    )
    _, xs = np.nonzero(drawn > 40)
    far_corner = max(face.point(61)[0], face.point(291)[0])
    near_corner = min(face.point(61)[0], face.point(291)[0])
    # Drawn as for a frontal face, it reached past his profile by half its width.
    assert xs.max() <= far_corner + 0.3 * face.eye_span
    assert xs.min() < near_corner  # the near side still curls out beyond the mouth


def test_a_neural_style_is_deterministic_and_keeps_the_face_where_it_was(astronaut):
    first, _ = _generate(astronaut, "restyle", "oil painting", seed=1)
    second, _ = _generate(astronaut, "restyle", "oil painting", seed=2)

    assert np.array_equal(np.asarray(first.image), np.asarray(second.image))
    assert len(faces_find(np.asarray(first.image))) == 1  # still a face a detector finds


def test_a_damaged_neural_style_network_refuses_the_remix(astronaut, monkeypatch):
    from apps.remix.engines.effects import neural

    monkeypatch.setattr(neural, "MODEL_SHA256", "0" * 64)
    monkeypatch.setattr(neural, "_session", None)

    with pytest.raises(EngineRefusal) as refused:
        _generate(astronaut, "restyle", "oil painting")

    assert refused.value.code == "engine_unavailable"
