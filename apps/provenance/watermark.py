"""The invisible watermark: which remix an image is, even after its metadata is stripped.

invisible-watermark's ``dwtDctSvd`` on the U channel at strength 48 (the library's default, 36,
lost bits after JPEG 85 on our frames; see docs/benchmarks.md). The 48-bit payload is a magic
byte, the remix id (32 bits) and a CRC-8 over both, so an unmarked image, which decodes to
random bits, reads as "no watermark" rather than as some remix.

Importing invisible-watermark imports torch, so this module loads it only when first used.
"""

import io
import logging
import os
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

logger = logging.getLogger(__name__)

MAGIC = 0xC7
PAYLOAD_BITS = 48
METHOD = "dwtDctSvd"
SCALES = [0, 48, 0]
MIN_SIDE = 256  # the library refuses smaller images
MAX_REMIX_ID = 2**32 - 1


class WatermarkError(Exception):
    """An image that does not keep its watermark (see ``watermark_embed_checked``)."""


@dataclass(frozen=True)
class WatermarkReading:
    present: bool
    remix_id: int | None = None


def _library() -> Any:
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    import imwatermark

    return imwatermark


def payload_for(remix_id: int) -> bytes:
    if not 0 < remix_id <= MAX_REMIX_ID:
        raise ValueError(f"remix id {remix_id} does not fit the watermark")
    body = bytes([MAGIC]) + remix_id.to_bytes(4, "big")
    return body + bytes([zlib.crc32(body) & 0xFF])


def _bgr(image: Image.Image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])


def watermark_embed(image: Image.Image, *, remix_id: int) -> Image.Image:
    """``image`` with ``remix_id`` embedded. Embed before signing: the signature binds pixels."""
    if min(image.size) < MIN_SIDE:
        raise ValueError(f"images must be at least {MIN_SIDE} px on each side to be watermarked")
    encoder = _library().WatermarkEncoder()
    encoder.set_watermark("bytes", payload_for(remix_id))
    marked = encoder.encode(_bgr(image), METHOD, scales=SCALES)
    return Image.fromarray(np.ascontiguousarray(marked[:, :, ::-1]))


def watermark_payload_decode(image: Image.Image) -> bytes:
    """The raw 48 bits the decoder sees (random for an unmarked image)."""
    decoder = _library().WatermarkDecoder("bytes", PAYLOAD_BITS)
    return bytes(decoder.decode(_bgr(image), METHOD, scales=SCALES))


def watermark_read(image: Image.Image) -> WatermarkReading:
    if min(image.size) < MIN_SIDE:
        return WatermarkReading(present=False)
    data = watermark_payload_decode(image)
    body, check = data[:5], data[5]
    if body[0] != MAGIC or zlib.crc32(body) & 0xFF != check:
        return WatermarkReading(present=False)
    remix_id = int.from_bytes(body[1:], "big")
    return WatermarkReading(present=remix_id > 0, remix_id=remix_id or None)


# Saturated pixels (flat cartoon colours, blown highlights, pure black) clip the small changes
# the watermark makes to the U channel, and a bit can be lost; pulling the levels in by a few
# values gives it room. Tried in turn, each checked by reading it back, so that an image only
# changes as much as it needs to (8 is about a 6 % contrast change, hard to see).
HEADROOM_STEPS = (0, 8, 12, 16, 24)
# Besides the published bytes, the mark must survive a re-encode like a platform's.
REENCODE_QUALITY = 85


def _levels_squeeze(image: Image.Image, headroom: int) -> Image.Image:
    if not headroom:
        return image
    levels = np.asarray(image, dtype=np.float32)
    squeezed = headroom + levels * (255 - 2 * headroom) / 255
    return Image.fromarray(squeezed.round().astype(np.uint8))


def _jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def _reads(jpeg: bytes, remix_id: int) -> bool:
    return watermark_read(Image.open(io.BytesIO(jpeg))).remix_id == remix_id


def watermark_embed_checked(image: Image.Image, *, remix_id: int, quality: int) -> bytes:
    """``image`` (RGB) watermarked with ``remix_id`` as a JPEG at ``quality`` that is proven to
    read back, preferably also after a re-encode at ``REENCODE_QUALITY``. Some images (flat
    greys, where the mark is the only colour) keep it as published but not through a harsher
    re-encode at any headroom: they are published as they read, and logged. ``WatermarkError``
    when no headroom step reads back at all."""
    readable = None
    for headroom in HEADROOM_STEPS:
        marked = watermark_embed(_levels_squeeze(image, headroom), remix_id=remix_id)
        jpeg = _jpeg(marked, quality)
        if not _reads(jpeg, remix_id):
            continue
        if _reads(_jpeg(Image.open(io.BytesIO(jpeg)), REENCODE_QUALITY), remix_id):
            return jpeg
        readable = readable or jpeg
    if readable is None:
        raise WatermarkError(f"the watermark for remix {remix_id} could not be made to read back")
    logger.warning(
        "Remix %s: its watermark may not survive a JPEG %s re-encode", remix_id, REENCODE_QUALITY
    )
    return readable
