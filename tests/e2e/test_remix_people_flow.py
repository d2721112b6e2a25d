"""In Chromium: a viewer puts the person in a video somewhere else, and is told plainly, with
the moment, when the frame they picked has nobody in it (issue 15)."""

import re

import pytest
from playwright.sync_api import expect

from apps.remix import errors
from apps.remix.models import RemixJob
from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write, synthetic_video_write
from apps.videos.models import Video
from tests.e2e.conftest import composer_submit

pytestmark = pytest.mark.django_db(transaction=True)


def _upload(page, base, path, caption) -> Video:
    page.goto(f"{base}/upload")
    page.get_by_label("Video", exact=True).set_input_files(str(path))
    page.get_by_label("Caption", exact=True).fill(caption)
    page.get_by_role("button", name="Post").click()
    expect(page).to_have_url(re.compile(r"/v/\d+$"))
    return Video.objects.get(caption=caption)


def _remix_background(page, base, video, prompt):
    page.goto(f"{base}/v/{video.pk}/remix")
    page.locator(".frame-choice").nth(1).click()
    page.get_by_label("Replace the background").check()
    page.get_by_label("Prompt").fill(prompt)
    composer_submit(page)
    return page.locator("[data-remix-status] .remix-job").first


def test_a_person_is_put_on_a_beach_and_a_frame_without_one_is_refused_with_its_moment(
    asgi_server, new_page, shot, log_in, user_factory, tmp_path
):
    creator, fan = user_factory(username="ana"), user_factory(username="bo")
    _, focus = DEMO_PHOTOS["astronaut"]
    person = photo_video_write(
        tmp_path / "me.mp4", demo_photo("astronaut"), focus=focus, seconds=3, title="Me"
    )
    shapes = synthetic_video_write(tmp_path / "shapes.mp4", seconds=3, title="Shapes")
    base = asgi_server.url

    creator_page = new_page()
    log_in(creator_page, creator)
    with_person = _upload(creator_page, base, person, "Launch day")
    without = _upload(creator_page, base, shapes, "Just shapes")

    fan_page = new_page()
    log_in(fan_page, fan)
    card = _remix_background(fan_page, base, with_person, "put me on a beach at sunset")
    expect(card.locator("[data-job-status]")).to_have_text("Published", timeout=30_000)
    shot(fan_page, "person-on-the-beach")
    job = RemixJob.objects.get(video=with_person)
    assert job.status == RemixJob.Status.PUBLISHED

    card = _remix_background(fan_page, base, without, "put me on a beach at sunset")
    expect(card.locator("[data-job-status]")).to_have_text("Failed", timeout=30_000)
    refused = RemixJob.objects.get(video=without)
    assert refused.reason_code == "no_person"
    seconds = int(refused.at_seconds)
    moment = f"0:{seconds:02d}"
    assert refused.reason == errors.NO_PERSON.format(at=moment)
    expect(card.locator("[data-job-reason]")).to_have_text(refused.reason)
    shot(fan_page, "no-person-refused")
