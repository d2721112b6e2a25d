"""Opening untrusted images safely: size, format and pixel limits before any pixel is decoded."""

import io
from typing import IO

from PIL import Image, ImageOps, UnidentifiedImageError

from apps.core.errors import ApplicationError, megabytes

ALLOWED_IMAGE_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF"})

IMAGE_EMPTY = "The image file is empty."
IMAGE_TOO_LARGE = "The image is larger than {limit} MB."
IMAGE_INVALID = "That file is not an image we can read."
IMAGE_FORMAT_NOT_ALLOWED = "Images must be JPEG, PNG, WebP or GIF."
IMAGE_TOO_MANY_PIXELS = "The image is too large: at most {limit_mp:g} megapixels."


def image_open_validated(
    file: IO[bytes], *, size: int, max_bytes: int, max_pixels: int
) -> Image.Image:
    """Decode an uploaded image, refusing it before decoding when it is too big or not allowed.

    ``size`` is the upload's size in bytes. The declared dimensions are checked from the header,
    so a small file that claims a huge canvas (a decompression bomb) is refused without
    allocating it.
    """
    if size == 0:
        raise ApplicationError(IMAGE_EMPTY, code="image_empty")
    if size > max_bytes:
        raise ApplicationError(
            IMAGE_TOO_LARGE.format(limit=megabytes(max_bytes)),
            code="image_too_large",
            extra={"max_bytes": max_bytes},
        )
    try:
        image = Image.open(file)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ApplicationError(IMAGE_INVALID, code="image_invalid") from exc
    if image.format not in ALLOWED_IMAGE_FORMATS:
        raise ApplicationError(
            IMAGE_FORMAT_NOT_ALLOWED,
            code="image_format_not_allowed",
            extra={"allowed": sorted(ALLOWED_IMAGE_FORMATS)},
        )
    width, height = image.size
    if width * height > max_pixels:
        raise ApplicationError(
            IMAGE_TOO_MANY_PIXELS.format(limit_mp=max_pixels / 1_000_000),
            code="image_too_many_pixels",
            extra={"max_pixels": max_pixels},
        )
    try:
        image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise ApplicationError(IMAGE_INVALID, code="image_invalid") from exc
    return image


def image_square_jpeg(image: Image.Image, *, side: int, quality: int = 88) -> bytes:
    """A square JPEG crop of ``image``, upright, without its metadata (EXIF, GPS)."""
    upright = ImageOps.exif_transpose(image).convert("RGB")
    square = ImageOps.fit(upright, (side, side), method=Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    square.save(buffer, format="JPEG", quality=quality, optimize=True)
    return buffer.getvalue()
