import io

import pytest
from PIL import Image

from apps.provenance.signing import RemixProvenance, remix_image_finish


@pytest.fixture(scope="session")
def frames(media_files):
    """Real frames (PIL images, 360x640) of a PyAV-made video."""
    from apps.videos.media import video_frames_at

    return video_frames_at(media_files["mp4"], [0.3, 1.0, 1.7])


def _jpeg(image: Image.Image, quality: int = 90) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


@pytest.fixture
def provenance_of(frames):
    def make(remix_id=41, engine="diffusion", caption="Monday mood", frame=0):
        return RemixProvenance(
            remix_id=remix_id,
            engine=engine,
            engine_detail="tiny-sd" if engine == "diffusion" else "cartoon",
            requester_handle="bo",
            requester_url="https://clipmix.example/@bo",
            source_creator_handle="ana",
            source_video_url="https://clipmix.example/v/7",
            at_seconds=1.0,
            source_frame_jpeg=_jpeg(frames[frame]),
            caption=caption,
        )

    return make


@pytest.fixture
def signed_remix(frames, provenance_of):
    """A finished remix image (a real frame, watermarked and signed), as published bytes."""
    return remix_image_finish(frames[1], provenance_of())


@pytest.fixture
def reencoded():
    def make(data: bytes, quality: int = 85) -> bytes:
        return _jpeg(Image.open(io.BytesIO(data)), quality)

    return make
