"""Media on an S3-compatible bucket: django-storages' ``S3Storage`` with the promises of
``apps.core.storage`` (URLs through the app's access check, signed short-lived addresses,
one ``StorageUnavailable`` error). ``STORAGES`` names ``MediaS3Storage`` only when
``CLIPMIX_STORAGE_URL`` is set, so the local-disk default never imports boto3."""

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from boto3.exceptions import Boto3Error
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage

from apps.core.storage import StorageUnavailable

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def _unavailable_on_remote_error(method: F) -> F:
    """``method`` with boto3's failures (unreachable endpoint, refused request, failed
    transfer) raised as ``StorageUnavailable``; a missing file stays ``FileNotFoundError``."""

    @wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except (BotoCoreError, ClientError, Boto3Error) as exc:
            # The details (endpoint, bucket) go to the log, not to whoever reads the reason.
            logger.warning("Media storage failed in %s: %r", method.__name__, exc)
            raise StorageUnavailable() from exc

    return cast(F, wrapper)


class MediaS3Storage(S3Storage):
    # Names are never reused: a second file of the same name gets a suffix, as on disk.
    file_overwrite = False

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        if "client_config" not in options:
            # Give up quickly: an unreachable bucket must become a 503 within seconds, not
            # after botocore's default retries and a minute of connect timeouts. Signature
            # version 4: what every current S3 service accepts, with an explicit expiry.
            self.client_config = Config(
                s3={"addressing_style": self.addressing_style},
                signature_version=self.signature_version or "s3v4",
                proxies=self.proxies,
                retries={"max_attempts": 2, "mode": "standard"},
                connect_timeout=settings.CLIPMIX_STORAGE_CONNECT_TIMEOUT,
                read_timeout=30,
            )

    def url(self, name: str | None, *args: Any, **kwargs: Any) -> str:
        """The app's own address: every read passes the media view's access check."""
        return f"{settings.MEDIA_URL}{filepath_to_uri(name or '')}"

    def signed_url(self, name: str) -> str:
        """A GET address of the object that expires after ``CLIPMIX_MEDIA_SIGNED_URL_SECONDS``;
        only the media view hands it out, after the access check."""
        return cast(
            str,
            _unavailable_on_remote_error(super().url)(
                name, expire=settings.CLIPMIX_MEDIA_SIGNED_URL_SECONDS
            ),
        )

    @_unavailable_on_remote_error
    def _open(self, name: str, mode: str = "rb") -> Any:
        stored = super()._open(name, mode)
        if "r" in mode:
            # Fetch now, so that a transfer that fails is a StorageUnavailable here rather than
            # a botocore error out of the first read().
            stored.file  # noqa: B018
        return stored

    _save = _unavailable_on_remote_error(S3Storage._save)
    delete = _unavailable_on_remote_error(S3Storage.delete)
    exists = _unavailable_on_remote_error(S3Storage.exists)
    size = _unavailable_on_remote_error(S3Storage.size)
    listdir = _unavailable_on_remote_error(S3Storage.listdir)
    get_modified_time = _unavailable_on_remote_error(S3Storage.get_modified_time)
