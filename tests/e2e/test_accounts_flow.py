import re

import pytest
from playwright.sync_api import expect

from apps.accounts.models import User

pytestmark = pytest.mark.django_db(transaction=True)


def test_sign_up_log_out_log_in_and_see_your_profile(asgi_server, page, shot):
    page.goto(f"{asgi_server.url}/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sign up").click()

    # A mistake first: the page says what is wrong, field by field.
    page.get_by_label("Handle").fill("Ana Remix")
    page.get_by_label("Email").fill("ana@example.com")
    page.get_by_label("Password").fill("short")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("Use lowercase letters, digits")).to_be_visible()
    expect(page.get_by_text("This password is too short")).to_be_visible()
    shot(page, "sign-up-errors")

    page.get_by_label("Handle").fill("ana.remix")
    page.get_by_label("Password").fill("sunset-remix-77")
    page.get_by_role("button", name="Sign up").click()
    expect(page).to_have_url(re.compile(r"/@ana\.remix$"))
    expect(page.get_by_role("heading", name="ana.remix")).to_be_visible()
    shot(page, "profile-after-sign-up")

    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_role("button", name="Log out").click()
    expect(nav.get_by_role("link", name="Log in")).to_be_visible()

    nav.get_by_role("link", name="Log in").click()
    page.get_by_label("Handle").fill("Ana.Remix")
    page.get_by_label("Password").fill("sunset-remix-77")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{asgi_server.url}/")  # people log in to watch: the feed
    page.get_by_role("navigation", name="Main").get_by_role("link", name="@ana.remix").click()
    expect(page.get_by_role("link", name="Edit profile")).to_be_visible()
    shot(page, "profile-after-log-in")

    assert User.objects.get(username="ana.remix").email == "ana@example.com"


def test_follow_button_updates_in_place(asgi_server, page, log_in, user_factory):
    ana, bo = user_factory(username="ana"), user_factory(username="bo")
    log_in(page, bo)

    page.goto(f"{asgi_server.url}/@ana")
    page.get_by_role("button", name="Follow", exact=True).click()

    expect(page.get_by_role("button", name="Following")).to_be_visible()
    expect(page.locator(".stats li").first).to_have_text("1 follower")
    assert ana.follower_set.filter(follower=bo).exists()
