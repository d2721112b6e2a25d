"""What the engine would find at a moment of a video, shown in the composer before anyone asks
for a remix: the faces (box, eyes, nose, mouth, outline) and the person's outline that the
vision models find, and for each kind whether it can be made there and, if not, why (the same
words the job would fail with); and for ``voice``, a few seconds of the sound with the effect,
to hear before asking."""

from dataclasses import dataclass, field

import cv2
import numpy as np

from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.core.ratelimit import rate_limit_hit
from apps.core.storage import storage_unavailable_refused, stored_file_on_disk
from apps.privacy import policy
from apps.remix import errors
from apps.remix.engines.base import EngineRefusal, RemixRequest
from apps.remix.engines.effects.pixels import working_copy
from apps.remix.engines.vision import Face, faces_find, person_matte
from apps.remix.engines.vision.faces import LEFT_EYE, NOSE_TIP, RIGHT_EYE, UPPER_LIP_TOP
from apps.remix.engines.voice import (
    MIN_SECONDS,
    voice_effect_pick,
    voice_preview_wav,
)
from apps.remix.models import RemixJob
from apps.remix.services.requesting import voice_remix_check
from apps.videos.media import video_frames_at
from apps.videos.models import Video
from apps.videos.services import video_has_audio_ensure

OUTLINE_MAX_POINTS = 120  # per outline: enough to trace a person, small enough to send

Point = tuple[float, float]


@dataclass(frozen=True)
class FaceFound:
    box: tuple[float, float, float, float]  # x, y, width, height: fractions of the frame
    score: float
    right_eye: Point
    left_eye: Point
    nose: Point
    mouth: Point
    outline: list[Point]


@dataclass(frozen=True)
class FrameAnalysis:
    at_seconds: float
    width: int  # of the frame the fractions refer to
    height: int
    faces: list[FaceFound]
    person_outlines: list[list[Point]]  # one polygon per region of the person matte
    person_share: float  # of the frame the person covers
    # For every kind: None when it can be made at this moment, else why not.
    reasons: dict[str, str | None] = field(default_factory=dict)


def _point(xy: np.ndarray, w: int, h: int) -> Point:
    return (round(float(xy[0]) / w, 4), round(float(xy[1]) / h, 4))


def _face(face: Face, w: int, h: int) -> FaceFound:
    x, y, fw, fh = face.box
    return FaceFound(
        box=(round(x / w, 4), round(y / h, 4), round(fw / w, 4), round(fh / h, 4)),
        score=round(face.score, 3),
        right_eye=_point(face.centre_of(RIGHT_EYE), w, h),
        left_eye=_point(face.centre_of(LEFT_EYE), w, h),
        nose=_point(face.point(NOSE_TIP), w, h),
        mouth=_point(face.point(UPPER_LIP_TOP), w, h),
        outline=[_point(p, w, h) for p in face.oval],
    )


def _outlines(alpha: np.ndarray) -> list[list[Point]]:
    h, w = alpha.shape[:2]
    solid = (alpha > 0.5).astype(np.uint8)
    contours, _ = cv2.findContours(solid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    outlines = []
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:3]:
        if cv2.contourArea(contour) < 0.01 * w * h:
            continue
        epsilon = 0.002 * cv2.arcLength(contour, True)
        simplified = cv2.approxPolyDP(contour, epsilon, True)
        while len(simplified) > OUTLINE_MAX_POINTS:
            epsilon *= 1.5
            simplified = cv2.approxPolyDP(contour, epsilon, True)
        outlines.append([_point(p[0], w, h) for p in simplified])
    return outlines


def _may_remix(requester: User, video: Video, kind: str | None = None) -> None:
    decision = policy.can_remix(requester, video)
    if not decision:
        raise ApplicationError(
            decision.message, code="remix_not_allowed", status=403, extra={"reason": decision.code}
        )
    if kind is None:
        return
    decision = policy.can_remix(requester, video, kind)
    if not decision:
        raise ApplicationError(
            decision.message,
            code="remix_kind_not_allowed",
            status=403,
            extra={"reason": decision.code, "kind": kind},
        )


def _moment_check(video: Video, at_seconds: float) -> float:
    duration = video.duration or 0.0
    if not 0 <= at_seconds <= duration:
        raise ApplicationError(
            errors.MOMENT_OUTSIDE.format(duration=duration),
            code="moment_outside_video",
            status=422,
            extra={"duration": duration},
        )
    return duration


def frame_analyse(*, requester: User, video: Video, at_seconds: float) -> FrameAnalysis:
    """The models' findings at ``at_seconds``. Refused like a remix request when the requester
    may not remix the video (403 ``remix_not_allowed``) and counted against
    ``remix_analysis`` (429). A model that cannot run gives every kind that needs it the
    engine's reason rather than an error."""
    _may_remix(requester, video)
    duration = _moment_check(video, at_seconds)
    rate_limit_hit(scope="remix_analysis", key=str(requester.pk))
    with storage_unavailable_refused(), stored_file_on_disk(video.file) as source:
        [frame] = video_frames_at(source, [at_seconds])
        has_audio = duration >= MIN_SECONDS and video_has_audio_ensure(video=video)
    image = working_copy(frame.convert("RGB"))
    h, w = image.shape[:2]
    moment = RemixRequest(kind="restyle", prompt="", at_seconds=at_seconds).moment
    reasons: dict[str, str | None] = {"restyle": None, "caption_only": None}
    faces: list[Face] = []
    alpha = None
    try:
        faces = faces_find(image)
        alpha = person_matte(image, faces)
    except EngineRefusal as refusal:
        reasons["face"] = reasons["background"] = refusal.reason
    else:
        reasons["face"] = None if faces else errors.NO_FACE.format(at=moment)
        reasons["background"] = None if alpha is not None else errors.NO_PERSON.format(at=moment)
    if duration < MIN_SECONDS:
        reasons["voice"] = errors.VOICE_TOO_SHORT.format(seconds=MIN_SECONDS)
    elif not has_audio:
        reasons["voice"] = errors.VOICE_NO_AUDIO
    else:
        reasons["voice"] = None
    return FrameAnalysis(
        at_seconds=at_seconds,
        width=w,
        height=h,
        faces=[_face(face, w, h) for face in faces],
        person_outlines=_outlines(alpha) if alpha is not None else [],
        person_share=round(float(alpha.mean()), 4) if alpha is not None else 0.0,
        reasons=reasons,
    )


def voice_preview_make(*, requester: User, video: Video, at_seconds: float, prompt: str) -> bytes:
    """A WAV of ``PREVIEW_SECONDS`` from ``at_seconds`` with the voice effect ``prompt`` names,
    for the requester to hear before asking (nothing is stored, signed or published). Refused
    like a voice remix request: 403 ``remix_not_allowed`` / ``remix_kind_not_allowed`` (the
    creator's consent, voice included), 422 ``moment_outside_video``,
    ``voice_effect_unknown``, ``video_too_short``, ``video_has_no_audio``; counted against
    ``remix_voice_preview`` (429)."""
    _may_remix(requester, video, RemixJob.Kind.VOICE)
    duration = _moment_check(video, at_seconds)
    voice_remix_check(video=video, prompt=prompt)
    rate_limit_hit(scope="remix_voice_preview", key=str(requester.pk))
    effect = voice_effect_pick(prompt) or ""  # voice_remix_check refused a prompt without one
    try:
        with storage_unavailable_refused(), stored_file_on_disk(video.file) as source:
            return voice_preview_wav(
                source=source, at_seconds=at_seconds, duration=duration, effect=effect
            )
    except EngineRefusal as refusal:  # the sound track went missing since the probe
        raise ApplicationError(refusal.reason, code="video_has_no_audio", status=422) from refusal
