import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from apps.videos import errors
from apps.videos.models import Video


def _files_under(folder) -> list:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


@pytest.fixture
def nothing_left_behind(settings):
    """After a refusal: no row, no stored file, no temporary upload."""

    def check() -> None:
        assert not Video.objects.exists()
        assert _files_under(settings.MEDIA_ROOT) == []
        assert _files_under(settings.FILE_UPLOAD_TEMP_DIR) == []

    return check


def _post(client, upload, caption="A caption #tag"):
    return client.post("/api/v1/videos/", {"file": upload, "caption": caption}, format="multipart")


@pytest.mark.parametrize(
    ("kind", "container", "codec"),
    [
        ("mp4", "mp4", "h264"),
        ("mov", "mov", "h264"),
        ("webm", "webm", "vp9"),
        ("hevc", "mp4", "hevc"),
    ],
)
def test_upload_accepts_allowed_videos_and_processes_them(
    user_api_client, upload_of, kind, container, codec, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(user_api_client, upload_of(kind))

    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["container"], body["codec"]) == (container, codec)
    assert body["status"] == "processing"  # answered before the after-commit task ran
    video = Video.objects.get(pk=body["id"])
    assert video.status == Video.Status.READY
    assert video.poster.name.startswith("posters/")
    assert video.frames.count() == settings.CLIPMIX_VIDEO_FRAME_COUNT
    detail = user_api_client.get(f"/api/v1/videos/{video.pk}/").json()
    assert detail["poster_url"].startswith("http://testserver/media/posters/")
    assert [frame["index"] for frame in detail["frames"]] == list(range(10))
    assert detail["hashtags"] == ["tag"]


def test_upload_probe_fills_in_what_the_video_is(user_api_client, upload_of):
    body = _post(user_api_client, upload_of("mp4")).json()

    assert (body["width"], body["height"]) == (360, 640)
    assert body["duration"] == pytest.approx(2.0, abs=0.1)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 320), "red").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make_upload", "code"),
    [
        (lambda upload_of: SimpleUploadedFile("empty.mp4", b""), "file_empty"),
        (
            lambda upload_of: SimpleUploadedFile("notes.mp4", b"just some text\n" * 50),
            "not_a_video",
        ),
        (lambda upload_of: SimpleUploadedFile("photo.mp4", _png()), "image_not_video"),
        (lambda upload_of: upload_of("truncated"), "video_corrupt"),
        (lambda upload_of: upload_of("mpeg4"), "unsupported_codec"),
        (lambda upload_of: upload_of("mkv"), "unsupported_container"),
        (lambda upload_of: upload_of("webm", name="clip.mp4"), "unsupported_container"),
        (lambda upload_of: upload_of("short"), "video_too_short"),
        (lambda upload_of: upload_of("audio"), "no_video_stream"),
    ],
    ids=[
        "empty",
        "text",
        "image",
        "truncated",
        "codec",
        "mkv",
        "webm-as-mp4",
        "too-short",
        "audio",
    ],
)
def test_bad_uploads_are_refused_with_their_own_code_and_leave_nothing(
    user_api_client, upload_of, make_upload, code, nothing_left_behind
):
    response = _post(user_api_client, make_upload(upload_of))

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == code
    assert body["message"]
    nothing_left_behind()


def test_a_huge_declared_resolution_is_refused_before_decoding(
    user_api_client, upload_of, settings, nothing_left_behind
):
    settings.CLIPMIX_VIDEO_MAX_SIDE = 640

    response = _post(user_api_client, upload_of("huge"))

    assert response.status_code == 400
    assert response.json()["code"] == "resolution_too_large"
    assert response.json()["extra"]["width"] == 1024
    nothing_left_behind()


def test_a_video_over_the_duration_limit_is_refused(user_api_client, upload_of, settings):
    settings.CLIPMIX_VIDEO_MAX_SECONDS = 1.0

    response = _post(user_api_client, upload_of("mp4"))

    assert response.json()["code"] == "video_too_long"


def test_an_over_size_upload_is_refused_while_streaming(
    user_api_client, upload_of, settings, nothing_left_behind
):
    settings.CLIPMIX_VIDEO_MAX_BYTES = 20_000
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1_000  # the upload would stream to a temporary file

    response = _post(user_api_client, upload_of("mp4"))

    assert response.status_code == 400
    assert response.json()["code"] == "file_too_large"
    nothing_left_behind()


def test_a_missing_file_is_refused(user_api_client, nothing_left_behind):
    response = user_api_client.post("/api/v1/videos/", {"caption": "hi"}, format="multipart")

    assert response.json()["code"] == "file_missing"
    nothing_left_behind()


def test_an_over_long_caption_is_refused(user_api_client, upload_of, nothing_left_behind):
    response = _post(user_api_client, upload_of("mp4"), caption="x" * 301)

    assert response.json()["code"] == "caption_too_long"
    nothing_left_behind()


def test_a_probe_that_takes_too_long_is_stopped(
    user_api_client, upload_of, settings, nothing_left_behind
):
    settings.CLIPMIX_VIDEO_PROBE_TIMEOUT = 0.01

    response = _post(user_api_client, upload_of("mp4"))

    assert response.json()["code"] == "probe_timeout"
    nothing_left_behind()


def test_anonymous_upload_is_refused(api_client, upload_of):
    response = _post(api_client, upload_of("mp4"))

    assert response.status_code == 401
    assert not Video.objects.exists()


def test_upload_page_shows_the_error_on_the_file_field(
    client, user, upload_of, nothing_left_behind
):
    client.force_login(user)

    response = client.post("/upload", {"file": upload_of("truncated"), "caption": "hi"})

    assert response.status_code == 400
    assert response.context["form"].errors["file"] == [errors.VIDEO_CORRUPT]
    nothing_left_behind()


def test_upload_page_posts_and_redirects_to_the_video(client, user, upload_of):
    client.force_login(user)

    response = client.post("/upload", {"file": upload_of("mp4"), "caption": "First! #hello"})

    video = Video.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/v/{video.pk}"
    assert video.owner == user
    assert video.hashtags.get().name == "hello"


def test_upload_page_requires_a_csrf_token(user, upload_of):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(user)

    response = client.post("/upload", {"file": upload_of("mp4")})

    assert response.status_code == 403
    assert not Video.objects.exists()
