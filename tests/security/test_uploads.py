"""Hostile files against every place that takes an upload: the video upload page and API, the
avatar on the profile page, and the Content Credentials check (page and API). Each is refused
with its own 4xx (the error shape on the APIs, a form error on the pages), quickly, without
decoding what it declares, and leaves nothing behind: no row, no stored file, no temporary file.

tests/videos/test_upload.py and tests/core/test_images.py cover the ordinary refusals of each
validator; this table is about attacks, through every surface at once. The media are made here
(PyAV for videos, Pillow or raw bytes for images)."""

import io
import random
import struct
import time
import tracemalloc
import zlib
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from rest_framework.test import APIClient

from apps.core import images
from apps.core.errors import megabytes
from apps.provenance import verification
from apps.videos import errors as video_errors
from apps.videos.demo import synthetic_video_write
from apps.videos.models import Video
from tests.factories import api_key_for

# Generous for two shared cores: the video probe starts a child process.
MAX_SECONDS = 10.0
# What one refused request may allocate in the test process, multipart encoding included. A
# bomb decoded would need gigabytes.
MAX_PEAK_BYTES = 32 * 1024 * 1024
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>\n"
PADDING = bytes(200_000)
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 20 + b"evil.html" + HTML + b"PK\x05\x06"


def _png_declaring(width: int, height: int) -> bytes:
    """A PNG header claiming ``width`` by ``height`` RGB pixels, in a few hundred bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 65_536, 9)  # the first rows; the rest never comes
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _encoded(fmt: str, size=(64, 64)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "orange").save(buffer, format=fmt)
    return buffer.getvalue()


def _noise_png(side: int) -> bytes:
    noise = random.Random(side).randbytes(side * side * 3)  # noqa: S311 - noise, not a secret
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), noise).save(buffer, format="PNG")
    return buffer.getvalue()


def _mp4_with_scrambled_frames(mp4: bytes) -> bytes:
    """The boxes intact, the coded pictures inside ``mdat`` replaced by noise."""
    start = mp4.find(b"mdat") - 4
    size = struct.unpack(">I", mp4[start : start + 4])[0]
    noise = random.Random(8).randbytes(size - 8)  # noqa: S311 - noise, not a secret
    return mp4[: start + 8] + noise + mp4[start + size :]


@pytest.fixture(scope="session")
def hostile(tmp_path_factory) -> dict[str, tuple[str, bytes]]:
    """Attack name: (file name as uploaded, bytes)."""
    folder = tmp_path_factory.mktemp("hostile")
    mp4 = synthetic_video_write(folder / "clip.mp4", seconds=2, title="hostile").read_bytes()
    png = _encoded("PNG")
    return {
        "bomb": ("bomb.png", _png_declaring(100_000, 100_000)),
        "bomb-under-pillow-limit": ("bomb.png", _png_declaring(9_000, 9_000)),
        "bmp": ("photo.bmp", _encoded("BMP", (16, 16))),
        "tiff": ("photo.tiff", _encoded("TIFF", (16, 16))),
        "svg-script": (
            "avatar.png",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        "gif-html": ("funny.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;" + HTML),
        "jpeg-html": ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + HTML),
        "mp4-then-html": ("clip.mp4", mp4 + HTML),
        "mp4-then-zip": ("clip.mp4", mp4 + ZIP),
        "html-then-mp4": ("clip.mp4", HTML + mp4),
        "truncated-mp4": ("clip.mp4", mp4[: len(mp4) // 2]),
        "corrupt-mp4": ("clip.mp4", _mp4_with_scrambled_frames(mp4)),
        "truncated-png": ("photo.png", _encoded("PNG", (400, 400))[:300]),
        "png-named-mp4": ("clip.mp4", png),
        "html-named-mp4": ("clip.mp4", HTML * 20),
        "html-named-png": ("photo.png", HTML),
        # A valid MP4 (a free box pads it) and a noisy PNG, each past its surface's limit.
        "over-size-video": (
            "clip.mp4",
            mp4 + struct.pack(">I", 200_008) + b"free" + bytes(200_000),
        ),
        "over-size-image": ("photo.png", _noise_png(400)),
    }


@dataclass(frozen=True)
class Surface:
    path: str
    field: str
    api: bool
    takes: str  # "video" or "image": which validator answers
    mp4_too: bool = False  # the credentials check also reads MP4 clips (voice remixes)


SURFACES = {
    "video-api": Surface("/api/v1/videos/", "file", api=True, takes="video"),
    "video-page": Surface("/upload", "file", api=False, takes="video"),
    "avatar-page": Surface("/settings/profile", "avatar", api=False, takes="image"),
    "credentials-api": Surface(
        "/api/v1/remix/verify", "image", api=True, takes="image", mp4_too=True
    ),
    "credentials-page": Surface("/credentials/", "image", api=False, takes="image", mp4_too=True),
}

# Attack: the refusal's code from the video validator and from the image validator.
EXPECTED = {
    "bomb": ("image_not_video", "image_too_many_pixels"),
    "bomb-under-pillow-limit": ("image_not_video", "image_too_many_pixels"),
    "bmp": ("image_not_video", "image_format_not_allowed"),
    "tiff": ("image_not_video", "image_format_not_allowed"),
    "svg-script": ("not_a_video", "image_invalid"),
    "gif-html": ("image_not_video", "image_invalid"),
    "jpeg-html": ("image_not_video", "image_invalid"),
    "mp4-then-html": ("extra_data", "image_invalid"),
    "mp4-then-zip": ("extra_data", "image_invalid"),
    "html-then-mp4": ("not_a_video", "image_invalid"),
    "truncated-mp4": ("video_corrupt", "image_invalid"),
    "corrupt-mp4": ("video_corrupt", "image_invalid"),
    "truncated-png": ("image_not_video", "image_invalid"),
    "png-named-mp4": ("image_not_video", None),  # an image surface takes a PNG by any name
    "html-named-mp4": ("not_a_video", "image_invalid"),
    "html-named-png": ("not_a_video", "image_invalid"),
    "over-size": ("file_too_large", "image_too_large"),
}
# What the credentials check answers instead, for the MP4 attacks it reads as clips.
EXPECTED_MP4_TOO = {
    "mp4-then-html": "video_extra_data",
    "mp4-then-zip": "video_extra_data",
    "truncated-mp4": "video_invalid",
    "corrupt-mp4": "video_invalid",
}


def _messages(settings) -> dict[str, str]:
    """What a page shows for each code, under the limits in force."""
    return {
        "image_not_video": video_errors.IMAGE_NOT_VIDEO,
        "not_a_video": video_errors.NOT_A_VIDEO,
        "extra_data": video_errors.EXTRA_DATA,
        "video_corrupt": video_errors.VIDEO_CORRUPT,
        "file_too_large": video_errors.FILE_TOO_LARGE.format(
            limit=megabytes(settings.CLIPMIX_VIDEO_MAX_BYTES)
        ),
        "image_invalid": images.IMAGE_INVALID,
        "video_invalid": verification.VIDEO_INVALID,
        "video_extra_data": verification.VIDEO_EXTRA_DATA,
        "image_format_not_allowed": images.IMAGE_FORMAT_NOT_ALLOWED,
        "image_too_many_pixels": images.IMAGE_TOO_MANY_PIXELS.format(
            limit_mp=settings.CLIPMIX_AVATAR_MAX_PIXELS / 1_000_000
        ),
        "image_too_large": images.IMAGE_TOO_LARGE.format(
            limit=megabytes(settings.CLIPMIX_AVATAR_MAX_BYTES)
        ),
    }


def _files_under(folder) -> list:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.exists() else []


@pytest.fixture
def limits(settings):
    """Small size limits, so that the over-size files stay small; the same pixel and byte
    limits for avatars and the credentials check, so that both give the same message."""
    settings.CLIPMIX_VIDEO_MAX_BYTES = 200_000  # the PyAV clip is ~120 KB
    settings.CLIPMIX_AVATAR_MAX_BYTES = settings.CLIPMIX_VERIFY_MAX_BYTES = 200_000
    settings.CLIPMIX_AVATAR_MAX_PIXELS = settings.CLIPMIX_VERIFY_MAX_PIXELS = 25_000_000
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 10_000  # bigger uploads stream to a temporary file
    return settings


def _client_for(surface: Surface, user):
    if surface.api:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {api_key_for(user)}")
        return client
    client = Client()
    client.force_login(user)
    return client


def _measured_post(client, surface: Surface, name: str, data: bytes):
    upload = SimpleUploadedFile(name, data)
    form = {surface.field: upload, "caption": "hello", "display_name": "Ana"}
    tracemalloc.start()
    started = time.perf_counter()
    try:
        response = client.post(surface.path, form, format="multipart")
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return response, seconds, peak


@pytest.mark.parametrize(
    ("surface_name", "attack"),
    [
        (surface_name, attack)
        for surface_name, surface in SURFACES.items()
        for attack, codes in EXPECTED.items()
        if codes[0 if surface.takes == "video" else 1] is not None
    ],
)
def test_a_hostile_file_is_refused_quickly_in_bounded_memory_and_leaves_nothing(
    user, hostile, limits, surface_name, attack
):
    surface = SURFACES[surface_name]
    if attack == "over-size":
        attack = f"over-size-{surface.takes}"
    name, data = hostile[attack]
    code = EXPECTED[attack if not attack.startswith("over-size") else "over-size"][
        0 if surface.takes == "video" else 1
    ]
    if surface.mp4_too:
        code = EXPECTED_MP4_TOO.get(attack, code)

    response, seconds, peak = _measured_post(_client_for(surface, user), surface, name, data)

    assert response.status_code == 400, response.content[:300]
    if surface.api:
        body = response.json()
        assert body["code"] == code
        assert body["message"] == _messages(limits)[code]
    else:
        assert response.context["form"].errors[surface.field] == [_messages(limits)[code]]
    assert seconds < MAX_SECONDS
    assert peak < MAX_PEAK_BYTES, f"{peak / 2**20:.1f} MiB"
    user.refresh_from_db()
    assert not user.avatar
    assert not Video.objects.exists()
    assert _files_under(limits.MEDIA_ROOT) == []
    assert _files_under(limits.FILE_UPLOAD_TEMP_DIR) == []


def test_an_image_with_a_payload_appended_is_stored_as_a_fresh_jpeg_without_it(
    client, user, limits
):
    """Phones append data to real photos (Motion Photos put a whole MP4 after the JPEG), so a
    decodable image with trailing bytes is accepted as an avatar; it is re-encoded, so the
    payload never reaches storage or another visitor."""
    client.force_login(user)
    polyglot = _encoded("PNG", (128, 128)) + ZIP + HTML

    response = client.post("/settings/profile", {"avatar": SimpleUploadedFile("a.png", polyglot)})

    assert response.status_code == 302
    user.refresh_from_db()
    stored = user.avatar.read()
    assert stored.startswith(b"\xff\xd8\xff")
    assert b"PK\x03\x04" not in stored
    assert b"<script" not in stored
    assert Image.open(io.BytesIO(stored)).format == "JPEG"


def test_an_over_size_video_is_refused_before_its_body_is_read(user, limits):
    """A declared body far past the limit is answered without parsing it: nothing is spooled."""
    client = _client_for(SURFACES["video-api"], user)
    body = b"\x00" * (2 * 1024 * 1024)
    upload = SimpleUploadedFile("clip.mp4", body)

    response = client.post("/api/v1/videos/", {"file": upload}, format="multipart")

    assert response.status_code == 400
    assert response.json()["code"] == "file_too_large"
    assert _files_under(limits.FILE_UPLOAD_TEMP_DIR) == []
    assert _files_under(limits.MEDIA_ROOT) == []


def _webm_of_unknown_size(webm: bytes) -> bytes:
    """The same WebM, its Segment's size field rewritten to "unknown" (as live recordings
    write it), keeping the field's length."""
    header_size_length = 9 - webm[4].bit_length()
    header_size = int.from_bytes(webm[4 : 4 + header_size_length], "big")
    header_size &= (1 << (7 * header_size_length)) - 1
    segment = 4 + header_size_length + header_size
    assert webm[segment : segment + 4] == b"\x18\x53\x80\x67"
    field = segment + 4
    length = 9 - webm[field].bit_length()
    unknown = bytes([0xFF >> (length - 1)]) + b"\xff" * (length - 1)
    return webm[:field] + unknown + webm[field + length :]


@pytest.mark.parametrize(
    "appended",
    [HTML, ZIP, b"\x00" * 64, b"\x1f\x43\xb6\x75\x88" + HTML],
    ids=["html", "zip", "zeros", "open-cluster-then-html"],
)
def test_a_webm_of_unknown_size_with_bytes_appended_is_refused(
    user_api_client, media_files, limits, appended
):
    webm = _webm_of_unknown_size(media_files["webm"].read_bytes())

    response = user_api_client.post(
        "/api/v1/videos/",
        {"file": SimpleUploadedFile("clip.webm", webm + appended), "caption": "x"},
        format="multipart",
    )

    assert response.status_code == 400, response.content[:300]
    assert response.json()["code"] in {"extra_data", "video_corrupt"}
    assert not Video.objects.exists()


def test_a_webm_of_unknown_size_as_browsers_record_it_is_accepted(
    user_api_client, media_files, limits
):
    webm = _webm_of_unknown_size(media_files["webm"].read_bytes())

    response = user_api_client.post(
        "/api/v1/videos/",
        {"file": SimpleUploadedFile("clip.webm", webm), "caption": "x"},
        format="multipart",
    )

    assert response.status_code == 201, response.content[:300]
