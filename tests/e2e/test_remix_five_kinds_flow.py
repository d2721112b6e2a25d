"""In Chromium, issue 15's "Done when": a viewer remixes a video of a person talking once in
each of the five kinds from the composer (hearing the voice effect first, when they tap for
it), follows each to the published comment, and opens its Content Credentials, which the real
C2PA reader finds valid, with the Clipmix watermark in the picture."""

import io
import re

import av
import numpy as np
import pytest
from PIL import Image
from playwright.sync_api import expect

from apps.privacy.models import RemixKind
from apps.provenance.label import EDITED_LABEL, label_box
from apps.provenance.verification import credentials_read
from apps.remix.models import RemixJob
from tests.e2e.conftest import composer_submit

pytestmark = pytest.mark.django_db(transaction=True)

# kind label in the composer, prompt, caption, what the credentials page names as the edit
KINDS = [
    ("Replace the background", "put me on a beach at sunset", "", "beach at sunset backdrop"),
    ("Face effect", "sunglasses", "Deal with it", "sunglasses effect on 1 face"),
    ("Restyle the frame", "oil painting", "", "neural oil painting style"),
    ("Voice effect", "make me sound like a chipmunk", "Houston", "higher (chipmunk) voice"),
    ("Caption only", "", "That first morning sip be like", "Caption drawn: That first morning"),
]


def test_every_kind_goes_from_the_composer_to_a_comment_with_valid_credentials(
    asgi_server, talking_video, shot
):
    video, page, base = talking_video.video, talking_video.fan_page, asgi_server.url
    for label, prompt, caption, detail in KINDS:
        page.goto(f"{base}/v/{video.pk}/remix")
        expect(page.locator("[data-analysis-summary]")).to_have_text(
            "Found 1 face and a person.", timeout=20_000
        )
        page.get_by_label(label, exact=True).check()
        if prompt:
            page.get_by_label("Prompt").fill(prompt)
        if caption:
            page.get_by_label("Meme caption (optional)").fill(caption)
        preview = page.locator("[data-voice-preview]")
        if label == "Voice effect":
            _hear_the_preview(page, shot)
        else:
            expect(preview).to_be_hidden()
        composer_submit(page)
        card = page.locator("[data-remix-status] .remix-job").first
        expect(card.locator("[data-job-status]")).to_have_text("Published", timeout=60_000)
        job = RemixJob.objects.filter(video=video).order_by("-pk").first()
        assert job is not None
        assert job.status == RemixJob.Status.PUBLISHED
        kind = job.kind
        shot(page, f"{kind}-published")

        card.get_by_role("link", name="Published: see it in the comments").click()
        comment = page.locator(f"#comment-{job.comment_id}")
        expect(comment).to_be_visible(timeout=20_000)
        if kind == RemixKind.VOICE:
            clip = comment.locator("video.comment-clip")
            expect(clip).to_be_visible()
            assert clip.get_attribute("autoplay") is None  # tap to play
        else:
            expect(comment.locator("img")).to_be_visible()
        label = "Voice remix" if kind == RemixKind.VOICE else "AI remix"
        expect(comment.locator(".badge-ai")).to_have_text(label)
        shot(page, f"{kind}-comment")

        comment.get_by_role("link", name="Content Credentials").click()
        expect(page.locator("[data-c2pa-state]")).to_have_attribute(
            "data-c2pa-state", re.compile("trusted|valid")
        )
        expect(page.locator("[data-watermark]")).to_have_attribute("data-watermark", "present")
        shot(page, f"{kind}-credentials")

        # The published file itself, as a visitor downloads it, read by the C2PA reader.
        output, mime = (
            (job.output_clip, "video/mp4")
            if kind == RemixKind.VOICE
            else (job.output_image, "image/jpeg")
        )
        download = page.request.get(f"{base}{output.url}")
        assert download.ok
        report = credentials_read(download.body(), mime)
        assert report.present
        assert report.valid, report.validation_codes
        assert any(detail in line for line in report.summary), report.summary
        # The visible label: in the downloaded pixels, and named in the manifest.
        assert any("Visible label drawn" in line for line in report.summary), report.summary
        _assert_labelled(download.body(), mime)

    assert set(RemixJob.objects.filter(video=video).values_list("kind", flat=True)) == set(
        RemixKind.values
    )


def _assert_labelled(data: bytes, mime: str) -> None:
    """The corner of the downloaded picture (a clip's first frame) holds the light-on-dark
    "Edited · Clipmix" pill."""
    if mime == "video/mp4":
        with av.open(io.BytesIO(data)) as container:
            picture = next(container.decode(video=0)).to_image()
    else:
        picture = Image.open(io.BytesIO(data))
    left, top, right, bottom = label_box(picture.size, EDITED_LABEL)
    box = np.asarray(picture.convert("L"), dtype=float)[top:bottom, left:right]
    assert (box < 70).mean() > 0.4  # the pill
    assert (box > 170).mean() > 0.04  # its letters


def _hear_the_preview(page, shot) -> None:
    """The voice preview: nothing loads or plays until the button is tapped; then a short
    preview of the effect on the chosen moment plays in an audio player."""
    box = page.locator("[data-voice-preview]")
    expect(box).to_be_visible()
    audio = box.locator("audio")
    expect(audio).to_be_hidden()
    assert audio.get_attribute("autoplay") is None
    box.get_by_role("button", name="Hear the effect on this moment").click()
    expect(audio).to_be_visible(timeout=20_000)
    assert audio.get_attribute("src").startswith("blob:")
    page.wait_for_function(
        "node => node.readyState >= 1 && node.duration > 0", arg=audio.element_handle()
    )
    assert audio.evaluate("node => node.duration") == pytest.approx(2.5, abs=0.05)
    shot(page, "voice-preview")
