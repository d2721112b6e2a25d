"""The image screener: every remix output, before it can appear.

NudeNet's packaged ONNX detector (the 320n model) finds body parts, each with a class and a
score; our own per-class thresholds below turn them into a verdict. OpenCV's Haar frontal-face
cascade, together with NudeNet's face classes, tells whether a face is present, for the
public-figure check. Both libraries are loaded on first use and cached per process, so that
importing this module costs nothing and most tests never load them.

Fail closed: any error while screening answers ``review``, never ``allow``.
"""

import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from apps.core.images import face_cascade
from apps.moderation.models import Category, GuidelineRule, Verdict
from apps.moderation.screening.result import Screening, screening_failed

logger = logging.getLogger(__name__)

SCREENER = "image"


@dataclass(frozen=True)
class ClassThreshold:
    """What one NudeNet class means for us. A score at or above ``block_at`` blocks; at or above
    ``review_at`` (and below ``block_at``) sends the image to a human."""

    category: str
    review_at: float
    block_at: float | None = None


SEXUAL = Category.SEXUAL_NONCONSENSUAL.value
BORDERLINE = Category.BORDERLINE.value

# NudeNet's own cut-off is 0.2, at which a plain skin-coloured ellipse is "exposed buttocks".
# On 360 synthetic images of skin-coloured ellipses (six skin tones, five backgrounds, blur and
# noise) the highest false scores were BUTTOCKS_EXPOSED 0.71, BUTTOCKS_COVERED 0.71,
# FEMALE_BREAST_EXPOSED 0.58 and BELLY_EXPOSED 0.39; no genitalia or anus class ever fired, and
# flat skin-coloured images gave no detection at all. So:
# - A remix output depicts the real person of the video: any nudity is nudification, so exposed
#   classes block (category sexual_nonconsensual). Each also has a lower band that goes to
#   review, because a miss costs far more than a moderator's look.
# - Genitalia and anus: the gravest miss and never fired on skin-like shapes: block at 0.45.
# - Breasts: block at 0.6, just above the worst blob (0.58); the band below goes to a human.
# - Buttocks, the class that skin-coloured shapes trigger most: block at 0.75, review from 0.5.
# - Covered intimate parts, an exposed belly or a bare male chest are what a swimwear or
#   underwear edit of a person looks like: review (borderline), from 0.5 (0.6 for covered
#   buttocks, which blobs and a coffee cup's rim also trigger).
# Feet, armpits and a covered belly say nothing about harm and are ignored.
CLASS_THRESHOLDS: dict[str, ClassThreshold] = {
    "FEMALE_GENITALIA_EXPOSED": ClassThreshold(SEXUAL, review_at=0.30, block_at=0.45),
    "MALE_GENITALIA_EXPOSED": ClassThreshold(SEXUAL, review_at=0.30, block_at=0.45),
    "ANUS_EXPOSED": ClassThreshold(SEXUAL, review_at=0.30, block_at=0.45),
    "FEMALE_BREAST_EXPOSED": ClassThreshold(SEXUAL, review_at=0.45, block_at=0.60),
    "BUTTOCKS_EXPOSED": ClassThreshold(SEXUAL, review_at=0.50, block_at=0.75),
    "FEMALE_BREAST_COVERED": ClassThreshold(BORDERLINE, review_at=0.50),
    "FEMALE_GENITALIA_COVERED": ClassThreshold(BORDERLINE, review_at=0.50),
    "ANUS_COVERED": ClassThreshold(BORDERLINE, review_at=0.50),
    "BUTTOCKS_COVERED": ClassThreshold(BORDERLINE, review_at=0.60),
    "MALE_BREAST_EXPOSED": ClassThreshold(BORDERLINE, review_at=0.50),
    "BELLY_EXPOSED": ClassThreshold(BORDERLINE, review_at=0.50),
}

# A face, for the public-figure check. NudeNet's face classes at 0.5 (the cameraman photo's
# profile scores 0.58, which the cascade misses; a cat nothing). The Haar cascade's score is the
# number of overlapping raw detections that agree: the astronaut's face gathers 26, one of 120
# skin-coloured blobs 8, so 10 (OpenCV's default is 3). A photo of coins still reaches 25: Haar
# sees faces in round textures, and such an image goes to a human, which is the safe side.
# 384 px and a scale step of 1.15 keep the same answers at a third of the time of 640 px / 1.1.
NUDENET_FACE_CLASSES = ("FACE_FEMALE", "FACE_MALE")
NUDENET_FACE_THRESHOLD = 0.5
HAAR_FACE_CLASS = "FACE_OPENCV"
HAAR_MIN_NEIGHBOURS = 10
HAAR_SCALE_FACTOR = 1.15
HAAR_MAX_SIDE = 384  # faces that matter in a face remix are large
HAAR_MIN_FACE_FRACTION = 1 / 12  # of the image's short side

# Said to the user when no enabled guideline of the category and action exists.
NUDITY_BLOCKED = "Images that undress or sexualise a real person are never allowed."
NUDITY_HELD = "This image may show nudity, so a moderator will look at it before it appears."
SWIMWEAR_HELD = (
    "Swimwear and underwear edits of a person are checked by a moderator before they appear."
)
PUBLIC_FIGURE_HELD = (
    "Remixes of a public figure's face are checked by a moderator before they appear."
)
IMAGE_BLOCKED = "This image breaks our community guidelines, so it was not published."
IMAGE_HELD = "A moderator will look at this image before it appears."
FALLBACK_MESSAGES: dict[tuple[str, str], str] = {
    (SEXUAL, Verdict.BLOCK.value): NUDITY_BLOCKED,
    (SEXUAL, Verdict.REVIEW.value): NUDITY_HELD,
    (BORDERLINE, Verdict.REVIEW.value): SWIMWEAR_HELD,
    (Category.PUBLIC_FIGURE_DEEPFAKE.value, Verdict.REVIEW.value): PUBLIC_FIGURE_HELD,
}
# The screener's own rule names, used when no guideline row decides.
FALLBACK_RULES = {
    SEXUAL: "image_nudity",
    BORDERLINE: "image_swimwear",
    Category.PUBLIC_FIGURE_DEEPFAKE.value: "image_public_figure_face",
}
# When several categories fire at the same verdict, the first one here is reported.
CATEGORY_PRECEDENCE = (SEXUAL, Category.PUBLIC_FIGURE_DEEPFAKE.value, BORDERLINE)


@dataclass(frozen=True)
class ImageVerdict:
    verdict: Verdict
    category: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)


def _evidence(
    detection: Mapping[str, Any], *, threshold: float, verdict: Verdict, category: str
) -> dict[str, Any]:
    return {
        "class": str(detection["class"]),
        "score": round(float(detection["score"]), 4),
        "box": [int(v) for v in detection.get("box", ())],
        "threshold": threshold,
        "verdict": verdict.value,
        "category": category,
        "detector": str(detection.get("detector", "nudenet")),
    }


def image_verdict(
    *, detections: Iterable[Mapping[str, Any]], public_figure_face_check: bool = False
) -> ImageVerdict:
    """Map detector output to a verdict: pure, so that the thresholds are testable alone.

    ``detections`` are NudeNet's dicts (``class``, ``score``, ``box`` as x, y, w, h), plus any
    OpenCV face as class ``FACE_OPENCV`` with its neighbour count as the score.
    """
    fired: list[dict[str, Any]] = []
    for detection in detections:
        name, score = detection["class"], float(detection["score"])
        rule = CLASS_THRESHOLDS.get(name)
        if rule is not None:
            if rule.block_at is not None and score >= rule.block_at:
                verdict, threshold = Verdict.BLOCK, rule.block_at
            elif score >= rule.review_at:
                verdict, threshold = Verdict.REVIEW, rule.review_at
            else:
                continue
            fired.append(
                _evidence(detection, threshold=threshold, verdict=verdict, category=rule.category)
            )
            continue
        if not public_figure_face_check:
            continue
        face_threshold: float | None = None
        if name in NUDENET_FACE_CLASSES:
            face_threshold = NUDENET_FACE_THRESHOLD
        elif name == HAAR_FACE_CLASS:
            face_threshold = HAAR_MIN_NEIGHBOURS
        if face_threshold is not None and score >= face_threshold:
            fired.append(
                _evidence(
                    detection,
                    threshold=face_threshold,
                    verdict=Verdict.REVIEW,
                    category=Category.PUBLIC_FIGURE_DEEPFAKE.value,
                )
            )
    if not fired:
        return ImageVerdict(verdict=Verdict.ALLOW)
    # Blocks first, then NudeNet's by score (a Haar score is a count, not comparable).
    fired.sort(
        key=lambda item: (item["verdict"] != "block", item["detector"] != "nudenet", -item["score"])
    )
    for verdict in (Verdict.BLOCK, Verdict.REVIEW):
        categories = {item["category"] for item in fired if item["verdict"] == verdict.value}
        if categories:
            category = next(c for c in CATEGORY_PRECEDENCE if c in categories)
            return ImageVerdict(verdict=verdict, category=category, evidence=fired)
    raise AssertionError("unreachable: every fired detection has a verdict")


# ---- the libraries, loaded on first use ----------------------------------------------------


NUDENET_RESOLUTION = 320  # the 320n model's input side


@lru_cache(maxsize=1)
def _nude_detector() -> Any:
    # onnxruntime writes a device id and telemetry under the home folder unless told not to.
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    import nudenet
    import onnxruntime

    # NudeNet's own session uses every core and keeps its threads spinning between calls: on a
    # shared worker that burnt 110 ms of CPU a picture where 47 ms do the same work (2 cores,
    # docs/benchmarks.md). Same model, same inputs; only the session's options differ.
    options = onnxruntime.SessionOptions()
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    detector = nudenet.NudeDetector.__new__(nudenet.NudeDetector)
    detector.onnx_session = onnxruntime.InferenceSession(
        str(Path(nudenet.__file__).with_name("320n.onnx")),
        options,
        providers=["CPUExecutionProvider"],
    )
    detector.input_width = detector.input_height = NUDENET_RESOLUTION
    detector.input_name = detector.onnx_session.get_inputs()[0].name
    return detector


def _bgr(image: Image.Image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])


def _nudenet_detections(bgr: np.ndarray) -> list[dict[str, Any]]:
    return list(_nude_detector().detect(bgr))


def _opencv_faces(bgr: np.ndarray) -> list[dict[str, Any]]:
    import cv2

    height, width = bgr.shape[:2]
    scale = min(1.0, HAAR_MAX_SIDE / max(height, width))
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    if scale < 1.0:
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    grey = cv2.equalizeHist(grey)
    min_side = max(24, int(min(grey.shape[:2]) * HAAR_MIN_FACE_FRACTION))
    boxes, neighbours = face_cascade().detectMultiScale2(
        grey,
        scaleFactor=HAAR_SCALE_FACTOR,
        minNeighbors=HAAR_MIN_NEIGHBOURS,
        minSize=(min_side, min_side),
    )
    return [
        {
            "class": HAAR_FACE_CLASS,
            "score": float(count),
            "box": [round(float(v) / scale) for v in box],
            "detector": "opencv_haar",
        }
        for box, count in zip(boxes, neighbours, strict=True)
    ]


def image_detections(
    image: Image.Image, *, public_figure_face_check: bool = False
) -> list[dict[str, Any]]:
    """Every raw detection: NudeNet's, and OpenCV's faces when the face check asks for them."""
    bgr = _bgr(image)
    detections = _nudenet_detections(bgr)
    if public_figure_face_check:
        detections += _opencv_faces(bgr)
    return detections


def guideline_for(*, category: str, verdict: Verdict) -> tuple[str, str, bool]:
    """(message, rule, escalate) from the most severe enabled guideline of this category whose
    action is this verdict. A block rule's wording ("never allowed") would mislead someone whose
    image is only held, so a held image without a review rule gets our own wording."""
    rule = (
        GuidelineRule.objects.filter(category=category, enabled=True, action=verdict.value)
        .order_by("-severity", "slug")
        .first()
    )
    if rule is not None:
        return rule.guideline, rule.slug, rule.escalate
    default = IMAGE_BLOCKED if verdict == Verdict.BLOCK else IMAGE_HELD
    message = FALLBACK_MESSAGES.get((category, verdict.value), default)
    return message, FALLBACK_RULES.get(category, SCREENER), False


def image_screen(*, image: Image.Image, public_figure_face_check: bool = False) -> Screening:
    """Screen one generated image. ``public_figure_face_check``: the remix edits a face and the
    video's owner is a public figure, so any face in the output goes to a human."""
    try:
        detections = image_detections(image, public_figure_face_check=public_figure_face_check)
        decided = image_verdict(
            detections=detections, public_figure_face_check=public_figure_face_check
        )
        if decided.verdict == Verdict.ALLOW:
            return Screening(verdict=Verdict.ALLOW, screener=SCREENER)
        message, rule, escalate = guideline_for(category=decided.category, verdict=decided.verdict)
        return Screening(
            verdict=decided.verdict,
            category=decided.category,
            message=message,
            rule=rule,
            escalate=escalate,
            evidence=decided.evidence,
            screener=SCREENER,
        )
    except Exception as exc:
        logger.exception("Image screening failed; holding the image for review")
        return screening_failed(screener=SCREENER, error=exc)


def image_screener_warm() -> None:
    """Load the detector and the cascade and run each once (the first ONNX run is slow), so
    that a worker's first remix does not pay for it."""
    blank = np.zeros((64, 64, 3), dtype=np.uint8)
    _nudenet_detections(blank)
    _opencv_faces(blank)
