"""Opening untrusted images safely: size, format and pixel limits before any pixel is decoded."""

import io
import threading
from typing import IO, Any

from PIL import Image, ImageOps, UnidentifiedImageError

from apps.core.errors import ApplicationError, megabytes

ALLOWED_IMAGE_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF"})

IMAGE_EMPTY = "The image file is empty."
IMAGE_TOO_LARGE = "The image is larger than {limit} MB."
IMAGE_INVALID = "That file is not an image we can read."
IMAGE_FORMAT_NOT_ALLOWED = "Images must be JPEG, PNG, WebP or GIF."
IMAGE_TOO_MANY_PIXELS = "The image is too large: at most {limit_mp:g} megapixels."


def image_open_validated(
    file: IO[bytes], *, size: int, max_bytes: int, max_pixels: int, decode: bool = True
) -> Image.Image:
    """Decode an uploaded image, refusing it before decoding when it is too big or not allowed.

    ``size`` is the upload's size in bytes. The declared dimensions are checked from the header,
    so a small file that claims a huge canvas (a decompression bomb) is refused without
    allocating it. With ``decode=False`` only the header is read: the caller decodes with
    ``image_decode`` or checks the data more cheaply with ``image_check_reduced``.
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
    except Image.DecompressionBombError as exc:
        # Pillow refuses a canvas past twice its own limit already while reading the header.
        raise _too_many_pixels(max_pixels) from exc
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
        raise _too_many_pixels(max_pixels)
    if decode:
        image_decode(image)
    return image


_DECODE_ERRORS = (OSError, ValueError, SyntaxError, Image.DecompressionBombError)


def image_decode(image: Image.Image) -> None:
    """Decode an image opened by ``image_open_validated(decode=False)``; 400 if it cannot be."""
    try:
        image.load()
    except _DECODE_ERRORS as exc:
        raise ApplicationError(IMAGE_INVALID, code="image_invalid") from exc


def image_check_reduced(image: Image.Image) -> None:
    """Check that an opened image's data is sound without decoding it at full size: a JPEG
    decodes at an eighth of its size (the codec's draft mode, a fraction of the work), other
    formats check their structure (PNG's chunk checksums) without inflating the pixels. The
    image cannot be used afterwards."""
    try:
        if image.format == "JPEG":
            width, height = image.size
            image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
            image.load()
        else:
            image.verify()
    except _DECODE_ERRORS as exc:
        raise ApplicationError(IMAGE_INVALID, code="image_invalid") from exc


def _too_many_pixels(max_pixels: int) -> ApplicationError:
    return ApplicationError(
        IMAGE_TOO_MANY_PIXELS.format(limit_mp=max_pixels / 1_000_000),
        code="image_too_many_pixels",
        extra={"max_pixels": max_pixels},
    )


def image_square_jpeg(image: Image.Image, *, side: int, quality: int = 88) -> bytes:
    """A square JPEG crop of ``image``, upright, without its metadata (EXIF, GPS)."""
    upright = ImageOps.exif_transpose(image).convert("RGB")
    square = ImageOps.fit(upright, (side, side), method=Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    square.save(buffer, format="JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


_per_thread = threading.local()


def face_cascade() -> Any:
    """OpenCV's frontal-face Haar cascade, parsed once per thread: OpenCV does not promise that
    one classifier may be shared between threads. Callers choose their own detection settings.
    """
    cascade = getattr(_per_thread, "face_cascade", None)
    if cascade is None:
        import cv2

        folder = cv2.data.haarcascades  # type: ignore[attr-defined]  # missing from the stubs
        cascade = cv2.CascadeClassifier(folder + "haarcascade_frontalface_default.xml")
        if cascade.empty():
            raise RuntimeError("OpenCV could not load its frontal-face cascade")
        _per_thread.face_cascade = cascade
    return cascade
