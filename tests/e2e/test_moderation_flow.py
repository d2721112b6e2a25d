import re

import pytest
from playwright.sync_api import expect

from apps.comments.errors import COMMENT_HELD
from apps.comments.models import Comment
from apps.moderation.services.moderators import moderator_grant
from tests.e2e.conftest import wait_until_live

pytestmark = pytest.mark.django_db(transaction=True)

HARASSING = "You are a worthless loser and everyone laughs at you"


def test_a_moderator_approves_a_held_comment_and_it_appears_on_the_video(
    asgi_server, new_page, shot, log_in, user_factory, video_factory
):
    creator, commenter = user_factory(username="ana"), user_factory(username="bo")
    moderator = moderator_grant(user=user_factory(username="mo"))
    video = video_factory(owner=creator)
    base = asgi_server.url

    # Text screening holds the comment: its author is told, nobody else sees it.
    commenter_page = new_page()
    log_in(commenter_page, commenter)
    commenter_page.goto(f"{base}/v/{video.pk}")
    commenter_page.get_by_label("Add a comment").fill(HARASSING)
    commenter_page.get_by_role("button", name="Post").click()
    # (the server may still be loading the sentence model it warms up at start)
    expect(commenter_page.get_by_text(str(COMMENT_HELD))).to_be_visible(timeout=30_000)
    expect(commenter_page.locator(".comment", has_text=HARASSING)).to_have_count(0)
    assert Comment.objects.get().status == Comment.Status.PENDING

    creator_page = new_page()
    log_in(creator_page, creator)
    creator_page.goto(f"{base}/v/{video.pk}")
    expect(creator_page.locator("[data-no-comments]")).to_be_visible()
    wait_until_live(creator_page)

    # The moderator finds it in the queue, reads the evidence and approves it.
    mod_page = new_page(viewport={"width": 1280, "height": 900})
    log_in(mod_page, moderator)
    mod_page.get_by_role("link", name="Moderation").click()
    mod_page.get_by_role("link", name="Moderation cases").click()
    mod_page.get_by_role("link", name=re.compile("worthless loser")).click()
    expect(mod_page.locator("[data-case-text]")).to_have_text(HARASSING)
    expect(mod_page.locator("[data-evidence]").first).to_contain_text("harassment")
    shot(mod_page, "case-page")
    mod_page.get_by_role("radio", name=re.compile("^Approve")).check()
    mod_page.get_by_role("button", name="Save decision").click()
    expect(mod_page.get_by_text(re.compile(r"Case \d+ approved\."))).to_be_visible()
    shot(mod_page, "queue-after-approval")

    # It arrives on the creator's open page without a reload.
    expect(creator_page.locator(".comment", has_text=HARASSING)).to_be_visible()
    expect(creator_page.locator("[data-comments-count]")).to_have_text("1")
    shot(creator_page, "comment-appeared")
