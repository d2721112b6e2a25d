import io

import pytest
from PIL import Image

from apps.core import images
from apps.core.errors import ApplicationError

LIMITS = {"max_bytes": 1024 * 1024, "max_pixels": 4_000_000}


def _encoded(fmt: str, size=(40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "orange").save(buffer, format=fmt)
    return buffer.getvalue()


def _open(data: bytes, **limits):
    return images.image_open_validated(io.BytesIO(data), size=len(data), **{**LIMITS, **limits})


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_allowed_formats_open(fmt):
    assert _open(_encoded(fmt)).size == (40, 30)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "image_empty"),
        (b"GIF89a but not really", "image_invalid"),
        (b"%PDF-1.7\n" + b"0" * 100, "image_invalid"),
        (_encoded("PNG")[:60], "image_invalid"),
        (_encoded("BMP"), "image_format_not_allowed"),
        (_encoded("TIFF"), "image_format_not_allowed"),
    ],
)
def test_bad_images_are_refused_with_their_own_code(data, code):
    with pytest.raises(ApplicationError) as excinfo:
        _open(data)

    assert excinfo.value.code == code


def test_an_oversized_file_is_refused_before_it_is_read():
    class Unreadable(io.BytesIO):
        def read(self, *args):
            raise AssertionError("read an over-size file")

    with pytest.raises(ApplicationError) as excinfo:
        images.image_open_validated(Unreadable(), size=10_000_000, **LIMITS)

    assert excinfo.value.code == "image_too_large"


def test_a_decompression_bomb_is_refused_from_its_header():
    bomb = _encoded("PNG", (4000, 4000))  # ~50 KB of PNG declaring 16 megapixels

    with pytest.raises(ApplicationError) as excinfo:
        _open(bomb)

    assert len(bomb) < 100_000
    assert excinfo.value.code == "image_too_many_pixels"


def test_square_jpeg_strips_metadata_and_turns_the_image_upright():
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "Camera maker"
    buffer = io.BytesIO()
    Image.new("RGB", (80, 40), "white").save(buffer, format="JPEG", exif=exif)

    result = Image.open(io.BytesIO(images.image_square_jpeg(Image.open(buffer), side=32)))

    assert result.size == (32, 32)
    assert not result.getexif()
