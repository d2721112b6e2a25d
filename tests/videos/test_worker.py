"""Processing through a real Celery worker process on the Redis broker."""

import time
from pathlib import Path

import pytest
from django.conf import settings

from apps.videos import services
from apps.videos.models import Video
from tests.workers import celery_worker

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media_worker(tmp_path):
    """A Celery worker consuming the ``media`` queue, on the test database and media folder."""
    with celery_worker("media", tmp_path / "worker.log") as worker:
        yield worker


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
