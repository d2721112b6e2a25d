"""Small image helpers the styles, face effects and backdrops share (RGB uint8 arrays)."""

import cv2
import numpy as np
from PIL import Image

SHORT_SIDE = 512


def working_copy(frame: Image.Image) -> np.ndarray:
    image = frame.convert("RGB")
    scale = SHORT_SIDE / min(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    if size != image.size:
        resample = Image.Resampling.LANCZOS if scale < 1 else Image.Resampling.BICUBIC
        image = image.resize(size, resample)
    return np.asarray(image, dtype=np.uint8).copy()


def u8(array: np.ndarray) -> np.ndarray:
    return np.clip(array, 0, 255).astype(np.uint8)


def resize(image: np.ndarray, width: int, height: int, interpolation: int) -> np.ndarray:
    return np.asarray(cv2.resize(image, (width, height), interpolation=interpolation))


def half(image: np.ndarray) -> np.ndarray:
    h, w = image.shape[:2]
    return resize(image, max(1, w // 2), max(1, h // 2), cv2.INTER_AREA)


def to_gray(image: np.ndarray) -> np.ndarray:
    return np.asarray(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY))


def saturate(image: np.ndarray, factor: float, value: float = 1.0) -> np.ndarray:
    hsv = cv2.cvtColor(image, cv2.COLOR_RGB2HSV).astype(np.float32)
    hsv[..., 1] *= factor
    hsv[..., 2] *= value
    return np.asarray(cv2.cvtColor(u8(hsv), cv2.COLOR_HSV2RGB))


def quantize(image: np.ndarray, colours: int) -> np.ndarray:
    """A palette of ``colours`` by Pillow's fast octree: deterministic (unlike cv2.kmeans) and
    about a hundred times faster than median cut at this size."""
    quantized = Image.fromarray(image).quantize(
        colors=colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
    )
    return np.asarray(quantized.convert("RGB"), dtype=np.uint8)


def cel(image: np.ndarray, levels: int, chroma_step: float = 12.0) -> np.ndarray:
    """Cel shading: lightness in ``levels`` flat bands, colour in coarse steps (in Lab, so skin
    keeps its hue where a global palette would spend its colours elsewhere)."""
    lab = cv2.cvtColor(image, cv2.COLOR_RGB2LAB).astype(np.float32)
    step = 255.0 / levels
    lab[..., 0] = (np.floor(lab[..., 0] / step) + 0.5) * step
    lab[..., 1:] = np.round((lab[..., 1:] - 128.0) / chroma_step) * chroma_step + 128.0
    return np.asarray(cv2.cvtColor(u8(lab), cv2.COLOR_LAB2RGB))


def vignette(height: int, width: int, strength: float) -> np.ndarray:
    ys = np.linspace(-1.0, 1.0, height, dtype=np.float32)[:, None]
    xs = np.linspace(-1.0, 1.0, width, dtype=np.float32)[None, :]
    return 1.0 - strength * np.clip((xs**2 + ys**2) / 2.0, 0.0, 1.0) ** 1.2


def grain(rng: np.random.Generator, height: int, width: int, sigma: float) -> np.ndarray:
    return rng.normal(0.0, sigma, (height, width, 1)).astype(np.float32)


def screen(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    fa, fb = a.astype(np.float32) / 255.0, b.astype(np.float32) / 255.0
    return u8((1.0 - (1.0 - fa) * (1.0 - fb)) * 255.0)


def smooth_edges(image: np.ndarray) -> np.ndarray:
    """Flat colour regions that keep their edges: bilateral filtering at half size."""
    h, w = image.shape[:2]
    small = half(image)
    for _ in range(3):
        small = np.asarray(cv2.bilateralFilter(small, 7, 40, 5))
    return resize(small, w, h, cv2.INTER_LINEAR)


def ink_lines(image: np.ndarray, smooth: np.ndarray, block: int = 11, c: int = 8) -> np.ndarray:
    """1.0 where there is no line, 0.0 on an ink line: pixels darker than their surroundings
    (adaptive threshold) that lie on an edge of the smoothed picture, so shadows stay shadows
    instead of turning into black blotches."""
    gray = np.asarray(cv2.medianBlur(to_gray(image), 7))
    lighter = np.asarray(
        cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, c)
    )
    near_edge = np.asarray(cv2.dilate(edges_of(smooth, 30, 90), np.ones((3, 3), np.uint8)))
    ink = np.where(near_edge > 0, 255 - lighter, 0).astype(np.uint8)
    ink = np.asarray(cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8)))
    return (255 - ink).astype(np.float32) / 255.0


def edges_of(image: np.ndarray, low: int, high: int) -> np.ndarray:
    gray = np.asarray(cv2.GaussianBlur(to_gray(image), (5, 5), 0))
    return np.asarray(cv2.Canny(gray, low, high))
