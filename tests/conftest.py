from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from apps.core import cache as fragments
from apps.moderation.models import GuidelineRule
from apps.moderation.screening.rules import rules_invalidate
from apps.moderation.screening.seed import guidelines_seed
from apps.provenance.keys import development_chain_create
from apps.videos.demo import silent_audio_write, synthetic_video_write
from config.celery import app as celery_app
from tests.factories import (
    PASSWORD,
    CommentFactory,
    FollowFactory,
    RemixJobFactory,
    UserFactory,
    VideoFactory,
    api_key_for,
)
from tests.workers import celery_connections_forget

E2E_DIR = Path(__file__).parent / "e2e"


def pytest_configure(config):
    """Importing the settings writes nothing, so a fresh clone has no var/: the SQLite test
    database and WhiteNoise's static root live there."""
    from django.conf import settings

    settings.STATIC_ROOT.mkdir(parents=True, exist_ok=True)
    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)


def pytest_collection_modifyitems(items):
    """Browser tests run last: Playwright's event loop stays open in the main thread until the
    session ends, and async-to-sync code (websocket tests) cannot run beside it."""
    for item in items:
        if item.path.is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.e2e)
    items.sort(key=lambda item: item.path.is_relative_to(E2E_DIR))


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test gets its own media and upload folders, an empty cache (reachable again if a
    test paused it), a fast password hasher, no screener warm-up, and Celery tasks run
    in-process (the worker tests start real workers)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "uploads"
    settings.FILE_UPLOAD_TEMP_DIR.mkdir()
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # No thread loading torch behind the tests' backs (see WarmUpOnFirstRequest).
    settings.CLIPMIX_MODERATION_WARM_UP = False
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    celery_connections_forget()
    cache.clear()
    fragments._paused_until = 0.0  # a test that took the cache away leaves it usable
    yield
    cache.clear()
    fragments._paused_until = 0.0
    celery_app.conf.task_always_eager = eager


@pytest.fixture(autouse=True)
def _guidelines(request):
    """The guidelines are data that a migration seeds. A transactional test's flush empties
    their tables, so the next test that uses the database gets them seeded again."""
    names = set(request.fixturenames)
    if request.node.get_closest_marker("django_db") is None:
        if not names & {"db", "transactional_db"}:
            return
        request.getfixturevalue("transactional_db" if "transactional_db" in names else "db")
    if not GuidelineRule.objects.exists():
        guidelines_seed(django_apps)
        rules_invalidate()


@pytest.fixture
def dead_cache(settings):
    """The cache pointed at a port nothing listens on (Redis down); given back before the
    suite's own teardown empties the cache."""
    reachable = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    yield
    settings.CACHES = reachable


@pytest.fixture(scope="session")
def chain_paths(tmp_path_factory):
    return development_chain_create(tmp_path_factory.mktemp("keys"))


@pytest.fixture(autouse=True)
def signing_keys(settings, chain_paths):
    """Sign Content Credentials with a development chain made for this session; trust its
    root. (A clean checkout has no keys under var/.)"""
    settings.CLIPMIX_C2PA_CERT_CHAIN = str(chain_paths["chain"])
    settings.CLIPMIX_C2PA_PRIVATE_KEY = str(chain_paths["key"])
    settings.CLIPMIX_C2PA_TRUST_ANCHORS = str(chain_paths["root"])
    settings.CLIPMIX_WATERMARK_KEY = "test-watermark-key-not-for-production"
    return chain_paths


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
def remix_job_factory(db):
    return RemixJobFactory


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
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key_for(user)}")
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


@pytest.fixture(scope="session")
def s3_endpoint(tmp_path_factory):
    """One moto S3 server for the session (a real HTTP server in its own process)."""
    from tests.s3 import s3_server

    with s3_server(tmp_path_factory.mktemp("s3") / "moto.log") as endpoint:
        yield endpoint


@pytest.fixture
def s3_media(settings, s3_endpoint, monkeypatch):
    """Media on a fresh bucket of the S3 server, as ``CLIPMIX_STORAGE_URL`` configures it.
    ``s3_media.unreachable()`` points the storage at a port where nothing listens."""
    from types import SimpleNamespace

    from config.settings.base import media_storage_config
    from tests.s3 import DEAD_S3_ENDPOINT, S3_KEYS, bucket_create, bucket_names, storage_url

    for key, value in S3_KEYS.items():
        monkeypatch.setenv(key, value)
    bucket = bucket_create(s3_endpoint)

    def point_at(endpoint: str) -> None:
        settings.STORAGES = {
            **settings.STORAGES,
            "default": media_storage_config(storage_url(endpoint, bucket)),
        }

    point_at(s3_endpoint)
    return SimpleNamespace(
        endpoint=s3_endpoint,
        bucket=bucket,
        url=storage_url(s3_endpoint, bucket),
        names=lambda: bucket_names(s3_endpoint, bucket),
        unreachable=lambda: point_at(DEAD_S3_ENDPOINT),
        reachable=lambda: point_at(s3_endpoint),
    )
