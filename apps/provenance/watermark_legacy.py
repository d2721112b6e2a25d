"""The earlier watermark (remixes published before ``clipmix-tile-v2``), kept to read them.

Its format is public and unkeyed, so a mark found here is only a hint: the verifier accepts it
only when the image also resembles the stored remix.

invisible-watermark's ``dwtDctSvd`` on the U channel at strength 48 (the library's default, 36,
lost bits after JPEG 85 on our frames; see docs/benchmarks.md). The 48-bit payload is a magic
byte, the remix id (32 bits) and a CRC-8 over both, so an unmarked image, which decodes to
random bits, reads as "no watermark" rather than as some remix.

Importing invisible-watermark imports torch, so this module loads it only when first used.
"""

import os
import zlib
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image

MAGIC = 0xC7
PAYLOAD_BITS = 48
METHOD = "dwtDctSvd"
SCALES = [0, 48, 0]
MIN_SIDE = 256  # the library refuses smaller images
MAX_REMIX_ID = 2**32 - 1


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
