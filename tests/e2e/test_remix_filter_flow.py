"""Issue 17 in a real browser: a viewer who hides AI remixes sees no remix image, only the
one-line "N AI remixes hidden · show" row (also for a remix arriving live), "show" reveals
them for that page view, and the comments panel's switch changes the setting; a new creator's
first upload asks who may remix their videos, and the answer becomes their defaults."""

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.files.base import ContentFile
from django.db import connections
from playwright.sync_api import expect

from apps.accounts.models import RemixesInComments
from apps.comments.services import comment_create, comment_image_publish
from apps.privacy.models import AccountPrivacy, VideoPrivacy
from apps.videos.demo import synthetic_video_write
from apps.videos.models import Video
from tests.e2e.conftest import wait_until_live
from tests.security.conftest import jpeg_bytes

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _served_media(settings, asgi_server):
    """Remix images made here go where the server serves them from."""
    settings.MEDIA_ROOT = asgi_server.media_root


def _off_the_browsers_thread(action):
    """Run ``action`` in a thread of its own: Playwright keeps an event loop in this one, where
    the after-commit websocket events could not be sent."""

    def run():
        try:
            return action()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


def _remix(video, author, colour):
    return _off_the_browsers_thread(
        lambda: comment_image_publish(
            author=author,
            video=video,
            image=ContentFile(jpeg_bytes((128, 128), colour), name="remix.jpg"),
            image_label="AI remix",
            credentials_url="/credentials/1",
            body=f"in {colour}",
        )
    )


def _comment(video, author, body):
    return _off_the_browsers_thread(lambda: comment_create(author=author, video=video, body=body))


def test_a_viewer_who_hides_remixes_sees_the_one_line_row_and_no_remix_image(
    asgi_server, page, shot, log_in, user_factory, video_factory, settings
):
    creator, remixer, talker = user_factory(), user_factory(), user_factory()
    viewer = user_factory(remixes_in_comments=RemixesInComments.HIDDEN)
    video = video_factory(owner=creator)
    _comment(video, talker, "what a view")
    _remix(video, remixer, "teal")
    _remix(video, remixer, "orange")
    _comment(video, talker, "the remixes below are wild")
    log_in(page, viewer)

    page.goto(f"{asgi_server.url}/v/{video.pk}")
    wait_until_live(page)

    comments = page.locator("[data-comments]")
    expect(comments.get_by_text("2 AI remixes hidden")).to_be_visible()
    expect(comments.get_by_text("the remixes below are wild")).to_be_visible()
    expect(comments.locator(".comment-image")).to_have_count(0)
    expect(comments.locator("img")).to_have_count(0)

    # A remix published while the viewer watches arrives as a line of its own at the top (the
    # newest comment stands between it and the others), still without its image. Published
    # from this process, its event reaches the server only through a shared channel layer
    # (Redis); embedded, each process has its own, and tests/realtime covers the socket.
    live = "Redis" in settings.CHANNEL_LAYERS["default"]["BACKEND"]
    _remix(video, remixer, "purple")
    if live:
        expect(comments.locator("[data-comments-count]")).to_have_text("5")
        expect(comments.locator("[data-comment-list] > li").first).to_have_text(
            re.compile(r"^1 AI remix hidden · show")
        )
        expect(comments.locator("img")).to_have_count(0)
        assert "in purple" not in comments.inner_text()
    else:
        page.reload()
        expect(comments.get_by_text("1 AI remix hidden")).to_be_visible()
    expect(comments.get_by_text("2 AI remixes hidden")).to_be_visible()
    expect(comments.locator("img")).to_have_count(0)
    shot(page, "hidden")

    # "show" reveals them for this page view; the setting stays "hide".
    comments.get_by_role("link", name="show").first.click()
    expect(page).to_have_url(re.compile(r"\?remixes=all#comments$"))
    expect(comments.locator(".comment-image img")).to_have_count(3)
    expect(comments.get_by_text("in purple")).to_be_visible()
    expect(comments.get_by_text("On this page view only.")).to_be_visible()
    viewer.refresh_from_db()
    assert viewer.remixes_in_comments == RemixesInComments.HIDDEN

    # The panel's switch changes the setting itself.
    page.goto(f"{asgi_server.url}/v/{video.pk}")
    expect(comments.locator("img")).to_have_count(0)
    comments.get_by_label("AI remixes in comments").select_option("all")
    expect(page.get_by_text("AI remixes in comments: Show all.")).to_be_visible()
    expect(comments.locator(".comment-image img")).to_have_count(3)
    shot(page, "shown")
    viewer.refresh_from_db()
    assert viewer.remixes_in_comments == RemixesInComments.ALL


def test_the_first_upload_asks_who_may_remix_and_makes_it_the_default(
    asgi_server, page, shot, log_in, user_factory, tmp_path
):
    creator = user_factory()
    clip = synthetic_video_write(tmp_path / "first.mp4", seconds=2, title="First")
    log_in(page, creator)

    page.goto(f"{asgi_server.url}/upload")
    question = page.locator("[data-remix-choice]")
    expect(
        question.get_by_role("heading", name="Your first post: who may remix it?")
    ).to_be_visible()
    audience = question.get_by_role("group", name="Who may make AI remixes of your videos")
    kinds = question.get_by_role("group", name="Which kinds of remix they may make")
    # The site's defaults, preselected: everyone; restyles, backgrounds and captions, no
    # likeness edits.
    expect(audience.get_by_label("Everyone")).to_be_checked()
    expect(kinds.get_by_label("Restyle the frame")).to_be_checked()
    expect(kinds.get_by_label("Face effect")).not_to_be_checked()
    expect(question.get_by_text("Only people who follow you.")).to_be_visible()
    shot(page, "question")

    audience.get_by_label("Followers").check()
    kinds.get_by_label("Replace the background").uncheck()
    page.get_by_label("Video", exact=True).set_input_files(str(clip))
    page.get_by_role("button", name="Post").click()
    expect(page).to_have_url(re.compile(r"/v/\d+$"), timeout=30_000)  # processed inline
    expect(page.get_by_text("Who may remix it is now your default")).to_be_visible()

    defaults = AccountPrivacy.objects.get(user=creator)
    assert (defaults.remix_audience, defaults.remix_kinds) == (
        "followers",
        ["restyle", "caption_only"],
    )
    video = Video.objects.get(owner=creator)
    assert VideoPrivacy.objects.get(video=video).remix_audience == "followers"

    # Asked once; the privacy page is where it changes.
    page.goto(f"{asgi_server.url}/upload")
    expect(page.get_by_role("heading", name="Post a video")).to_be_visible()
    expect(page.locator("[data-remix-choice]")).to_have_count(0)
    page.goto(f"{asgi_server.url}/settings/privacy")
    expect(page.locator("[data-where-to-change]")).to_be_visible()
    expect(
        page.get_by_role("group", name="Who can make AI remixes").get_by_label("Followers")
    ).to_be_checked()
