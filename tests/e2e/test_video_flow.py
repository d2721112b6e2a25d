import re

import pytest
from playwright.sync_api import expect

from apps.videos.demo import synthetic_video_write
from apps.videos.models import Video
from tests.e2e.conftest import wait_until_live

pytestmark = pytest.mark.django_db(transaction=True)


def test_upload_watch_like_comment_and_see_comments_arrive_live(
    asgi_server, new_page, shot, log_in, user_factory, tmp_path
):
    creator, fan = user_factory(username="ana"), user_factory(username="bo")
    clip = synthetic_video_write(tmp_path / "sunset.mp4", seconds=2, title="Sunset")
    base = asgi_server.url

    # The creator uploads a video made with PyAV.
    page = new_page()
    log_in(page, creator)
    page.get_by_role("link", name="Upload").click()
    page.get_by_label("Video", exact=True).set_input_files(str(clip))
    page.get_by_label("Caption", exact=True).fill("Golden hour #sunset")
    page.get_by_role("button", name="Post").click()
    expect(page).to_have_url(re.compile(r"/v/\d+$"))
    video = Video.objects.get(owner=creator)
    expect(page.locator(".player video")).to_be_visible()
    shot(page, "creator-video-page")

    # It plays in the feed.
    page.goto(f"{base}/")
    feed_video = page.locator(f'[data-video-id="{video.pk}"] video')
    expect(feed_video).to_be_visible()
    page.wait_for_function(
        "el => el.readyState >= 2 && el.videoWidth === 360", arg=feed_video.element_handle()
    )
    shot(page, "feed")

    # A fan opens it in another browser, likes it and comments.
    fan_page = new_page()
    log_in(fan_page, fan)
    fan_page.goto(f"{base}/v/{video.pk}")
    fan_page.get_by_role("button", name=re.compile("Like")).click()
    expect(fan_page.get_by_role("button", name=re.compile("Liked"))).to_be_visible()
    expect(fan_page.locator("[data-likes-count]")).to_have_text("1")

    page.goto(f"{base}/v/{video.pk}")
    expect(page.locator("[data-no-comments]")).to_be_visible()
    wait_until_live(page)

    fan_page.get_by_label("Add a comment").fill("What a view!")
    fan_page.get_by_role("button", name="Post").click()
    expect(fan_page.get_by_text("What a view!")).to_be_visible()

    # The creator sees it arrive without reloading, and replies.
    comment = page.locator(".comment", has_text="What a view!")
    expect(comment).to_be_visible()
    expect(page.locator("[data-comments-count]")).to_have_text("1")
    comment.get_by_role("button", name="Reply").click()
    page.get_by_label("Add a comment").fill("Thank you!")
    page.get_by_role("button", name="Post").click()
    expect(page.locator(".replies .comment", has_text="Thank you!")).to_be_visible()
    shot(page, "creator-replied")

    # The fan gets the reply live, nested under the comment.
    expect(fan_page.locator(".replies .comment", has_text="Thank you!")).to_be_visible()
    expect(fan_page.locator("[data-comments-count]")).to_have_text("2")
    shot(fan_page, "fan-sees-reply")

    video.refresh_from_db()
    assert (video.likes_count, video.comments_count) == (1, 2)


def test_a_bad_upload_shows_its_error_on_the_form(asgi_server, page, log_in, user, tmp_path):
    fake = tmp_path / "notes.mp4"
    fake.write_text("these are my notes, not a video\n" * 20)
    log_in(page, user)

    page.goto(f"{asgi_server.url}/upload")
    page.get_by_label("Video", exact=True).set_input_files(str(fake))
    page.get_by_role("button", name="Post").click()

    expect(page.get_by_text("That file is not a video.")).to_be_visible()
    assert not Video.objects.exists()


def test_older_comments_load_on_demand(asgi_server, page, comment_factory, video_factory):
    video = video_factory()
    oldest = comment_factory(video=video, body="The very first comment")
    comment_factory.create_batch(20, video=video)

    page.goto(f"{asgi_server.url}/v/{video.pk}")
    expect(page.get_by_text("The very first comment")).to_have_count(0)
    page.get_by_role("button", name="Show older comments").click()

    expect(page.locator(f"#comment-{oldest.pk}")).to_contain_text("The very first comment")
    expect(page.get_by_role("button", name="Show older comments")).to_have_count(0)


def test_what_is_typed_while_a_comment_is_on_its_way_is_kept(
    asgi_server, page, log_in, user_factory, video_factory
):
    """A slow post (a server still loading its screener took seconds on a slow machine) used to
    clear the box when it returned, and with it the next comment the person had started."""
    video = video_factory()
    log_in(page, user_factory(username="cy"))
    page.goto(f"{asgi_server.url}/v/{video.pk}")
    # The comment's request answers 1.5 s late, as from a busy server; nothing else is touched.
    page.evaluate(
        """() => {
          const fetchNow = window.fetch;
          window.fetch = async (...args) => {
            const response = await fetchNow(...args);
            if (String(args[0]).includes("/comments/")) await new Promise(r => setTimeout(r, 1500));
            return response;
          };
        }"""
    )
    box, post = page.get_by_label("Add a comment"), page.get_by_role("button", name="Post")
    box.fill("First thought")
    post.click()
    expect(post).to_be_disabled()  # on its way
    box.fill("Second thought, still typing")
    # Post is enabled again once the answer is in (a comment posted while the server still
    # loads the classifier waits for it: seconds on a slow machine).
    expect(post).to_be_enabled(timeout=60_000)
    expect(page.locator(".comment", has_text="First thought")).to_be_visible()
    expect(box).to_have_value("Second thought, still typing")

    # With nothing typed meanwhile, the box is cleared for the next comment, as before.
    post.click()
    expect(post).to_be_disabled()
    expect(post).to_be_enabled(timeout=20_000)
    expect(page.locator(".comment", has_text="Second thought, still typing")).to_be_visible()
    expect(box).to_have_value("")
