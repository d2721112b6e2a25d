import io
import logging
import math
import re
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile, File
from django.core.files.storage import Storage
from django.core.files.uploadedfile import TemporaryUploadedFile, UploadedFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError
from PIL import Image

from apps.accounts.credentials import email_verified_require
from apps.accounts.models import User
from apps.core.errors import ApplicationError, megabytes
from apps.core.ratelimit import rate_limit_hit
from apps.core.storage import (
    StorageUnavailable,
    storage_unavailable_refused,
    stored_file_on_disk,
)
from apps.videos import errors
from apps.videos.media import (
    BROWSER_PLAYABLE_CODECS,
    evenly_spaced_times,
    video_frames_at,
    video_has_audio,
    video_transcode_h264,
)
from apps.videos.models import CAPTION_MAX_LENGTH, Hashtag, Like, Video, VideoFrame
from apps.videos.pages import video_pages_bump
from apps.videos.probe import video_probe
from apps.videos.signals import video_created, video_deleted

logger = logging.getLogger(__name__)

HASHTAG_PATTERN = re.compile(r"(?<![\w#])#(\w{1,50})")
POSTER_WIDTH = 720
FRAME_WIDTH = 320


def hashtags_in(caption: str) -> list[str]:
    """Lowercase hashtag names in order of appearance, without duplicates."""
    return list(dict.fromkeys(match.lower() for match in HASHTAG_PATTERN.findall(caption)))


def _caption_clean(caption: str) -> str:
    caption = caption.strip()
    if len(caption) > CAPTION_MAX_LENGTH:
        raise ApplicationError(
            errors.CAPTION_TOO_LONG.format(limit=CAPTION_MAX_LENGTH),
            code="caption_too_long",
            extra={"max_length": CAPTION_MAX_LENGTH},
        )
    return caption


def video_too_large_error() -> ApplicationError:
    max_bytes = settings.CLIPMIX_VIDEO_MAX_BYTES
    return ApplicationError(
        errors.FILE_TOO_LARGE.format(limit=megabytes(max_bytes)),
        code="file_too_large",
        extra={"max_bytes": max_bytes},
    )


@contextmanager
def _upload_on_disk(upload: UploadedFile) -> Iterator[Path]:
    """A path to the upload's bytes: its own temporary file, or a copy of an in-memory upload."""
    if isinstance(upload, TemporaryUploadedFile):
        yield Path(upload.temporary_file_path())
        return
    with tempfile.NamedTemporaryFile(dir=settings.FILE_UPLOAD_TEMP_DIR, suffix=".upload") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        yield Path(copy.name)


def video_upload(*, owner: User, upload: UploadedFile | None, caption: str = "") -> Video:
    """Validate an uploaded video and store it as ``processing``; processing runs after commit.

    A refused upload leaves nothing behind: the probe works on the request's temporary file,
    and the stored copy is removed if the row cannot be written. An unreachable media storage
    is a 503 (``storage_unavailable``) before any row is written.
    """
    email_verified_require(user=owner)
    if upload is None:
        raise ApplicationError(errors.FILE_MISSING, code="file_missing")
    caption = _caption_clean(caption)
    if upload.size is not None and upload.size > settings.CLIPMIX_VIDEO_MAX_BYTES:
        raise video_too_large_error()
    if not upload.size:
        raise ApplicationError(errors.FILE_EMPTY, code="file_empty")
    with _upload_on_disk(upload) as path:
        probe = video_probe(path, filename=upload.name or "")
        upload.seek(0)
        video = Video(
            owner=owner,
            caption=caption,
            container=probe.container,
            codec=probe.codec,
            duration=probe.duration,
            width=probe.width,
            height=probe.height,
            size_bytes=upload.size,
            has_audio=probe.has_audio,
        )
        with storage_unavailable_refused():
            video.file.save(f"{uuid.uuid4().hex}.{probe.container}", File(upload), save=False)
    try:
        with transaction.atomic():
            video.full_clean()
            video.rank = _video_rank(created_at=timezone.now(), likes=0, comments=0)
            video.save()
            video_created.send(sender=Video, video=video)
            video.hashtags.set(
                [Hashtag.objects.get_or_create(name=name)[0] for name in hashtags_in(caption)]
            )
            transaction.on_commit(lambda: _processing_enqueue(video.pk))
    except Exception:
        video.file.delete(save=False)
        raise
    return video


def _processing_enqueue(video_id: int) -> None:
    """Queue processing. The upload has committed: if the broker is unreachable, the video stays
    ``processing`` and ``manage.py videos_process_pending`` (run by cron) picks it up."""
    from apps.videos.tasks import video_process_task  # tasks import this module

    try:
        video_process_task.delay(video_id)
    except (KombuOperationalError, OSError):
        logger.exception("Could not queue processing of video %s", video_id)


def videos_process_pending(*, older_than: timedelta, inline: bool = False) -> int:
    """Queue again (or, ``inline``, process here) videos left ``processing`` for longer than
    ``older_than``: their message was lost or never sent. Returns how many."""
    stale = Video.objects.filter(
        status=Video.Status.PROCESSING, created_at__lt=timezone.now() - older_than
    ).values_list("pk", flat=True)
    video_ids = list(stale)
    for video_id in video_ids:
        if inline:
            video_process(video_id=video_id)
        else:
            _processing_enqueue(video_id)
    return len(video_ids)


def _image_resized_jpeg(image: Image.Image, *, width: int) -> ContentFile:
    height = round(image.height * width / image.width)
    resized = image.convert("RGB").resize((width, height), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    resized.save(buffer, format="JPEG", quality=85, optimize=True)
    return ContentFile(buffer.getvalue())


def video_process(*, video_id: int) -> Video | None:
    """Make a playable copy if browsers cannot play the upload (HEVC), the poster and the frame
    strip, then mark the video ready (or failed). An unreachable media storage raises
    ``StorageUnavailable`` with nothing half-stored and the video still ``processing``.

    Idempotent: a video that is no longer ``processing`` is left alone, and when two deliveries
    race, the one that commits second throws its files away. The slow part runs outside any
    transaction, so likes and comments are never blocked behind it.
    """
    video = Video.objects.filter(pk=video_id, status=Video.Status.PROCESSING).first()
    if video is None:
        return None
    storage = video.file.storage
    stem = Path(str(video.file.name)).stem
    rendition: tuple[str, int, int] | None = None  # name, width, height of a playable copy
    times = evenly_spaced_times(video.duration, settings.CLIPMIX_VIDEO_FRAME_COUNT)
    poster_at = min(1.0, video.duration / 2)
    try:
        with (
            stored_file_on_disk(video.file) as source,
            tempfile.TemporaryDirectory(dir=settings.FILE_UPLOAD_TEMP_DIR) as folder,
        ):
            playable_path = source
            if video.codec not in BROWSER_PLAYABLE_CODECS:
                playable_path = str(Path(folder) / "rendition.mp4")
                rendition = _rendition_make(video, source=source, output=playable_path, stem=stem)
            images = video_frames_at(playable_path, [poster_at, *times])
            # Known from the upload's probe, except for videos uploaded before it was kept.
            has_audio = (
                video.has_audio if video.has_audio is not None else video_has_audio(playable_path)
            )
    except StorageUnavailable:
        # The bucket is down: the video stays ``processing`` for the task's retry (and for
        # ``videos_process_pending``), rather than failing for something not its own.
        if rendition:
            _files_delete_quietly(storage, [rendition[0]])
        raise
    except Exception as exc:
        logger.exception("Could not process video %s", video_id)
        if rendition:
            storage.delete(rendition[0])
        return video_processing_fail(
            video_id=video_id, reason=f"{errors.PROCESSING_FAILED} ({type(exc).__name__})"
        )

    made: list[str] = [rendition[0]] if rendition else []
    try:
        made.append(
            storage.save(f"posters/{stem}.jpg", _image_resized_jpeg(images[0], width=POSTER_WIDTH))
        )
        for index, image in enumerate(images[1:]):
            jpeg = _image_resized_jpeg(image, width=FRAME_WIDTH)
            made.append(storage.save(f"frames/{stem}-{index}.jpg", jpeg))
    except StorageUnavailable:
        _files_delete_quietly(storage, made)
        raise
    poster_name, frame_names = made[-len(images)], made[-len(images) + 1 :]
    with transaction.atomic():
        locked = Video.objects.select_for_update().filter(pk=video_id).first()
        if locked is None or locked.status != Video.Status.PROCESSING:
            _files_delete_on_commit(storage, made)
            return locked
        fields = ["poster", "status", "processed_at", "has_audio", "updated_at"]
        locked.has_audio = has_audio
        if rendition:
            _files_delete_on_commit(storage, [str(locked.file.name)])
            locked.file.name, locked.width, locked.height = rendition
            locked.codec, locked.container = "h264", "mp4"
            fields += ["file", "width", "height", "codec", "container"]
        VideoFrame.objects.bulk_create(
            VideoFrame(video=locked, index=index, at_seconds=at, image=name)
            for index, (at, name) in enumerate(zip(times, frame_names, strict=True))
        )
        locked.poster.name = poster_name
        locked.status = Video.Status.READY
        locked.processed_at = timezone.now()
        locked.save(update_fields=fields)
    return locked


def video_has_audio_ensure(*, video: Video) -> bool:
    """Whether ``video`` has a sound track, as stored at upload. A video stored before that
    was kept (``has_audio`` None) has its file probed here, once: the answer is stored.
    That probe may raise ``StorageUnavailable``, ``OSError`` or ``av.FFmpegError``."""
    if video.has_audio is None:
        with stored_file_on_disk(video.file) as source:
            video.has_audio = video_has_audio(source)
        Video.objects.filter(pk=video.pk).update(has_audio=video.has_audio)
    return video.has_audio


def _rendition_make(video: Video, *, source: str, output: str, stem: str) -> tuple[str, int, int]:
    """An H.264 copy of ``video`` (read from ``source``, written to ``output``) in storage, for
    browsers that cannot play its codec."""
    width, height = video_transcode_h264(source, Path(output))
    with open(output, "rb") as rendition:
        name = video.file.storage.save(f"videos/{stem}-h264.mp4", File(rendition))
    return name, width, height


def _files_delete_quietly(storage: Storage, names: list[str]) -> None:
    """Best effort, when the storage may be down: a file left behind is only wasted space."""
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            logger.warning("Could not delete stored file %s", name)


def _files_delete_on_commit(storage: Storage, names: list[str]) -> None:
    """Remove stored files once the transaction commits (never while it could roll back)."""

    def delete() -> None:
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete)


def video_processing_fail(*, video_id: int, reason: str) -> Video | None:
    """A video still ``processing`` ends ``failed`` with ``reason``; any other is left alone."""
    with transaction.atomic():
        video = Video.objects.select_for_update().filter(pk=video_id).first()
        if video is None or video.status != Video.Status.PROCESSING:
            return video
        video.status = Video.Status.FAILED
        video.failure_reason = reason[:300]
        video.save(update_fields=["status", "failure_reason", "updated_at"])
    return video


def video_delete(*, video: Video) -> None:
    """Delete the video, its likes, comments and frames; its files (the comments' images too)
    go once the delete commits.

    Callers check ``can_manage_video`` first."""
    names = [
        video.file.name,
        video.poster.name,
        *video.frames.values_list("image", flat=True),
        *video.comments.exclude(image="").values_list("image", flat=True),
        *video.comments.exclude(clip="").values_list("clip", flat=True),
    ]
    video_id, owner_id = video.pk, video.owner_id
    video.delete()
    _files_delete_on_commit(video.file.storage, [name for name in names if name])
    transaction.on_commit(
        lambda: video_deleted.send(sender=Video, video_id=video_id, owner_id=owner_id)
    )


# "For you" rank: one point per ten-fold engagement, and one per 12.5 hours of recency, so a
# day-old video needs a hundred times the engagement of a new one to stay level with it.
_RANK_RECENCY_SECONDS = 45_000


def _video_rank(*, created_at: datetime, likes: int, comments: int) -> float:
    return created_at.timestamp() / _RANK_RECENCY_SECONDS + math.log10(1 + likes + 2 * comments)


def video_counts_change(*, video_id: int, likes: int = 0, comments: int = 0) -> None:
    """Change the denormalised counters atomically and re-rank the video."""
    Video.objects.filter(pk=video_id).update(
        likes_count=F("likes_count") + likes, comments_count=F("comments_count") + comments
    )
    video = Video.objects.only("created_at", "likes_count", "comments_count").get(pk=video_id)
    rank = _video_rank(
        created_at=video.created_at, likes=video.likes_count, comments=video.comments_count
    )
    Video.objects.filter(pk=video_id).update(rank=rank)
    video_pages_bump(video_id)  # update() sends no post_save


@transaction.atomic
def like_create(*, user: User, video: Video) -> bool:
    """Like ``video``; liking twice is a no-op. Returns whether a like was added.

    Callers check ``can_view`` first. Likes and unlikes count against one rate limit."""
    rate_limit_hit(scope="like", key=str(user.pk))
    _, created = Like.objects.get_or_create(user=user, video=video)
    if created:
        video_counts_change(video_id=video.pk, likes=1)
    return created


@transaction.atomic
def like_delete(*, user: User, video: Video) -> bool:
    rate_limit_hit(scope="like", key=str(user.pk))
    deleted, _ = Like.objects.filter(user=user, video=video).delete()
    if deleted:
        video_counts_change(video_id=video.pk, likes=-1)
    return bool(deleted)
