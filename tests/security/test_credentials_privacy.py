"""Content Credentials name the source frame without carrying it: the unedited moment (the face
or background a remix replaced) must not be readable from a published remix with a C2PA reader,
e.g. after the video is deleted or made private. The requester is told that their handle goes
in. Read with the real c2pa reader."""

import hashlib
import io
import json

import c2pa
from PIL import Image, ImageStat

from apps.provenance.signing import RemixProvenance, remix_image_finish

SOURCE_COLOUR = (255, 0, 255)  # nothing else in the remix is magenta


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def _store_and_images(data: bytes) -> tuple[dict, list[Image.Image]]:
    """The manifest store as JSON, and every image resource (thumbnail) it embeds."""
    context = c2pa.Context.from_dict(
        {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}
    )
    with c2pa.Reader("image/jpeg", io.BytesIO(data), context=context) as reader:
        store = json.loads(reader.json())
        identifiers = [
            item["thumbnail"]["identifier"]
            for manifest in store["manifests"].values()
            for item in [manifest, *manifest.get("ingredients", [])]
            if "thumbnail" in item
        ]
        images = []
        for identifier in identifiers:
            buffer = io.BytesIO()
            reader.resource_to_stream(identifier, buffer)
            images.append(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    return store, images


def test_the_credentials_name_the_source_frame_but_never_carry_its_pixels(db):
    source = _jpeg(Image.new("RGB", (360, 640), SOURCE_COLOUR))
    provenance = RemixProvenance(
        remix_id=5,
        engine="effects",  # an edit of the frame itself: the case that hid a face
        engine_detail="background",
        requester_handle="bo",
        requester_url="https://clipmix.example/@bo",
        source_creator_handle="ana",
        source_video_url="https://clipmix.example/v/7",
        at_seconds=1.0,
        source_frame_jpeg=source,
    )

    signed = remix_image_finish(Image.new("RGB", (360, 640), (0, 128, 64)), provenance)
    store, images = _store_and_images(signed)

    [ingredient] = store["manifests"][store["active_manifest"]]["ingredients"]
    assert "thumbnail" not in ingredient
    assert ingredient["metadata"]["dc:creator"] == ["@ana"]
    assert ingredient["metadata"]["dc:source"] == "https://clipmix.example/v/7"
    assert ingredient["metadata"]["io.clipmix.sha256"] == hashlib.sha256(source).hexdigest()
    for image in images:  # the claim's own thumbnail shows the remix, not the source
        red, green, blue = ImageStat.Stat(image).mean
        assert not (red > 200 and blue > 200 and green < 60)
    assert b"c2pa.thumbnail.ingredient" not in signed


def test_the_composer_tells_the_requester_their_handle_goes_into_the_credentials(
    client_as, video_of_creator
):
    video = video_of_creator()

    page = client_as("requester").get(f"/v/{video.pk}/remix").content.decode()

    assert "data-credentials-notice" in page
    assert "Your handle, @requester, goes into" in page
