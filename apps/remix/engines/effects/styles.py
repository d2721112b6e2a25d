"""Styles for ``restyle``: classic image processing picked from the prompt's words."""

import zlib
from collections.abc import Callable

import cv2
import numpy as np

from apps.remix.engines.effects.neural import NEURAL_STYLES, neural_style_apply
from apps.remix.engines.effects.pixels import (
    cel,
    edges_of,
    grain,
    half,
    ink_lines,
    quantize,
    resize,
    saturate,
    screen,
    smooth_edges,
    to_gray,
    u8,
    vignette,
)
from apps.remix.engines.effects.words import TINT_COLOURS, TINT_WORDS, Rgb, picks


def _style_cartoon(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    smooth = smooth_edges(image)
    lines = ink_lines(image, smooth)
    flat = cel(smooth, 8).astype(np.float32) * lines[..., None]
    return saturate(u8(flat), 1.35, 1.05)


def _style_sketch(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    gray, _ = cv2.pencilSketch(image, sigma_s=60, sigma_r=0.07, shade_factor=0.06)
    h, w = image.shape[:2]
    paper = np.array([250, 246, 236], np.float32)
    texture = 1.0 + grain(rng, h, w, 0.025)
    out = np.asarray(gray, np.float32)[..., None] / 255.0 * paper * texture
    return u8(out)


def _style_colour_pencil(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    gray, _ = cv2.pencilSketch(image, sigma_s=60, sigma_r=0.07, shade_factor=0.03)
    h, w = image.shape[:2]
    # Pale, grainy colour hatched under the pencil strokes.
    colour = saturate(smooth_edges(image), 1.6).astype(np.float32)
    colour = 255.0 - (255.0 - colour) * 0.75
    strokes = np.asarray(gray, np.float32)[..., None] / 255.0
    noise = rng.normal(0.0, 1.0, (h, w)).astype(np.float32)
    hatch = cv2.filter2D(noise, -1, np.eye(9, dtype=np.float32)[::-1] / 9.0)
    texture = 1.0 + 0.08 * hatch[..., None]
    return u8(colour * (0.45 + 0.55 * strokes) * texture)


def _style_pixel_art(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    block = max(4, min(h, w) // 85)
    small = resize(image, max(1, w // block), max(1, h // block), cv2.INTER_AREA)
    small = quantize(saturate(small, 1.4, 1.05), 24)
    return resize(small, w, h, cv2.INTER_NEAREST)


def _style_watercolour(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    washed = np.asarray(cv2.edgePreservingFilter(half(image), flags=1, sigma_s=60, sigma_r=0.5))
    washed = cel(resize(washed, w, h, cv2.INTER_LINEAR), 10, 8.0).astype(np.float32)
    # Colour bleeds a little past its edges, and pools darker where each wash ends.
    washed = washed * 0.6 + cv2.GaussianBlur(washed, (0, 0), 4) * 0.4
    lum = cv2.GaussianBlur(washed.mean(axis=2), (0, 0), 1.5)
    edge = np.abs(cv2.Laplacian(lum, cv2.CV_32F, ksize=3))
    washed *= (1.0 - np.clip(edge / 50.0, 0, 0.15))[..., None]
    # Light, transparent colour over a faint pencil drawing, on textured paper.
    washed = 255.0 - (255.0 - washed) * 0.62
    pencil, _ = cv2.pencilSketch(image, sigma_s=40, sigma_r=0.06, shade_factor=0.02)
    washed *= (0.85 + 0.15 * np.asarray(pencil, np.float32) / 255.0)[..., None]
    paper = cv2.GaussianBlur(rng.normal(1.0, 0.06, (h, w)).astype(np.float32), (0, 0), 1.0)
    out = washed * paper[..., None] * np.array([1.0, 0.99, 0.96], np.float32)
    return saturate(u8(out), 1.45)


def _style_comic(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    smooth = smooth_edges(image)
    flat = saturate(cel(smooth, 5, 16.0), 1.5).astype(np.float32)
    h, w = image.shape[:2]
    # Halftone dots in the shadows.
    darkness = 1.0 - cv2.GaussianBlur(to_gray(image), (0, 0), 2).astype(np.float32) / 255.0
    cell = 6
    ys, xs = np.mgrid[0:h, 0:w]
    dist = np.hypot((xs % cell) - cell / 2 + 0.5, (ys % cell) - cell / 2 + 0.5)
    radius = cell * 0.8 * np.clip(darkness - 0.45, 0, 1) ** 0.5
    flat[dist < radius] *= 0.55
    ink = np.asarray(cv2.dilate(edges_of(smooth, 40, 120), np.ones((2, 2), np.uint8)))
    flat[ink > 0] = 15
    return u8(flat)


def _style_neon(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    edges = np.asarray(cv2.dilate(edges_of(image, 40, 110), np.ones((2, 2), np.uint8)))
    edges_f = edges.astype(np.float32)[..., None] / 255.0
    # Magenta to cyan across the frame.
    t = (
        np.linspace(0, 1, w, dtype=np.float32)[None, :] * 0.6
        + np.linspace(0, 1, h, dtype=np.float32)[:, None] * 0.4
    )[..., None]
    hue = (1 - t) * np.array([255, 40, 200], np.float32) + t * np.array([30, 220, 255], np.float32)
    lines = edges_f * hue
    glow = cv2.GaussianBlur(lines, (0, 0), 7) * 2.2 + cv2.GaussianBlur(lines, (0, 0), 2) * 1.2
    base = image.astype(np.float32) * 0.3 * np.array([0.8, 0.7, 1.1], np.float32)
    base *= vignette(h, w, 0.6)[..., None]
    neon = glow + lines
    return screen(u8(base), u8(neon))


def _style_vintage(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    sepia = np.array(
        [[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]], np.float32
    )
    soft = cv2.GaussianBlur(image, (0, 0), 0.8).astype(np.float32)
    toned = soft @ sepia.T
    toned = 28.0 + toned * 0.8  # faded blacks
    toned = toned * vignette(h, w, 0.55)[..., None] + grain(rng, h, w, 7.0)
    return u8(toned)


def _style_noir(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    gray = to_gray(image)
    clahe = cv2.createCLAHE(clipLimit=2.5, tileGridSize=(8, 8))
    contrast = np.asarray(clahe.apply(gray), np.float32) / 255.0
    curve = contrast * contrast * (3 - 2 * contrast)  # S-curve: deep blacks, bright highlights
    out = curve * 255.0 * vignette(h, w, 0.7) + grain(rng, h, w, 9.0)[..., 0]
    return np.repeat(u8(out)[..., None], 3, axis=2)


def _style_impasto(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    base = np.asarray(cv2.edgePreservingFilter(image, flags=1, sigma_s=40, sigma_r=0.35))
    brush = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    strokes = np.asarray(cv2.morphologyEx(base, cv2.MORPH_OPEN, brush))
    strokes = np.asarray(cv2.morphologyEx(strokes, cv2.MORPH_CLOSE, brush))
    # Brush texture: streaked noise, lit from the top left like thick paint.
    noise = rng.normal(0.0, 1.0, (h, w)).astype(np.float32)
    streaks = cv2.filter2D(noise, -1, np.eye(7, dtype=np.float32) / 7.0)
    relief = cv2.filter2D(streaks, -1, np.array([[-1, -1, 0], [-1, 0, 1], [0, 1, 1]], np.float32))
    out = strokes.astype(np.float32) * (1.0 + 0.12 * relief[..., None])
    return saturate(u8(out), 1.3, 1.03)


POP_PALETTES: tuple[tuple[Rgb, Rgb, Rgb, Rgb], ...] = (
    ((20, 20, 60), (230, 40, 120), (255, 200, 0), (255, 250, 220)),
    ((10, 40, 20), (0, 160, 220), (255, 120, 40), (250, 240, 110)),
    ((50, 0, 60), (255, 70, 70), (120, 230, 120), (240, 250, 255)),
    ((30, 20, 0), (140, 60, 220), (0, 220, 200), (255, 220, 230)),
)


def _style_pop_art(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    tile = half(image)
    th, tw = tile.shape[:2]
    gray = np.asarray(cv2.GaussianBlur(to_gray(smooth_edges(tile)), (0, 0), 1.0))
    # Four tones at the luminance quartiles so every tile uses all its colours.
    cuts = np.percentile(gray, [25, 50, 75])
    levels = np.digitize(gray, cuts)
    ink = edges_of(tile, 60, 150) > 0
    out = np.zeros((th * 2, tw * 2, 3), np.uint8)
    for index, palette in enumerate(POP_PALETTES):
        colours = np.array(palette, np.uint8)[levels]
        colours[ink] = (10, 10, 10)
        y, x = (index // 2) * th, (index % 2) * tw
        out[y : y + th, x : x + tw] = colours
    return resize(out, w, h, cv2.INTER_NEAREST)


def _style_anime(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    h, w = image.shape[:2]
    smooth = np.asarray(cv2.edgePreservingFilter(half(image), flags=1, sigma_s=60, sigma_r=0.4))
    smooth = resize(smooth, w, h, cv2.INTER_LINEAR)
    flat = saturate(cel(smooth, 9, 10.0), 1.35, 1.08).astype(np.float32)
    # Soft bloom in the highlights.
    highlights = np.clip(flat - 170.0, 0, None)
    flat += cv2.GaussianBlur(highlights, (0, 0), 8) * 0.6
    lines = ink_lines(image, smooth, block=11, c=7)
    line_colour = np.array([60, 35, 40], np.float32)
    out = flat * lines[..., None] + line_colour * (1.0 - lines[..., None])
    return u8(out)


StyleFunction = Callable[[np.ndarray, np.random.Generator], np.ndarray]


def _neural(name: str) -> StyleFunction:
    def apply(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        return neural_style_apply(image, name)

    return apply


STYLES: dict[str, StyleFunction] = {
    "cartoon": _style_cartoon,
    "sketch": _style_sketch,
    "colour pencil": _style_colour_pencil,
    "pixel art": _style_pixel_art,
    "watercolour": _style_watercolour,
    "comic": _style_comic,
    "neon": _style_neon,
    "vintage": _style_vintage,
    "noir": _style_noir,
    "impasto": _style_impasto,
    "pop art": _style_pop_art,
    "anime": _style_anime,
    **{name: _neural(name) for name in NEURAL_STYLES},
}
STYLE_LABELS = {
    "sketch": "pencil sketch",
    "vintage": "vintage sepia",
    "noir": "film noir black-and-white",
    **{name: f"neural {name}" for name in NEURAL_STYLES},
    "impasto": "impasto (palette knife)",
}


def tint(image: np.ndarray, prompt: str, style: str) -> tuple[np.ndarray, list[str]]:
    tints = [t for t in picks(prompt, TINT_WORDS) if not (style == "noir" and t in TINT_COLOURS)]
    out = image.astype(np.float32)
    for tint in tints:
        if tint in TINT_COLOURS:
            out *= np.array(TINT_COLOURS[tint], np.float32) / 255.0
            out *= 1.08  # keep the brightness the tint took away
        elif tint == "dark":
            out = 255.0 * (out / 255.0) ** 1.4
        elif tint == "bright":
            out = 255.0 * (out / 255.0) ** 0.75
    return u8(out), tints


def style_apply(image: np.ndarray, style: str, seed: int) -> np.ndarray:
    """One named style (a key of ``STYLES``) on an RGB array; deterministic for ``seed``."""
    rng = np.random.default_rng([seed, zlib.crc32(style.encode())])
    return STYLES[style](image, rng)
