import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from apps.provenance import watermark
from apps.provenance.watermark import (
    WatermarkError,
    payload_for,
    watermark_embed,
    watermark_embed_checked,
    watermark_read,
)


def _jpeg_roundtrip(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def test_the_payload_carries_magic_id_and_checksum():
    payload = payload_for(258)

    assert len(payload) * 8 == 48
    assert payload[:5] == bytes([0xC7, 0, 0, 1, 2])
    with pytest.raises(ValueError, match="does not fit"):
        payload_for(2**32)


def test_published_remixes_keep_their_watermark_after_jpeg_85(signed_remix, reencoded):
    copy = Image.open(io.BytesIO(reencoded(signed_remix, quality=85)))

    assert watermark_read(copy).remix_id == 41


@pytest.mark.parametrize("remix_id", [1, 77, 65_537, 2**32 - 1])
def test_frames_marked_with_any_id_read_back_after_jpeg_85(frames, remix_id):
    frame = frames[remix_id % 3].resize((576, 1024))

    copy = _jpeg_roundtrip(watermark_embed(frame, remix_id=remix_id), 85)

    assert watermark_read(copy).remix_id == remix_id


def test_unmarked_images_read_as_no_watermark(frames):
    rng = np.random.default_rng(7)
    unmarked = [
        *[frame.resize((576, 1024)) for frame in frames],
        Image.fromarray(rng.integers(0, 256, (600, 600, 3), dtype=np.uint8)),
        Image.new("RGB", (512, 512), (128, 128, 128)),
    ]

    assert [watermark_read(image).present for image in unmarked] == [False] * len(unmarked)


def test_small_images_are_refused_for_marking_and_read_as_unmarked():
    small = Image.new("RGB", (200, 300))

    with pytest.raises(ValueError, match="at least 256"):
        watermark_embed(small, remix_id=1)
    assert not watermark_read(small).present


def _poster(seed: int) -> Image.Image:
    """Flat blocks of pure colours, black and white, like a cartoon or pop-art remix: most of
    its pixels sit at 0 or 255, where the watermark's changes clip."""
    rng = np.random.default_rng(seed)
    colours = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (0, 0, 0), (255, 255, 255)]
    image = Image.new("RGB", (512, 768), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y, width, height = (int(v) for v in rng.integers([0, 0, 30, 30], [512, 768, 250, 250]))
        draw.rectangle([x, y, x + width, y + height], fill=colours[rng.integers(len(colours))])
    return image


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_saturated_images_keep_their_mark_with_a_little_headroom(seed):
    poster = _poster(seed)
    # Marked as they are, such images lose a bit (which is why the check exists)...
    assert (
        watermark_read(_jpeg_roundtrip(watermark_embed(poster, remix_id=4321), 92)).remix_id != 4321
    )

    jpeg = watermark_embed_checked(poster, remix_id=4321, quality=92)

    # ...while the checked JPEG reads back as published and after a platform's re-encode.
    published = Image.open(io.BytesIO(jpeg))
    assert watermark_read(published).remix_id == 4321
    assert watermark_read(_jpeg_roundtrip(published, 85)).remix_id == 4321


def test_an_ordinary_frame_is_marked_without_touching_its_levels(frames):
    frame = frames[0].resize((576, 1024))

    jpeg = watermark_embed_checked(frame, remix_id=9, quality=92)

    plain = io.BytesIO()
    watermark_embed(frame, remix_id=9).save(plain, format="JPEG", quality=92)
    assert jpeg == plain.getvalue()


def test_an_image_that_cannot_keep_its_mark_is_refused(monkeypatch):
    monkeypatch.setattr(watermark, "HEADROOM_STEPS", (0,))

    with pytest.raises(WatermarkError, match="remix 4321"):
        watermark_embed_checked(_poster(0), remix_id=4321, quality=92)
