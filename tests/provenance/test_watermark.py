import io

import numpy as np
import pytest
from PIL import Image

from apps.provenance.watermark import payload_for, watermark_embed, watermark_read


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
