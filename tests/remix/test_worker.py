"""From the API request to the published comment through a real Celery worker on Redis."""

import time

import pytest

from apps.comments.models import Comment
from apps.remix.models import RemixJob
from apps.remix.tasks import remix_job_run
from apps.videos import services as video_services
from apps.videos.models import Video
from tests.workers import celery_worker

JOBS = "/api/v1/remix/jobs"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def worker(tmp_path):
    """One worker on the media and remix queues (the video is processed first)."""
    log = tmp_path / "worker.log"
    with celery_worker("media,remix", log) as process:
        process.log_path = log
        yield process


def _wait_for(worker, condition, *, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        assert worker.poll() is None, "the worker exited: " + worker.log_path.read_text()[-3000:]
        time.sleep(0.5)
    raise AssertionError("timed out; the worker said: " + worker.log_path.read_text()[-3000:])


def test_a_remix_requested_through_the_api_is_published_by_the_worker_once(
    worker, user_factory, upload_of, client
):
    creator, fan = user_factory(username="ana"), user_factory(username="bo")
    video = video_services.video_upload(owner=creator, upload=upload_of("mp4"), caption="clip")
    _wait_for(worker, lambda: Video.objects.get(pk=video.pk).status == Video.Status.READY)

    client.force_login(fan)
    response = client.post(
        "/api/v1/remix/jobs",
        {"video_id": video.pk, "at_seconds": 0.5, "kind": "restyle", "prompt": "pixel art",
         "caption": "Level up"},
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "queued"
    job_id = response.json()["id"]

    def published() -> bool:
        return RemixJob.objects.get(pk=job_id).status == RemixJob.Status.PUBLISHED

    _wait_for(worker, published)
    job = RemixJob.objects.get(pk=job_id)
    assert Comment.objects.get(pk=job.comment_id).image

    # The same message delivered again (at-least-once delivery) publishes nothing new.
    remix_job_run.delay(job_id)
    remix_job_run.delay(job_id)
    time.sleep(3)
    assert Comment.objects.filter(video=video, image__gt="").count() == 1
    job.refresh_from_db()
    assert job.status == RemixJob.Status.PUBLISHED


def test_a_remix_of_a_flat_colour_upload_is_published_by_the_worker(
    worker, user_factory, tmp_path, client
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.remix.conftest import flat_video_write

    path = flat_video_write(tmp_path / "flat.mp4")
    video = video_services.video_upload(
        owner=user_factory(), upload=SimpleUploadedFile("flat.mp4", path.read_bytes()), caption=""
    )
    _wait_for(worker, lambda: Video.objects.get(pk=video.pk).status == Video.Status.READY)
    client.force_login(user_factory())
    response = client.post(
        "/api/v1/remix/jobs",
        {"video_id": video.pk, "at_seconds": 0.5, "kind": "restyle", "prompt": "comic"},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    job_id = response.json()["id"]

    _wait_for(worker, lambda: RemixJob.objects.get(pk=job_id).status in {"published", "failed"})
    job = RemixJob.objects.get(pk=job_id)
    assert job.status == RemixJob.Status.PUBLISHED, job.reason


def test_a_remix_of_a_remix_is_published_by_the_worker_with_the_chain_in_its_credentials(
    worker, user_factory, upload_of, client
):
    """The parent's image read by the worker, both ingredients signed, the consent of all
    three people checked in the worker's process (PostgreSQL row locks, Redis broker)."""
    import io

    from apps.provenance.verification import image_verify

    creator = user_factory(username="cara")
    remixer, requester = user_factory(username="ali"), user_factory(username="rob")
    video = video_services.video_upload(owner=creator, upload=upload_of("mp4"), caption="clip")
    _wait_for(worker, lambda: Video.objects.get(pk=video.pk).status == Video.Status.READY)

    def request(user, **extra) -> int:
        client.force_login(user)
        body = {"video_id": video.pk, "at_seconds": 0.5, "kind": "restyle", "prompt": "pixel art"}
        response = client.post(JOBS, {**body, **extra}, content_type="application/json")
        assert response.status_code == 201, response.content
        return response.json()["id"]

    def published(job_id: int):
        return lambda: RemixJob.objects.get(pk=job_id).status == RemixJob.Status.PUBLISHED

    parent_id = request(remixer)
    _wait_for(worker, published(parent_id))
    child_id = request(requester, parent_remix_id=parent_id, prompt="sketch")
    _wait_for(worker, published(child_id))

    child = RemixJob.objects.get(pk=child_id)
    assert (child.parent_id, child.chain_depth) == (parent_id, 1)
    with child.output_image.open("rb") as stored:
        data = stored.read()
    summary = image_verify(io.BytesIO(data), size=len(data)).c2pa.summary
    assert any(line.startswith(f"Made from: Remix #{parent_id} by @ali;") for line in summary)
    assert any(line.startswith("The chain starts at: Frame at 0.5 s") for line in summary)
