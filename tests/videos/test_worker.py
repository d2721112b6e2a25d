"""Processing through a real Celery worker process on the Redis broker."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from apps.videos import services
from apps.videos.models import Video
from config.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db(transaction=True)


def _test_database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def media_worker(tmp_path):
    """A Celery worker consuming the ``media`` queue, on the test database and media folder."""
    redis_url = os.environ.get("REDIS_URL")
    if not redis_url:
        if os.environ.get("CI"):
            pytest.fail("REDIS_URL must be set in CI: the worker tests need a real broker")
        pytest.skip("REDIS_URL is not set: no broker for a real worker")
    env = {
        **os.environ,
        "DATABASE_URL": _test_database_url(),
        "CLIPMIX_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "ORT_DISABLE_TELEMETRY": "1",
    }
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", "media",
         "--pool", "solo", "--without-gossip", "--without-mingle", "--loglevel", "INFO"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    celery_app.conf.task_always_eager = False
    try:
        yield worker
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
        log.close()


def test_an_uploaded_video_is_processed_by_a_worker_on_the_media_queue(
    media_worker, user, upload_of, tmp_path
):
    video = services.video_upload(owner=user, upload=upload_of("mp4"), caption="via a worker")

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        video.refresh_from_db()
        if video.status != Video.Status.PROCESSING:
            break
        assert media_worker.poll() is None, "the worker exited; see worker.log"
        time.sleep(0.5)

    assert video.status == Video.Status.READY, (tmp_path / "worker.log").read_text()[-3000:]
    assert video.frames.count() == settings.CLIPMIX_VIDEO_FRAME_COUNT
    assert (Path(settings.MEDIA_ROOT) / video.poster.name).is_file()
