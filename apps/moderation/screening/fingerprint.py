"""Fingerprints of an image: an exact one and a perceptual one.

The exact fingerprint is a SHA-256 of the decoded RGB pixels (with the size), not of an encoded
file. The screener is handed a decoded image, and the same output reaches us again with other
bytes but the same pixels: saved as PNG or WebP, with or without EXIF, with a C2PA manifest
embedded or stripped, by another encoder version. Hashing pixels catches all of those; hashing
bytes would catch none. A lossy re-encode (JPEG) changes pixels too, which is what the
perceptual hash is for.

The perceptual fingerprint is a 64-bit difference hash (dHash): the image as 9x8 grey pixels,
one bit per horizontal neighbour pair (is the right one brighter?). It survives re-encoding,
resizing and small colour changes; near-identical images differ in a few bits.
"""

import hashlib

import numpy as np
from PIL import Image

DHASH_WIDTH = 9  # 9 columns give 8 neighbour comparisons per row
DHASH_HEIGHT = 8
DHASH_BITS = (DHASH_WIDTH - 1) * DHASH_HEIGHT


def image_sha256(image: Image.Image) -> str:
    rgb = image.convert("RGB")
    digest = hashlib.sha256()
    # The size is part of the hash: the same bytes laid out as 2x3 or 3x2 are other images.
    digest.update(f"RGB:{rgb.width}x{rgb.height}:".encode())
    digest.update(rgb.tobytes())
    return digest.hexdigest()


def image_dhash(image: Image.Image) -> str:
    grey = image.convert("L").resize((DHASH_WIDTH, DHASH_HEIGHT), Image.Resampling.LANCZOS)
    pixels = np.asarray(grey, dtype=np.int16)
    bits = (pixels[:, 1:] > pixels[:, :-1]).flatten()
    value = 0
    for bit in bits:
        value = (value << 1) | int(bit)
    return f"{value:0{DHASH_BITS // 4}x}"


def image_fingerprint(image: Image.Image) -> tuple[str, str]:
    """``(sha256 of the RGB pixels, 64-bit dHash as 16 hex characters)``."""
    return image_sha256(image), image_dhash(image)


def dhash_distance(first: str, second: str) -> int:
    """Hamming distance between two dHashes: the number of bits that differ."""
    return (int(first, 16) ^ int(second, 16)).bit_count()


def dhash_bit_count(value: str) -> int:
    return int(value, 16).bit_count()
