"""Face effects for ``face``, drawn on the face mesh's landmarks (``engines.vision.faces``):
sunglasses over both eyes, a moustache between nose and mouth, a nose on the nose tip. Every
effect is sized by the distance between the outer eye corners and turned with the eye line, so
it sits right on a tilted or three-quarter face too."""

import math
from collections.abc import Callable

import cv2
import numpy as np
from PIL import Image, ImageDraw

from apps.remix.engines.effects.pixels import resize, screen, u8
from apps.remix.engines.effects.styles import style_apply
from apps.remix.engines.vision.faces import (
    LEFT_CHEEK,
    MOUTH_LEFT,
    MOUTH_RIGHT,
    NOSE_TIP,
    RIGHT_CHEEK,
    SUBNASALE,
    UPPER_LIP_TOP,
    Face,
)


def _placed(face: Face, origin: np.ndarray, local: np.ndarray) -> list[tuple[float, float]]:
    """Points given in the face's own frame (x along the eye line, y down the face, in units
    of the eye span) placed around ``origin`` in the image."""
    cos, sin = math.cos(face.roll), math.sin(face.roll)
    scaled = local * face.eye_span
    xs = origin[0] + scaled[:, 0] * cos - scaled[:, 1] * sin
    ys = origin[1] + scaled[:, 0] * sin + scaled[:, 1] * cos
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


def _rounded_lens(half_width: float, half_height: float, points: int = 48) -> np.ndarray:
    """A superellipse (between an ellipse and a rectangle): the shape of a wayfarer's lens."""
    t = np.linspace(0, 2 * math.pi, points, endpoint=False)
    cos, sin = np.cos(t), np.sin(t)
    xs = half_width * np.sign(cos) * np.abs(cos) ** 0.5
    ys = half_height * np.sign(sin) * np.abs(sin) ** 0.5
    return np.stack([xs, ys], axis=1)


def _overlay(image: np.ndarray, draw: Callable[[ImageDraw.ImageDraw], None]) -> np.ndarray:
    layer = Image.new("RGBA", (image.shape[1], image.shape[0]), (0, 0, 0, 0))
    draw(ImageDraw.Draw(layer))
    base = Image.fromarray(image).convert("RGBA")
    return np.asarray(Image.alpha_composite(base, layer).convert("RGB"))


def _face_sunglasses(image: np.ndarray, face: Face) -> np.ndarray:
    # Sized for the face, not its eye span: a face turned away keeps full-size lenses.
    scale = face.size / face.eye_span
    frame_width = max(2, round(face.size * 0.045))
    lens = _rounded_lens(0.25 * scale, 0.17 * scale)
    glint = np.array([[-0.16, -0.11], [-0.02, -0.13], [-0.04, -0.07], [-0.15, -0.05]]) * scale
    eyes = face.visible_eyes
    middle = (face.right_eye + face.left_eye) / 2
    half_gap = float(np.linalg.norm(face.left_eye - face.right_eye)) / 2 / face.eye_span

    def draw(d: ImageDraw.ImageDraw) -> None:
        for eye in eyes:
            outline = _placed(face, eye, lens)
            d.polygon(outline, fill=(12, 12, 18, 240), outline=(0, 0, 0, 255), width=frame_width)
            d.polygon(_placed(face, eye, glint), fill=(255, 255, 255, 110))
        if len(eyes) == 1:  # in profile: the arm runs back from the one lens to the ear
            back = -1 if float((eyes[0] - face.point(NOSE_TIP))[0]) < 0 else 1
            back *= 1 if math.cos(face.roll) >= 0 else -1
            arm = np.array([[back * 0.25 * scale, -0.08], [back * 0.9 * scale, -0.12]])
            d.line(_placed(face, eyes[0], arm), fill=(0, 0, 0, 255), width=frame_width)
            return
        inner = max(0.0, half_gap - 0.25 * scale)
        bridge = np.array([[-inner, -0.06], [inner, -0.06]])
        d.line(_placed(face, middle, bridge), fill=(0, 0, 0, 255), width=frame_width)
        for side in (-1, 1):
            outer = side * (half_gap + 0.25 * scale)
            arm = np.array([[outer, -0.08], [outer + side * 0.2, -0.1]])
            d.line(_placed(face, middle, arm), fill=(0, 0, 0, 255), width=frame_width)

    return _overlay(image, draw)


def _face_moustache(image: np.ndarray, face: Face) -> np.ndarray:
    # Between the bottom of the nose and the top of the upper lip, a little nearer the lip.
    centre = face.point(SUBNASALE) * 0.45 + face.point(UPPER_LIP_TOP) * 0.55
    # Each side reaches 1.4 times as far as that side's mouth corner, measured along the eye
    # line: on a frontal face both sides match, on a turned one the far side is foreshortened
    # like the mouth, so the moustache ends on the face instead of past its profile.
    axis = np.array([math.cos(face.roll), math.sin(face.roll)])
    reach = {
        int(np.sign(offset)) or 1: abs(offset)
        for offset in (
            float((face.point(corner) - centre) @ axis) / face.eye_span
            for corner in (MOUTH_LEFT, MOUTH_RIGHT)
        )
    }
    half_widths = {side: max(0.12, 1.4 * reach.get(side, 0.0)) for side in (-1, 1)}
    # As thick as the gap between nose and lip: it fills it without covering either.
    gap = float(np.linalg.norm(face.point(UPPER_LIP_TOP) - face.point(SUBNASALE)))
    thickness = max(0.06, gap / face.eye_span)
    colour = (45, 28, 18, 245)

    def draw(d: ImageDraw.ImageDraw) -> None:
        for side in (-1, 1):
            # A curled handlebar: a fat stroke that thins and turns up at the tip.
            for i in range(16):
                t = i / 15
                x = side * half_widths[side] * (0.04 + 0.96 * t)
                y = thickness * (0.25 * math.sin(math.pi * t) - 0.9 * t**3)
                r = max(0.015, thickness * 0.6 * (1 - t) ** 0.6)
                blob = _rounded_lens(r, r * 0.75, 16) + np.array([x, y])
                d.polygon(_placed(face, centre, blob), fill=colour)

    return _overlay(image, draw)


def _face_clown_nose(image: np.ndarray, face: Face) -> np.ndarray:
    cx, cy = face.point(NOSE_TIP)
    r = face.eye_span * 0.17
    ih, iw = image.shape[:2]
    ys, xs = np.mgrid[0:ih, 0:iw].astype(np.float32)
    dist = np.hypot(xs - cx, ys - cy) / r
    inside = np.clip((1.0 - dist) * r / 1.5, 0, 1)[..., None]  # anti-aliased disc
    # Lit from the top left: brighter red there, a white highlight, darker rim.
    light = np.hypot(xs - (cx - r * 0.35), ys - (cy - r * 0.35)) / (r * 1.6)
    red = np.stack([235 - 110 * light, 25 - 20 * light, 35 - 25 * light], axis=-1)
    highlight = np.clip(
        1.0 - np.hypot(xs - (cx - r * 0.35), ys - (cy - r * 0.4)) / (r * 0.28), 0, 1
    )[..., None]
    nose = red + highlight * 200
    shadow = np.clip(1.0 - np.hypot(xs - cx, ys - (cy + r * 0.25)) / (r * 1.35), 0, 1)[..., None]
    out = image.astype(np.float32) * (1.0 - 0.35 * shadow * (1 - inside))
    return u8(out * (1 - inside) + nose * inside)


def _oval_mask(image: np.ndarray, face: Face, grow: float, feather: float) -> np.ndarray:
    """The face's outline filled (float32 0..1), grown about its centre and feathered."""
    centre = face.oval.mean(axis=0)
    outline = (centre + (face.oval - centre) * grow).round().astype(np.int32)
    mask = np.zeros(image.shape[:2], np.float32)
    cv2.fillPoly(mask, [outline], 1.0)
    return np.asarray(cv2.GaussianBlur(mask, (0, 0), max(1.0, face.eye_span * feather)))


def _face_blush(image: np.ndarray, face: Face) -> np.ndarray:
    mask = np.zeros(image.shape[:2], np.float32)
    for cheek in (RIGHT_CHEEK, LEFT_CHEEK):
        x, y = face.point(cheek)
        cv2.ellipse(
            mask,
            (round(x), round(y)),
            (max(1, round(face.eye_span * 0.2)), max(1, round(face.eye_span * 0.12))),
            math.degrees(face.roll),
            0,
            360,
            1.0,
            -1,
        )
    blurred = np.asarray(cv2.GaussianBlur(mask, (0, 0), max(1.0, face.eye_span * 0.06)), np.float32)
    # Never on the background: only inside the face's outline.
    cheeks = blurred[..., None] * _oval_mask(image, face, 1.0, 0.02)[..., None] * 0.8
    pink = np.array([255, 95, 130], np.float32)
    out = image.astype(np.float32)
    return u8(out * (1 - cheeks) + (out * 0.4 + pink * 0.6) * cheeks)


def _face_pixelate(image: np.ndarray, face: Face) -> np.ndarray:
    x, y, w, h = face.box
    ih, iw = image.shape[:2]
    pad_x, pad_y = w * 0.08, h * 0.08
    x0, y0 = max(0, round(x - pad_x)), max(0, round(y - pad_y))
    x1, y1 = min(iw, round(x + w + pad_x)), min(ih, round(y + h + pad_y))
    region = image[y0:y1, x0:x1]
    cells = max(4, round(w / 12))
    rh, rw = region.shape[:2]
    small = resize(region, max(1, rw // cells), max(1, rh // cells), cv2.INTER_AREA)
    out = image.copy()
    out[y0:y1, x0:x1] = resize(small, rw, rh, cv2.INTER_NEAREST)
    return out


def _face_glow(image: np.ndarray, face: Face) -> np.ndarray:
    halo = _oval_mask(image, face, 1.6, 0.5)[..., None] * 0.85
    skin = _oval_mask(image, face, 1.0, 0.05)[..., None]
    smooth = np.asarray(cv2.bilateralFilter(image, 9, 50, 9)).astype(np.float32)
    out = image.astype(np.float32) * (1 - skin) + smooth * skin
    bloom = cv2.GaussianBlur(out, (0, 0), max(2.0, face.eye_span * 0.08)) * 1.15
    warm = np.array([255, 225, 170], np.float32)
    glow = screen(u8(out), u8(bloom * 0.35 + warm * 0.18)).astype(np.float32)
    return u8(out * (1 - halo) + glow * halo)


def _face_cartoon(image: np.ndarray, face: Face) -> np.ndarray:
    ih, iw = image.shape[:2]
    x, y, w, h = face.box
    pad = w * 0.5
    x0, y0 = max(0, round(x - pad)), max(0, round(y - pad))
    x1, y1 = min(iw, round(x + w + pad)), min(ih, round(y + h + pad))
    toon = image.astype(np.float32)
    toon[y0:y1, x0:x1] = style_apply(image[y0:y1, x0:x1], "cartoon", 0)
    mask = _oval_mask(image, face, 1.15, 0.06)[..., None]
    return u8(image.astype(np.float32) * (1 - mask) + toon * mask)


def _magnify(
    image: np.ndarray, centre: tuple[float, float], radius: float, amount: float
) -> np.ndarray:
    ih, iw = image.shape[:2]
    ys, xs = np.mgrid[0:ih, 0:iw].astype(np.float32)
    dx, dy = xs - centre[0], ys - centre[1]
    d = np.hypot(dx, dy) / radius
    # Sample closer to the centre inside the radius: a smooth bulge that meets the skin around it.
    factor = np.where(d < 1.0, 1.0 - amount * (1.0 - d * d) ** 2, 1.0).astype(np.float32)
    map_x = (centre[0] + dx * factor).astype(np.float32)
    map_y = (centre[1] + dy * factor).astype(np.float32)
    return np.asarray(
        cv2.remap(image, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    )


def _face_big_eyes(image: np.ndarray, face: Face) -> np.ndarray:
    out = image
    for eye in (face.right_eye, face.left_eye):
        out = _magnify(out, (float(eye[0]), float(eye[1])), face.eye_span * 0.3, 0.5)
    return out


FACE_EFFECTS: dict[str, Callable[[np.ndarray, Face], np.ndarray]] = {
    "sunglasses": _face_sunglasses,
    "glow": _face_glow,
    "clown nose": _face_clown_nose,
    "cartoon face": _face_cartoon,
    "blush": _face_blush,
    "pixelate": _face_pixelate,
    "big eyes": _face_big_eyes,
    "moustache": _face_moustache,
}


def face_effect_apply(image: np.ndarray, effect: str, faces: list[Face]) -> np.ndarray:
    """``effect`` (a key of ``FACE_EFFECTS``) on every face."""
    out = image
    for face in faces:
        out = FACE_EFFECTS[effect](out, face)
    return out
