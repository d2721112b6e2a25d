import re

import pytest
from playwright.sync_api import expect

from apps.remix.models import RemixJob
from apps.videos.demo import synthetic_video_write
from tests.e2e.conftest import composer_submit, video_post, wait_until_live

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_viewer_remixes_a_video_and_the_image_appears_live_with_credentials(
    asgi_server, new_page, shot, log_in, user_factory, tmp_path
):
    creator, fan = user_factory(username="ana"), user_factory(username="bo")
    clip = synthetic_video_write(tmp_path / "beach.mp4", seconds=2, title="Beach")
    base = asgi_server.url

    creator_page = new_page()
    log_in(creator_page, creator)
    video = video_post(creator_page, base, clip, "Beach day")
    expect(creator_page.locator("[data-no-comments]")).to_be_visible()
    wait_until_live(creator_page)

    # The fan composes a remix: a moment, a kind, a prompt and a caption previewed live.
    fan_page = new_page()
    log_in(fan_page, fan)
    fan_page.goto(f"{base}/v/{video.pk}")
    fan_page.get_by_role("link", name="Remix", exact=True).click()
    expect(fan_page.get_by_role("heading", name="Remix @ana's video")).to_be_visible()
    third = fan_page.locator(".frame-choice input").nth(2)
    fan_page.locator(".frame-choice").nth(2).click()
    moment = float(third.get_attribute("value"))
    expect(fan_page.locator("[data-moment-label]")).to_have_text(f"{moment:.1f} s")
    fan_page.get_by_label("Restyle the frame").check()
    fan_page.get_by_label("Prompt").fill("a cartoon, bright colours")
    fan_page.get_by_label("Meme caption (optional)").fill("When the weekend hits")
    expect(fan_page.locator("[data-caption-preview]")).to_have_text("When the weekend hits")
    shot(fan_page, "composer")
    composer_submit(fan_page)

    # Its status card follows it to the end.
    card = fan_page.locator("[data-remix-status] .remix-job")
    expect(card.locator("[data-job-status]")).to_have_text("Published", timeout=30_000)
    shot(fan_page, "status-published")
    job = RemixJob.objects.get()
    assert job.status == RemixJob.Status.PUBLISHED
    assert job.at_seconds == pytest.approx(moment)

    # The creator's open page gets the image comment live, labelled, with its credentials.
    comment = creator_page.locator(f"#comment-{job.comment_id}")
    expect(comment.locator("img")).to_be_visible()
    expect(comment.get_by_text("AI remix")).to_be_visible()
    shot(creator_page, "remix-arrived")
    comment.get_by_role("link", name="Content Credentials").click()
    expect(creator_page.locator("[data-c2pa-state]")).to_have_attribute(
        "data-c2pa-state", re.compile("trusted|valid")
    )
    expect(creator_page.locator("[data-watermark]")).to_have_attribute("data-watermark", "present")
    shot(creator_page, "credentials")

    # The creator removes it from the studio, and it leaves the video's comments.
    creator_page.goto(f"{base}/studio/remixes")
    creator_page.get_by_role("link", name="Remove").click()
    creator_page.get_by_role("button", name="Remove remix").click()  # asked first
    expect(creator_page.get_by_text("Remix removed.")).to_be_visible()
    job.refresh_from_db()
    assert job.status == RemixJob.Status.REMOVED
    fan_page.goto(f"{base}/v/{video.pk}")
    expect(fan_page.locator(f"#comment-{job.comment_id}")).to_have_count(0)
