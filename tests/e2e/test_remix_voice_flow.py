"""In Chromium: a viewer sees what the engine finds at a moment (the face and the person drawn
over the frame), asks for a chipmunk voice remix of a talking person, follows it to published,
and plays the clip in the comments, which never starts on its own (issue 15)."""

import pytest
from playwright.sync_api import expect

from apps.remix.models import RemixJob
from tests.e2e.conftest import composer_submit

pytestmark = pytest.mark.django_db(transaction=True)

H264_AAC = 'video/mp4; codecs="avc1.42E01E, mp4a.40.2"'


def test_a_voice_remix_is_requested_published_and_played_when_tapped(
    asgi_server, talking_video, shot
):
    video, page, base = talking_video.video, talking_video.fan_page, asgi_server.url
    page.goto(f"{base}/v/{video.pk}/remix")
    summary = page.locator("[data-analysis-summary]")
    expect(summary).to_have_text("Found 1 face and a person.", timeout=20_000)
    expect(page.locator("[data-analysis-overlay] polygon.face")).to_have_count(1)
    expect(page.locator("[data-analysis-overlay] circle.landmark")).to_have_count(4)
    assert page.locator("[data-analysis-overlay] polygon.person").count() >= 1
    shot(page, "composer-shows-face-and-person")

    page.get_by_label("Voice effect").check()
    page.get_by_label("Prompt").fill("make me sound like a chipmunk")
    page.get_by_label("Meme caption (optional)").fill("Houston, we have a squeak")
    composer_submit(page)
    card = page.locator("[data-remix-status] .remix-job").first
    expect(card.locator("[data-job-status]")).to_have_text("Published", timeout=60_000)
    job = RemixJob.objects.get(video=video)
    assert job.kind == "voice"
    assert job.output_clip

    card.get_by_role("link", name="Published: see it in the comments").click()
    clip = page.locator("video.comment-clip").first
    expect(clip).to_be_visible(timeout=20_000)
    assert clip.get_attribute("autoplay") is None
    assert clip.get_attribute("controls") is not None
    page.wait_for_timeout(500)
    assert clip.evaluate("node => node.paused") is True  # nothing plays until tapped
    if not page.evaluate(f"document.createElement('video').canPlayType('{H264_AAC}')"):
        pytest.skip("this Chromium build plays no H.264/AAC")
    clip.evaluate("node => { node.muted = true; return node.play(); }")  # the tap
    page.wait_for_function(
        "node => node.currentTime > 0.3 && node.readyState >= 2",
        arg=clip.element_handle(),
        timeout=20_000,
    )
    assert clip.evaluate("node => node.duration") == pytest.approx(4.0, abs=0.3)
    shot(page, "voice-clip-playing")
