"""Remix jobs: requesting, running, publishing, and everything that ends them.

The request path checks consent, screens the prompt and caption, counts the rate limits and
queues the job after commit. The worker path (``remix_job_execute``) is idempotent: it locks the
row for every decision, skips what an earlier delivery already did, re-checks consent before
generating and, under the privacy row's lock, again before publishing.
"""

import io
import logging
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import DatabaseError, InterfaceError, connection, transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError
from PIL import Image

from apps.accounts.models import User
from apps.comments.services import comment_moderation_reject, comment_remix_publish
from apps.core.errors import SERVICE_UNAVAILABLE, ApplicationError, nul_character_refuse
from apps.core.ratelimit import rate_limit_hit
from apps.moderation.models import ModerationCase, Verdict
from apps.moderation.screening.result import Screening
from apps.moderation.services.cases import case_open
from apps.moderation.services.images import output_image_screen
from apps.moderation.services.prompts import prompt_screen
from apps.notifications.services import notification_create
from apps.privacy import policy
from apps.privacy.services import remix_consent_check
from apps.provenance.signing import RemixProvenance, remix_image_finish
from apps.provenance.watermark import WatermarkError
from apps.remix import errors
from apps.remix.captions import caption_draw
from apps.remix.engines import engine_get, engine_name
from apps.remix.engines.base import KINDS, EngineError, Kind, RemixRequest
from apps.remix.models import CAPTION_MAX_LENGTH, PROMPT_MAX_LENGTH, RemixJob
from apps.remix.recovery import job_heartbeat
from apps.remix.states import job_progress, job_transition
from apps.videos.media import video_frames_at
from apps.videos.models import Video

logger = logging.getLogger(__name__)

Status = RemixJob.Status
CONTENT_TYPE = "remix.remixjob"
SEED_MAX = 2**31 - 1


def _validated(
    video: Video, *, at_seconds: float, kind: str, prompt: str, caption: str
) -> tuple[str, str]:
    if kind not in KINDS:
        raise ApplicationError(
            errors.KIND_INVALID, code="invalid_kind", status=422, extra={"allowed": list(KINDS)}
        )
    nul_character_refuse(prompt, caption)
    prompt, caption = prompt.strip(), caption.strip()
    if kind != RemixJob.Kind.CAPTION_ONLY and not prompt:
        raise ApplicationError(errors.PROMPT_REQUIRED, code="prompt_required", status=422)
    if kind == RemixJob.Kind.CAPTION_ONLY and not caption:
        raise ApplicationError(errors.CAPTION_REQUIRED, code="caption_required", status=422)
    if len(prompt) > PROMPT_MAX_LENGTH or len(caption) > CAPTION_MAX_LENGTH:
        raise ApplicationError(
            errors.TOO_LONG.format(prompt=PROMPT_MAX_LENGTH, caption=CAPTION_MAX_LENGTH),
            code="too_long",
            status=422,
        )
    duration = video.duration or 0.0
    if not 0 <= at_seconds <= duration:
        raise ApplicationError(
            errors.MOMENT_OUTSIDE.format(duration=duration),
            code="moment_outside_video",
            status=422,
            extra={"duration": duration},
        )
    return prompt, caption


def remix_job_create(
    *,
    requester: User,
    video: Video,
    at_seconds: float,
    kind: str,
    prompt: str,
    caption: str = "",
    seed: int | None = None,
    retry_of: RemixJob | None = None,
) -> RemixJob:
    """Queue a remix. Refusals: 403 ``remix_not_allowed`` (the privacy policy's words), 422 for
    invalid input or ``guideline_violation``, 429 ``rate_limited``, 503
    ``service_unavailable`` when the rate limits or the broker cannot be reached, 429
    ``remix_paused`` after repeated guideline refusals. Every request past validation counts
    against the rate limits, refused or not. No job is stored on a refusal, but a guideline
    refusal's audit entry is (outside the job's transaction, so that a refusal cannot be
    probed unrecorded); the worker gets the job after commit."""
    decision = policy.can_remix(requester, video)
    if not decision:
        raise ApplicationError(
            decision.message, code="remix_not_allowed", status=403, extra={"reason": decision.code}
        )
    prompt, caption = _validated(
        video, at_seconds=at_seconds, kind=kind, prompt=prompt, caption=caption
    )
    rate_limit_hit(scope="remix_user", key=str(requester.pk))
    rate_limit_hit(scope="remix_video", key=f"{requester.pk}:{video.pk}")
    screening = prompt_screen(requester=requester, prompt=prompt, caption=caption)
    with transaction.atomic():
        job = RemixJob(
            requester=requester,
            video=video,
            creator=video.owner,
            at_seconds=at_seconds,
            kind=kind,
            prompt=prompt,
            caption=caption,
            seed=seed if seed is not None else secrets.randbelow(SEED_MAX),
            engine=engine_name(),
            requires_approval=decision.requires_approval,
            moderation={"prompt": screening.as_evidence()},
            retry_of=retry_of,
        )
        job.full_clean()
        job.save()
        transaction.on_commit(lambda: _enqueue(job))
    return job


def _enqueue(job: RemixJob) -> None:
    """Hand a committed job to the workers. A job no worker will ever hear of is taken back
    and the request refused with 503 (rendered by whoever commits: the request's transaction)."""
    from apps.remix.tasks import remix_job_run  # tasks import this module

    try:
        remix_job_run.delay(job.pk)
    except KombuOperationalError as exc:  # kombu reraises connection errors as this
        logger.exception("Could not queue remix %s; taking it back", job.pk)
        RemixJob.objects.filter(pk=job.pk).delete()
        raise ApplicationError(SERVICE_UNAVAILABLE, code="service_unavailable", status=503) from exc


@transaction.atomic
def remix_job_cancel(*, job: RemixJob, actor: User) -> RemixJob:
    """The requester stops their job; a running one stops between two steps."""
    job = RemixJob.objects.select_for_update().get(pk=job.pk)
    if job.requester_id != actor.pk:
        raise ApplicationError(errors.NOT_YOURS, code="not_allowed", status=403)
    if job.status not in (Status.QUEUED, Status.RUNNING, Status.IN_REVIEW):
        raise ApplicationError(errors.CANNOT_CANCEL, code="not_cancellable", status=409)
    return job_transition(
        job, Status.CANCELLED, reason=errors.CANCELLED_BY_REQUESTER, reason_code="cancelled"
    )


def remix_job_retry(*, job: RemixJob, actor: User) -> RemixJob:
    """A failed job again, with a new seed (a new job; the old one stays as it ended)."""
    if job.requester_id != actor.pk:
        raise ApplicationError(errors.NOT_YOURS, code="not_allowed", status=403)
    if job.status != Status.FAILED or job.video is None:
        raise ApplicationError(errors.CANNOT_RETRY, code="not_retryable", status=409)
    return remix_job_create(
        requester=actor,
        video=job.video,
        at_seconds=job.at_seconds,
        kind=job.kind,
        prompt=job.prompt,
        caption=job.caption,
        retry_of=job,
    )


# --- The worker ---------------------------------------------------------------------------


class JobStopped(Exception):
    """The job ended meanwhile (cancelled, consent withdrawn): stop quietly."""


def _locked(job_id: int) -> RemixJob:
    # Only the job's row: the requester's row is locked by strikes, not by remixes.
    return (
        RemixJob.objects.select_for_update(of=("self",)).select_related("requester").get(pk=job_id)
    )


def _still_running(job_id: int) -> RemixJob:
    job = RemixJob.objects.select_related("requester", "video__owner").get(pk=job_id)
    if job.status != Status.RUNNING:
        raise JobStopped
    return job


@transaction.atomic
def _start(job_id: int) -> RemixJob | None:
    """Claim the job for this delivery; ``None`` when there is nothing (more) to do."""
    job = _locked(job_id)
    if job.status == Status.QUEUED:
        job = job_transition(job, Status.RUNNING, attempts=job.attempts + 1, stage="Starting")
    elif job.status == Status.RUNNING:  # redelivered after a worker died mid-job
        job.attempts += 1
        job.heartbeat_at = timezone.now()
        job.save(update_fields=["attempts", "heartbeat_at", "updated_at"])
    else:
        return None
    if job.attempts > settings.CLIPMIX_REMIX_MAX_ATTEMPTS:
        job_transition(
            job, Status.FAILED, reason=errors.FAILED_REPEATEDLY, reason_code="too_many_attempts"
        )
        _notify_requester(job, errors.NOTICE_FAILED.format(reason=errors.FAILED_REPEATEDLY))
        return None
    return job


def _consent_or_cancel(job: RemixJob, *, lock: bool) -> bool:
    decision = remix_consent_check(
        requester_id=job.requester_id, video_id=job.video_id or 0, lock=lock
    )
    if decision:
        return True
    job_transition(
        job,
        Status.CANCELLED,
        reason=errors.CONSENT_WITHDRAWN.format(why=decision.message),
        reason_code=f"consent_{decision.code}",
    )
    return False


def _timed(timings: dict[str, float], step: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = work()
    timings[step] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _unguessable() -> str:
    """Media files are public by URL: a remix's frame (of a video that may be private) and its
    output get names nobody can guess; only pages that may show them print them."""
    return f"{secrets.token_urlsafe(16)}.jpg"


def _frame(job: RemixJob) -> Image.Image:
    if job.source_frame:
        with job.source_frame.open("rb") as stored:
            return Image.open(io.BytesIO(stored.read())).convert("RGB")
    if job.video is None:
        raise _video_gone(job)
    [frame] = video_frames_at(job.video.file.path, [job.at_seconds])
    frame = frame.convert("RGB")
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=92)
    job.source_frame.save(_unguessable(), ContentFile(buffer.getvalue()), save=False)
    RemixJob.objects.filter(pk=job.pk).update(source_frame=job.source_frame.name)
    return frame


def _video_gone(job: RemixJob) -> JobStopped:
    """The video was deleted while the job ran: it ends cancelled, with the consent check's
    reason, and the worker stops."""
    with transaction.atomic():
        _consent_or_cancel(_locked(job.pk), lock=False)
    return JobStopped()


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
        if not _consent_or_cancel(_locked(job.pk), lock=False):
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
        kind=cast(Kind, job.kind), prompt=job.prompt, caption=job.caption, seed=job.seed
    )

    def progress(percent: int, stage: str) -> None:
        job_progress(job, 10 + percent * 70 // 100, stage)

    output = _timed(timings, "engine_ms", lambda: engine_get().generate(frame, request, progress))
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
    moderation = {**job.moderation, "output": screening.as_evidence()}
    if screening.verdict == Verdict.BLOCK:
        with transaction.atomic():
            locked = _locked(job.pk)
            if locked.status == Status.RUNNING:
                job_transition(
                    locked,
                    Status.REJECTED,
                    reason=screening.message,
                    reason_code="output_blocked",
                    moderation=moderation,
                    timings=timings,
                )
                _notify_requester(locked, errors.NOTICE_REJECTED.format(reason=screening.message))
        raise JobStopped
    job = _step(job, 90, "Adding Content Credentials")
    provenance = _provenance(job, frame, output)
    try:
        signed = _timed(timings, "sign_ms", lambda: remix_image_finish(image, provenance))
    except WatermarkError as exc:  # retried like an engine error, then failed with a reason
        raise EngineError(str(exc)) from exc
    job.output_image.save(_unguessable(), ContentFile(signed), save=False)
    RemixJob.objects.filter(pk=job.pk).update(
        output_image=job.output_image.name, moderation=moderation, timings=timings
    )


def _provenance(job: RemixJob, frame: Image.Image, output: Any) -> RemixProvenance:
    buffer = io.BytesIO()
    frame.save(buffer, "JPEG", quality=90)
    video = job.video
    if video is None:
        raise _video_gone(job)
    profile = reverse("accounts:profile", kwargs={"handle": job.requester.username})
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
        caption=job.caption,
    )


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
    job = _locked(job.pk)
    if job.status != Status.RUNNING:
        return
    if not _consent_or_cancel(job, lock=True):
        return
    if _needs_moderator(job):
        job_transition(job, Status.IN_REVIEW, progress=100)
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
        return
    if job.requires_approval:
        job_transition(job, Status.IN_REVIEW, progress=100)
        _notify_creator(job, errors.NOTICE_WANTS_TO_REMIX)
        return
    remix_job_publish(job=job)


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


def remix_job_publish(*, job: RemixJob) -> RemixJob:
    """Post the signed image as a comment on the video (the caller holds the job's lock)."""
    if job.video is None:
        raise ApplicationError(
            errors.CONSENT_WITHDRAWN.format(why="the video was deleted."),
            code="video_deleted",
            status=409,
        )
    with job.output_image.open("rb") as stored:
        signed = stored.read()
    comment = comment_remix_publish(
        author=job.requester,
        video=job.video,
        image=ContentFile(signed, name=_unguessable()),
        body=job.caption,
    )
    job = job_transition(job, Status.PUBLISHED, progress=100, comment=comment)
    _notify_creator(job, errors.NOTICE_REMIXED)
    _notify_requester(job, errors.NOTICE_PUBLISHED)
    return job


def remix_job_engine_error(*, job_id: int, error: BaseException) -> bool:
    """Whether to try again: after ``CLIPMIX_REMIX_MAX_ATTEMPTS`` deliveries the job fails, and
    the requester reads why."""
    logger.warning("Remix %s: the engine failed: %s", job_id, error)
    with transaction.atomic():
        job = _locked(job_id)
        if job.status != Status.RUNNING:
            return False
        if job.attempts < settings.CLIPMIX_REMIX_MAX_ATTEMPTS:
            return True
        reason = errors.ENGINE_FAILED.format(error=str(error)[:200] or type(error).__name__)
        job_transition(job, Status.FAILED, reason=reason, reason_code="engine_failed")
        _notify_requester(job, errors.NOTICE_FAILED.format(reason=reason))
    return False


# --- Decisions by the creator and by moderators ------------------------------------------------


@transaction.atomic
def remix_job_approve(*, job: RemixJob, actor: User | None) -> RemixJob:
    """The creator (in approval mode) or a moderator lets a held remix appear."""
    job = _locked(job.pk)
    if job.status != Status.IN_REVIEW:
        raise ApplicationError(errors.NOT_WAITING, code="not_waiting", status=409)
    if actor is not None and actor.pk == job.creator_id:
        job.requires_approval = False
    else:  # a moderator cleared it; the creator may still have to approve
        job.moderation = {**job.moderation, "cleared_by_moderator": True}
        for stage in ("prompt", "output"):
            if stage in job.moderation:
                job.moderation[stage] = {**job.moderation[stage], "verdict": Verdict.ALLOW}
    job.save(update_fields=["requires_approval", "moderation", "updated_at"])
    if not _consent_or_cancel(job, lock=True):
        return job
    if job.requires_approval:
        _notify_creator(job, errors.NOTICE_WANTS_TO_REMIX)
        return job
    return remix_job_publish(job=job)


@transaction.atomic
def remix_job_decline(*, job: RemixJob, actor: User | None, reason: str, code: str) -> RemixJob:
    """A held remix refused, or a published one withdrawn (its comment disappears live)."""
    job = _locked(job.pk)
    if job.status not in (Status.IN_REVIEW, Status.PUBLISHED):
        raise ApplicationError(errors.NOT_WAITING, code="not_waiting", status=409)
    if job.comment_id is not None:
        comment_moderation_reject(comment_id=job.comment_id, message=reason, notify=False)
    to = Status.CANCELLED if code == "removed_by_creator" else Status.REJECTED
    job = job_transition(job, to, reason=reason, reason_code=code)
    _notify_requester(job, errors.NOTICE_REJECTED.format(reason=reason))
    return job


def remix_jobs_recheck_consent(*, jobs: QuerySet[RemixJob]) -> int:
    """Cancel the jobs in flight that consent no longer allows (each under its own lock, the
    privacy row's too); a running one stops at its next step. Returns how many stopped."""
    stopped = 0
    for job_id in jobs.values_list("pk", flat=True):
        with transaction.atomic():
            job = _locked(job_id)
            if job.status in (Status.QUEUED, Status.RUNNING, Status.IN_REVIEW):
                stopped += not _consent_or_cancel(job, lock=True)
    return stopped


def _notify_creator(job: RemixJob, text: str) -> None:
    if job.creator_id == job.requester_id:
        return
    notification_create(
        recipient=job.creator,
        actor=job.requester,
        kind="remix.requested" if job.status == Status.IN_REVIEW else "remix.created",
        text=text.format(handle=job.requester.username),
        url=reverse("remix:studio"),
    )


def _notify_requester(job: RemixJob, text: str) -> None:
    notification_create(
        recipient=job.requester,
        kind=f"remix.{job.status}",
        text=text,
        url=reverse("remix:mine"),
    )
