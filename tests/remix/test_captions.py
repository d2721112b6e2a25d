import numpy as np
import pytest
import skimage.data
from PIL import Image

from apps.remix.captions import caption_draw, caption_layout

LONG = (
    "When the code finally compiles after three days of debugging and nobody is around to see "
    "it happen, so you tell the cat, and the cat does not care at all, not even a little bit"
)


@pytest.fixture(scope="module")
def photo() -> Image.Image:
    return Image.fromarray(skimage.data.astronaut()).convert("RGB")


def _changed_rows(a: Image.Image, b: Image.Image) -> np.ndarray:
    diff = np.abs(np.asarray(a, np.int16) - np.asarray(b, np.int16)).sum(axis=2)
    return np.flatnonzero(diff.max(axis=1) > 0)


def test_a_caption_changes_pixels_near_the_bottom_only(photo):
    out = caption_draw(photo, "That first morning sip be like")

    rows = _changed_rows(out, photo)
    assert out.size == photo.size
    assert out.mode == "RGB"
    assert rows.size > 0
    assert rows.min() > photo.height * 0.6


def test_a_top_caption_changes_pixels_near_the_top_only(photo):
    out = caption_draw(photo, "top text", position="top")

    rows = _changed_rows(out, photo)
    assert rows.max() < photo.height * 0.4


def test_caption_is_white_with_a_black_outline(photo):
    out = np.asarray(caption_draw(photo, "HELLO"), np.int16)
    changed = np.abs(out - np.asarray(photo, np.int16)).sum(axis=2) > 0

    pixels = out[changed]
    assert (pixels.min(axis=1) > 240).sum() > 100  # white fill
    assert (pixels.max(axis=1) < 15).sum() > 100  # black outline


def test_latin_text_is_uppercased_and_other_scripts_are_kept():
    layout = caption_layout(512, 512, "ça va? Привет мир")

    assert layout is not None
    assert " ".join(layout.lines) == "ÇA VA? Привет мир"


@pytest.mark.parametrize(
    "caption",
    [
        LONG,
        LONG * 3,
        "Supercalifragilisticexpialidociousnessisnotawordbutthisisalongone" * 2,
        "日本語のキャプションです。とても長い文章を書いています。" * 3,
        "🔥🔥 lit 🔥🔥 👍🏽 👨‍👩‍👧 ❤️",
        "Привет мир 😂",
    ],
)
def test_captions_fit_inside_the_image(caption):
    for width, height in [(512, 512), (512, 910), (910, 512), (120, 90)]:
        layout = caption_layout(width, height, caption)
        if layout is None:
            continue
        left, top, right, bottom = layout.box
        assert 0 <= left < right <= width
        assert 0 <= top < bottom <= height
        assert len(layout.lines) <= 3
        caption_draw(Image.new("RGB", (width, height), (40, 90, 160)), caption)


def test_long_text_shrinks_to_fit_in_at_most_three_lines():
    short = caption_layout(512, 512, "ok then")
    long = caption_layout(512, 512, LONG)

    assert short is not None
    assert long is not None
    assert long.size < short.size
    assert 1 <= len(long.lines) <= 3


def test_characters_the_font_cannot_draw_are_left_out_not_boxed():
    layout = caption_layout(512, 512, "nice 🦄🛸 day")

    assert layout is not None
    assert " ".join(layout.lines) == "NICE DAY"


def test_emoji_only_captions_never_crash(photo):
    for caption in ["🦄🛸", "\u200d\ufe0f", "\x00\x07"]:
        out = caption_draw(photo, caption)
        assert out.size == photo.size


def test_empty_caption_returns_an_unchanged_copy(photo):
    for caption in ["", "   \n "]:
        out = caption_draw(photo, caption)
        assert out is not photo
        assert np.array_equal(np.asarray(out), np.asarray(photo))


def test_non_rgb_input_comes_back_rgb():
    out = caption_draw(Image.new("RGBA", (300, 200), (0, 0, 0, 0)), "hi")
    assert out.mode == "RGB"


def test_a_word_is_never_split_when_a_smaller_size_keeps_it_whole():
    layout = caption_layout(512, 910, "Vacation mode")
    assert layout is not None
    assert "VACATION" in layout.lines[0]
    assert all(line in {"VACATION", "MODE", "VACATION MODE"} for line in layout.lines)
