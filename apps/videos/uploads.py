"""Refusing an over-size upload while it streams in, before it is all on disk."""

from typing import Any

from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest, QueryDict
from django.utils.datastructures import MultiValueDict

TOO_LARGE_FLAG = "_clipmix_upload_too_large"
# Room for the multipart boundaries and the other form fields around the file.
MULTIPART_OVERHEAD = 64 * 1024


class SizeLimitUploadHandler(FileUploadHandler):
    """First in the handler chain: counts the bytes of each file and stops the upload (dropping
    what was received) as soon as one passes ``limit``. The request is then marked so the view
    can answer "too large" rather than "missing"."""

    def __init__(self, request: HttpRequest, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: Any,
        encoding: Any = None,
    ) -> tuple[QueryDict, MultiValueDict] | None:
        # A declared body far past the limit is refused before a byte of it is parsed.
        if content_length > self.limit + MULTIPART_OVERHEAD:
            setattr(self.request, TOO_LARGE_FLAG, True)
            return QueryDict(), MultiValueDict()
        return None

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.received += len(raw_data)
        if self.received > self.limit:
            self._refuse()
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None

    def _refuse(self) -> None:
        setattr(self.request, TOO_LARGE_FLAG, True)
        raise StopUpload(connection_reset=False)


def upload_limit_install(request: HttpRequest, *, limit: int) -> None:
    """Call before anything reads ``request.POST`` or ``request.FILES``."""
    request.upload_handlers.insert(0, SizeLimitUploadHandler(request, limit))


def upload_was_too_large(request: HttpRequest) -> bool:
    return getattr(request, TOO_LARGE_FLAG, False)
