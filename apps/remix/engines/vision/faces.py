"""Faces in a frame: MediaPipe's short-range BlazeFace detector, then its 468-point face mesh on
each face found.

The detector sees the frame letterboxed into 128x128 (and, for a frame that is far from
square, square tiles along its long side too, so a face in a wide frame keeps its pixels; when
that finds nothing, overlapping squares half the frame's short side across, for a face at a
distance); its
896 anchors are decoded as MediaPipe's SSD anchor and tensor-to-detection steps describe them,
and overlapping detections are merged by score-weighted non-maximum suppression. For each face,
a square region 1.5 times the face, turned so the eyes are level, is cut to 192x192 for the
landmark model; a second pass re-centres the region on the first pass's landmarks (as
MediaPipe's tracking does), which matters for faces seen from three-quarters. A face whose mesh
model does not confirm on both looks is dropped, so a cat or a pattern does not get
sunglasses.
"""

import math
from dataclasses import dataclass
from functools import cache

import cv2
import numpy as np

from apps.remix.engines.vision.models import model_get

DETECTOR = "face_detection_short_range.tflite"
MESH = "face_landmark.tflite"

DETECTION_SIZE = 128
MESH_SIZE = 192
MIN_DETECTION_SCORE = 0.5
# Below this the mesh model says the region holds no face (its own graph gates at 0.1 for
# tracking a face it already knows; a first look wants more). Real faces, frontal or in
# profile, score 1.0 on both looks; a cat's face or a rocket's window reached 0.83 on the first
# and 0.63 on the second.
MIN_PRESENCE = 0.9
NMS_IOU = 0.3
ROI_SCALE = 1.5
MAX_FACES = 6
# Frames with a short side of at least twice this are also searched in smaller squares.
SMALL_TILE_MIN = 192

# Landmark indices of MediaPipe's canonical face mesh.
RIGHT_EYE = (33, 133, 159, 145, 160, 144, 158, 153)  # the person's right: the image's left
LEFT_EYE = (362, 263, 386, 374, 387, 373, 385, 380)
RIGHT_EYE_OUTER, LEFT_EYE_OUTER = 33, 263
NOSE_TIP = 1
SUBNASALE = 2  # where the nose meets the upper lip
UPPER_LIP_TOP = 0
MOUTH_RIGHT, MOUTH_LEFT = 61, 291
RIGHT_CHEEK, LEFT_CHEEK = 50, 280
FOREHEAD, CHIN = 10, 152
FACE_OVAL = (
    10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379, 378, 400, 377,
    152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109,
)  # fmt: skip


@dataclass(frozen=True)
class Face:
    """One face, in the frame's pixel coordinates."""

    score: float  # the detector's confidence
    landmarks: np.ndarray  # (468, 3) float32: x, y in pixels, z relative depth

    def point(self, index: int) -> np.ndarray:
        return self.landmarks[index, :2]

    def centre_of(self, indices: tuple[int, ...]) -> np.ndarray:
        return self.landmarks[list(indices), :2].mean(axis=0)

    @property
    def right_eye(self) -> np.ndarray:
        return self.centre_of(RIGHT_EYE)

    @property
    def left_eye(self) -> np.ndarray:
        return self.centre_of(LEFT_EYE)

    @property
    def roll(self) -> float:
        """The eye line's angle in radians (0: level; positive: turned clockwise on screen)."""
        dx, dy = self.point(LEFT_EYE_OUTER) - self.point(RIGHT_EYE_OUTER)
        return math.atan2(dy, dx)

    @property
    def eye_span(self) -> float:
        """Outer corner to outer corner, in pixels: the scale every effect is drawn at."""
        return float(np.linalg.norm(self.point(LEFT_EYE_OUTER) - self.point(RIGHT_EYE_OUTER)))

    @property
    def size(self) -> float:
        """The eye span a frontal view of this face would have, in pixels: the eye span itself,
        or for a face turned away (whose eye span shrinks) 0.58 of its height, the ratio on a
        frontal face."""
        height = float(np.linalg.norm(self.point(FOREHEAD) - self.point(CHIN)))
        return max(self.eye_span, 0.58 * height)

    @property
    def visible_eyes(self) -> list[np.ndarray]:
        """The eye centres the camera sees: both, or for a face in profile only the near one
        (the far one sits behind the bridge of the nose, close to the nose tip along the eye
        line)."""
        along = np.array([math.cos(self.roll), math.sin(self.roll)])
        right = abs(float((self.point(NOSE_TIP) - self.right_eye) @ along))
        left = abs(float((self.point(NOSE_TIP) - self.left_eye) @ along))
        if min(right, left) < 0.35 * max(right, left):
            return [self.right_eye if right > left else self.left_eye]
        return [self.right_eye, self.left_eye]

    @property
    def oval(self) -> np.ndarray:
        """The outline of the face (forehead to chin), (36, 2) float32."""
        return self.landmarks[list(FACE_OVAL), :2]

    @property
    def box(self) -> tuple[float, float, float, float]:
        """x, y, width, height around the face's outline."""
        xs, ys = self.oval[:, 0], self.oval[:, 1]
        return (
            float(xs.min()),
            float(ys.min()),
            float(xs.max() - xs.min()),
            float(ys.max() - ys.min()),
        )


@dataclass(frozen=True)
class _Detection:
    score: float
    box: np.ndarray  # x_min, y_min, x_max, y_max in pixels
    keypoints: np.ndarray  # (6, 2): right eye, left eye, nose tip, mouth, right ear, left ear


@cache
def _anchors() -> np.ndarray:
    """(896, 2) anchor centres in 0..1 for the short-range model: MediaPipe's SSD anchors with
    4 layers at strides 8, 16, 16, 16 (layers with the same stride share one grid, two anchors
    per layer and cell) and fixed unit size, so only the centres matter."""
    centres = []
    strides = (8, 16, 16, 16)
    layer = 0
    while layer < len(strides):
        stride = strides[layer]
        per_cell = 0
        while layer < len(strides) and strides[layer] == stride:
            per_cell += 2  # the aspect ratio 1.0, and the interpolated scale between layers
            layer += 1
        cells = math.ceil(DETECTION_SIZE / stride)
        for y in range(cells):
            for x in range(cells):
                centres.extend([((x + 0.5) / cells, (y + 0.5) / cells)] * per_cell)
    return np.array(centres, np.float32)


def _letterbox(image: np.ndarray, size: int) -> tuple[np.ndarray, float, float, float]:
    """``image`` scaled to fit a ``size`` square, centred on black; with the scale and padding
    that map it back."""
    h, w = image.shape[:2]
    scale = size / max(h, w)
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    resized = cv2.resize(image, (nw, nh), interpolation=cv2.INTER_AREA)
    pad_x, pad_y = (size - nw) / 2, (size - nh) / 2
    canvas = np.zeros((size, size, 3), np.uint8)
    canvas[int(pad_y) : int(pad_y) + nh, int(pad_x) : int(pad_x) + nw] = resized
    return canvas, scale, int(pad_x), int(pad_y)


def _detect_in(image: np.ndarray, left: int, top: int) -> list[_Detection]:
    """Detections in ``image`` (a view of the frame at ``left``, ``top``), in frame pixels."""
    canvas, scale, pad_x, pad_y = _letterbox(image, DETECTION_SIZE)
    tensor = canvas.astype(np.float32) / 127.5 - 1.0
    regressors, scores = model_get(DETECTOR).run(tensor)
    logits = np.clip(scores[:, 0].astype(np.float64), -100.0, 100.0)
    scores = 1.0 / (1.0 + np.exp(-logits))
    keep = np.flatnonzero(scores >= MIN_DETECTION_SCORE)
    anchors = _anchors()
    found = []
    for i in keep:
        raw = regressors[i] / DETECTION_SIZE
        ax, ay = anchors[i]
        cx, cy, w, h = raw[0] + ax, raw[1] + ay, raw[2], raw[3]
        points = raw[4:16].reshape(6, 2) + np.array([ax, ay])

        def to_frame(xy: np.ndarray) -> np.ndarray:
            return (xy * DETECTION_SIZE - (pad_x, pad_y)) / scale + (left, top)

        corners = to_frame(np.array([[cx - w / 2, cy - h / 2], [cx + w / 2, cy + h / 2]]))
        found.append(_Detection(float(scores[i]), corners.reshape(4), to_frame(points)))
    return found


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return float(inter / union) if union > 0 else 0.0


def _weighted_nms(detections: list[_Detection]) -> list[_Detection]:
    """Overlapping detections of one face become one: the best one's score, and box and
    keypoints averaged with the scores as weights (MediaPipe's "weighted" suppression)."""
    remaining = sorted(detections, key=lambda d: -d.score)
    merged = []
    while remaining:
        best = remaining[0]
        group = [d for d in remaining if _iou(best.box, d.box) > NMS_IOU]
        remaining = [d for d in remaining if _iou(best.box, d.box) <= NMS_IOU]
        weights = np.array([d.score for d in group], np.float32)[:, None]
        box = (np.stack([d.box for d in group]) * weights).sum(0) / weights.sum()
        points = (np.stack([d.keypoints for d in group]) * weights[..., None]).sum(0)
        merged.append(_Detection(best.score, box, points / weights.sum()))
    return merged


def _tiles(h: int, w: int) -> list[tuple[int, int, int, int]]:
    """Where to look first, as (left, top, width, height): the whole frame, and for a frame
    far from square, three squares along its long side."""
    tiles = [(0, 0, w, h)]
    short, long = min(h, w), max(h, w)
    if long > short * 1.25:
        for offset in (0, (long - short) // 2, long - short):
            tiles.append((offset, 0, short, short) if w > h else (0, offset, short, short))
    return tiles


def _small_tiles(h: int, w: int) -> list[tuple[int, int, int, int]]:
    """Where to look when that found nothing: squares half the short side across, overlapping
    by half, over the whole frame. The short-range detector wants a face to fill a good part of
    the 128 px it sees, so a face a tenth of the frame's height is found only here."""
    side = min(h, w) // 2
    if side < SMALL_TILE_MIN:
        return []
    step = side // 2
    return [
        (left, top, side, side)
        for top in range(0, h - side + 1, step)
        for left in range(0, w - side + 1, step)
    ]


def _roi_transform(centre: np.ndarray, size: float, angle: float) -> tuple[np.ndarray, np.ndarray]:
    """The affine maps between a square region of the frame (centred on ``centre``, ``size``
    across, turned by ``angle``) and the mesh model's 192x192 input: (frame->crop, crop->frame).
    """
    u = np.array([math.cos(angle), math.sin(angle)]) * size / 2
    v = np.array([-math.sin(angle), math.cos(angle)]) * size / 2
    frame_points = np.array([centre - u - v, centre + u - v, centre - u + v], np.float32)
    crop_points = np.array([[0, 0], [MESH_SIZE, 0], [0, MESH_SIZE]], np.float32)
    return (
        np.asarray(cv2.getAffineTransform(frame_points, crop_points)),
        np.asarray(cv2.getAffineTransform(crop_points, frame_points)),
    )


def _mesh(
    image: np.ndarray, centre: np.ndarray, size: float, angle: float
) -> tuple[float, np.ndarray]:
    """(presence, landmarks in frame pixels) for the region."""
    to_crop, to_frame = _roi_transform(centre, size, angle)
    crop = cv2.warpAffine(
        image, to_crop, (MESH_SIZE, MESH_SIZE), flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )  # fmt: skip
    raw, flag = model_get(MESH).run(crop.astype(np.float32) / 255.0)
    points = raw.reshape(468, 3).astype(np.float32)
    xy = points[:, :2] @ to_frame[:, :2].T + to_frame[:, 2]
    presence = 1.0 / (1.0 + math.exp(-float(np.ravel(flag)[0])))
    z = points[:, 2:] * size / MESH_SIZE
    return presence, np.concatenate([xy, z], axis=1).astype(np.float32)


def _region_of(landmarks: np.ndarray) -> tuple[np.ndarray, float, float]:
    """The region MediaPipe tracks a face by: level with the eye corners, around the mesh in
    that turned frame, 1.5 times its longer side."""
    dx, dy = landmarks[LEFT_EYE_OUTER, :2] - landmarks[RIGHT_EYE_OUTER, :2]
    angle = math.atan2(dy, dx)
    cos, sin = math.cos(-angle), math.sin(-angle)
    rotated = landmarks[:, :2] @ np.array([[cos, sin], [-sin, cos]], np.float32)
    low, high = rotated.min(0), rotated.max(0)
    middle = (low + high) / 2
    centre = middle @ np.array([[cos, -sin], [sin, cos]], np.float32)
    return centre, float((high - low).max() * ROI_SCALE), angle


def faces_find(image: np.ndarray) -> list[Face]:
    """Faces in an RGB uint8 array, largest first (at most ``MAX_FACES``), each with its 468
    landmarks in the array's pixel coordinates."""
    h, w = image.shape[:2]
    faces = _faces_in_tiles(image, _tiles(h, w))
    if not faces:
        faces = _faces_in_tiles(image, _small_tiles(h, w))
    faces.sort(key=lambda f: -f.box[2] * f.box[3])
    return _distinct(faces)[:MAX_FACES]


def _faces_in_tiles(image: np.ndarray, tiles: list[tuple[int, int, int, int]]) -> list[Face]:
    detections = []
    for left, top, tw, th in tiles:
        detections += _detect_in(image[top : top + th, left : left + tw], left, top)
    faces = []
    for detection in _weighted_nms(detections):
        x0, y0, x1, y1 = detection.box
        dx, dy = detection.keypoints[1] - detection.keypoints[0]
        centre = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
        size = max(x1 - x0, y1 - y0) * ROI_SCALE
        presence, landmarks = _mesh(image, centre, size, math.atan2(dy, dx))
        if presence < MIN_PRESENCE:
            continue
        # The second look, on the region the first one's landmarks make, must agree.
        presence, landmarks = _mesh(image, *_region_of(landmarks))
        if presence >= MIN_PRESENCE:
            faces.append(Face(score=detection.score, landmarks=landmarks))
    return faces


def _corners(face: Face) -> np.ndarray:
    x, y, w, h = face.box
    return np.array([x, y, x + w, y + h])


def _distinct(faces: list[Face]) -> list[Face]:
    """One face per person: tiles can find the same face twice at slightly different places."""
    kept: list[Face] = []
    for face in faces:
        if all(_iou(_corners(face), _corners(other)) < 0.5 for other in kept):
            kept.append(face)
    return kept
