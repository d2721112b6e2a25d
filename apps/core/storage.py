"""Where media lives: every file goes through Django's storage API (``STORAGES["default"]``),
the local disk by default or an S3-compatible bucket when ``CLIPMIX_STORAGE_URL`` is set
(``config/settings/base.py``, docs/operations.md).

Three promises hold whichever storage runs:

- A stored file's URL is always the app's own ``MEDIA_URL`` address, so every read passes the
  media view's access check (``apps.core.views.media``); on S3 that view answers with a
  signed, short-lived address of the object (``MediaS3Storage.signed_url``).
- Failing to reach the storage is one error, ``StorageUnavailable``: uploads answer 503 with
  it (``storage_unavailable_refused``), workers retry on it, pages show placeholders.
- Code that needs a path on disk (PyAV, hashing) asks ``stored_file_on_disk``: the file itself
  on local disk, a temporary copy (removed afterwards) on S3.
"""

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from django.conf import settings
from django.core.files.storage import Storage
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext_lazy as _

from apps.core.errors import ApplicationError

STORAGE_UNAVAILABLE = _(
    "Media storage cannot be reached right now, so nothing was stored. Please try again shortly."
)


class StorageUnavailable(OSError):
    """The media storage could not be reached or refused the operation (not "no such file").
    Its text is fit for a remix's failure reason: it names no endpoint or bucket."""

    def __init__(self, message: str = "media storage could not be reached") -> None:
        super().__init__(message)


def storage_signed_url(storage: Storage, name: str) -> str | None:
    """A signed, short-lived address of the stored file when the storage makes them (S3);
    None for local disk, whose files the app (or nginx) sends itself."""
    signed = getattr(storage, "signed_url", None)
    return cast(str, signed(name)) if signed is not None else None


def storage_unavailable_error() -> ApplicationError:
    """The 503 both APIs and the pages answer when the media storage cannot be reached."""
    return ApplicationError(STORAGE_UNAVAILABLE, code="storage_unavailable", status=503)


@contextmanager
def storage_unavailable_refused() -> Iterator[None]:
    """Turn the storage being unreachable into the 503 (``storage_unavailable_error``) inside
    a service a request calls, where a worker would retry instead."""
    try:
        yield
    except StorageUnavailable as exc:
        raise storage_unavailable_error() from exc


@contextmanager
def stored_file_on_disk(file: FieldFile) -> Iterator[str]:
    """A path to a stored file: its own on local disk, else a temporary copy that is removed
    when the block ends (for PyAV, hashing and anything else that wants a path). A storage
    that cannot be reached raises ``StorageUnavailable``."""
    name = str(file.name)
    try:
        path = file.storage.path(name)
    except NotImplementedError:
        path = None
    if path is not None:
        yield path
        return
    with tempfile.TemporaryDirectory(dir=settings.FILE_UPLOAD_TEMP_DIR) as folder:
        copy = Path(folder) / Path(name).name
        with file.storage.open(name, "rb") as stored, copy.open("wb") as target:
            shutil.copyfileobj(stored, target, 1 << 20)
        yield str(copy)
