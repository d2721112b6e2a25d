"""A perceptual hash of an image: what lets a copy be recognised without its mark or manifest.

64-bit DCT hash (the "pHash" of Zauner, 2010): the luminance at 32 x 32 px, its 2-D DCT, and one
bit per low-frequency coefficient (the 8 x 8 block without the DC term, padded with the DC's
row) telling whether it is above their median. Re-encoding, resizing and moderate brightness or
contrast changes move a few bits; different pictures differ in about half.

A stored remix keeps the hash of its whole image and of two centre crops (90 % and 80 % of the
area), so a cropped copy is still recognised.
"""

import cv2
import numpy as np
from PIL import Image

HASH_SIDE = 32
CROPS = (1.0, 0.9, 0.8)  # shares of the area hashed for a stored remix
# Hamming distance (of 64 bits) at or under which two images are "the same picture", chosen
# from the benchmark (docs/benchmarks.md): attacked copies of a remix stay well under it,
# unrelated images sit far above.
MATCH_DISTANCE = 12


def image_phash(image: Image.Image) -> int:
    grey = np.asarray(image.convert("L"), np.float32)
    small = cv2.resize(grey, (HASH_SIDE, HASH_SIDE), interpolation=cv2.INTER_AREA)
    block = cv2.dct(small)[:8, :8].ravel()[1:65]  # 63 AC terms
    block = np.concatenate([block, block[:1]])  # 64 bits
    bits = block > np.median(block)
    return int("".join("1" if bit else "0" for bit in bits), 2)


def _centre_crop(image: Image.Image, area: float) -> Image.Image:
    if area >= 1.0:
        return image
    side = area**0.5
    width, height = round(image.width * side), round(image.height * side)
    left, top = (image.width - width) // 2, (image.height - height) // 2
    return image.crop((left, top, left + width, top + height))


def image_phashes(image: Image.Image) -> list[int]:
    """The hashes kept for a stored remix: the whole image and its centre crops."""
    return [image_phash(_centre_crop(image, area)) for area in CROPS]


def phash_distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def phash_nearest(query: int, stored: list[int]) -> int:
    """The smallest distance from ``query`` to any of ``stored`` (64 when there are none)."""
    return min((phash_distance(query, candidate) for candidate in stored), default=64)
