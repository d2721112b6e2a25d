"""Backdrops for ``background``: a scene drawn procedurally from the prompt's words."""

import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from apps.remix.engines.effects.pixels import grain, resize, screen, u8
from apps.remix.engines.effects.words import SETTING_WORDS, TIME_WORDS, Rgb, pick


@dataclass(frozen=True)
class Scene:
    setting: str | None  # a key of SETTING_WORDS, or None
    time: str  # "day", "sunset" or "night"

    @property
    def label(self) -> str:
        if self.setting is None:
            return {"day": "soft bokeh", "sunset": "sunset", "night": "starry night"}[self.time]
        if self.setting in ("space", "underwater"):
            return self.setting
        if self.time == "night":
            return f"night {self.setting}"
        if self.time == "sunset":
            return f"{self.setting} at sunset"
        return self.setting


def scene_from_prompt(prompt: str) -> Scene:
    setting = pick(prompt, SETTING_WORDS)
    time = pick(prompt, TIME_WORDS) or "day"
    if setting == "space":
        time = "night"
    return Scene(setting, time)


def _gradient(
    h: int, w: int, stops: Sequence[tuple[float, Rgb]], y0: float = 0.0, y1: float = 1.0
) -> np.ndarray:
    """Rows from ``y0`` to ``y1`` (fractions of h) through colour stops at fractions 0..1."""
    t = np.clip((np.arange(h, dtype=np.float32) / max(1, h - 1) - y0) / max(1e-6, y1 - y0), 0, 1)
    positions = [p for p, _ in stops]
    channels = [np.interp(t, positions, [c[i] for _, c in stops]) for i in range(3)]
    column = np.stack(channels, axis=-1).astype(np.float32)
    return np.repeat(column[:, None, :], w, axis=1)


SKIES: dict[str, Sequence[tuple[float, Rgb]]] = {
    "day": ((0.0, (60, 120, 205)), (0.7, (140, 190, 235)), (1.0, (205, 228, 245))),
    "sunset": (
        (0.0, (38, 36, 98)),
        (0.35, (130, 60, 130)),
        (0.7, (240, 110, 80)),
        (1.0, (255, 196, 110)),
    ),
    "night": ((0.0, (4, 6, 22)), (0.75, (16, 24, 60)), (1.0, (36, 48, 96))),
}


def _glow(
    canvas: np.ndarray, cx: float, cy: float, radius: float, colour: Rgb, strength: float
) -> None:
    h, w = canvas.shape[:2]
    ys, xs = np.ogrid[0:h, 0:w]
    d = np.hypot(xs - cx, ys - cy).astype(np.float32)
    halo = np.exp(-((d / (radius * 3.0)) ** 2)) * strength
    disc = np.clip(radius - d + 1, 0, 1)
    amount = np.clip(halo + disc, 0, 1)[..., None]
    canvas[:] = canvas * (1 - amount) + np.array(colour, np.float32) * amount


def _stars(canvas: np.ndarray, rng: np.random.Generator, count: int, bottom: float) -> None:
    h, w = canvas.shape[:2]
    layer = np.zeros((h, w), np.float32)
    ys = rng.integers(0, max(1, int(h * bottom)), count)
    xs = rng.integers(0, w, count)
    brightness = rng.uniform(0.3, 1.0, count) ** 2
    layer[ys, xs] = brightness
    big = np.zeros((h, w), np.float32)
    chosen = rng.random(count) < 0.08
    big[ys[chosen], xs[chosen]] = brightness[chosen] * 6.0
    layer = layer + np.asarray(cv2.GaussianBlur(big, (0, 0), 1.2))
    fade = np.clip(1.2 - np.arange(h, dtype=np.float32) / max(1, h * bottom), 0, 1)[:, None]
    canvas += (np.clip(layer, 0, 1) * fade * 255.0)[..., None] * np.array(
        [1, 0.97, 0.9], np.float32
    )


def _ridge(
    w: int, rng: np.random.Generator, base: float, amplitude: float, roughness: int
) -> np.ndarray:
    xs = np.linspace(0, 1, w, dtype=np.float32)
    curve = np.zeros(w, np.float32)
    for octave in range(1, roughness + 1):
        phase = rng.uniform(0, 2 * math.pi)
        curve += np.sin(xs * math.pi * (1.3 * octave + rng.uniform(0, 1)) + phase) / octave
    return base - amplitude * curve / 1.6


def _fill_below(
    canvas: np.ndarray, ridge_y: np.ndarray, colour: Rgb | np.ndarray, shade: float = 0.0
) -> np.ndarray:
    """Paint everything below a per-column ridge line (pixel rows); returns the filled mask."""
    h = canvas.shape[0]
    rows = np.arange(h, dtype=np.float32)[:, None]
    inside = np.clip(rows - ridge_y[None, :] + 0.5, 0, 1)
    paint = np.broadcast_to(np.asarray(colour, np.float32), canvas.shape).copy()
    if shade:
        depth = np.clip((rows - ridge_y[None, :]) / (h * 0.35), 0, 1)[..., None]
        paint *= 1.0 - shade * depth
    canvas[:] = canvas * (1 - inside[..., None]) + paint * inside[..., None]
    return inside


def _sea(
    canvas: np.ndarray,
    rng: np.random.Generator,
    horizon: float,
    shore: float,
    time: str,
    sun_x: float,
) -> None:
    h, w = canvas.shape[:2]
    colours = {
        "day": ((40, 110, 170), (40, 175, 190)),
        "sunset": ((70, 50, 100), (190, 100, 90)),
        "night": ((8, 14, 40), (20, 34, 70)),
    }[time]
    top, bottom = round(h * horizon), round(h * shore)
    water = _gradient(bottom - top, w, ((0.0, colours[0]), (1.0, colours[1])))
    ys, xs = np.mgrid[0 : bottom - top, 0:w].astype(np.float32)
    depth = (ys + 4) / max(1, bottom - top)
    phase = rng.uniform(0, 6.28)
    waves = np.sin(xs / (6 + 30 * depth) + ys * 0.9 / depth**0.5 + phase)
    sparkle = np.clip(waves - 0.82, 0, None) * 5.5 * (0.4 + depth)
    water += (sparkle * 40.0)[..., None]
    if time != "day":
        # The sun's (or moon's) reflection: a shimmering column under it.
        column = np.exp(-(((xs - sun_x) / (w * (0.03 + 0.09 * depth))) ** 2))
        glint = (np.sin(ys * 1.7 + xs * 0.15 + phase) > 0.2) * column
        tone = (255, 200, 120) if time == "sunset" else (210, 220, 255)
        water += (glint * 0.7)[..., None] * (np.array(tone, np.float32) - water)
    canvas[top:bottom] = water


def _palm(
    draw: ImageDraw.ImageDraw,
    base_x: float,
    base_y: float,
    height: float,
    lean: float,
    trunk: Rgb,
    leaves: Rgb,
) -> None:
    """A palm tree: a curved, tapering trunk and drooping leaf-shaped fronds."""
    top_x, top_y = base_x + lean * height * 0.35, base_y - height
    segments = 14
    for i in range(segments):
        t0, t1 = i / segments, (i + 1) / segments
        x0 = base_x + (top_x - base_x) * t0**1.6
        x1 = base_x + (top_x - base_x) * t1**1.6
        y0, y1 = base_y - height * t0, base_y - height * t1
        draw.line((x0, y0, x1, y1), fill=trunk, width=max(2, round(height * (0.05 - 0.02 * t0))))
    for angle in (-165, -135, -100, -75, -45, -15, 195, 165):
        a = math.radians(angle)
        spine = []
        for j in range(12):
            t = j / 11
            reach = height * 0.5 * t
            spine.append(
                (
                    top_x + math.cos(a) * reach,
                    top_y + math.sin(a) * reach * 0.45 + height * 0.3 * t * t,
                )
            )
        left, right = [], []
        for j, (px, py) in enumerate(spine):
            nx, ny = (
                spine[min(j + 1, 11)][0] - spine[max(j - 1, 0)][0],
                spine[min(j + 1, 11)][1] - spine[max(j - 1, 0)][1],
            )
            length = math.hypot(nx, ny) or 1.0
            half = height * 0.06 * math.sin(math.pi * j / 11)
            left.append((px - ny / length * half, py + nx / length * half))
            right.append((px + ny / length * half, py - nx / length * half))
        draw.polygon(left + right[::-1], fill=leaves)


def _sky_with_sun(
    h: int, w: int, time: str, horizon: float, rng: np.random.Generator, sun_x: float
) -> np.ndarray:
    canvas = _gradient(h, w, SKIES[time], 0.0, horizon)
    if time == "day":
        _glow(canvas, sun_x, h * 0.12, min(h, w) * 0.05, (255, 250, 225), 0.5)
        _clouds(canvas, rng, horizon * 0.6, (255, 255, 255), 0.8)
    elif time == "sunset":
        _glow(
            canvas, sun_x, h * horizon - min(h, w) * 0.02, min(h, w) * 0.09, (255, 225, 140), 0.75
        )
        _clouds(canvas, rng, horizon * 0.7, (255, 150, 130), 0.5)
    else:
        _stars(canvas, rng, int(h * w / 700), horizon)
        _glow(canvas, sun_x, h * 0.13, min(h, w) * 0.055, (240, 240, 225), 0.35)
    return canvas


def _clouds(
    canvas: np.ndarray, rng: np.random.Generator, bottom: float, colour: Rgb, strength: float
) -> None:
    h, w = canvas.shape[:2]
    layer = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(layer)
    for _ in range(5):
        cx, cy = rng.uniform(-0.1, 1.1) * w, rng.uniform(0.08, bottom) * h
        width = rng.uniform(0.2, 0.45) * w
        for _ in range(6):
            ox, oy = rng.uniform(-0.5, 0.5) * width, rng.uniform(-0.08, 0.05) * width
            r = rng.uniform(0.12, 0.22) * width
            draw.ellipse((cx + ox - r, cy + oy - r * 0.6, cx + ox + r, cy + oy + r * 0.6), fill=200)
    blurred = layer.filter(ImageFilter.GaussianBlur(min(h, w) * 0.02))
    amount = np.asarray(blurred, np.float32)[..., None] / 255.0 * strength
    canvas[:] = canvas * (1 - amount) + np.array(colour, np.float32) * amount


def _backdrop_beach(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    sun_x = w * rng.uniform(0.62, 0.82)
    canvas = _sky_with_sun(h, w, time, 0.56, rng, sun_x)
    _sea(canvas, rng, 0.56, 0.76, time, sun_x)
    sand_colour = {"day": (232, 208, 160), "sunset": (205, 150, 120), "night": (60, 60, 80)}[time]
    shore = _ridge(w, rng, h * 0.76, h * 0.012, 3)
    _fill_below(canvas, shore, sand_colour, shade=0.25)
    canvas += grain(rng, h, w, 4.0) * (np.arange(h)[:, None, None] > h * 0.75)
    # Foam along the water's edge.
    rows = np.arange(h, dtype=np.float32)[:, None]
    foam = np.exp(-(((rows - shore[None, :] - 2) / 3.0) ** 2))[..., None] * 0.8
    canvas[:] = canvas * (1 - foam) + 245.0 * foam
    image = Image.fromarray(u8(canvas))
    draw = ImageDraw.Draw(image)
    if time == "day":
        _palm(draw, w * 0.96, h * 0.9, h * 0.55, -1.0, (110, 80, 50), (40, 120, 50))
    else:
        _palm(draw, w * 0.96, h * 0.9, h * 0.55, -1.0, (25, 18, 28), (25, 18, 28))
    return np.asarray(image, np.float32)


def _backdrop_sea(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    sun_x = w * rng.uniform(0.35, 0.65)
    canvas = _sky_with_sun(h, w, time, 0.62, rng, sun_x)
    _sea(canvas, rng, 0.62, 1.0, time, sun_x)
    return canvas


def _backdrop_night(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _sky_with_sun(h, w, "night", 0.8, rng, w * rng.uniform(0.6, 0.85))
    _fill_below(canvas, _ridge(w, rng, h * 0.8, h * 0.05, 3), (14, 18, 34))
    _fill_below(canvas, _ridge(w, rng, h * 0.88, h * 0.04, 4), (6, 8, 18))
    return canvas


def _backdrop_city(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _sky_with_sun(h, w, time, 0.8, rng, w * rng.uniform(0.65, 0.85))
    image = Image.fromarray(u8(canvas))
    draw = ImageDraw.Draw(image)
    layers = {
        "day": ((150, 165, 190), (95, 105, 125)),
        "sunset": ((95, 60, 100), (45, 30, 55)),
        "night": ((30, 34, 62), (14, 16, 30)),
    }[time]
    ground = h * 0.8
    for depth, colour in enumerate(layers):
        x = -rng.uniform(0, w * 0.05)
        while x < w:
            bw = w * rng.uniform(0.07, 0.15)
            top = ground - h * rng.uniform(0.18, 0.42) * (1.0 if depth == 0 else 0.75)
            draw.rectangle((x, top, x + bw, ground), fill=colour)
            if rng.random() < 0.3:  # a spire or a roof box
                draw.rectangle((x + bw * 0.4, top - h * 0.04, x + bw * 0.6, top), fill=colour)
            lit = {"day": 0.0, "sunset": 0.25, "night": 0.45}[time] * (1.0 if depth else 0.6)
            win = max(2, round(bw / 9))
            for wy in np.arange(top + win * 1.5, ground - win, win * 2.2):
                for wx in np.arange(x + win, x + bw - win, win * 2):
                    if time == "day":
                        shade = tuple(min(255, c + 35) for c in colour)
                        draw.rectangle((wx, wy, wx + win - 1, wy + win - 1), fill=shade)
                    elif rng.random() < lit:
                        draw.rectangle((wx, wy, wx + win - 1, wy + win - 1), fill=(255, 214, 120))
            x += bw + w * rng.uniform(0.0, 0.02)
    draw.rectangle((0, ground, w, h), fill=(40, 42, 48) if time == "day" else (12, 12, 18))
    canvas = np.asarray(image, np.float32)
    if time == "night":  # windows bloom a little
        lights = np.clip(canvas - 200.0, 0, None)
        canvas = canvas + np.asarray(cv2.GaussianBlur(lights, (0, 0), 3)) * 1.5
    return canvas


def _pine(
    draw: ImageDraw.ImageDraw, x: float, base: float, height: float, colour: Rgb, snow: bool
) -> None:
    width = height * 0.42
    draw.rectangle(
        (x - width * 0.06, base - height * 0.12, x + width * 0.06, base), fill=(60, 40, 30)
    )
    for tier in range(4):
        t = tier / 4
        tier_base = base - height * (0.1 + 0.22 * t)
        half = width * (0.5 - 0.1 * tier)
        tip = tier_base - height * 0.38
        draw.polygon([(x - half, tier_base), (x + half, tier_base), (x, tip)], fill=colour)
        if snow:
            draw.polygon(
                [
                    (x - half * 0.45, tip + height * 0.2),
                    (x + half * 0.45, tip + height * 0.2),
                    (x, tip),
                ],
                fill=(235, 240, 250),
            )


def _backdrop_forest(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _sky_with_sun(h, w, time, 0.7, rng, w * rng.uniform(0.6, 0.85))
    _fill_below(canvas, _ridge(w, rng, h * 0.8, h * 0.02, 2), (70, 120, 55), shade=0.4)
    image = Image.fromarray(u8(canvas))
    draw = ImageDraw.Draw(image)
    palettes = {
        "day": ((110, 150, 130), (60, 110, 70), (30, 75, 40)),
        "sunset": ((120, 80, 110), (70, 50, 70), (35, 25, 40)),
        "night": ((25, 35, 50), (15, 24, 34), (6, 12, 16)),
    }[time]
    for depth, colour in enumerate(palettes):
        base = h * (0.72 + 0.09 * depth)
        size = h * (0.2 + 0.12 * depth)
        step = size * 0.32
        x = -rng.uniform(0, step)
        while x < w + step:
            _pine(
                draw,
                x,
                base + rng.uniform(0, h * 0.02),
                size * rng.uniform(0.8, 1.15),
                colour,
                snow=False,
            )
            x += step * rng.uniform(0.7, 1.3)
    return np.asarray(image, np.float32)


def _backdrop_snow(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    stops = SKIES[time] if time != "day" else ((0.0, (150, 180, 215)), (1.0, (225, 234, 245)))
    canvas = _gradient(h, w, stops, 0.0, 0.7)
    if time == "night":
        _stars(canvas, rng, int(h * w / 900), 0.6)
    far = _ridge(w, rng, h * 0.62, h * 0.08, 3)
    _fill_below(canvas, far, (205, 215, 235), shade=0.15)
    image = Image.fromarray(u8(canvas))
    draw = ImageDraw.Draw(image)
    x = -rng.uniform(0, w * 0.05)
    while x < w:
        _pine(
            draw,
            x,
            h * 0.74 + rng.uniform(0, h * 0.03),
            h * rng.uniform(0.18, 0.3),
            (30, 70, 55),
            snow=True,
        )
        x += w * rng.uniform(0.08, 0.18)
    canvas = np.asarray(image, np.float32).copy()
    _fill_below(canvas, _ridge(w, rng, h * 0.78, h * 0.015, 2), (240, 244, 252), shade=0.12)
    # Falling snow: soft flakes of a few sizes.
    layer = np.zeros((h, w), np.float32)
    count = int(h * w / 450)
    layer[rng.integers(0, h, count), rng.integers(0, w, count)] = 1.0
    flakes = np.asarray(cv2.dilate(layer, np.ones((2, 2), np.uint8)))
    flakes = np.clip(np.asarray(cv2.GaussianBlur(flakes, (0, 0), 0.8)) * 1.6, 0, 1)[..., None]
    canvas = canvas * (1 - flakes) + 255.0 * flakes
    if time == "night":
        canvas *= 0.55
    return canvas


def _backdrop_desert(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    stops = (
        SKIES[time]
        if time != "day"
        else ((0.0, (70, 140, 215)), (0.8, (170, 205, 230)), (1.0, (245, 225, 190)))
    )
    canvas = _gradient(h, w, stops, 0.0, 0.62)
    sun_x = w * rng.uniform(0.6, 0.85)
    if time == "night":
        _stars(canvas, rng, int(h * w / 700), 0.62)
    else:
        _glow(
            canvas,
            sun_x,
            h * (0.12 if time == "day" else 0.58),
            min(h, w) * 0.07,
            (255, 240, 200),
            0.7,
        )
    sand = {
        "day": ((236, 196, 130), (214, 160, 95), (190, 130, 70)),
        "sunset": ((215, 130, 90), (180, 95, 70), (140, 65, 55)),
        "night": ((60, 55, 75), (45, 40, 60), (30, 28, 45)),
    }[time]
    for depth, colour in enumerate(sand):
        ridge = _ridge(w, rng, h * (0.62 + 0.1 * depth), h * (0.05 - 0.01 * depth), 2)
        inside = _fill_below(canvas, ridge, colour, shade=0.2)
        # Sunlit and shaded faces of each dune, from the ridge's slope.
        slope = np.gradient(ridge)[None, :, None]
        canvas += inside[..., None] * np.clip(-slope * 6.0, -25, 25)
    canvas += grain(rng, h, w, 3.0)
    return canvas


def _backdrop_mountains(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _sky_with_sun(h, w, time, 0.7, rng, w * rng.uniform(0.6, 0.85))
    shades = {
        "day": ((130, 150, 185), (85, 105, 135), (55, 80, 65)),
        "sunset": ((150, 95, 125), (100, 60, 95), (50, 32, 55)),
        "night": ((32, 38, 70), (20, 24, 46), (8, 10, 20)),
    }[time]
    rows = np.arange(h, dtype=np.float32)[:, None]
    for depth, colour in enumerate(shades):
        ridge = _ridge(w, rng, h * (0.45 + 0.14 * depth), h * (0.14 - 0.035 * depth), 5)
        _fill_below(canvas, ridge, colour, shade=0.25)
        if depth == 0:  # snow on the highest peaks
            snowline = ridge.min() + h * 0.06
            cap = np.clip(rows - ridge[None, :], 0, 1) * (
                rows < snowline - (ridge[None, :] - ridge.min()) * 0.3
            )
            tone = (240, 244, 252) if time == "day" else tuple(min(255, c + 90) for c in colour)
            canvas[:] = canvas * (1 - cap[..., None]) + np.array(tone, np.float32) * cap[..., None]
    return canvas


def _backdrop_space(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _gradient(h, w, ((0.0, (6, 4, 20)), (0.6, (14, 8, 38)), (1.0, (4, 10, 30))))
    # Nebula: smooth noise, coloured, strongest along a diagonal band.
    for colour, scale in (((170, 60, 200), 10), ((40, 110, 220), 14)):
        noise = rng.random((max(2, h // 64), max(2, w // 64))).astype(np.float32)
        cloud = resize(noise, w, h, cv2.INTER_CUBIC)
        cloud = np.asarray(cv2.GaussianBlur(cloud, (0, 0), scale))
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        band = np.exp(-(((xs / w - ys / h * 0.8 - 0.1) / 0.35) ** 2))
        amount = np.clip((cloud - 0.35) * 1.6, 0, 1) * band * 0.55
        canvas += amount[..., None] * np.array(colour, np.float32)
    _stars(canvas, rng, int(h * w / 250), 1.0)
    # A ringed planet, lit from the left.
    cx, cy, r = w * rng.uniform(0.7, 0.82), h * rng.uniform(0.12, 0.22), min(h, w) * 0.13
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.hypot(xs - cx, ys - cy)
    disc = np.clip(r - d + 1, 0, 1)
    light = np.clip(1.0 - np.hypot(xs - (cx - r * 0.5), ys - (cy - r * 0.4)) / (r * 1.9), 0, 1)
    stripes = 0.85 + 0.15 * np.sin((ys - cy) / r * 9.0)
    body = np.array([235, 170, 110], np.float32) * (0.15 + 0.95 * light * stripes)[..., None]
    ring = np.abs(np.hypot((xs - cx) / 1.9, (ys - cy) / 0.45 * 0.9) - r * 1.05) < r * 0.1
    ring_front = ring & ((ys > cy) | (d > r))
    canvas[:] = canvas * (1 - disc[..., None]) + body * disc[..., None]
    canvas[ring_front] = canvas[ring_front] * 0.3 + np.array([220, 200, 170], np.float32) * 0.7
    return canvas


def _backdrop_underwater(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _gradient(h, w, ((0.0, (30, 160, 200)), (0.55, (10, 90, 150)), (1.0, (5, 40, 85))))
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    # Light rays fanning down from the surface.
    angle = np.arctan2(xs - w * 0.5, ys + h * 0.3)
    rays = np.zeros_like(angle)
    for _ in range(7):
        centre, width = rng.uniform(-0.5, 0.5), rng.uniform(0.015, 0.04)
        rays += np.exp(-(((angle - centre) / width) ** 2))
    rays *= np.clip(1.0 - ys / (h * 0.85), 0, 1) * 0.35
    canvas += rays[..., None] * np.array([200, 255, 255], np.float32)
    # Caustics shimmering near the surface.
    phase = rng.uniform(0, 6.28, 2)
    caustic = np.sin(xs / 9 + np.sin(ys / 13 + phase[0]) * 2) * np.sin(
        ys / 11 + np.sin(xs / 15 + phase[1]) * 2
    )
    canvas += (np.clip(caustic - 0.6, 0, 1) * 120 * np.clip(1 - ys / (h * 0.35), 0, 1))[..., None]
    sand = _ridge(w, rng, h * 0.88, h * 0.02, 3)
    _fill_below(canvas, sand, (150, 140, 100), shade=0.3)
    image = Image.fromarray(u8(canvas))
    draw = ImageDraw.Draw(image)
    for _ in range(9):  # seaweed
        x, height = rng.uniform(0, w), h * rng.uniform(0.15, 0.35)
        phase_w = rng.uniform(0, 6.28)
        points = [
            (x + math.sin(phase_w + t * 4) * w * 0.02, h * 0.9 - height * t)
            for t in np.linspace(0, 1, 16)
        ]
        draw.line(points, fill=(30, 120, 70), width=max(3, round(w * 0.012)), joint="curve")
    for _ in range(28):  # bubbles
        bx, by, br = rng.uniform(0, w), rng.uniform(0, h * 0.85), rng.uniform(2, w * 0.014)
        draw.ellipse(
            (bx - br, by - br, bx + br, by + br),
            outline=(210, 245, 255),
            width=max(1, round(br / 4)),
        )
    return np.asarray(image, np.float32)


def _backdrop_bokeh(h: int, w: int, time: str, rng: np.random.Generator) -> np.ndarray:
    canvas = _gradient(h, w, ((0.0, (60, 40, 110)), (0.5, (150, 70, 130)), (1.0, (40, 90, 140))))
    layer = Image.new("RGB", (w, h), (0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(26):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.03, 0.09) * min(h, w)
        colour = tuple(int(c) for c in rng.integers(120, 255, 3))
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colour)
    blurred = np.asarray(layer.filter(ImageFilter.GaussianBlur(min(h, w) * 0.012)), np.float32)
    return np.asarray(screen(u8(canvas), u8(blurred * 0.6)), np.float32)


BACKDROPS: dict[str | None, Callable[[int, int, str, np.random.Generator], np.ndarray]] = {
    "beach": _backdrop_beach,
    "city": _backdrop_city,
    "forest": _backdrop_forest,
    "snow": _backdrop_snow,
    "desert": _backdrop_desert,
    "mountains": _backdrop_mountains,
    "space": _backdrop_space,
    "underwater": _backdrop_underwater,
}


def backdrop_draw(scene: Scene, width: int, height: int, seed: int) -> np.ndarray:
    """The scene drawn procedurally as an RGB uint8 array; deterministic for ``seed``."""
    rng = np.random.default_rng([seed, zlib.crc32(scene.label.encode())])
    draw: Callable[[int, int, str, np.random.Generator], np.ndarray]
    if scene.setting is None:
        draw = {"day": _backdrop_bokeh, "sunset": _backdrop_sea, "night": _backdrop_night}[
            scene.time
        ]
    else:
        draw = BACKDROPS[scene.setting]
    return u8(draw(height, width, scene.time, rng))
