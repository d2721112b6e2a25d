"""Real video files made with PyAV once per test session, and helpers to upload them."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.videos.demo import silent_audio_write, synthetic_video_write


@pytest.fixture(scope="session")
def media_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("videos")
    files = {
        "mp4": synthetic_video_write(folder / "clip.mp4", seconds=2, title="mp4"),
        "mov": synthetic_video_write(folder / "clip.mov", seconds=1.5, title="mov"),
        "webm": synthetic_video_write(folder / "clip.webm", seconds=1.5, codec="vp9", title="vp9"),
        "hevc": synthetic_video_write(folder / "hevc.mp4", seconds=1.5, codec="hevc", title="hevc"),
        "mpeg4": synthetic_video_write(folder / "mpeg4.mp4", seconds=1.5, codec="mpeg4"),
        "mkv": synthetic_video_write(folder / "clip.mkv", seconds=1.5, title="mkv"),
        "audio": silent_audio_write(folder / "audio.mp4", seconds=2),
        "short": synthetic_video_write(folder / "short.mp4", seconds=0.5, title="short"),
        "huge": synthetic_video_write(
            folder / "huge.mp4", seconds=1, width=1024, height=1024, fps=4, title="huge"
        ),
    }
    mp4 = files["mp4"].read_bytes()
    (folder / "truncated.mp4").write_bytes(mp4[: len(mp4) // 2])
    files["truncated"] = folder / "truncated.mp4"
    return files


@pytest.fixture
def upload_of(media_files):
    """``upload_of("webm")``: an uploaded file as a view would receive it."""

    def make(kind: str, name: str | None = None) -> SimpleUploadedFile:
        path = media_files[kind]
        return SimpleUploadedFile(name or path.name, path.read_bytes())

    return make
