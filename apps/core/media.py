"""Who may read a stored file: one gate for everything under ``MEDIA_URL``.

Every media folder belongs to the app whose rows name its files, and that app registers a rule
for it in its ``AppConfig.ready`` (``media_rule_register``): given a file's name and the viewer,
may they read it? The one media view (``apps.core.views.media``) serves a name only when it is
canonical (no empty, ``.`` or ``..`` segment, nothing but word characters, dots and dashes) and
its folder's rule allows it; anything else is a 404, the same as a file that does not exist.
A folder nobody registered is never served, so a new kind of upload is private until its app
says otherwise.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from django.http import FileResponse, HttpRequest, HttpResponse

if TYPE_CHECKING:
    from apps.accounts.models import User

_SEGMENT = re.compile(r"^[\w-][\w.-]*$", re.ASCII)


@dataclass(frozen=True)
class MediaRule:
    # May this viewer (None: anonymous) read the stored file of this name?
    may_read: Callable[[str, "User | None"], bool]
    # Readable by anyone, whoever asks (avatars): caches may share it.
    public: bool = False


_rules: dict[str, MediaRule] = {}


def media_rule_register(folder: str, rule: MediaRule) -> None:
    """Called once per folder (``upload_to`` without its slash), from the owning app's ready."""
    existing = _rules.get(folder)
    if existing is not None and existing != rule:
        raise ValueError(f"A media rule for {folder!r} is already registered.")
    _rules[folder] = rule


def media_name_canonical(path: str) -> str | None:
    """``path`` when it is the one spelling of a stored name (``folder/file.ext``), else None:
    ``//``, ``./``, ``../``, backslashes and hidden files never reach a rule or the disk."""
    segments = path.split("/")
    if len(segments) < 2 or not all(_SEGMENT.match(segment) for segment in segments):
        return None
    return path


def media_rule_for(name: str) -> MediaRule | None:
    """The rule of a canonical name's folder; None for a folder no app registered."""
    return _rules.get(name.split("/", 1)[0])


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def media_file_response(
    request: HttpRequest, file: IO[bytes], size: int
) -> HttpResponse | FileResponse:
    """The file, or the one byte range asked for (players need ranges to seek)."""
    match = _RANGE.match(request.headers.get("Range", ""))
    if match is None or match.groups() == ("", ""):
        whole = FileResponse(file)
        whole["Accept-Ranges"] = "bytes"
        return whole
    first, last = match.groups()
    if first == "":  # the last N bytes
        start, end = max(0, size - int(last)), size - 1
    else:
        start, end = int(first), min(int(last) if last else size - 1, size - 1)
    if start > end or start >= size:
        file.close()
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    with file:
        file.seek(start)
        response = HttpResponse(file.read(end - start + 1), status=206)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Accept-Ranges"] = "bytes"
    return response
