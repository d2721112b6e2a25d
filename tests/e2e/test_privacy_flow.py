import re

import pytest
from playwright.sync_api import expect

from apps.accounts.models import Follow

pytestmark = pytest.mark.django_db(transaction=True)


def test_turning_remixes_off_disables_the_viewers_remix_button(
    asgi_server, new_page, shot, log_in, user_factory, video_factory
):
    creator, viewer = user_factory(username="ana"), user_factory(username="bo")
    Follow.objects.create(follower=viewer, followee=creator)
    video, other = video_factory(owner=creator), video_factory(owner=creator)
    base = asgi_server.url

    viewer_page = new_page()
    log_in(viewer_page, viewer)
    viewer_page.goto(f"{base}/v/{video.pk}")
    viewer_page.get_by_role("link", name="Remix", exact=True).click()
    expect(viewer_page.get_by_role("heading", name="Remix @ana's video")).to_be_visible()
    viewer_page.go_back()

    creator_page = new_page()
    log_in(creator_page, creator)
    creator_page.goto(f"{base}/v/{video.pk}")
    creator_page.get_by_role("link", name="Privacy").click()
    expect(creator_page).to_have_url(re.compile(rf"/v/{video.pk}/privacy$"))
    creator_page.get_by_role("group", name="Who can make AI remixes").get_by_label("No one").check()
    creator_page.get_by_role("button", name="Save").click()
    expect(creator_page.get_by_text("AI remixes are off.")).to_be_visible()
    shot(creator_page, "creator-privacy-page")

    viewer_page.reload()
    expect(viewer_page.get_by_role("button", name="Remix")).to_be_disabled()
    expect(
        viewer_page.get_by_text("@ana has turned off AI remixes for this video.")
    ).to_be_visible()
    shot(viewer_page, "viewer-remix-disabled")

    # Only that video changed.
    viewer_page.goto(f"{base}/v/{other.pk}")
    expect(viewer_page.get_by_role("link", name="Remix", exact=True)).to_be_visible()


def test_apply_to_all_from_the_account_privacy_page(
    asgi_server, page, shot, log_in, user, video_factory
):
    video_factory.create_batch(3, owner=user)
    log_in(page, user)

    page.goto(f"{asgi_server.url}/settings/privacy")
    page.get_by_role("group", name="Who can make AI remixes").get_by_label("Followers").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("3 of your videos have other settings")).to_be_visible()
    page.get_by_role("link", name="Apply to all my videos").click()
    expect(page.get_by_text("This changes 3 videos")).to_be_visible()
    shot(page, "confirm")
    page.get_by_role("button", name="Apply to my videos").click()

    expect(page.get_by_text("Applied your defaults to 3 videos.")).to_be_visible()
    expect(page.get_by_text("All your videos already use these settings.")).to_be_visible()
