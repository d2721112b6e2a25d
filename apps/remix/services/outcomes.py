"""How a remix job ends, one function per outcome, shared by the worker (``running``) and the
people who decide (``deciding``). Every function here expects the caller to hold the job's row
lock (``job_lock``) inside a transaction."""

import secrets

from django.core.files.base import ContentFile
from django.urls import reverse

from apps.comments.services import comment_image_publish
from apps.core.errors import ApplicationError, Message
from apps.moderation.services.cases import case_withdraw
from apps.notifications.services import notification_create
from apps.privacy.services import remix_consent_check
from apps.remix import errors
from apps.remix.models import CONTENT_TYPE, RemixJob
from apps.remix.services import chains
from apps.remix.states import job_transition

JobStatus = RemixJob.Status
# The badge a published remix carries in the comments.
COMMENT_IMAGE_LABEL = "AI remix"
VOICE_CLIP_LABEL = "Voice remix"


def job_lock(job_id: int) -> RemixJob:
    """The job's row, locked (only it: the requester's row is locked by strikes, not remixes)."""
    return (
        RemixJob.objects.select_for_update(of=("self",))
        .select_related("requester", "creator")
        .get(pk=job_id)
    )


def file_name_unguessable() -> str:
    """A remix's frame and output are access-checked (``remix_output_readable``) and, as a
    second wall, get names nobody can guess; only pages that may show them print them."""
    return f"{secrets.token_urlsafe(16)}.jpg"


def _consent_refusal(job: RemixJob, *, lock: bool) -> tuple[str, str] | None:
    """(why, code) when consent no longer allows ``job``, else ``None``. The video's privacy
    row is locked first (with ``lock``), then, for a remix of a remix, the rows of the remixes
    it was made from: the order every take-down keeps, so that none can come down unseen
    while this one publishes."""
    ids = chains.remixer_ids(job)
    decision = remix_consent_check(
        requester_id=job.requester_id,
        video_id=job.video_id or 0,
        kind=job.kind,
        lock=lock,
        remixer_ids=ids or None,
    )
    if not decision:
        return decision.message, f"consent_{decision.code}"
    if job.chain_depth:
        why = chains.chain_unavailable(chains.remix_ancestors(job, lock=lock))
        if why:
            return why, "consent_parent_unavailable"
    return None


def remix_job_cancel_unless_consented(*, job: RemixJob, lock: bool) -> bool:
    """Whether consent still allows the job (for a remix of a remix: everyone's along the
    chain, and the remixes it was made from still appear); if not, it ends cancelled with the
    reason, a held one's case closes, and its requester is told. A published one that ends
    takes the remixes made from it down with it."""
    refusal = _consent_refusal(job, lock=lock)
    if refusal is None:
        return True
    why, code = refusal
    reason = errors.CONSENT_WITHDRAWN.format(why=why)
    held_case_withdraw(job, reason=reason)
    was_published = job.status == JobStatus.PUBLISHED
    job_transition(job, JobStatus.CANCELLED, reason=reason, reason_code=code)
    notice = errors.NOTICE_ENDED if was_published else errors.NOTICE_REJECTED
    requester_notify(job, notice.format(reason=reason))
    if was_published:
        chains.remix_descendants_take_down(jobs=[job])
    return False


def held_case_withdraw(job: RemixJob, *, reason: str) -> None:
    """A held remix that ends without a moderator's decision closes its case: there is nothing
    left to decide (the moderators' queue no longer shows it)."""
    if job.status == JobStatus.IN_REVIEW:
        case_withdraw(content_type=CONTENT_TYPE, object_id=job.pk, reason=reason)


def remix_job_publish(*, job: RemixJob) -> RemixJob:
    """Post the signed image as a comment on the video."""
    if job.video is None:
        raise ApplicationError(
            errors.CONSENT_WITHDRAWN.format(why="the video was deleted."),
            code="video_deleted",
            status=409,
        )
    with job.output_image.open("rb") as stored:
        signed = stored.read()
    clip = None
    if job.output_clip:
        with job.output_clip.open("rb") as stored:
            clip = ContentFile(stored.read(), name=file_name_unguessable().replace(".jpg", ".mp4"))
    comment = comment_image_publish(
        author=job.requester,
        video=job.video,
        image=ContentFile(signed, name=file_name_unguessable()),
        image_label=VOICE_CLIP_LABEL if clip is not None else COMMENT_IMAGE_LABEL,
        credentials_url=reverse("remix:credentials", kwargs={"remix_id": job.pk}),
        body=job.caption,
        clip=clip,
        # A clip is remixed from its video; an image may be remixed itself.
        remix_url="" if clip else reverse("remix:composer_of_remix", kwargs={"remix_id": job.pk}),
    )
    job = job_transition(job, JobStatus.PUBLISHED, progress=100, comment=comment)
    creator_notify(job, errors.NOTICE_REMIXED)
    remixer_notify(job, errors.NOTICE_REMIXED_YOUR_REMIX)
    requester_notify(job, errors.NOTICE_PUBLISHED)
    return job


def remix_job_hold_for_creator(*, job: RemixJob) -> RemixJob:
    """Approval mode: the finished remix waits for its creator and, for a remix of a remix,
    the remixers whose settings ask to review remixes of their remixes; each hears of it."""
    job = job_transition(job, JobStatus.IN_REVIEW, progress=100)
    if job.requires_approval:
        creator_notify(job, errors.NOTICE_WANTS_TO_REMIX)
    if job.chain_depth:
        remixer_notify(job, errors.NOTICE_WANTS_TO_REMIX_YOUR_REMIX)
    return job


def remix_job_fail(*, job: RemixJob, reason: str, reason_code: str) -> RemixJob:
    """The job ends failed; its requester reads why."""
    job = job_transition(job, JobStatus.FAILED, reason=reason, reason_code=reason_code)
    requester_notify(job, errors.NOTICE_FAILED.format(reason=reason))
    return job


def remix_job_reject(*, job: RemixJob, reason: str, reason_code: str, **fields: object) -> RemixJob:
    """The job ends rejected (a screener, a moderator or the creator said no); its requester
    reads why."""
    job = job_transition(job, JobStatus.REJECTED, reason=reason, reason_code=reason_code, **fields)
    requester_notify(job, errors.NOTICE_REJECTED.format(reason=reason))
    return job


def _where(job: RemixJob) -> dict[str, str]:
    """A remix's notifications link to its comment once it appears (with its image), and are
    grouped per video."""
    if job.status == JobStatus.PUBLISHED and job.video_id and job.comment_id:
        comment = job.comment
        return {
            "url": reverse("videos:detail", args=[job.video_id]) + f"#comment-{job.comment_id}",
            "image_url": comment.image.url if comment is not None and comment.image else "",
            "group_key": f"video:{job.video_id}",
        }
    return {"group_key": f"video:{job.video_id}" if job.video_id else ""}


def creator_notify(job: RemixJob, text: Message) -> None:
    if job.creator_id == job.requester_id:
        return
    where = _where(job)
    if job.status == JobStatus.IN_REVIEW:
        where = {"group_key": where["group_key"]}  # waiting for them: the studio says what to do
    notification_create(
        recipient=job.creator,
        actor=job.requester,
        kind="remix.requested" if job.status == JobStatus.IN_REVIEW else "remix.created",
        text=str(text).format(handle=job.requester.username),
        subject=job.creator.username,
        url=where.get("url", reverse("remix:studio")),
        image_url=where.get("image_url", ""),
        group_key=where["group_key"],
    )


def remixer_notify(job: RemixJob, text: Message) -> None:
    """The requester of the remix ``job`` was made from hears of it: that it was published,
    or (in review) that it waits for the approval of its ``remixer_approvers``."""
    if job.parent_id is None:
        return
    if job.status == JobStatus.IN_REVIEW:
        recipients = list(job.remixer_approvers.all())
    else:
        parent = RemixJob.objects.select_related("requester").filter(pk=job.parent_id).first()
        recipients = [parent.requester] if parent is not None else []
    where = _where(job)
    for recipient in recipients:
        if recipient.pk == job.requester_id:
            continue
        notification_create(
            recipient=recipient,
            actor=job.requester,
            # Kinds of their own: the grouped lines speak of "your video".
            kind=(
                "remix.remix_requested" if job.status == JobStatus.IN_REVIEW else "remix.remixed"
            ),
            text=str(text).format(handle=job.requester.username),
            subject=recipient.username,
            url=where.get("url", reverse("remix:studio")),
            image_url=where.get("image_url", ""),
        )


def requester_notify(job: RemixJob, text: Message) -> None:
    where = _where(job)
    notification_create(
        recipient=job.requester,
        kind=f"remix.{job.status}",
        text=str(text),
        subject=job.creator.username,
        url=where.get("url", reverse("remix:mine") + f"#job-{job.pk}"),
        image_url=where.get("image_url", ""),
        group_key=where["group_key"],
    )
