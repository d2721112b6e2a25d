from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from apps.videos.demo import silent_audio_write, synthetic_video_write
from config.celery import app as celery_app
from tests.factories import PASSWORD, CommentFactory, FollowFactory, UserFactory, VideoFactory

E2E_DIR = Path(__file__).parent / "e2e"


def pytest_collection_modifyitems(items):
    """Browser tests run last: Playwright's event loop stays open in the main thread until the
    session ends, and async-to-sync code (websocket tests) cannot run beside it."""
    for item in items:
        if item.path.is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.e2e)
    items.sort(key=lambda item: item.path.is_relative_to(E2E_DIR))


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test gets its own media and upload folders, an empty cache, a fast password
    hasher, and Celery tasks run in-process (the worker tests start real workers)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "uploads"
    settings.FILE_UPLOAD_TEMP_DIR.mkdir()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    cache.clear()
    yield
    cache.clear()
    celery_app.conf.task_always_eager = eager


@pytest.fixture
def user_factory(db):
    return UserFactory


@pytest.fixture
def follow_factory(db):
    return FollowFactory


@pytest.fixture
def video_factory(db):
    return VideoFactory


@pytest.fixture
def comment_factory(db):
    return CommentFactory


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def user(user_factory):
    return user_factory()


@pytest.fixture
def api_client(db):
    return APIClient()


@pytest.fixture
def user_api_client(user):
    """An API client authenticated with the user's token, as a mobile app would be."""
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture(scope="session")
def media_files(tmp_path_factory) -> dict[str, Path]:
    """Real media made with PyAV, once per session, the first time a test asks."""
    folder = tmp_path_factory.mktemp("videos")
    files = {
        "mp4": synthetic_video_write(folder / "clip.mp4", seconds=2, title="mp4"),
        "mov": synthetic_video_write(folder / "clip.mov", seconds=1.5, title="mov"),
        "webm": synthetic_video_write(folder / "clip.webm", seconds=1.5, codec="vp9", title="vp9"),
        "hevc": synthetic_video_write(
            folder / "hevc.mp4", seconds=1.5, codec="hevc", title="hevc", with_audio=True
        ),
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
