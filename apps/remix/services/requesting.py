"""Asking for a remix: consent, the prompt and caption screened, the rate limits counted, the
job queued after commit; and what its requester may do with it afterwards (cancel, retry)."""

import logging
import secrets

import av
from django.db import transaction
from kombu.exceptions import OperationalError as KombuOperationalError

from apps.accounts.credentials import email_verified_require
from apps.accounts.models import User
from apps.core.errors import SERVICE_UNAVAILABLE, ApplicationError, nul_character_refuse
from apps.core.ratelimit import rate_limit_hit
from apps.core.storage import storage_unavailable_refused
from apps.moderation.services.prompts import prompt_screen
from apps.privacy import policy
from apps.remix import errors
from apps.remix.engines import engine_name
from apps.remix.engines.voice import MIN_SECONDS, VOICE_WORDS, voice_effect_pick
from apps.remix.models import CAPTION_MAX_LENGTH, PROMPT_MAX_LENGTH, RemixJob
from apps.remix.services import chains
from apps.remix.services.outcomes import JobStatus, held_case_withdraw, job_lock
from apps.remix.states import job_transition
from apps.videos.models import Video
from apps.videos.services import video_has_audio_ensure

logger = logging.getLogger(__name__)

SEED_MAX = 2**31 - 1


def _validated(
    video: Video, *, at_seconds: float, kind: str, prompt: str, caption: str
) -> tuple[str, str]:
    kinds = RemixJob.Kind.values
    if kind not in kinds:
        raise ApplicationError(
            errors.KIND_INVALID, code="invalid_kind", status=422, extra={"allowed": kinds}
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


def voice_remix_check(*, video: Video, prompt: str) -> None:
    """A voice remix needs an effect named, a video long enough and a sound track (as stored
    at upload; the file is opened only for a video stored before that), or it is refused
    before anything is queued."""
    if voice_effect_pick(prompt) is None:
        raise ApplicationError(
            errors.VOICE_EFFECT_UNKNOWN.format(effects=", ".join(VOICE_WORDS)),
            code="voice_effect_unknown",
            status=422,
            extra={"effects": list(VOICE_WORDS)},
        )
    if (video.duration or 0.0) < MIN_SECONDS:
        raise ApplicationError(
            errors.VOICE_TOO_SHORT.format(seconds=MIN_SECONDS),
            code="video_too_short",
            status=422,
            extra={"min_seconds": MIN_SECONDS},
        )
    try:
        with storage_unavailable_refused():
            has_audio = video_has_audio_ensure(video=video)
    except (OSError, av.FFmpegError) as exc:
        logger.warning("Video %s could not be probed for sound: %s", video.pk, exc)
        has_audio = False
    if not has_audio:
        raise ApplicationError(errors.VOICE_NO_AUDIO, code="video_has_no_audio", status=422)


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
    parent: RemixJob | None = None,
) -> RemixJob:
    """Queue a remix. Refusals: 403 ``remix_not_allowed`` (the privacy policy's words) or
    ``remix_kind_not_allowed`` (the creator allows other kinds, named in the message), 422 for
    invalid input (for ``voice`` also ``voice_effect_unknown``, ``video_too_short``,
    ``video_has_no_audio``) or ``guideline_violation``, 429 ``rate_limited``, 503
    ``service_unavailable`` when the rate limits or the broker cannot be reached, 429
    ``remix_paused`` after repeated guideline refusals. Every request past validation counts
    against the rate limits, refused or not. No job is stored on a refusal, but a guideline
    refusal's audit entry is (outside the job's transaction, so that a refusal cannot be
    probed unrecorded); the worker gets the job after commit.

    With ``parent`` (a published remix of ``video``), a remix of that remix: it starts from
    its image (at its moment: ``at_seconds`` is ignored), needs everyone's consent along the
    chain (``chains``; 403 ``remix_not_allowed`` names who refused, also when the parent no
    longer appears), and cannot be a voice remix (422 ``kind_not_for_remix``)."""
    email_verified_require(user=requester)
    remixers: list[User] = []
    if parent is not None:
        if parent.video_id != video.pk:
            raise ValueError("a remix of a remix is of its parent's video")
        chains.parent_remixable(parent=parent)
        remixers = chains.remixers_of(parent)
        at_seconds = parent.at_seconds
    decision = policy.can_remix_remix(requester, video, remixers=remixers)
    if not decision:
        raise ApplicationError(
            decision.message, code="remix_not_allowed", status=403, extra={"reason": decision.code}
        )
    prompt, caption = _validated(
        video, at_seconds=at_seconds, kind=kind, prompt=prompt, caption=caption
    )
    if parent is not None:
        chains.parent_remixable(parent=parent, kind=kind)
    decision = policy.can_remix_remix(requester, video, kind, remixers=remixers)
    if not decision:
        raise ApplicationError(
            decision.message,
            code="remix_kind_not_allowed",
            status=403,
            extra={"reason": decision.code, "kind": kind},
        )
    if kind == RemixJob.Kind.VOICE:  # after consent: only who may ask learns about the sound
        voice_remix_check(video=video, prompt=prompt)
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
            parent=parent,
            chain_depth=parent.chain_depth + 1 if parent is not None else 0,
        )
        job.full_clean()
        job.save()
        job.remixer_approvers.set(decision.approvers)
        transaction.on_commit(lambda: _enqueue(job))
    return job


def _enqueue(job: RemixJob) -> None:
    """Hand a committed job to the workers. A job no worker will ever hear of is taken back
    and the request refused with 503 (rendered by whoever commits: the request's transaction)."""
    from apps.remix.tasks import remix_job_run  # the task calls the worker's services

    try:
        remix_job_run.delay(job.pk)
    except KombuOperationalError as exc:  # kombu reraises connection errors as this
        logger.exception("Could not queue remix %s; taking it back", job.pk)
        RemixJob.objects.filter(pk=job.pk).delete()
        raise ApplicationError(SERVICE_UNAVAILABLE, code="service_unavailable", status=503) from exc


@transaction.atomic
def remix_job_cancel(*, job: RemixJob, actor: User) -> RemixJob:
    """The requester stops their job; a running one stops between two steps."""
    job = job_lock(job.pk)
    if job.requester_id != actor.pk:
        raise ApplicationError(errors.NOT_YOURS, code="not_allowed", status=403)
    if job.status not in (JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.IN_REVIEW):
        raise ApplicationError(errors.CANNOT_CANCEL, code="not_cancellable", status=409)
    held_case_withdraw(job, reason=str(errors.CANCELLED_BY_REQUESTER))
    return job_transition(
        job, JobStatus.CANCELLED, reason=str(errors.CANCELLED_BY_REQUESTER), reason_code="cancelled"
    )


def remix_job_retry(*, job: RemixJob, actor: User) -> RemixJob:
    """A failed job again, with a new seed (a new job; the old one stays as it ended)."""
    if job.requester_id != actor.pk:
        raise ApplicationError(errors.NOT_YOURS, code="not_allowed", status=403)
    if job.status != JobStatus.FAILED or job.video is None:
        raise ApplicationError(errors.CANNOT_RETRY, code="not_retryable", status=409)
    parent = None
    if job.chain_depth:
        parent = RemixJob.objects.select_related("requester").filter(pk=job.parent_id or 0).first()
        if parent is None:
            raise ApplicationError(errors.PARENT_GONE, code="remix_not_allowed", status=403)
    return remix_job_create(
        requester=actor,
        video=job.video,
        at_seconds=job.at_seconds,
        kind=job.kind,
        prompt=job.prompt,
        caption=job.caption,
        retry_of=job,
        parent=parent,
    )
