"""Videos on an S3-compatible bucket (moto's standalone server, over HTTP): uploads,
renditions, posters and frames are objects in the bucket; the media view hands an allowed
viewer a signed, short-lived address and refuses everyone else; an unreachable bucket is a 503
with nothing stored, and pages still render."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from apps.core.storage import STORAGE_UNAVAILABLE
from apps.videos import errors
from apps.videos import services as video_services
from apps.videos.models import Video
from apps.videos.tasks import video_process_task

pytestmark = pytest.mark.django_db


def _files_under(folder) -> list:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


def _upload(client, upload):
    return client.post("/api/v1/videos/", {"file": upload, "caption": "on S3"}, format="multipart")


def test_an_upload_its_rendition_poster_and_frames_are_objects_in_the_bucket(
    s3_media, user_api_client, upload_of, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(user_api_client, upload_of("hevc"))  # needs an H.264 rendition

    assert response.status_code == 201, response.json()
    video = Video.objects.get(pk=response.json()["id"])
    assert video.status == Video.Status.READY, video.failure_reason
    names = s3_media.names()
    # The HEVC original was replaced by its rendition (and deleted once that committed).
    assert [n for n in names if n.startswith("videos/")] == [video.file.name]
    assert video.file.name.endswith("-h264.mp4")
    assert video.poster.name in names
    frames = list(video.frames.values_list("image", flat=True))
    assert len(frames) == settings.CLIPMIX_VIDEO_FRAME_COUNT
    assert set(frames) <= set(names)
    # Nothing on local disk: no media, and the temporary copies PyAV read are gone.
    assert _files_under(settings.MEDIA_ROOT) == []
    assert _files_under(settings.FILE_UPLOAD_TEMP_DIR) == []
    # URLs stay the app's own (access-checked) addresses, never the bucket's.
    detail = user_api_client.get(f"/api/v1/videos/{video.pk}/").json()
    assert detail["poster_url"] == f"http://testserver/media/{video.poster.name}"


def test_the_media_view_sends_an_allowed_viewer_to_a_signed_short_lived_address(
    s3_media, client, user_factory, upload_of, settings
):
    owner = user_factory()
    video = video_services.video_upload(owner=owner, upload=upload_of("mp4"))
    Video.objects.filter(pk=video.pk).update(status=Video.Status.READY)
    type(video.privacy).objects.filter(pk=video.privacy.pk).update(visibility="private")
    client.force_login(owner)

    response = client.get(f"/media/{video.file.name}")

    assert response.status_code == 302
    address = response["Location"]
    assert address.startswith(f"{s3_media.endpoint}/{s3_media.bucket}/{video.file.name}?")
    query = parse_qs(urlsplit(address).query)
    assert query["X-Amz-Expires"] == [str(settings.CLIPMIX_MEDIA_SIGNED_URL_SECONDS)]
    assert "X-Amz-Signature" in query
    # The redirect is cached by this viewer only, and for less than the signature lasts.
    assert response["Cache-Control"] == (
        f"private, max-age={settings.CLIPMIX_MEDIA_SIGNED_URL_SECONDS // 2}"
    )
    fetched = requests.get(address, timeout=10)
    assert fetched.status_code == 200
    assert fetched.content == upload_of("mp4").read()

    # Privacy checks are unchanged: a stranger and an anonymous visitor get a 404, no address.
    client.force_login(user_factory())
    assert client.get(f"/media/{video.file.name}").status_code == 404
    client.logout()
    assert client.get(f"/media/{video.file.name}").status_code == 404


def test_an_upload_while_the_bucket_is_unreachable_is_a_503_and_stores_nothing(
    s3_media, user_api_client, upload_of, settings
):
    s3_media.unreachable()

    response = _upload(user_api_client, upload_of("mp4"))

    assert response.status_code == 503
    body = response.json()
    assert (body["code"], body["message"]) == ("storage_unavailable", str(STORAGE_UNAVAILABLE))
    assert not Video.objects.exists()
    assert _files_under(settings.MEDIA_ROOT) == []
    assert _files_under(settings.FILE_UPLOAD_TEMP_DIR) == []
    s3_media.reachable()
    assert s3_media.names() == []


def test_the_upload_page_says_the_storage_is_unreachable(s3_media, client, user, upload_of):
    s3_media.unreachable()
    client.force_login(user)

    response = client.post("/upload", {"file": upload_of("mp4"), "caption": "hi"})

    assert response.status_code == 503
    assert str(STORAGE_UNAVAILABLE) in response.content.decode()
    assert not Video.objects.exists()


def test_processing_while_the_bucket_is_unreachable_ends_failed_with_the_reason(
    s3_media, user, upload_of, settings
):
    """Run eagerly (no worker to retry later) the task gives up at once; a worker retries
    first (``STORAGE_RETRIES``). Either way the video says why, and nothing half-made stays."""
    video = video_services.video_upload(owner=user, upload=upload_of("hevc"))
    s3_media.unreachable()

    video_process_task.delay(video.pk)

    video.refresh_from_db()
    assert video.status == Video.Status.FAILED
    assert video.failure_reason == str(errors.STORAGE_UNAVAILABLE)
    s3_media.reachable()
    assert s3_media.names() == [video.file.name]  # only the upload; no poster, no frames
    assert _files_under(settings.FILE_UPLOAD_TEMP_DIR) == []


def test_pages_render_with_their_images_while_the_bucket_is_unreachable(
    s3_media, client, user, upload_of, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        video = video_services.video_upload(owner=user, upload=upload_of("mp4"), caption="x")
    video.refresh_from_db()
    s3_media.unreachable()

    for page in ("/", f"/v/{video.pk}", f"/@{user.username}"):
        response = client.get(page)
        assert response.status_code == 200, page
        # Their media are addresses of the app (the browser shows a placeholder if one fails).
        assert f"/media/{video.poster.name}" in response.content.decode(), page
    assert re.search(r'src="/media/videos/[\w.-]+\.mp4"', client.get(f"/v/{video.pk}").text)
