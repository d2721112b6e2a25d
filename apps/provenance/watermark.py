"""The invisible watermark: which remix an image is, even after a screenshot, a resize, a crop
or a harsh JPEG re-save dropped its Content Credentials.

Scheme ``clipmix-tile-v2`` (designed and measured here; docs/provenance.md explains it):

- **Payload**: 48 bits, the remix id (32) and a 16-bit tag, a keyed HMAC of the id. Only the
  holder of ``CLIPMIX_WATERMARK_KEY`` can make a tag that checks, so nobody else can stamp
  "remix #1" on a picture. The 48 bits go through a rate-1/3 convolutional code (constraint
  length 7, soft-decision Viterbi on decode): 162 coded bits.
- **Pattern**: a 128 x 128 tile of 32 x 32 chips (4 px each) at a working resolution where the
  image's short side is 512 px. 256 chips, at places and with signs chosen by the key, form a
  synchronisation template; the other 768 carry the coded bits (each repeated 4-5 times, each
  chip's sign keyed). The tile repeats over the whole image, so any crop still holds whole
  periods, and the decoder folds all periods onto one tile, which adds the mark coherently and
  the picture incoherently.
- **Embedding**: the tile, softened and scaled by local texture (more where the picture is busy,
  a floor of faint texture where it is flat, so flat and graphic images carry it too), is
  resized to the image's own size and added to its luminance, each channel moved inside its
  headroom near 0 and 255, the whole held to a PSNR floor per image.
- **Decoding**: luminance at the working resolution, high-passed and normalised (flat saturated
  runs left out); folded onto one tile; the synchronisation template found by FFT
  cross-correlation (any offset); chips read, Viterbi-decoded, the tag checked. When that finds
  nothing, the same from each colour channel around an edge-preserving (bilateral) mean, which
  reads ink and shapes left between white or black that brightness or contrast clipped; then
  the tile's period is measured from the autocorrelation of the image (the repeated tile makes
  peaks at multiples of its period), so a resized or cropped copy is read at its own scale.
- **Older marks**: remixes published before this scheme carry invisible-watermark's
  ``dwtDctSvd`` mark (``watermark_legacy``); ``watermark_read`` tries it when the keyed mark is
  absent, and says which one it found: a legacy mark has a public format and is only a hint.

numpy and OpenCV only; nothing here imports torch.
"""

import functools
import hashlib
import hmac
import io
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

import cv2
import numpy as np
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from PIL import Image

from apps.provenance import watermark_legacy

logger = logging.getLogger(__name__)

SCHEME: Final = "clipmix-tile-v2"
PAYLOAD_BITS = 48
ID_BITS = 32
TAG_BITS = PAYLOAD_BITS - ID_BITS
MAX_REMIX_ID = 2**ID_BITS - 1
WORKING_SIDE = 512  # the short side at which the tile is laid out and read
TILE = 128  # pixels at the working resolution
CHIP = 4
GRID = TILE // CHIP  # 32 x 32 chips per tile
SYNC_CHIPS = 256
# Rate 1/3, constraint length 7 (the generators of the NASA/Voyager-style code).
GENERATORS = (0o133, 0o171, 0o165)
MEMORY = 6
CODED_BITS = (PAYLOAD_BITS + MEMORY) * len(GENERATORS)
# Strength, in levels of luminance: a floor everywhere (the texture a flat image gets) plus a
# share of the local contrast, capped. Measured against PSNR >= 38 dB (docs/benchmarks.md).
STRENGTH_FLOOR = 2.3
STRENGTH_TEXTURE = 0.1
STRENGTH_CAP = 3.0
# Whatever the strength map and the gain, the marked image stays at least this close to the
# original (PSNR in dB over the three channels, before JPEG); the texture is scaled down to fit.
PSNR_FLOOR_DB = 38.5
# A tile found by the synchronisation search must stand out this many standard deviations
# above the other offsets before its bits are read (keeps unmarked images cheap and quiet).
SYNC_MIN_Z = 4.5
WHITENING = 1.0
SCALE_RANGE = (0.45, 1.6)  # periods searched for, relative to the working tile
SCALE_STEP, SCALE_STEPS = 0.004, 3
PERIOD_MIN_PROMINENCE = 5.0  # unmarked photos stay under 5; marked copies are mostly above 6
KEY_NOT_CONFIGURED = (
    "The watermark key is not configured: set CLIPMIX_WATERMARK_KEY (see docs/operations.md), "
    "or run `manage.py provenance_keys` in development."
)


class WatermarkError(Exception):
    """An image that does not keep its watermark (see ``watermark_embed_checked``)."""


@dataclass(frozen=True)
class WatermarkReading:
    present: bool
    remix_id: int | None = None
    scheme: Literal["clipmix-tile-v2", "dwtDctSvd", ""] = ""

    @property
    def keyed(self) -> bool:
        """Whether the mark proves it was made with our key (not the public legacy format)."""
        return self.present and self.scheme == SCHEME


# --- The key and what it decides ----------------------------------------------------------------


def watermark_key_load() -> bytes:
    """The secret key: ``CLIPMIX_WATERMARK_KEY``, else the development key file."""
    value = settings.CLIPMIX_WATERMARK_KEY
    if value:
        return str(value).encode()
    path = settings.CLIPMIX_WATERMARK_KEY_FILE
    if path and Path(path).is_file():
        return Path(path).read_bytes().strip()
    raise ImproperlyConfigured(KEY_NOT_CONFIGURED)


@dataclass(frozen=True)
class _Plan:
    """Everything the key decides: where the chips go and which sign each one has."""

    key: bytes
    sync_spectrum: np.ndarray  # of the pulse-shaped template (zero off the sync chips)
    sync_index: np.ndarray  # flat chip indices of the synchronisation template
    sync_sign: np.ndarray
    payload_index: np.ndarray  # flat chip indices carrying coded bits
    payload_sign: np.ndarray
    payload_bit: np.ndarray  # which coded bit each payload chip carries


def _pulse_shaped(chips: np.ndarray) -> np.ndarray:
    """A GRID x GRID chip array as a softened, periodic TILE x TILE pattern (linear in it)."""
    tile = np.kron(chips.reshape(GRID, GRID), np.ones((CHIP, CHIP), np.float32))
    padded = np.pad(tile, CHIP, mode="wrap")
    return cv2.GaussianBlur(padded, (0, 0), 1.0)[CHIP:-CHIP, CHIP:-CHIP]


def _pulse(chips: np.ndarray) -> np.ndarray:
    """``_pulse_shaped`` at unit RMS."""
    soft = _pulse_shaped(chips)
    rms = float(np.sqrt(np.mean(soft**2))) or 1.0
    return (soft / rms).astype(np.float32)


@functools.lru_cache(maxsize=4)
def _plan(key: bytes) -> _Plan:
    seed = int.from_bytes(hmac.new(key, b"clipmix-tile-v2/plan", hashlib.sha256).digest(), "big")
    rng = np.random.default_rng(seed)
    order = rng.permutation(GRID * GRID)
    sync_index, payload_index = order[:SYNC_CHIPS], order[SYNC_CHIPS:]
    sync_sign = rng.choice(np.array([-1.0, 1.0], np.float32), SYNC_CHIPS)
    payload_sign = rng.choice(np.array([-1.0, 1.0], np.float32), payload_index.size)
    payload_bit = np.arange(payload_index.size) % CODED_BITS
    chips = np.zeros(GRID * GRID, np.float32)
    chips[sync_index] = sync_sign
    return _Plan(
        key=key,
        sync_spectrum=np.fft.rfft2(_pulse(chips)),
        sync_index=sync_index,
        sync_sign=sync_sign,
        payload_index=payload_index,
        payload_sign=payload_sign,
        payload_bit=payload_bit,
    )


def _tag(key: bytes, remix_id: int) -> int:
    digest = hmac.new(key, b"clipmix-tile-v2/id" + remix_id.to_bytes(4, "big"), hashlib.sha256)
    return int.from_bytes(digest.digest()[:2], "big")


def payload_for(remix_id: int, *, key: bytes | None = None) -> bytes:
    """The 48-bit payload for ``remix_id``: the id, then its keyed tag."""
    if not 0 < remix_id <= MAX_REMIX_ID:
        raise ValueError(f"remix id {remix_id} does not fit the watermark")
    tag = _tag(key or watermark_key_load(), remix_id)
    return remix_id.to_bytes(4, "big") + tag.to_bytes(2, "big")


def watermark_key_create(path: Path) -> Path:
    """A new random development key at ``path`` (readable by its owner only)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(secrets.token_urlsafe(32) + "\n")
    path.chmod(0o600)
    return path


# --- Error correction: a convolutional code with soft-decision Viterbi decoding -----------------


def _parity(value: int) -> int:
    return bin(value).count("1") & 1


_NEXT = np.array([[(b << (MEMORY - 1)) | (s >> 1) for b in (0, 1)] for s in range(2**MEMORY)])
_OUT = np.array(
    [
        [[1.0 - 2 * _parity(((b << MEMORY) | s) & g) for g in GENERATORS] for b in (0, 1)]
        for s in range(2**MEMORY)
    ],
    np.float32,
)  # [state, input] -> the three output bits as +1 (bit 0) / -1 (bit 1)


def _encode(bits: np.ndarray) -> np.ndarray:
    state, out = 0, []
    for bit in [*bits.tolist(), *([0] * MEMORY)]:
        out.extend(_OUT[state, bit])
        state = int(_NEXT[state, bit])
    return np.array(out, np.float32)


def _viterbi(soft: np.ndarray) -> np.ndarray:
    """The most likely 48 bits for ``soft`` (positive = bit 0), ending in the zero state."""
    steps = soft.reshape(-1, len(GENERATORS))
    states = np.arange(2**MEMORY)
    first = (states & (2 ** (MEMORY - 1) - 1)) << 1  # predecessors of each state: first, first|1
    inputs = states >> (MEMORY - 1)
    metric = np.full(2**MEMORY, -np.inf, np.float32)
    metric[0] = 0.0
    choices = np.zeros((len(steps), 2**MEMORY), np.int8)
    for t, received in enumerate(steps):
        branch = _OUT @ received  # [state, input]
        from_first = metric[first] + branch[first, inputs]
        from_second = metric[first | 1] + branch[first | 1, inputs]
        choices[t] = from_second > from_first
        metric = np.maximum(from_first, from_second)
    state, bits = 0, []
    for t in range(len(steps) - 1, -1, -1):
        bits.append(state >> (MEMORY - 1))
        state = int((state & (2 ** (MEMORY - 1) - 1)) << 1 | choices[t, state])
    return np.array(bits[::-1][:PAYLOAD_BITS], np.uint8)


# --- Embedding -----------------------------------------------------------------------------------


def _bits(payload: bytes) -> np.ndarray:
    return np.unpackbits(np.frombuffer(payload, np.uint8))


def _codeword(remix_id: int, key: bytes) -> np.ndarray:
    """The 162 coded bits of ``remix_id``'s payload as +1 (bit 0) / -1 (bit 1)."""
    return _encode(_bits(payload_for(remix_id, key=key)))


def _chips(plan: _Plan, *, sync: bool, coded: np.ndarray | None) -> np.ndarray:
    """The tile's chip values: the synchronisation template, the payload chips, or both."""
    chips = np.zeros(GRID * GRID, np.float32)
    if sync:
        chips[plan.sync_index] = plan.sync_sign
    if coded is not None:
        chips[plan.payload_index] = plan.payload_sign * coded[plan.payload_bit]
    return chips


def _tile_for(remix_id: int, key: bytes) -> np.ndarray:
    return _pulse(_chips(_plan(key), sync=True, coded=_codeword(remix_id, key)))


def _tiled(
    tile: np.ndarray, shape: tuple[int, int], offset: tuple[int, int] = (0, 0)
) -> np.ndarray:
    """``tile`` repeated over ``shape`` (rows, columns), its origin at ``offset``."""
    height, width = shape
    rolled = np.roll(tile, offset, axis=(0, 1)) if offset != (0, 0) else tile
    return np.tile(rolled, (-(-height // TILE), -(-width // TILE)))[:height, :width]


def _working_size(width: int, height: int, scale: float = 1.0) -> tuple[int, int]:
    factor = WORKING_SIDE / min(width, height) / scale
    return max(1, round(width * factor)), max(1, round(height * factor))


def _luminance(rgb: np.ndarray) -> np.ndarray:
    """Luma (0.299 R + 0.587 G + 0.114 B) of a float32 RGB array."""
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def _resize(plane: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    if (plane.shape[1], plane.shape[0]) == size:
        return plane
    shrinking = size[0] * size[1] < plane.shape[0] * plane.shape[1]
    return cv2.resize(plane, size, interpolation=cv2.INTER_AREA if shrinking else cv2.INTER_LINEAR)


def watermark_embed(
    image: Image.Image,
    *,
    remix_id: int,
    gain: float = 1.0,
    psnr_floor_db: float = PSNR_FLOOR_DB,
) -> Image.Image:
    """``image`` (any size) with ``remix_id`` embedded, at least ``psnr_floor_db`` from it.
    Embed before signing: the signature binds pixels."""
    embed = watermark_embedder(
        image.size, remix_id=remix_id, gain=gain, psnr_floor_db=psnr_floor_db
    )
    return embed(image)


FACTOR_REGAIN = 1.05


def watermark_embedder(
    size: tuple[int, int],
    *,
    remix_id: int,
    gain: float = 1.0,
    strength_every: int = 1,
    psnr_floor_db: float = PSNR_FLOOR_DB,
) -> Callable[[Image.Image], Image.Image]:
    """``watermark_frames_embedder`` for Pillow images."""
    embed = watermark_frames_embedder(
        size,
        remix_id=remix_id,
        gain=gain,
        strength_every=strength_every,
        psnr_floor_db=psnr_floor_db,
    )

    def embed_image(image: Image.Image) -> Image.Image:
        return Image.fromarray(embed(np.asarray(image.convert("RGB"))))

    return embed_image


def watermark_frames_embedder(
    size: tuple[int, int],
    *,
    remix_id: int,
    gain: float = 1.0,
    strength_every: int = 1,
    psnr_floor_db: float = PSNR_FLOOR_DB,
) -> Callable[[np.ndarray], np.ndarray]:
    """``watermark_embed`` for many pictures of one ``size`` (a clip's frames, as 8-bit RGB
    arrays, height x width x 3): the key, the tile and its layout are worked out once. With
    ``strength_every`` n, the texture-dependent strength (between ``STRENGTH_FLOOR`` and
    ``STRENGTH_CAP``) is measured on every n-th picture and kept for the ones after it:
    neighbouring video frames differ little, and it is most of the cost."""
    key = watermark_key_load()
    width, height = size
    working_size = _working_size(width, height)
    pattern = _tiled(_tile_for(remix_id, key), (working_size[1], working_size[0]))
    measured: list[_Planes] = []  # the texture last measured, at most one
    # The PSNR budget's scale-down last found: the next frames start their search there
    # (neighbouring frames need about the same), not at 1, which took 2-3 passes over each
    # frame where one mostly does. A newly measured texture starts a little above it
    # (``FACTOR_REGAIN``), so the mark regains what a flatter picture allows within a few
    # measurements, in one or two passes.
    factor = 1.0
    count = 0

    def embed(pixels: np.ndarray) -> np.ndarray:
        nonlocal count, factor
        if pixels.shape != (height, width, 3):
            raise ValueError(f"expected a {width}x{height} RGB picture, got {pixels.shape}")
        rgb = pixels.astype(np.float32)
        if count % max(1, strength_every) == 0:
            working = _resize(_luminance(rgb), working_size)
            measured[:] = [_Planes(*_texture(size, working, pattern, gain))]
            factor = min(1.0, factor * FACTOR_REGAIN)
        count += 1
        marked, factor = _marked(rgb, measured[0], psnr_floor_db, factor)
        return marked

    return embed


def _texture(
    size: tuple[int, int], working: np.ndarray, pattern: np.ndarray, gain: float
) -> tuple[np.ndarray, np.ndarray]:
    """(the texture to add to an image of ``size``, whose luminance at the working resolution
    is ``working``; half its amplitude there). Where a pixel is near black or white, half of
    the texture would clip: ``_marked`` moves the pixel inward by that half amplitude (a level
    or two, imperceptible), so that only the peaks of the texture clip."""
    strength = _strength(working) * gain
    return _resize(strength * pattern, size), 0.5 * _resize(strength, size)


def _strength(working: np.ndarray) -> np.ndarray:
    """The texture's amplitude at each pixel of the ``working`` luminance, at gain 1: a floor
    everywhere plus a share of the local contrast, capped."""
    local_mean = cv2.blur(working, (7, 7))
    variance = cv2.blur(working * working, (7, 7)) - local_mean * local_mean
    contrast = np.sqrt(np.maximum(variance, 0))
    return np.minimum(STRENGTH_FLOOR + STRENGTH_TEXTURE * contrast, STRENGTH_CAP)


class _Planes:
    """A texture (``delta``, ``amplitude``: ``_texture``'s pair) as three-channel planes at
    one scale factor (the headroom's floor and ceiling, and the shift), kept while the factor
    stays: a clip's frames share them, and same-shape arithmetic runs several times faster
    than a plane broadcast over the channels."""

    def __init__(self, delta: np.ndarray, amplitude: np.ndarray) -> None:
        self.delta, self.amplitude = delta, amplitude
        self._factor: float | None = None
        self._planes: tuple[np.ndarray, np.ndarray, np.ndarray] = ()  # type: ignore[assignment]

    def at(self, factor: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if factor != self._factor:
            reach = np.repeat((self.amplitude * factor)[..., None], 3, axis=2)
            shift = np.repeat((self.delta * factor)[..., None], 3, axis=2)
            self._planes, self._factor = (reach, 255.0 - reach, shift), factor
        return self._planes


def _marked(
    rgb: np.ndarray, texture: _Planes, psnr_floor_db: float, factor: float = 1.0
) -> tuple[np.ndarray, float]:
    """``rgb`` plus the ``texture`` (the same in the three channels), each channel moved
    inside its headroom, as 8-bit pixels; the whole scaled down when it would cost more than
    ``psnr_floor_db`` (a guarantee per image, whatever the gain and the texture), starting
    from ``factor``; returns the pixels and the factor they got.

    Headroom, per channel: where the texture's amplitude does not fit between 0 and 255,
    the pixel moves inward by the difference (the blue of a pure yellow rises a level, its red
    falls one, and all three keep the mark)."""
    budget = 255.0**2 / 10 ** (psnr_floor_db / 10)
    for _ in range(6):
        floor, ceiling, shift = texture.at(factor)
        # Moved inward by the headroom the texture needs (its reach is far below 127), then
        # the texture added.
        marked = np.maximum(rgb, floor)
        np.minimum(marked, ceiling, out=marked)
        marked += shift
        np.rint(marked, out=marked)
        np.clip(marked, 0, 255, out=marked)
        # Measured on the 8-bit result: the chips' plateaus round alike, so rounding costs more
        # than a uniform error would, and the shifts do not shrink exactly with the factor.
        cost = float(cv2.norm(marked, rgb, cv2.NORM_L2SQR)) / rgb.size
        if cost <= budget:
            break
        factor *= 0.995 * (budget / cost) ** 0.5
    return marked.astype(np.uint8), factor


# --- Decoding ------------------------------------------------------------------------------------


def _whitened(plane: np.ndarray) -> np.ndarray:
    """The fine texture of ``plane`` with the picture mostly removed, each area weighed alike:
    the mark's signal.

    ``plane`` is the luminance (H x W: the first, fast view) or the three colour channels
    (H x W x 3: the second view, read only when the first finds nothing). Flat runs where a
    channel is saturated (exactly 0 or 255 over a neighbourhood: what brightness or contrast
    pushed past white or black leaves) are left out, and the local mean and detail level are
    measured from the pixels that still vary (normalised convolution). In the colour view each
    channel is read on its own, so a saturated one (the red of a red square made brighter)
    leaves the mark to the others, and the local mean is a bilateral filter's: it follows the
    outline of text and flat shapes, so thin ink left between clipped white still yields the
    mark and its edges add little noise."""
    colour = plane.ndim == 3
    if colour:
        base = cv2.bilateralFilter(plane, BILATERAL_DIAMETER, BILATERAL_LEVELS, 3.0)
    channels = range(plane.shape[2]) if colour else [None]
    parts: list[np.ndarray] = []
    for index in channels:
        channel = plane if index is None else np.ascontiguousarray(plane[..., index])
        valid = _unsaturated(channel)
        if valid is None:  # nothing saturated (most pictures): the same sums, fewer of them
            if colour:
                detail = channel - base[..., index]
            else:
                detail = channel - cv2.GaussianBlur(channel, (0, 0), 2.0) / (1.0 + 1e-3)
            counted: np.ndarray | float = 1.0
        else:
            if colour:
                detail = (channel - base[..., index]) * valid
            else:
                weight = cv2.GaussianBlur(valid, (0, 0), 2.0) + 1e-3
                detail = (channel - cv2.GaussianBlur(channel * valid, (0, 0), 2.0) / weight) * valid
            counted = cv2.blur(valid, (SPREAD_BOX, SPREAD_BOX))
        # The detail level around each pixel (a box of about the reach of a Gaussian of
        # sigma 6, at a fraction of its cost), over the pixels that vary.
        spread: np.ndarray = cv2.blur(np.abs(detail), (SPREAD_BOX, SPREAD_BOX)) / (counted + 1e-3)
        np.add(spread, 0.5, out=spread)
        np.divide(detail, spread, out=detail)
        parts.append(np.clip(detail, -3.0, 3.0, out=detail))
    total = parts[0]  # a fresh array: the others are added into it
    for part in parts[1:]:
        total += part
    return total


SPREAD_BOX = 21
# The bilateral view: neighbours within about 8 levels of a pixel count toward its mean, so the
# mark's few levels are averaged away and an outline (tens of levels) is not.
BILATERAL_DIAMETER, BILATERAL_LEVELS = 9, 8.0
SATURATED_RUN = 7  # a saturated pixel is left out when its 7 x 7 neighbourhood is flat


def _unsaturated(channel: np.ndarray) -> np.ndarray | None:
    """1 where ``channel`` can carry the mark, 0 in flat runs at (or within a level of) 0 or
    255; None when no pixel is that close to 0 or 255 (all can). A marked white still varies by
    a few levels over any 7 x 7 window; only an attack that clipped it is flat there."""
    saturated = (channel >= 254.0) | (channel <= 1.0)
    if not saturated.any():
        return None
    kernel = np.ones((SATURATED_RUN, SATURATED_RUN), np.uint8)
    flat = (cv2.dilate(channel, kernel) - cv2.erode(channel, kernel)) <= 1.0
    return (~(flat & saturated)).astype(np.float32)


def _blocks(plane: np.ndarray, side: int) -> np.ndarray:
    """``plane`` zero-padded to whole ``side`` x ``side`` blocks, as (rows, side, cols, side)."""
    height, width = plane.shape
    rows, cols = -(-height // side), -(-width // side)
    padded = np.zeros((rows * side, cols * side), np.float32)
    padded[:height, :width] = plane
    return padded.reshape(rows, side, cols, side)


def _fold(plane: np.ndarray) -> np.ndarray:
    """Every tile-sized block of ``plane`` summed onto one tile."""
    return _blocks(plane, TILE).sum(axis=(0, 2))


def _synchronised(
    folded: np.ndarray, plan: _Plan, at: tuple[int, int] | None = None
) -> tuple[np.ndarray, tuple[int, int], float]:
    """(the folded tile, whitened and rolled so that the template sits at its origin; where the
    template was found, as a (row, column) offset, or ``at`` when given; how clearly it was
    found, in standard deviations)."""
    # Phase correlation: whitening the folded tile's spectrum keeps a periodic picture (a
    # chessboard, stripes) from outshining the mark, which is spread over every frequency.
    spectrum = np.fft.rfft2(folded)
    spectrum /= np.abs(spectrum) ** WHITENING + 1e-6
    flat = np.fft.irfft2(spectrum, s=folded.shape)
    correlation = np.fft.irfft2(spectrum * np.conj(plan.sync_spectrum), s=folded.shape)
    peak = int(np.argmax(correlation))
    z = float((correlation.flat[peak] - correlation.mean()) / (correlation.std() + 1e-9))
    dy, dx = divmod(peak, TILE) if at is None else at
    return np.roll(flat, (-dy, -dx), axis=(0, 1)), (dy, dx), z


def _soft_bits(aligned: np.ndarray, plan: _Plan) -> np.ndarray:
    """The coded bits as the aligned tile's chips carry them (positive = bit 0), unscaled."""
    chips = aligned.reshape(GRID, CHIP, GRID, CHIP).sum(axis=(1, 3)).ravel()
    soft = np.zeros(CODED_BITS, np.float32)
    np.add.at(soft, plan.payload_bit, chips[plan.payload_index] * plan.payload_sign)
    return soft


def _payload_id(soft: np.ndarray, key: bytes) -> int | None:
    """The remix id that the soft coded bits decode to, when its keyed tag checks."""
    bits = _viterbi(soft / (float(np.abs(soft).mean()) or 1.0))
    payload = np.packbits(bits).tobytes()
    remix_id, tag = int.from_bytes(payload[:4], "big"), int.from_bytes(payload[4:], "big")
    if remix_id == 0 or _tag(key, remix_id) != tag:
        return None
    return remix_id


def _read_tile(folded: np.ndarray, plan: _Plan, key: bytes) -> tuple[int | None, float]:
    """(the remix id the folded tile carries, or None; how clearly the template was found)."""
    aligned, _, z = _synchronised(folded, plan)
    if z < SYNC_MIN_Z:
        return None, z
    return _payload_id(_soft_bits(aligned, plan), key), z


def _periods(whitened: np.ndarray) -> list[tuple[float, float]]:
    """Candidate scales of the tile, from the peaks of the image's autocorrelation, each with
    how far it stands out (in robust standard deviations of the autocorrelation profile)."""
    height, width = whitened.shape
    magnitude = np.abs(np.fft.rfft2(whitened - whitened.mean(), s=(2 * height, 2 * width)))
    # The repeated tile puts sharp lines in the spectrum; dividing by its smoothed self keeps
    # them and flattens a textured picture's broad hump (grass, gravel).
    magnitude /= cv2.GaussianBlur(magnitude, (0, 0), 4.0) + 1e-6
    acf = np.fft.irfft2(magnitude**2, s=(2 * height, 2 * width))
    lags = np.arange(round(TILE * SCALE_RANGE[0]), round(TILE * SCALE_RANGE[1]) + 1)
    lags = lags[(lags < height // 2) & (lags < width // 2)]
    if lags.size < 3:
        return []
    # Rows and columns near the axes: a tile at lag (p, 0) and (0, p).
    profile = acf[0, lags] + acf[lags, 0] + 0.5 * (acf[1, lags] + acf[lags, 1])
    baseline = np.convolve(profile, np.ones(9) / 9, mode="same")
    score = profile - baseline
    spread = 1.4826 * float(np.median(np.abs(score - np.median(score)))) or 1.0
    candidates: list[tuple[float, float]] = []
    for index in np.argsort(score)[::-1][:2]:
        lag = float(lags[index])
        if 0 < index < lags.size - 1:
            left, mid, right = score[index - 1], score[index], score[index + 1]
            denominator = left - 2 * mid + right
            if denominator < 0:
                lag += 0.5 * (left - right) / denominator
        candidates.append((lag / TILE, float(score[index]) / spread))
    return candidates


def _read_at(pixels: np.ndarray, scale: float, plan: _Plan, key: bytes) -> int | None:
    """The remix id read from ``pixels`` (luminance, or colour for the second view) with the
    tile at ``scale``."""
    height, width = pixels.shape[:2]
    working = _resize(pixels, _working_size(width, height, scale))
    return _read_tile(_fold(_whitened(working)), plan, key)[0]


def watermark_read_keyed(image: Image.Image, *, search: bool = True) -> int | None:
    """The remix id of a ``clipmix-tile-v2`` mark made with our key, or None."""
    key = watermark_key_load()
    plan = _plan(key)
    colour = image if image.mode == "RGB" else image.convert("RGB")
    # A large image (the verifier accepts up to 40 MP) is reduced by an integer factor first,
    # keeping at least twice the working resolution: bounded memory, the same read.
    factor = min(colour.size) // (2 * WORKING_SIDE)
    if factor > 1:
        colour = colour.reduce(factor)
    pixels = np.asarray(colour, np.float32)
    if min(pixels.shape[:2]) < 64:
        return None
    luminance = _luminance(pixels)
    found = _read_at(luminance, 1.0, plan, key)
    if found is None:  # text or shapes between clipped white or black: the colour view
        found = _read_at(pixels, 1.0, plan, key)
    if found is not None or not search:
        return found
    height, width = luminance.shape
    whitened = _whitened(_resize(luminance, _working_size(width, height)))
    tried: list[float] = [1.0]
    for estimate, prominence in _periods(whitened):
        if prominence < PERIOD_MIN_PROMINENCE:
            continue
        # The autocorrelation places the period within about 1 %; the tile must be matched
        # within about 0.4 % for its chips to line up, so try the neighbourhood nearest first.
        for step in sorted(range(-SCALE_STEPS, SCALE_STEPS + 1), key=abs):
            scale = estimate * (1 + SCALE_STEP * step)
            if any(abs(scale - done) < SCALE_STEP / 2 for done in tried):
                continue
            tried.append(scale)
            found = _read_at(luminance, scale, plan, key)
            if found is not None:
                return found
    return None


def watermark_read(image: Image.Image) -> WatermarkReading:
    """Our keyed mark if there is one, else an older ``dwtDctSvd`` mark, else nothing."""
    remix_id = watermark_read_keyed(image)
    if remix_id is not None:
        return WatermarkReading(present=True, remix_id=remix_id, scheme=SCHEME)
    legacy = watermark_legacy.watermark_read(image)
    if legacy.present:
        return WatermarkReading(present=True, remix_id=legacy.remix_id, scheme="dwtDctSvd")
    return WatermarkReading(present=False)


# --- A new mark replaces the earlier ones (a remix of a remix) ------------------------------------

# A remix of a remix starts from its parent's published image, which carries the parent's mark
# (and, for chains published before marks were replaced, its ancestors' too). Every keyed mark
# has the same synchronisation template and chip layout, so marks laid over each other at the
# same place add up chip by chip: where two earlier marks agree on a coded bit against the new
# one, they outvote it. So before a new mark is embedded the earlier ones are taken out: found
# (the template gives their offset; their ids are decoded one after the other, each decoded
# codeword taken out of the chips before the next, and the ids the caller knows are added),
# their exact patterns made again with the key, how strongly each is present measured block by
# block, and that much of each pattern subtracted. The published image then carries one mark.
STACK_MAX = 6  # marks decoded from one image at most
REMOVAL_BLOCK = 64  # px at the working resolution over which a mark's strength is measured
REMOVAL_ROUNDS = 3
REMOVAL_GAIN_LIMIT = 8.0  # far above any gain a mark is embedded with (after the pulse's RMS)


def _marks_carried(
    working: np.ndarray,
    plan: _Plan,
    key: bytes,
    known: tuple[int, ...],
    at: tuple[int, int] | None = None,
) -> tuple[list[int], tuple[int, int]]:
    """(the ids of the keyed marks the ``working`` luminance carries, decoded from it, then the
    ``known`` ones; where their template lies). Nothing when no template stands out, unless
    ``at`` says where it was before it was taken out (only decoded ids then: a tag that
    checks is the proof)."""
    aligned, offset, z = _synchronised(_fold(_whitened(working)), plan, at)
    if at is None and z < SYNC_MIN_Z:
        return [], offset
    soft = _soft_bits(aligned, plan)
    found: list[int] = []
    for _ in range(STACK_MAX):
        remix_id = _payload_id(soft, key)
        if remix_id is None or remix_id in found:
            break
        found.append(remix_id)
        code = _codeword(remix_id, key)
        soft = soft - float(soft @ code) / float(code @ code) * code
    if at is not None:
        return found, offset
    return [*found, *(remix_id for remix_id in known if remix_id not in found)], offset


def _high_pass(plane: np.ndarray) -> np.ndarray:
    return plane - cv2.GaussianBlur(plane, (0, 0), 2.0)


def _block_sums(plane: np.ndarray) -> np.ndarray:
    return _blocks(plane, REMOVAL_BLOCK).sum(axis=(1, 3))


def _earlier_marks(
    working: np.ndarray, ids: list[int], offset: tuple[int, int], plan: _Plan, key: bytes
) -> np.ndarray:
    """The texture that the marks ``ids`` leave in the ``working`` luminance, as estimated:
    each mark's pattern (its template and its payload chips apart, since all marks share the
    template) shaped by the embedder's strength map, scaled by weighted least squares over
    blocks (how much of it survived the engine's changes, the JPEG and the PSNR floor there),
    the scales interpolated between block centres."""
    strength = _strength(working)
    shape = working.shape
    parts = [
        _tiled(_pulse_shaped(_chips(plan, sync=True, coded=None)), shape, offset) * strength,
        *(
            _tiled(_pulse_shaped(_chips(plan, sync=False, coded=_codeword(i, key))), shape, offset)
            * strength
            for i in ids
        ),
    ]
    target = _high_pass(working)
    # Busy areas say less about the mark than flat ones: weigh by the local detail level.
    weight = 1.0 / (cv2.blur(np.abs(target), (SPREAD_BOX, SPREAD_BOX)) + 0.5) ** 2
    filtered = [_high_pass(part) for part in parts]
    count = len(parts)
    rows, cols = _block_sums(target).shape
    gram = np.zeros((rows, cols, count, count), np.float32)
    rhs = np.zeros((rows, cols, count), np.float32)
    for i in range(count):
        weighted = weight * filtered[i]
        rhs[..., i] = _block_sums(weighted * target)
        for j in range(i + 1):
            gram[..., i, j] = gram[..., j, i] = _block_sums(weighted * filtered[j])
    ridge = 1e-3 * np.trace(gram, axis1=2, axis2=3)[..., None, None] / count + 1e-6
    gains = np.linalg.solve(gram + ridge * np.eye(count, dtype=np.float32), rhs[..., None])[..., 0]
    gains = np.clip(gains, -REMOVAL_GAIN_LIMIT, REMOVAL_GAIN_LIMIT).astype(np.float32)
    grid = (cols * REMOVAL_BLOCK, rows * REMOVAL_BLOCK)
    field = np.zeros(shape, np.float32)
    for i, part in enumerate(parts):
        scale = cv2.resize(
            np.ascontiguousarray(gains[..., i]), grid, interpolation=cv2.INTER_LINEAR
        )
        field += scale[: shape[0], : shape[1]] * part
    return field


def watermark_marks_remove(
    image: Image.Image, *, known: tuple[int, ...] = ()
) -> tuple[Image.Image, list[int]]:
    """(``image`` without the keyed marks it carries, the ids of the marks taken out).
    ``known`` names marks the caller expects (a remix's parent): they are taken out even when
    the marks laid over each other no longer decode one by one. An image without a
    synchronisation template is returned as it is."""
    rgb, removed, _ = _marks_taken_out(np.asarray(image.convert("RGB"), np.float32), known)
    if not removed:
        return image, []
    return Image.fromarray(rgb.astype(np.uint8)), removed


def _marks_taken_out(
    rgb: np.ndarray, known: tuple[int, ...]
) -> tuple[np.ndarray, list[int], np.ndarray]:
    """(``rgb`` without the keyed marks it carries, in whole levels; the ids taken out; its
    luminance at the working resolution, which the new mark's strength is measured from)."""
    key = watermark_key_load()
    plan = _plan(key)
    height, width = rgb.shape[:2]
    size = _working_size(width, height)
    removed: list[int] = []
    at: tuple[int, int] | None = None
    for _ in range(REMOVAL_ROUNDS):
        working = _resize(_luminance(rgb), size)
        # After the first round the shared template is gone; a mark that was outvoted there
        # may decode now, at the same place.
        ids, at = _marks_carried(working, plan, key, known if at is None else (), at)
        if not ids:
            return rgb, removed, working
        field = _resize(_earlier_marks(working, ids, at, plan, key), (width, height))
        rgb = np.clip(np.rint(rgb - field[..., None]), 0, 255)
        removed += [remix_id for remix_id in ids if remix_id not in removed]
    return rgb, removed, _resize(_luminance(rgb), size)


# --- Embedding that is proven to read back --------------------------------------------------------

# Tried in turn until the mark reads back from the published JPEG and after a harsher re-save
# like a platform's; each step is stronger (still within the PSNR budget for flat images).
GAIN_STEPS = (1.0, 1.4, 2.0)
REENCODE_QUALITY = 75
# What the issue promises: the published JPEG within this PSNR of the unmarked one (a margin
# above 38 dB for the decoder's own JPEG library differing by a rounding).
PUBLISHED_PSNR_MIN_DB = 38.1
# When earlier marks were taken out, what JPEG left of them (measured 45-48 dB from the
# picture never marked, on busy photos) adds to the new mark: the new one keeps 1 dB more from
# the cleaned picture. (A margin growing with the chain's depth was tried: 2.2 dB at depth 3
# bought 0.2-0.6 dB against the chain never marked, and cost crop detection; see
# docs/provenance.md.)
REPLACING_MARGIN_DB = 1.0


def _jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def _decoded(jpeg: bytes) -> Image.Image:
    return Image.open(io.BytesIO(jpeg)).convert("RGB")


def _psnr(a: Image.Image | np.ndarray, b: Image.Image | np.ndarray) -> float:
    """PSNR in dB between two 8-bit RGB images (OpenCV's, on the bytes: no float copies)."""
    return float(cv2.PSNR(np.asarray(a, np.uint8), np.asarray(b, np.uint8)))


def _reads(image: Image.Image, remix_id: int) -> bool:
    """Whether the mark reads back at the scale it was made (no search: the self-check)."""
    return watermark_read_keyed(image, search=False) == remix_id


def _published(
    rgb: np.ndarray,
    texture: tuple[np.ndarray, np.ndarray],
    *,
    gain: float,
    quality: int,
    reference: Image.Image,
    margin_db: float = 0.0,
) -> tuple[bytes, Image.Image] | None:
    """The JPEG of ``rgb`` marked with the ``texture`` (``_texture`` at gain 1) at ``gain``,
    and its pixels, at least ``PUBLISHED_PSNR_MIN_DB`` (+ ``margin_db``) from ``reference``
    (the same image published unmarked): JPEG quantises the marked and unmarked images apart
    a little (up to about a dB on busy pictures), so the promise is measured as published, and
    the texture is lowered by the shortfall when it is not met (None if it never is)."""
    planes = _Planes(*((part * gain for part in texture) if gain != 1.0 else texture))
    original = rgb.astype(np.uint8)
    floor = PSNR_FLOOR_DB + margin_db
    for _ in range(4):
        marked, _ = _marked(rgb, planes, floor)
        jpeg = _jpeg(Image.fromarray(marked), quality)
        published = _decoded(jpeg)
        shortfall = PUBLISHED_PSNR_MIN_DB + margin_db - _psnr(reference, published)
        if shortfall <= 0:
            return jpeg, published
        # Lower the texture from where it is (it may be under the floor already) by more
        # than the shortfall: JPEG keeps most, not all, of a change.
        floor = max(floor, _psnr(original, marked)) + 1.5 * shortfall + 0.1
    return None


def watermark_embed_checked(
    image: Image.Image, *, remix_id: int, quality: int, replaces: tuple[int, ...] = ()
) -> bytes:
    """``image`` (RGB) watermarked with ``remix_id`` as a JPEG at ``quality`` that is proven to
    read back, preferably also after a re-encode at ``REENCODE_QUALITY``, and at least
    ``PUBLISHED_PSNR_MIN_DB`` from the same image published unmarked. ``WatermarkError`` when
    no strength reads back at all (within the PSNR promise): the remix is then never
    published unmarked.

    The keyed marks ``image`` carries are taken out first (``watermark_marks_remove``): the
    new mark replaces them, and "unmarked" above means without them. What they leave behind
    (JPEG kept them not quite as they were made) is paid for from the new mark's budget
    (``REPLACING_MARGIN_DB``), so that the image is also within the promise of the picture
    that was never marked at all. A remix of a remix names its chain in ``replaces`` (its
    parent's mark is certainly there); a picture that is not known to carry one (a video's
    frame) is looked at only when its mark does not read back (a screen recording of a
    published remix): most remixes are spared a decode."""
    rgb = np.asarray(image.convert("RGB"), np.float32)
    try:
        return _embed_checked(rgb, remix_id=remix_id, quality=quality, replaces=replaces)
    except WatermarkError:
        if replaces:
            raise
        return _embed_checked(rgb, remix_id=remix_id, quality=quality, replaces=None)


def _embed_checked(
    rgb: np.ndarray, *, remix_id: int, quality: int, replaces: tuple[int, ...] | None
) -> bytes:
    """``watermark_embed_checked`` on ``rgb``; earlier marks looked for unless ``replaces`` is
    empty (None: looked for, none known)."""
    removed: list[int] = []
    if replaces is None or replaces:
        rgb, removed, working = _marks_taken_out(rgb, replaces or ())
    else:
        working = _resize(_luminance(rgb), _working_size(rgb.shape[1], rgb.shape[0]))
    margin = REPLACING_MARGIN_DB if removed else 0.0
    if removed:
        logger.info("Remix %s: earlier marks %s taken out before its own", remix_id, removed)
    reference = _decoded(_jpeg(Image.fromarray(rgb.astype(np.uint8)), quality))
    # The texture at gain 1, measured once: each try below only scales it.
    pattern = _tiled(_tile_for(remix_id, watermark_key_load()), working.shape)
    texture = _texture((rgb.shape[1], rgb.shape[0]), working, pattern, 1.0)
    readable, previous = None, b""
    for gain in GAIN_STEPS:
        made = _published(
            rgb, texture, gain=gain, quality=quality, reference=reference, margin_db=margin
        )
        if made is None or made[0] == previous:  # held at the PSNR floor: no stronger mark
            break
        jpeg, published = made
        previous = jpeg
        if not _reads(published, remix_id):
            continue
        if _reads(_decoded(_jpeg(published, REENCODE_QUALITY)), remix_id):
            return jpeg
        readable = readable or jpeg
    if readable is None:
        raise WatermarkError(f"the watermark for remix {remix_id} could not be made to read back")
    logger.warning(
        "Remix %s: its watermark may not survive a JPEG %s re-encode", remix_id, REENCODE_QUALITY
    )
    return readable
