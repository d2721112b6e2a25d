"""The credentials check is open to anyone, so what one request may cost is bounded: a 38 KB PNG
declaring 6000 x 6600 pixels cost 16 s of CPU and 150 MB per request (three at once stalled a
two-core server for a minute). Now such a canvas is refused from its header, an image past the
watermark's size is checked without a full decode, and requests are limited per client IP."""

import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from apps.core.images import IMAGE_TOO_MANY_PIXELS
from tests.security.test_rate_limits import _clear_of_window_edge

pytestmark = pytest.mark.django_db

SURFACES = ["/api/v1/remix/verify", "/credentials/"]
CPU_SECONDS = 1.5


def _png(size, mode="L") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, format="PNG")
    return buffer.getvalue()


def _jpeg(size) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def _post(client, path, data, name="image.png"):
    started = time.process_time()
    response = client.post(path, {"image": SimpleUploadedFile(name, data)})
    return response, time.process_time() - started


@pytest.mark.parametrize("path", SURFACES)
def test_a_small_file_declaring_a_huge_canvas_is_refused_from_its_header(client, path, settings):
    bomb = _png((6000, 6600))
    assert len(bomb) < 200_000

    response, cpu = _post(client, path, bomb)

    assert response.status_code == 400, response.content[:300]
    message = IMAGE_TOO_MANY_PIXELS.format(limit_mp=settings.CLIPMIX_VERIFY_MAX_PIXELS / 1_000_000)
    if path.startswith("/api/"):
        assert response.json()["code"] == "image_too_many_pixels"
        assert response.json()["message"] == message
    else:
        assert response.context["form"].errors["image"] == [message]
    assert cpu < CPU_SECONDS


@pytest.mark.parametrize(
    ("name", "data"),
    [("big.png", _png((3900, 3900), "RGB")), ("big.jpg", _jpeg((3900, 3900)))],
)
def test_an_image_under_the_cap_but_past_the_watermark_size_is_checked_cheaply(client, name, data):
    response, cpu = _post(client, "/api/v1/remix/verify", data, name=name)

    assert response.status_code == 200, response.content[:300]
    assert response.json()["watermark"] == {
        "present": False,
        "remix_id": None,
        "matches_remix": False,
        "message": "",
    }
    assert response.json()["c2pa"]["present"] is False
    assert cpu < CPU_SECONDS


def test_a_corrupt_jpeg_past_the_watermark_size_is_still_refused(client):
    data = _jpeg((3900, 3900))
    corrupt = data[:600] + bytes(len(data) - 602) + data[-2:]

    response, _ = _post(client, "/api/v1/remix/verify", corrupt, name="big.jpg")

    assert response.status_code == 400
    assert response.json()["code"] == "image_invalid"


def test_checks_are_limited_per_client_ip(settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "verify": "2/86400"}
    _clear_of_window_edge(86400, margin=300)
    small = _png((64, 64))
    api, page = Client(REMOTE_ADDR="10.1.1.1"), Client(REMOTE_ADDR="10.1.1.1")

    statuses = [_post(api, "/api/v1/remix/verify", small)[0].status_code for _ in range(2)]
    refused, _ = _post(api, "/api/v1/remix/verify", small)
    page_refused, _ = _post(page, "/credentials/", small)
    elsewhere, _ = _post(Client(REMOTE_ADDR="10.1.1.2"), "/api/v1/remix/verify", small)

    assert statuses == [200, 200]
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"
    assert refused["Retry-After"] == str(refused.json()["extra"]["retry_after"])
    assert page_refused.status_code == 400
    assert page_refused.context["form"].errors["image"][0].startswith("Too many attempts.")
    assert elsewhere.status_code == 200
