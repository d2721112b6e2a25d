"""Inspecting untrusted video files.

``video_probe`` sniffs the file's first bytes, then runs PyAV in a separate process with a time
limit and a memory cap, so a hostile file can neither hang nor exhaust a web process. The child
(``python -m apps.videos.probe PATH MAX_PIXELS``) prints one JSON object.
"""

import json
import resource
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from django.conf import settings

from apps.core.errors import ApplicationError
from apps.core.isomedia import ISO_BOX_TYPES, iso_layout
from apps.videos import errors

_CHILD_MEMORY_BYTES = 2 * 1024**3

# Leading bytes of the containers we accept, and of images people upload by mistake.
_IMAGE_SIGNATURES = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
)
_MATROSKA_SIGNATURE = b"\x1a\x45\xdf\xa3"
_MATROSKA_SEGMENT_ID = b"\x18\x53\x80\x67"
_MATROSKA_CLUSTER_ID = 0x1F43B675
# What a Segment holds (Matroska's level-1 elements, and the Void and CRC-32 found anywhere):
# SeekHead, Info, Tracks, Cluster, Cues, Chapters, Tags, Attachments.
_MATROSKA_SEGMENT_CHILDREN = frozenset(
    {0x114D9B74, 0x1549A966, 0x1654AE6B, _MATROSKA_CLUSTER_ID, 0x1C53BB6B, 0x1043A770}
    | {0x1254C367, 0x1941A469, 0xEC, 0xBF}
)
# What a Cluster holds: Timestamp, SimpleBlock, BlockGroup, Position, PrevSize, SilentTracks,
# EncryptedBlock, Void, CRC-32.
_MATROSKA_CLUSTER_CHILDREN = frozenset({0xE7, 0xA3, 0xA0, 0xA7, 0xAB, 0x5854, 0xAF, 0xEC, 0xBF})
_MATROSKA_MAX_ELEMENTS = 1_000_000

ALLOWED_CODECS = {"h264", "hevc", "vp9", "av1"}
# PyAV's demuxer names: ISO base media (mp4, mov) and Matroska (webm).
_ISO_FORMAT = "mov,mp4,m4a,3gp,3g2,mj2"
_MATROSKA_FORMAT = "matroska,webm"


@dataclass(frozen=True)
class ProbeResult:
    container: str  # "mp4", "mov" or "webm"
    codec: str
    width: int
    height: int
    duration: float
    has_audio: bool  # a sound track (what a voice remix needs)


def _sniff(head: bytes) -> str:
    """The container family from the file's first bytes: "iso", "matroska", or a refusal."""
    if not head:
        raise ApplicationError(errors.FILE_EMPTY, code="file_empty")
    if head[4:8] in ISO_BOX_TYPES:
        return "iso"
    if head.startswith(_MATROSKA_SIGNATURE):
        return "matroska"
    if head.startswith(_IMAGE_SIGNATURES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        raise ApplicationError(errors.IMAGE_NOT_VIDEO, code="image_not_video")
    raise ApplicationError(errors.NOT_A_VIDEO, code="not_a_video")


def _ebml_number(file: IO[bytes], *, keep_marker: bool) -> int | None:
    """An EBML variable-length number (an element ID keeps its length marker; a size does not);
    ``None`` for an unknown size (all value bits set) or a malformed number."""
    first = file.read(1)
    if not first or first[0] == 0:
        return None
    length = 9 - first[0].bit_length()
    rest = file.read(length - 1)
    if len(rest) != length - 1:
        return None
    value = int.from_bytes(first + rest, "big")
    if keep_marker:
        return value
    value &= (1 << (7 * length)) - 1
    return None if value == (1 << (7 * length)) - 1 else value


def _matroska_layout(file: IO[bytes], size: int) -> str:
    """The EBML header and one Segment must end where the file ends. A Segment of unknown size
    (live recordings) runs to the end of the file, so it is walked: each of its elements must be
    one a Segment holds, and the last must end where the file ends (anything appended after a
    playable file is refused, as in an MP4)."""
    file.seek(4)
    header_size = _ebml_number(file, keep_marker=False)
    if header_size is None:
        return "truncated"
    file.seek(header_size, 1)
    if file.read(4) != _MATROSKA_SEGMENT_ID:
        return "truncated"
    segment_size = _ebml_number(file, keep_marker=False)
    if segment_size is None:
        return _matroska_children_layout(file, size)
    end = file.tell() + segment_size
    if end > size:
        return "truncated"
    return "whole" if end == size else "extra"


def _matroska_children_layout(file: IO[bytes], size: int) -> str:
    """Walk a Segment of unknown size to the end of the file. A Cluster of unknown size (what
    browsers record) holds cluster elements until the next top-level element."""
    in_open_cluster = False
    for _ in range(_MATROSKA_MAX_ELEMENTS):
        offset = file.tell()
        if offset == size:
            return "whole"
        element_id = _ebml_number(file, keep_marker=True)
        if element_id is None:
            return "extra"
        if element_id in _MATROSKA_SEGMENT_CHILDREN:
            in_open_cluster = False
        elif not (in_open_cluster and element_id in _MATROSKA_CLUSTER_CHILDREN):
            return "extra"
        element_size = _ebml_number(file, keep_marker=False)
        if element_size is None:
            if element_id != _MATROSKA_CLUSTER_ID:
                return "extra"
            in_open_cluster = True
            continue
        if file.tell() + element_size > size:
            return "truncated"
        file.seek(element_size, 1)
    return "extra"


def _layout_check(path: Path, family: str) -> None:
    size = path.stat().st_size
    with path.open("rb") as file:
        layout = iso_layout(file, size) if family == "iso" else _matroska_layout(file, size)
    if layout == "truncated":
        raise ApplicationError(errors.VIDEO_CORRUPT, code="video_corrupt")
    if layout == "extra":
        raise ApplicationError(errors.EXTRA_DATA, code="extra_data")


def video_probe(path: Path, *, filename: str) -> ProbeResult:
    """Check that ``path`` is a playable video within the configured limits.

    Raises ``ApplicationError`` with a specific code for each way a file can be refused.
    """
    with path.open("rb") as file:
        family = _sniff(file.read(16))
    _layout_check(path, family)
    max_side = settings.CLIPMIX_VIDEO_MAX_SIDE
    try:
        completed = subprocess.run(  # noqa: S603 - our own module, no shell
            [sys.executable, "-m", "apps.videos.probe", str(path), str(max_side)],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=settings.CLIPMIX_VIDEO_PROBE_TIMEOUT,
            env={"PATH": "/usr/bin:/bin", "ORT_DISABLE_TELEMETRY": "1"},
        )
    except subprocess.TimeoutExpired as exc:
        raise ApplicationError(errors.PROBE_TIMEOUT, code="probe_timeout") from exc
    try:
        report = json.loads(completed.stdout)
    except json.JSONDecodeError:
        report = {"error": "video_corrupt"}  # the child crashed (memory cap, decoder abort)
    return _judge(report, family=family, filename=filename)


def _judge(report: dict, *, family: str, filename: str) -> ProbeResult:
    error = report.get("error")
    if error == "no_video_stream":
        raise ApplicationError(errors.NO_VIDEO_STREAM, code="no_video_stream")
    if error:
        raise ApplicationError(errors.VIDEO_CORRUPT, code="video_corrupt")

    width, height = report["width"], report["height"]
    max_side, min_side = settings.CLIPMIX_VIDEO_MAX_SIDE, settings.CLIPMIX_VIDEO_MIN_SIDE
    if max(width, height) > max_side:
        raise ApplicationError(
            errors.RESOLUTION_TOO_LARGE.format(width=width, height=height, max_side=max_side),
            code="resolution_too_large",
            extra={"width": width, "height": height, "max_side": max_side},
        )
    if min(width, height) < min_side:
        raise ApplicationError(
            errors.RESOLUTION_TOO_SMALL.format(width=width, height=height, min_side=min_side),
            code="resolution_too_small",
            extra={"width": width, "height": height, "min_side": min_side},
        )

    container = _container_name(report["format"], family=family, filename=filename)
    codec = report["codec"]
    if codec not in ALLOWED_CODECS:
        raise ApplicationError(
            errors.UNSUPPORTED_CODEC.format(codec=codec),
            code="unsupported_codec",
            extra={"codec": codec, "allowed": sorted(ALLOWED_CODECS)},
        )

    duration = report["duration"]
    min_seconds, max_seconds = (
        settings.CLIPMIX_VIDEO_MIN_SECONDS,
        settings.CLIPMIX_VIDEO_MAX_SECONDS,
    )
    if duration < min_seconds:
        raise ApplicationError(
            errors.VIDEO_TOO_SHORT.format(min_seconds=min_seconds),
            code="video_too_short",
            extra={"duration": duration, "min_seconds": min_seconds},
        )
    if duration > max_seconds:
        raise ApplicationError(
            errors.VIDEO_TOO_LONG.format(max_minutes=max_seconds / 60),
            code="video_too_long",
            extra={"duration": duration, "max_seconds": max_seconds},
        )
    return ProbeResult(
        container=container,
        codec=codec,
        width=width,
        height=height,
        duration=duration,
        has_audio=bool(report.get("has_audio")),
    )


def _container_name(demuxer: str, *, family: str, filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    if demuxer == _ISO_FORMAT and family == "iso":
        return "mov" if suffix == ".mov" else "mp4"
    if demuxer == _MATROSKA_FORMAT and family == "matroska" and suffix == ".webm":
        return "webm"
    raise ApplicationError(
        errors.UNSUPPORTED_CONTAINER,
        code="unsupported_container",
        extra={"allowed": ["mp4", "mov", "webm"]},
    )


def _probe_here(path: str, max_side: int) -> dict:  # pragma: no cover - runs in the child
    """PyAV's view of the file. Decodes a frame at the start and one near the end, so that a
    truncated file whose index is intact is caught too."""
    import av

    try:
        with av.open(path, metadata_errors="ignore") as container:
            if not container.streams.video:
                return {"error": "no_video_stream"}
            stream = container.streams.video[0]
            width, height = stream.codec_context.width, stream.codec_context.height
            duration = _duration_seconds(container, stream)
            report = {
                "format": container.format.name,
                "codec": stream.codec_context.codec.canonical_name,
                "width": width,
                "height": height,
                "duration": duration,
                "has_audio": bool(container.streams.audio),
            }
            if not width or not height or max(width, height) > max_side:
                return report  # judged by the parent; never decode a huge canvas
            next(container.decode(stream))
            if duration > 1:
                container.seek(int((duration - 0.5) / float(stream.time_base or 1)), stream=stream)
                next(container.decode(stream))
            return report
    except (av.FFmpegError, StopIteration, ValueError, OSError, MemoryError) as exc:
        return {"error": "video_corrupt", "detail": str(exc)[:200]}


def _duration_seconds(container: Any, stream: Any) -> float:  # pragma: no cover
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000  # microseconds
    return 0.0


if __name__ == "__main__":  # pragma: no cover
    # The memory cap is set here, first thing, rather than with preexec_fn: the parent may be a
    # threaded server, where preexec_fn is unsafe.
    resource.setrlimit(resource.RLIMIT_AS, (_CHILD_MEMORY_BYTES, _CHILD_MEMORY_BYTES))
    print(json.dumps(_probe_here(sys.argv[1], int(sys.argv[2]))))
