"""The person in a frame as a soft matte: MediaPipe's selfie-segmentation model, refined.

The model sees the frame squeezed to 256x256 (as MediaPipe feeds it) and gives a foreground
probability per pixel. It is a foreground model, not a person detector: a coffee cup or a cat in
close-up comes out as foreground too. So the matte keeps only the foreground regions that hold a
face the face mesh confirmed; no face, no person. The low-resolution probabilities are then
fitted to the frame's own edges with a guided filter (He et al., 2010) on the frame's
luminance, so hair and shoulders follow the picture rather than the model's 256-px grid, and
feathered by a pixel or two so a new backdrop meets the person without a cut-out edge.
"""

from collections.abc import Sequence

import cv2
import numpy as np

from apps.remix.engines.vision.faces import NOSE_TIP, Face
from apps.remix.engines.vision.models import model_get

SEGMENTER = "selfie_segmentation.tflite"
# A person smaller than this share of the frame is too small to cut out usefully.
MIN_PERSON_SHARE = 0.01


def foreground(image: np.ndarray) -> np.ndarray:
    """The model's foreground probability (float32, 0..1) at its own 256x256 resolution."""
    model = model_get(SEGMENTER)
    height, width = model.input_size
    small = cv2.resize(image, (width, height), interpolation=cv2.INTER_AREA)
    (probability,) = model.run(small.astype(np.float32) / 255.0)
    return np.clip(probability[..., 0], 0.0, 1.0).astype(np.float32)


def _guided_filter(guide: np.ndarray, source: np.ndarray, radius: int, eps: float) -> np.ndarray:
    """Edge-preserving smoothing of ``source`` that follows the edges of ``guide`` (both float32
    in 0..1, one channel)."""
    size = (2 * radius + 1, 2 * radius + 1)

    def box(a: np.ndarray) -> np.ndarray:
        return np.asarray(cv2.boxFilter(a, -1, size, borderType=cv2.BORDER_REFLECT))

    mean_i, mean_p = box(guide), box(source)
    cov_ip = box(guide * source) - mean_i * mean_p
    var_i = box(guide * guide) - mean_i * mean_i
    a = cov_ip / (var_i + eps)
    b = mean_p - a * mean_i
    return box(a) * guide + box(b)


def _keep_regions_with_faces(probability: np.ndarray, faces: Sequence[Face]) -> np.ndarray:
    """0/1 (uint8) over ``probability``'s grid: the foreground regions that hold a face."""
    h, w = probability.shape
    solid = (probability > 0.5).astype(np.uint8)
    count, labels = cv2.connectedComponents(solid)
    keep = set()
    for face in faces:
        # The nose tip, and the middle of the face's outline: one of them lies inside the
        # region even when the model trims a cheek.
        for x, y in (face.point(NOSE_TIP), face.oval.mean(axis=0)):
            col, row = min(w - 1, max(0, int(x))), min(h - 1, max(0, int(y)))
            if labels[row, col] > 0:
                keep.add(int(labels[row, col]))
    if count <= 1 or not keep:
        return np.zeros_like(solid)
    return np.isin(labels, sorted(keep)).astype(np.uint8)


def person_matte(image: np.ndarray, faces: Sequence[Face]) -> np.ndarray | None:
    """A feathered alpha (float32, 0..1, the frame's size) of the people whose ``faces`` were
    found in the RGB ``image``; None when no face leads to a person of a usable size."""
    if not faces:
        return None
    h, w = image.shape[:2]
    probability = cv2.resize(foreground(image), (w, h), interpolation=cv2.INTER_LINEAR)
    # Fit the matte to the frame's edges, at a radius of about 1 % of the frame.
    short = min(h, w)
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
    fitted = _guided_filter(gray, probability, max(2, short // 100), 1e-3)
    fitted = np.clip(fitted, 0.0, 1.0)
    regions = _keep_regions_with_faces(fitted, faces)
    if regions.mean() < MIN_PERSON_SHARE:
        return None
    # Other foreground (a cup, a pet, a second blob) goes; a band round the kept regions stays
    # soft so their edges are not cut.
    grown = cv2.dilate(regions, np.ones((5, 5), np.uint8), iterations=max(1, short // 200))
    alpha = fitted * grown.astype(np.float32)
    # Sharpen the transition a little (the model's edge is a few pixels wide), then feather.
    alpha = np.clip((alpha - 0.5) * 1.5 + 0.5, 0.0, 1.0)
    alpha = cv2.GaussianBlur(alpha, (0, 0), max(0.8, short / 500))
    return alpha.astype(np.float32)
