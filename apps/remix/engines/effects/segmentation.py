"""Putting the person into the new scene: their matte (``engines.vision``) over the backdrop,
with the scene's light on them."""

import cv2
import numpy as np

from apps.remix.engines.effects.backdrops import Scene
from apps.remix.engines.effects.pixels import resize, u8

# How far the person's overall colour moves towards the new scene's (in Lab): enough that a
# person lit by a café's warm lamps does not glow orange against a blue sea, not so much that
# skin changes colour. Lightness moves less than colour.
COLOUR_MATCH = 0.3
LIGHT_MATCH = 0.15


def _colour_matched(person: np.ndarray, backdrop: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """``person`` (float32 RGB) with its mean Lab colour, measured under the matte, moved part of
    the way towards the backdrop's mean colour."""
    lab = cv2.cvtColor(u8(person), cv2.COLOR_RGB2LAB).astype(np.float32)
    scene = cv2.cvtColor(backdrop, cv2.COLOR_RGB2LAB).astype(np.float32)
    weight = alpha[..., None]
    total = max(1e-6, float(weight.sum()))
    person_mean = (lab * weight).reshape(-1, 3).sum(axis=0) / total
    scene_mean = scene.reshape(-1, 3).mean(axis=0)
    shift = (scene_mean - person_mean) * np.array([LIGHT_MATCH, COLOUR_MATCH, COLOUR_MATCH])
    matched = np.clip(lab + shift, 0, 255).astype(np.uint8)
    return cv2.cvtColor(matched, cv2.COLOR_LAB2RGB).astype(np.float32)


def composite(
    image: np.ndarray, backdrop: np.ndarray, alpha: np.ndarray, scene: Scene
) -> np.ndarray:
    """The person (``alpha``, 0..1) from ``image`` over ``backdrop``, colour-matched to it."""
    h, w = image.shape[:2]
    person = _colour_matched(image.astype(np.float32), backdrop, alpha)
    # The scene's ambient light: a very blurred backdrop (blurred small, it costs nothing).
    tiny = resize(backdrop, max(1, w // 16), max(1, h // 16), cv2.INTER_AREA)
    tiny = np.asarray(cv2.GaussianBlur(tiny, (0, 0), max(1.0, min(h, w) / 160)))
    ambient = resize(tiny, w, h, cv2.INTER_LINEAR).astype(np.float32)
    if scene.setting == "underwater":
        person = person * np.array([0.75, 0.95, 1.05], np.float32) + np.array([0, 10, 25])
    elif scene.time == "night" and scene.setting != "space":
        person *= 0.85
    # The scene's colour wraps round the person's edge a little, as light does.
    a = alpha[..., None]
    edge = np.clip(a * (1 - a) * 4, 0, 1) * 0.35
    person = person * (1 - edge) + ambient * edge
    out = person * a + backdrop.astype(np.float32) * (1 - a)
    return u8(out)
