"""Data export (issue 21): a zip of everything an account holds, as JSON plus its media, with
a README. Apps that keep something of a person register a collector here (their
``export.py``); the job runs them in order and records its progress."""

import json
import logging
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.files import File
from django.core.files.storage import Storage
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone

from apps.accounts import errors
from apps.accounts.models import DataExport, User
from apps.core.errors import ApplicationError

logger = logging.getLogger(__name__)

# Sent after commit when an export is ready: ``user_id``, ``export_id``. (Notifications
# listens; accounts cannot import it.)
data_export_ready = Signal()


class ExportArchive:
    """What a collector writes to: JSON documents and stored files, under folders."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._zip = archive

    def json(self, path: str, data: Any) -> None:
        self._zip.writestr(path, json.dumps(data, indent=2, default=str, ensure_ascii=False))

    def stored_file(self, path: str, storage: Storage, name: str | None) -> str | None:
        """Copy a stored file into the archive at ``path``; its archive path, or None if it is
        missing (a file a moderator removed, say)."""
        if not name or not storage.exists(name):
            return None
        with storage.open(name, "rb") as source, self._zip.open(path, "w") as target:
            for chunk in iter(lambda: source.read(1024 * 1024), b""):
                target.write(chunk)
        return path


@dataclass(frozen=True)
class Collector:
    name: str
    order: int
    describes: str  # one line for the README: what its files hold
    collect: Callable[[User, ExportArchive], None]


_collectors: dict[str, Collector] = {}


def account_export_register(
    *, name: str, order: int, describes: str, collect: Callable[[User, ExportArchive], None]
) -> None:
    _collectors[name] = Collector(name=name, order=order, describes=describes, collect=collect)


def export_collectors() -> list[Collector]:
    return sorted(_collectors.values(), key=lambda collector: collector.order)


def data_export_request(*, user: User) -> DataExport:
    """Queue an export; 409 ``export_in_progress`` while another one is being built."""
    try:
        with transaction.atomic():
            export = DataExport.objects.create(user=user)
    except IntegrityError as exc:
        raise ApplicationError(
            errors.EXPORT_IN_PROGRESS, code="export_in_progress", status=409
        ) from exc
    transaction.on_commit(lambda: _build_enqueue(export.pk))
    return export


def _build_enqueue(export_id: int) -> None:
    from apps.accounts.tasks import data_export_build_task

    try:
        data_export_build_task.delay(export_id)
    except Exception:
        logger.exception("Could not queue data export %s", export_id)
        DataExport.objects.filter(pk=export_id).update(status=DataExport.Status.FAILED)


def _progress(export_id: int, percent: int) -> None:
    DataExport.objects.filter(pk=export_id).update(progress=percent)


def data_export_build(*, export_id: int) -> DataExport | None:
    """Build the zip. Idempotent: a redelivered job rebuilds a queued or half-built export from
    the start, and leaves a finished one alone."""
    with transaction.atomic():
        export = (
            DataExport.objects.select_for_update()
            .select_related("user")
            .filter(pk=export_id, status__in=DataExport.IN_PROGRESS)
            .first()
        )
        if export is None:
            return None
        export.status = DataExport.Status.BUILDING
        export.save(update_fields=["status"])
    user = export.user
    collectors = export_collectors()
    with tempfile.TemporaryFile() as scratch:
        with zipfile.ZipFile(scratch, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            writer = ExportArchive(archive)
            for index, collector in enumerate(collectors):
                collector.collect(user, writer)
                _progress(export.pk, int(90 * (index + 1) / len(collectors)))
            readme = render_to_string(
                "accounts/export_readme.txt",
                {"user": user, "collectors": collectors, "created": timezone.now()},
            )
            archive.writestr("README.txt", readme)
        size = scratch.tell()
        scratch.seek(0)
        with transaction.atomic():
            export = DataExport.objects.select_for_update().get(pk=export.pk)
            if export.file:
                export.file.delete(save=False)
            export.file.save(f"{uuid.uuid4().hex}.zip", File(scratch), save=False)
            export.size_bytes = size
            export.status = DataExport.Status.READY
            export.progress = 100
            export.ready_at = timezone.now()
            export.expires_at = export.ready_at + timedelta(days=settings.CLIPMIX_DATA_EXPORT_DAYS)
            export.save()
            transaction.on_commit(
                lambda: data_export_ready.send(
                    sender=DataExport, user_id=user.pk, export_id=export_id
                )
            )
    return export


def data_export_fail(*, export_id: int) -> None:
    DataExport.objects.filter(pk=export_id, status__in=DataExport.IN_PROGRESS).update(
        status=DataExport.Status.FAILED
    )


@transaction.atomic
def data_export_take(*, user: User, export_id: int) -> DataExport:
    """The owner's ready export, marked downloaded (it can be taken once); its file is deleted
    once the response has it open. Anyone else's, or none, is the same 404; a downloaded or
    expired one is 410."""
    export = DataExport.objects.select_for_update().filter(pk=export_id, user=user).first()
    if export is None:
        raise Http404("export")
    if export.status != DataExport.Status.READY or (
        export.expires_at is not None and export.expires_at <= timezone.now()
    ):
        raise ApplicationError(errors.EXPORT_GONE, code="export_gone", status=410)
    export.status = DataExport.Status.DOWNLOADED
    export.downloaded_at = timezone.now()
    export.save(update_fields=["status", "downloaded_at"])
    return export


def data_export_file_discard(export: DataExport) -> None:
    """Delete the zip (after a download, or once expired)."""
    if export.file:
        export.file.delete(save=False)
        DataExport.objects.filter(pk=export.pk).update(file="")


def data_exports_expire() -> int:
    """Delete the files of exports past their date (Celery beat)."""
    expired = DataExport.objects.filter(
        status=DataExport.Status.READY, expires_at__lte=timezone.now()
    )
    count = 0
    for export in expired:
        data_export_file_discard(export)
        DataExport.objects.filter(pk=export.pk).update(status=DataExport.Status.EXPIRED)
        count += 1
    return count


def _media_name(prefix: str, name: str | None) -> str:
    name = name or ""
    extension = name.rsplit(".", 1)[-1] if "." in name else "bin"
    return f"{prefix}.{extension}"


def handles(users: Iterable[User]) -> list[str]:
    return [user.username for user in users]


def _accounts_collect(user: User, archive: ExportArchive) -> None:
    from apps.accounts.models import Block, Follow

    avatar = None
    if user.avatar:
        avatar = archive.stored_file(
            _media_name("media/avatar", user.avatar.name), user.avatar.storage, user.avatar.name
        )
    archive.json(
        "profile.json",
        {
            "handle": user.username,
            "display_name": user.display_name,
            "bio": user.bio,
            "email": user.email,
            "email_verified_at": user.email_verified_at,
            "verified_public_figure": user.is_verified,
            "remixes_in_comments": user.remixes_in_comments,
            "joined": user.date_joined,
            "last_login": user.last_login,
            "avatar": avatar,
        },
    )
    archive.json(
        "follows.json",
        {
            "following": list(
                Follow.objects.filter(follower=user).values("followee__username", "created_at")
            ),
            "followers": list(
                Follow.objects.filter(followee=user).values("follower__username", "created_at")
            ),
            "blocked": list(
                Block.objects.filter(blocker=user).values("blocked__username", "created_at")
            ),
        },
    )


account_export_register(
    name="accounts",
    order=10,
    describes="profile.json: your profile and address; follows.json: who you follow, who "
    "follows you, whom you blocked; media/avatar.*: your avatar.",
    collect=_accounts_collect,
)
