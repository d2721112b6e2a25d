"""Automated accessibility checks (axe-core) of the main pages. (The story's pages are checked at
each of its steps, test_story.py; keyboard use is in test_keyboard.py.)"""

import pytest
from PIL import Image
from playwright.sync_api import expect

from apps.comments.services import comment_create
from apps.moderation.models import ModerationCase
from apps.moderation.services.appeals import appeal_create
from apps.moderation.services.moderators import moderator_grant
from apps.moderation.services.strikes import strike_issue

pytestmark = pytest.mark.django_db(transaction=True)

# Held by text screening (harassment): a case in the moderators' queue.
HARASSING = "You are a worthless loser and everyone laughs at you"


def test_public_pages_have_no_serious_violations(
    asgi_server, page, axe_check, video_factory, comment_factory
):
    video = video_factory(caption="Sunset #golden with @ana")
    video.hashtags.create(name="golden")
    comment_factory(video=video)
    for path in ["/", f"/v/{video.pk}", "/signup", "/login", f"/@{video.owner.username}",
                 "/credentials/", "/tags/golden", "/search?q=sunset",
                 f"/search?q={video.owner.username}&type=people", "/search?q=gol&type=hashtags",
                 "/search?q=the", "/discover"]:  # fmt: skip
        page.goto(f"{asgi_server.url}{path}")
        axe_check(page)


def test_signed_in_pages_have_no_serious_violations(
    asgi_server, page, log_in, axe_check, video_factory
):
    video = video_factory()
    strike_issue(user=video.owner, category="harassment", reason="Insults in a comment.")
    log_in(page, video.owner)
    pages = ["/upload", f"/v/{video.pk}", f"/v/{video.pk}/privacy", "/settings/privacy"]
    pages += ["/settings/profile", "/settings/privacy/apply-to-all", "/?tab=following"]
    pages += ["/settings/standing", "/notifications", "/discover"]
    pages += [f"/v/{video.pk}/remix", "/remixes", "/studio/remixes"]
    for path in pages:
        page.goto(f"{asgi_server.url}{path}")
        axe_check(page)


def test_errors_on_forms_have_no_serious_violations(asgi_server, page, axe_check):
    page.goto(f"{asgi_server.url}/signup")
    page.get_by_role("button", name="Sign up").click()
    axe_check(page)


def test_a_credentials_report_has_no_serious_violations(asgi_server, page, axe_check, tmp_path):
    """An image without Content Credentials, checked on the public credentials page."""
    plain = tmp_path / "plain.png"
    Image.new("RGB", (64, 64), "teal").save(plain)
    page.goto(f"{asgi_server.url}/credentials/")
    page.get_by_label("Image").set_input_files(str(plain))
    page.get_by_role("button", name="Check").click()
    expect(page.locator("[data-c2pa-state]")).to_have_attribute("data-c2pa-state", "absent")
    axe_check(page)


def test_moderation_pages_have_no_serious_violations(
    asgi_server, new_page, log_in, axe_check, user_factory, video_factory
):
    """The moderators' queue, a held comment's case, an appeal and the dashboard, in admin."""
    author = user_factory(username="bo")
    comment_create(author=author, video=video_factory(), body=HARASSING)
    case = ModerationCase.objects.get()
    strike = strike_issue(user=author, category="harassment", reason="Insults in a comment.")
    appeal = appeal_create(appellant=author, strike=strike, text="It was a joke between friends.")
    page = new_page(viewport={"width": 1280, "height": 900})
    log_in(page, moderator_grant(user=user_factory(username="mo")))
    pages = ["/admin/", "/admin/moderation/moderationcase/dashboard/"]
    pages += [
        "/admin/moderation/moderationcase/",
        f"/admin/moderation/moderationcase/{case.pk}/change/",
    ]
    pages += ["/admin/moderation/appeal/", f"/admin/moderation/appeal/{appeal.pk}/change/"]
    pages += ["/admin/moderation/strike/", "/admin/moderation/auditentry/"]
    for path in pages:
        page.goto(f"{asgi_server.url}{path}")
        assert "Page not found" not in page.title(), path
        axe_check(page)
