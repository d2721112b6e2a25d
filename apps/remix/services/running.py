"""The worker's path through a remix job (``remix_job_execute``), idempotent: it locks the row
for every decision, skips what an earlier delivery already did, re-checks consent before
generating and, under the privacy row's lock, again before publishing."""

import io
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, cast

import av
import numpy as np
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import DatabaseError, InterfaceError, connection, transaction
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from apps.core.files import file_sha256
from apps.core.storage import stored_file_on_disk
from apps.moderation.models import ModerationCase, Verdict
from apps.moderation.screening.result import Screening
from apps.moderation.services.cases import case_open
from apps.moderation.services.images import output_image_screen
from apps.provenance.label import label_draw, label_text
from apps.provenance.signing import (
    ClipSource,
    ParentRemix,
    RemixProvenance,
    remix_clip_finish,
    remix_image_finish,
)
from apps.provenance.watermark import (
    WatermarkError,
    watermark_frames_embedder,
    watermark_read_keyed,
)
from apps.remix import errors
from apps.remix.captions import caption_draw
from apps.remix.engines import engine_get
from apps.remix.engines.base import (
    EngineError,
    EngineOutput,
    EngineRefusal,
    Kind,
    RemixRequest,
)
from apps.remix.engines.effects.neural import NEURAL_STYLES
from apps.remix.engines.effects.styles import STYLE_LABELS, style_apply
from apps.remix.engines.effects.words import STYLE_WORDS, pick
from apps.remix.engines.voice import (
    VOICE_LABELS,
    VOICE_WORDS,
    voice_clip_make,
    voice_clip_size,
    voice_effect_pick,
)
from apps.remix.models import CHAIN_MAX_DEPTH, CONTENT_TYPE, RemixJob
from apps.remix.recovery import job_heartbeat
from apps.remix.services.outcomes import (
    JobStatus,
    file_name_unguessable,
    job_lock,
    remix_job_cancel_unless_consented,
    remix_job_fail,
    remix_job_hold_for_creator,
    remix_job_publish,
    remix_job_reject,
)
from apps.remix.states import job_progress, job_transition
from apps.videos.media import video_frames_at

logger = logging.getLogger(__name__)


class JobStopped(Exception):
    """The job ended meanwhile (cancelled, consent withdrawn): stop quietly."""


def _still_running(job_id: int) -> RemixJob:
    job = RemixJob.objects.select_related("requester", "creator", "video__owner").get(pk=job_id)
    if job.status != JobStatus.RUNNING:
        raise JobStopped
    return job


@transaction.atomic
def _start(job_id: int) -> RemixJob | None:
    """Claim the job for this delivery; ``None`` when there is nothing (more) to do."""
    job = job_lock(job_id)
    if job.status == JobStatus.QUEUED:
        job = job_transition(job, JobStatus.RUNNING, attempts=job.attempts + 1, stage="Starting")
    elif job.status == JobStatus.RUNNING:  # redelivered after a worker died mid-job
        job.attempts += 1
        job.heartbeat_at = timezone.now()
        job.save(update_fields=["attempts", "heartbeat_at", "updated_at"])
    else:
        return None
    if job.attempts > settings.CLIPMIX_REMIX_MAX_ATTEMPTS:
        remix_job_fail(
            job=job, reason=str(errors.FAILED_REPEATEDLY), reason_code="too_many_attempts"
        )
        return None
    return job


def _timed(timings: dict[str, float], step: str, work: Callable[[], Any]) -> Any:
    """``work()``, its wall time recorded as ``step`` and this process's CPU time beside it
    as ``<step>_cpu`` (a worker process runs one job at a time, so that CPU is the job's)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = work()
    timings[step] = round((time.perf_counter() - started) * 1000, 1)
    timings[step.removesuffix("_ms") + "_cpu_ms"] = round((time.process_time() - cpu) * 1000, 1)
    return result


def _frame(job: RemixJob) -> Image.Image:
    """The picture the remix starts from: the video's frame at its moment or, for a remix of
    a remix, its parent's published image (kept as its source frame, for moderators)."""
    if job.source_frame:
        with job.source_frame.open("rb") as stored:
            return Image.open(io.BytesIO(stored.read())).convert("RGB")
    if job.video is None:
        _cancel_for_deleted_video(job)
        raise JobStopped
    if job.chain_depth:
        frame = Image.open(io.BytesIO(_parent_image(job))).convert("RGB")
    else:
        with stored_file_on_disk(job.video.file) as source:
            [frame] = video_frames_at(source, [job.at_seconds])
        frame = frame.convert("RGB")
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=92)
    job.source_frame.save(file_name_unguessable(), ContentFile(buffer.getvalue()), save=False)
    RemixJob.objects.filter(pk=job.pk).update(source_frame=job.source_frame.name)
    return frame


def _parent_image(job: RemixJob) -> bytes:
    """The signed image of the remix ``job`` was made from; a chain broken meanwhile ends the
    job (cancelled, with the consent check's reason) and stops it."""
    parent = RemixJob.objects.filter(pk=job.parent_id).first() if job.parent_id else None
    if parent is None or not parent.output_image:
        with transaction.atomic():
            remix_job_cancel_unless_consented(job=job_lock(job.pk), lock=False)
        raise JobStopped
    with parent.output_image.open("rb") as stored:
        return stored.read()


def _cancel_for_deleted_video(job: RemixJob) -> None:
    """The video was deleted while the job ran: it ends cancelled, with the consent check's
    reason (the caller then stops)."""
    with transaction.atomic():
        remix_job_cancel_unless_consented(job=job_lock(job.pk), lock=False)


@contextmanager
def _one_delivery_at_a_time(job_id: int) -> Iterator[None]:
    """A job runs in one worker at a time, however often the broker delivers it: the worker
    holds a PostgreSQL session lock on it, which the server drops by itself if that worker dies.
    Another delivery waits for the lock, then finds the job finished (nothing to do) or left
    running by a dead worker (and takes it over). The key is the job's id: nothing else takes
    advisory locks. SQLite runs jobs in-process, one by one."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [job_id])
        if not cursor.fetchone()[0]:
            logger.info("Remix %s is running on another worker; waiting for it to end", job_id)
            cursor.execute("SELECT pg_advisory_lock(%s)", [job_id])
    try:
        yield
    finally:
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [job_id])
        except (DatabaseError, InterfaceError):  # the connection is gone, and its lock with it
            logger.warning("Remix %s: the database connection was lost", job_id)


def remix_job_execute(*, job_id: int) -> None:
    """Run one job to its end (see the module's docstring). Engine and database errors
    propagate for the task to retry; every other outcome is a status."""
    with _one_delivery_at_a_time(job_id):
        job = _start(job_id)
        if job is None:
            return
        try:
            with job_heartbeat(job_id):
                _execute(job)
        except JobStopped:
            logger.info("Remix %s stopped while running", job_id)


def _step(job: RemixJob, percent: int, stage: str) -> RemixJob:
    """Between two steps: stop if the job was cancelled, else say where it is."""
    job = _still_running(job.pk)
    job_progress(job, percent, stage)
    return job


def _execute(job: RemixJob) -> None:
    with transaction.atomic():
        if not remix_job_cancel_unless_consented(job=job_lock(job.pk), lock=False):
            return
    if job.kind == RemixJob.Kind.VOICE:
        job = _step(job, 5, "Cutting the clip")
        if not job.output_clip:
            clip_generate(job)
        _publish(job)
        return
    job = _step(job, 5, "Taking the frame")
    if not job.output_image:
        timings: dict[str, float] = {}
        frame = _timed(timings, "frame_ms", lambda: _frame(job))
        _generate(job, frame, timings)
    _publish(job)


def _generate(job: RemixJob, frame: Image.Image, timings: dict[str, float]) -> None:
    job = _step(job, 10, "Generating")
    request = RemixRequest(
        kind=cast(Kind, job.kind),
        prompt=job.prompt,
        caption=job.caption,
        seed=job.seed,
        at_seconds=job.at_seconds,
    )

    def progress(percent: int, stage: str) -> None:
        job_progress(job, 10 + percent * 70 // 100, stage)

    try:
        output = _timed(
            timings, "engine_ms", lambda: engine_get().generate(frame, request, progress)
        )
    except EngineRefusal as refusal:
        _fail_refused(job, refusal)
        raise JobStopped from refusal
    image = _timed(timings, "caption_ms", lambda: caption_draw(output.image, job.caption))
    job = _step(job, 82, "Checking the result")
    video = job.video
    screening = _timed(
        timings,
        "screen_ms",
        lambda: output_image_screen(
            image=image,
            public_figure_face_check=(
                job.kind == RemixJob.Kind.FACE and video is not None and video.owner.is_verified
            ),
            subject=f"remix {job.pk}",
        ),
    )
    moderation = _output_blocked_stops(job, screening, timings)
    job = _step(job, 90, "Adding Content Credentials")
    provenance = _provenance(job, frame, output)
    try:
        signed = _timed(timings, "sign_ms", lambda: remix_image_finish(image, provenance))
    except WatermarkError as exc:  # retried like an engine error, then failed with a reason
        raise EngineError(str(exc)) from exc
    job.output_image.save(file_name_unguessable(), ContentFile(signed), save=False)
    RemixJob.objects.filter(pk=job.pk).update(
        output_image=job.output_image.name, moderation=moderation, timings=timings
    )


def _screen_frames(job: RemixJob, frames: list[Image.Image]) -> Screening:
    """The output screener on a few of the clip's frames; the strictest verdict wins (a block,
    else a hold for review, else allowed)."""
    video = job.video
    results = [
        output_image_screen(
            image=frame,
            public_figure_face_check=video is not None and video.owner.is_verified,
            subject=f"remix {job.pk}",
        )
        for frame in frames
    ]
    for verdict in (Verdict.BLOCK, Verdict.REVIEW):
        for result in results:
            if result.verdict == verdict:
                return result
    return results[0]


def _clip_style(job: RemixJob) -> str | None:
    """The restyle a voice remix's prompt names ("a chipmunk, as an oil painting"), or None."""
    return pick(job.prompt, STYLE_WORDS)


def _clip_frame_edit(job: RemixJob, size: tuple[int, int]) -> Callable[[np.ndarray], np.ndarray]:
    """What every picture of a voice remix goes through, in order: the restyle the prompt
    names, the caption, the visible label, then the watermark (on every frame, so that any
    screenshot carries it). A classic style runs on every frame; a neural one costs 0.25-0.6 s a
    frame at clip size (96 frames: 24-60 s, far past the voice budget), so it paints a keyframe
    every ``NEURAL_CLIP_EVERY`` frames at ``NEURAL_CLIP_SIDE`` px and holds it in between: a
    painted animation at about 4 pictures a second (docs/benchmarks.md)."""
    style = _clip_style(job)
    neural = style in NEURAL_STYLES
    embed = watermark_frames_embedder(
        size, remix_id=job.pk, gain=CLIP_WATERMARK_GAIN, strength_every=CLIP_STRENGTH_EVERY
    )
    alpha, colour = _overlay(size, job.caption)
    # Only the rows the caption and the label touch are blended (elsewhere alpha is 0 and the
    # blend would give every pixel back unchanged, at a float pass over the whole frame).
    drawn_rows = alpha.max(axis=(1, 2)) > 0
    keep, colour = 1 - alpha[drawn_rows], colour[drawn_rows]
    scale = min(1.0, NEURAL_CLIP_SIDE / max(size))
    small = (max(4, round(size[0] * scale)), max(4, round(size[1] * scale)))
    held: list[np.ndarray] = []  # the last painted keyframe, at clip size
    count = 0

    def painted(frame: np.ndarray) -> np.ndarray:
        nonlocal count
        if count % NEURAL_CLIP_EVERY == 0 or not held:
            shrunk = Image.fromarray(frame).resize(small, Image.Resampling.LANCZOS)
            styled = style_apply(np.asarray(shrunk), cast(str, style), job.seed)
            grown = Image.fromarray(styled).resize(size, Image.Resampling.LANCZOS)
            held[:] = [np.asarray(grown)]
        count += 1
        return held[0]

    def edit(frame: np.ndarray) -> np.ndarray:
        if neural:
            pixels = np.array(painted(frame))
        elif style is not None:
            pixels = np.array(style_apply(frame, style, job.seed))
        else:
            pixels = frame.copy()
        drawn = pixels[drawn_rows].astype(np.float32) * keep + colour
        pixels[drawn_rows] = np.clip(np.rint(drawn), 0, 255).astype(np.uint8)
        return embed(pixels)

    return edit


# A neural restyle on a clip: one painted keyframe every this many frames (24 fps: 4 a
# second), painted at this many pixels on the long side and scaled back up.
NEURAL_CLIP_EVERY = 6
NEURAL_CLIP_SIDE = 320


def _overlay(size: tuple[int, int], caption: str) -> tuple[np.ndarray, np.ndarray]:
    """The caption and the visible label as one overlay, drawn once for every frame of a clip:
    (alpha, colour already multiplied by alpha). Drawn by the same functions as on an image,
    once over black and once over white: where they differ, the frame shows through."""
    label = label_text("effects")
    over_black = np.asarray(
        label_draw(caption_draw(Image.new("RGB", size, (0, 0, 0)), caption), label), np.float32
    )
    over_white = np.asarray(
        label_draw(caption_draw(Image.new("RGB", size, (255, 255, 255)), caption), label),
        np.float32,
    )
    alpha = 1 - (over_white - over_black).mean(axis=2, keepdims=True) / 255
    return np.clip(alpha, 0, 1), over_black


# The clip's watermark: stronger than a still's first try (H.264 smooths fine texture), with
# the texture measured on every twelfth frame (twice a second at 24 fps; ``watermark_embedder``:
# the strength only ranges between 2.3 and 3 levels, and measuring it was most of the mark's
# cost when it was done every fourth frame).
CLIP_WATERMARK_GAIN = 1.4
CLIP_STRENGTH_EVERY = 12


def _first_frame_decoded(mp4: bytes) -> Image.Image:
    """The encoded clip's first picture, as a player shows it: the poster, and the picture
    ``/credentials/`` and ``POST /api/v1/remix/verify`` read the watermark from (one keyframe
    decoded, not the clip)."""
    with av.open(io.BytesIO(mp4), mode="r") as container:
        for frame in container.decode(container.streams.video[0]):
            return frame.to_image()
    raise EngineError("the encoded clip has no picture")


def clip_generate(job: RemixJob) -> None:
    """A voice remix: the clip cut, its voice changed and its pictures edited
    (``engines.voice``), its first, middle and last pictures screened (as they went to the
    encoder), the watermark read back from the encoded first frame (the poster, and what the
    verifier reads), the MP4 signed. Refusals and screener blocks end the job like an image's."""
    video = job.video
    if video is None:
        _cancel_for_deleted_video(job)
        raise JobStopped
    timings: dict[str, float] = {}
    job = _step(job, 10, "Changing the voice")
    effect = voice_effect_pick(job.prompt)
    if effect is None:  # checked before queueing; a prompt edited since cannot get here
        _fail_refused(
            job,
            EngineRefusal(
                errors.VOICE_EFFECT_UNKNOWN.format(effects=", ".join(VOICE_WORDS)),
                code="voice_effect_unknown",
            ),
        )
        raise JobStopped

    def progress(percent: int, stage: str) -> None:
        job_progress(job, 10 + percent * 70 // 100, stage)

    try:
        with stored_file_on_disk(video.file) as source:
            size = voice_clip_size(source)
            source_sha256 = file_sha256(source)
            clip = _timed(
                timings,
                "engine_ms",
                lambda: voice_clip_make(
                    source=source,
                    at_seconds=job.at_seconds,
                    duration=video.duration,
                    effect=effect,
                    frame_edit=_clip_frame_edit(job, size),
                    progress=progress,
                ),
            )
    except EngineRefusal as refusal:
        _fail_refused(job, refusal)
        raise JobStopped from refusal
    job = _step(job, 82, "Checking the result")
    poster = _timed(timings, "decode_ms", lambda: _first_frame_decoded(clip.mp4))
    if watermark_read_keyed(poster, search=False) != job.pk:
        raise EngineError(f"the watermark of remix {job.pk} does not read back from the clip")
    screening = _timed(timings, "screen_ms", lambda: _screen_frames(job, list(clip.pictures)))
    moderation = _output_blocked_stops(job, screening, timings)
    job = _step(job, 90, "Adding Content Credentials")
    buffer = io.BytesIO()
    poster.save(buffer, "JPEG", quality=90)
    provenance = replace(
        _provenance(job, poster, EngineOutput(image=poster, engine="effects", detail=effect)),
        engine_detail=_clip_detail(effect, _clip_style(job)),
        clip=ClipSource(
            start=clip.window.start,
            end=clip.window.end,
            source_sha256=source_sha256,
            audio_effect=VOICE_LABELS[effect],
        ),
    )
    signed = _timed(timings, "sign_ms", lambda: remix_clip_finish(clip.mp4, poster, provenance))
    name = file_name_unguessable()
    job.output_clip.save(name.removesuffix(".jpg") + ".mp4", ContentFile(signed), save=False)
    job.output_image.save(name, ContentFile(buffer.getvalue()), save=False)
    timings["clip_bytes"] = len(signed)
    RemixJob.objects.filter(pk=job.pk).update(
        output_clip=job.output_clip.name,
        output_image=job.output_image.name,
        moderation=moderation,
        timings=timings,
    )


def _clip_detail(effect: str, style: str | None) -> str:
    """What the clip's credentials say was done: the voice, and the picture's restyle if any."""
    if style is None:
        return VOICE_LABELS[effect]
    return f"{VOICE_LABELS[effect]}, {STYLE_LABELS.get(style, style)} style"


def _fail_refused(job: RemixJob, refusal: EngineRefusal) -> None:
    """The engine found nothing to work on (no face, no person) or cannot run at all: the job
    fails now with the engine's reason, and is not tried again (another delivery would find
    the same frame)."""
    logger.info("Remix %s refused by the engine: %s", job.pk, refusal.code)
    with transaction.atomic():
        locked = job_lock(job.pk)
        if locked.status == JobStatus.RUNNING:
            remix_job_fail(job=locked, reason=str(refusal.reason), reason_code=refusal.code)


def _provenance(job: RemixJob, frame: Image.Image, output: Any) -> RemixProvenance:
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=90)
    video = job.video
    if video is None:
        _cancel_for_deleted_video(job)
        raise JobStopped
    profile = reverse("accounts:profile", kwargs={"handle": job.requester.username})
    parent = None
    if job.chain_depth:
        signed_jpeg = _parent_image(job)  # stops the job if the chain broke meanwhile
        source = RemixJob.objects.select_related("requester").get(pk=job.parent_id or 0)
        parent = ParentRemix(
            remix_id=source.pk,
            requester_handle=source.requester.username,
            credentials_url=_absolute(reverse("remix:credentials", args=[source.pk])),
            signed_jpeg=signed_jpeg,
            earlier_marks=_chain_ids(source),
        )
        # The original video's frame names where the chain starts (declared, never its
        # pixels); its hash is the video's frame's, which the parent's source frame is not.
        with stored_file_on_disk(video.file) as video_path:
            [original] = video_frames_at(video_path, [job.at_seconds])
        buffer = io.BytesIO()
        original.convert("RGB").save(buffer, "JPEG", quality=90)
    return RemixProvenance(
        remix_id=job.pk,
        engine=output.engine,
        engine_detail=output.detail,
        requester_handle=job.requester.username,
        requester_url=_absolute(profile),
        source_creator_handle=video.owner.username,
        source_video_url=_absolute(reverse("videos:detail", kwargs={"video_id": video.pk})),
        at_seconds=job.at_seconds,
        source_frame_jpeg=buffer.getvalue(),
        source_video_id=video.pk,
        caption=job.caption,
        parent=parent,
    )


def _chain_ids(parent: RemixJob) -> tuple[int, ...]:
    """``parent``'s id and those of the remixes it descends from, nearest first (one query a
    level; a chain is at most ``CHAIN_MAX_DEPTH`` deep)."""
    ids = [parent.pk]
    parent_id = parent.parent_id
    while parent_id is not None and len(ids) <= CHAIN_MAX_DEPTH:
        ids.append(parent_id)
        parent_id = (
            RemixJob.objects.filter(pk=parent_id).values_list("parent_id", flat=True).first()
        )
    return tuple(ids)


def _absolute(path: str) -> str:
    return settings.CLIPMIX_SITE_URL.rstrip("/") + path


def _needs_moderator(job: RemixJob) -> bool:
    return any(
        job.moderation.get(stage, {}).get("verdict") == Verdict.REVIEW
        for stage in ("prompt", "output")
    )


@transaction.atomic
def _publish(job: RemixJob) -> None:
    """Under the privacy row's lock (the same one a settings change takes): publish, or hold
    for a moderator or the creator. A job already past this point is left alone."""
    job = job_lock(job.pk)
    if job.status != JobStatus.RUNNING:
        return
    if not remix_job_cancel_unless_consented(job=job, lock=True):
        return
    if _needs_moderator(job):
        _hold_for_moderator(job)
    elif job.requires_approval or job.remixer_approvers.exists():
        remix_job_hold_for_creator(job=job)
    else:
        remix_job_publish(job=job)


def _hold_for_moderator(job: RemixJob) -> None:
    """A screener said "review": the finished remix waits in the moderators' queue."""
    job_transition(job, JobStatus.IN_REVIEW, progress=100)
    case_open(
        content_type=CONTENT_TYPE,
        object_id=job.pk,
        stage=ModerationCase.Stage.OUTPUT,
        author=job.requester,
        creator=job.creator,
        screening=_held_screening(job),
        text=job.prompt,
        caption=job.caption,
    )


def _held_screening(job: RemixJob) -> Screening:
    """One screening for the moderators' case, gathering what the prompt and output screeners
    found."""
    held = [job.moderation[s] for s in ("output", "prompt") if s in job.moderation]
    first = next(s for s in held if s.get("verdict") == Verdict.REVIEW)
    return Screening(
        verdict=Verdict.REVIEW,
        category=first.get("category", ""),
        rule=first.get("rule", ""),
        screener=first.get("screener", ""),
        escalate=first.get("escalate", False),
        error=first.get("error", ""),
        evidence=[m for s in held for m in s.get("matches", [])],
    )


def remix_job_should_retry_after_engine_error(*, job_id: int, error: BaseException) -> bool:
    """Whether the task should deliver the job again. A running job out of attempts
    (``CLIPMIX_REMIX_MAX_ATTEMPTS``) fails here instead, and its requester reads why."""
    logger.warning("Remix %s: the engine failed: %s", job_id, error)
    with transaction.atomic():
        job = job_lock(job_id)
        if job.status != JobStatus.RUNNING:
            return False
        if job.attempts < settings.CLIPMIX_REMIX_MAX_ATTEMPTS:
            return True
        reason = errors.ENGINE_FAILED.format(error=str(error)[:200] or type(error).__name__)
        remix_job_fail(job=job, reason=reason, reason_code="engine_failed")
    return False


def _output_blocked_stops(
    job: RemixJob, screening: Screening, timings: dict[str, float]
) -> dict[str, Any]:
    """The job's moderation evidence with the output's screening; a blocked output rejects the
    job (if it is still running) and stops it."""
    moderation = {**job.moderation, "output": screening.as_evidence()}
    if screening.verdict == Verdict.BLOCK:
        with transaction.atomic():
            locked = job_lock(job.pk)
            if locked.status == JobStatus.RUNNING:
                remix_job_reject(
                    job=locked,
                    reason=screening.message,
                    reason_code="output_blocked",
                    moderation=moderation,
                    timings=timings,
                )
        raise JobStopped
    return moderation
