"""Content Credentials for a voice remix's MP4: signed by ``remix_clip_finish``, read by the
real c2pa reader, checked by the credentials page and the verify API like an image."""

import dataclasses
import io

import av
import numpy as np
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from apps.provenance.models import StoredManifest
from apps.provenance.signing import ClipSource, remix_clip_finish
from apps.provenance.verification import credentials_read, media_verify
from apps.provenance.watermark import watermark_embedder

pytestmark = pytest.mark.django_db

CLIP = ClipSource(start=1.0, end=5.0, source_sha256="ab" * 32, audio_effect="robot voice")


def _mp4(remix_id: int) -> bytes:
    """Two seconds of marked frames with a tone, as the voice engine writes them (not
    fragmented)."""
    buffer = io.BytesIO()
    embed = watermark_embedder((360, 640), remix_id=remix_id, gain=1.4)
    rng = np.random.default_rng(3)
    with av.open(buffer, "w", format="mp4") as container:
        video = container.add_stream("libx264", rate=12)
        video.width, video.height, video.pix_fmt = 360, 640, "yuv420p"
        video.options = {"crf": "20"}
        audio = container.add_stream("aac", rate=44_100)
        base = rng.integers(60, 200, (640, 360, 3), dtype=np.uint8)
        for _ in range(24):
            picture = embed(Image.fromarray(base))
            container.mux(video.encode(av.VideoFrame.from_image(picture)))
        container.mux(video.encode())
        t = np.arange(2 * 44_100) / 44_100
        tone = (0.2 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)
        for start in range(0, len(tone), 1024):
            piece = av.AudioFrame.from_ndarray(
                tone[start : start + 1024].reshape(1, -1), format="flt", layout="mono"
            )
            piece.sample_rate, piece.pts = 44_100, start
            container.mux(audio.encode(piece))
        container.mux(audio.encode())
    return buffer.getvalue()


@pytest.fixture
def signed_clip(provenance_of):
    provenance = dataclasses.replace(provenance_of(remix_id=77, engine="effects"), clip=CLIP)
    data = _mp4(77)
    with av.open(io.BytesIO(data)) as container:
        poster = next(container.decode(video=0)).to_image()
    return remix_clip_finish(data, poster, provenance)


def test_a_signed_clip_is_valid_and_trusted(signed_clip):
    report = credentials_read(signed_clip, "video/mp4")
    assert (report.present, report.valid, report.trusted) == (True, True, True)
    assert "Action: edited (Sound: robot voice)." in report.summary


def test_the_clip_names_the_source_video_and_its_seconds(signed_clip):
    report = credentials_read(signed_clip, "video/mp4")
    assert "Made from: https://clipmix.example/v/7, 1.0 s to 5.0 s, by @ana." in report.summary


def test_the_clips_manifest_is_stored_for_copies_that_lose_it(signed_clip):
    stored = StoredManifest.objects.get(remix_id=77)
    assert stored.manifest["title"] == "clipmix-remix-77.mp4"


def test_a_clip_without_its_seconds_is_refused(provenance_of):
    with pytest.raises(ValueError, match="seconds"):
        remix_clip_finish(_mp4(78), Image.new("RGB", (360, 640)), provenance_of(remix_id=78))


def test_the_verify_api_reads_the_clip_and_its_watermark(signed_clip, client):
    response = client.post(
        "/api/v1/remix/verify", {"image": SimpleUploadedFile("clip.mp4", signed_clip)}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["c2pa"]["trusted"] is True
    assert body["watermark"]["remix_id"] == 77


def test_the_credentials_page_checks_an_uploaded_clip(signed_clip, client):
    response = client.post("/credentials/", {"image": SimpleUploadedFile("c.mp4", signed_clip)})
    assert response.status_code == 200
    assert "Sound: robot voice" in response.content.decode()


def test_a_clip_that_lost_its_manifest_is_matched_by_its_watermark(signed_clip):
    stripped = _mp4(77)  # the same pictures, never signed
    report = media_verify(io.BytesIO(stripped), size=len(stripped))
    assert not report.c2pa.present
    assert report.recovered_from == "watermark"
    assert report.recovery is not None
    assert report.recovery.remix_id == 77
