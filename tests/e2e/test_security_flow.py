"""Settings, Security in a real browser: passwords, a forgotten password through the mailed
link, API tokens and the list of logged-in browsers (issue 21)."""

import json
import re
import zipfile

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

NEW_PASSWORD = "a-fresh-l0ng-passphrase"


def test_changing_the_password_logs_the_other_browser_out(
    asgi_server, new_page, log_in, user, axe_check, shot
):
    base = asgi_server.url
    laptop, phone = new_page(), new_page()
    log_in(laptop, user)
    log_in(phone, user)

    # Logging in lands on the feed; the profile (from the header) links to Security.
    laptop.get_by_role("navigation", name="Main").get_by_role(
        "link", name=f"@{user.username}"
    ).click()
    laptop.get_by_role("link", name="Security").click()
    sessions = laptop.locator("[data-session]")
    expect(sessions).to_have_count(2)
    expect(laptop.get_by_text("this browser")).to_have_count(1)
    axe_check(laptop)
    shot(laptop, "security-two-browsers")

    laptop.get_by_role("link", name="Change your password").click()
    laptop.get_by_label("Current password").fill("not-my-password")
    laptop.get_by_label("New password").fill(NEW_PASSWORD)
    laptop.get_by_role("button", name="Change password").click()
    expect(laptop.get_by_text("That is not your current password.")).to_be_visible()
    laptop.get_by_label("Current password").fill("correct-horse-battery")
    laptop.get_by_label("New password").fill(NEW_PASSWORD)
    laptop.get_by_role("button", name="Change password").click()
    expect(laptop.get_by_text("Password changed. Every other browser")).to_be_visible()
    expect(laptop.locator("[data-session]")).to_have_count(1)

    phone.goto(f"{base}/settings/security")
    expect(phone).to_have_url(re.compile(r"/login\?next="))
    phone.get_by_label("Handle").fill(user.username)
    phone.get_by_label("Password").fill(NEW_PASSWORD)
    phone.get_by_role("button", name="Log in").click()
    expect(phone.get_by_role("heading", name="Security", exact=True)).to_be_visible()


def test_ending_another_browser_from_the_list(asgi_server, new_page, log_in, user):
    base = asgi_server.url
    laptop, phone = new_page(), new_page()
    log_in(laptop, user)
    log_in(phone, user)
    laptop.goto(f"{base}/settings/security")

    other = laptop.locator("[data-session]").filter(has_not_text="this browser")
    other.get_by_role("button", name=re.compile("^Log out")).click()
    expect(laptop.get_by_text("That browser is logged out.")).to_be_visible()

    phone.reload()
    expect(
        phone.get_by_role("navigation", name="Main").get_by_role("link", name="Log in")
    ).to_be_visible()


def test_resetting_a_forgotten_password_through_the_mailed_link(
    asgi_server, page, user, mailed_link, shot
):
    base = asgi_server.url
    page.goto(f"{base}/login")
    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_label("Email").fill(user.email)
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_text("If an account uses that address")).to_be_visible()

    link = mailed_link(user.email, "/password-reset/")
    page.goto(base + link)
    expect(page).to_have_url(re.compile(r"/set-password$"))  # the token left the address bar
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password confirmation").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set the password").click()
    expect(page.get_by_text("Password changed. Log in with the new one.")).to_be_visible()
    shot(page, "reset-done")

    page.get_by_label("Handle").fill(user.username)
    page.get_by_label("Password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{base}/")

    page.goto(base + link)  # a reset link works once
    expect(page.locator("[data-link-invalid]")).to_be_visible()


def test_a_revoked_token_is_refused(asgi_server, page, log_in, user, shot):
    base = asgi_server.url
    log_in(page, user)
    page.goto(f"{base}/settings/security")
    page.get_by_label("Name").fill("my script")
    page.get_by_role("button", name="Create token").click()
    key = page.locator("[data-token-key]").inner_text()
    shot(page, "token-created")

    me = f"{base}/api/v1/accounts/me/"
    fresh = page.context.browser.new_context()
    try:
        answer = fresh.request.get(me, headers={"Authorization": f"Token {key}"})
        assert answer.status == 200
        assert answer.json()["handle"] == user.username

        page.goto(f"{base}/settings/security")
        expect(page.locator("[data-token-key]")).to_have_count(0)  # shown once
        page.get_by_role("button", name=re.compile(r"^Revoke my script")).click()
        expect(page.get_by_text("Token revoked: it no longer works.")).to_be_visible()

        refused = fresh.request.get(me, headers={"Authorization": f"Token {key}"})
        assert refused.status == 401
        assert refused.json()["code"] == "authentication_failed"
    finally:
        fresh.close()


def test_deleting_the_account_and_restoring_it_by_logging_in(
    asgi_server, page, new_page, log_in, user, video_factory, shot
):
    base = asgi_server.url
    video = video_factory(owner=user, caption="Soon gone")
    log_in(page, user)
    page.goto(f"{base}/settings/security")
    page.get_by_role("link", name="Delete your account").click()
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Type your handle to confirm").fill("someone-else")
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text(f"Type your handle, {user.username}, to confirm.")).to_be_visible()
    page.get_by_label("Password").fill("correct-horse-battery")
    page.get_by_label("Type your handle to confirm").fill(user.username)
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("Log in before then to restore it.")).to_be_visible()
    shot(page, "account-deleted")

    visitor = new_page()
    assert visitor.goto(f"{base}/@{user.username}").status == 404
    assert visitor.goto(f"{base}/v/{video.pk}").status == 404

    log_in(page, user)
    expect(page.get_by_text("Welcome back: your account is restored.")).to_be_visible()
    assert visitor.goto(f"{base}/v/{video.pk}").status == 200


def test_downloading_an_export_and_opening_it(asgi_server, page, log_in, user, video_factory):
    base = asgi_server.url
    video_factory(owner=user, caption="In the export")
    log_in(page, user)
    page.goto(f"{base}/settings/security")
    page.get_by_role("link", name="Export your data").click()
    page.get_by_role("button", name="Export my data").click()
    ready = page.locator('[data-export-status="ready"]')
    expect(ready).to_have_count(1)

    with page.expect_download() as download:
        ready.get_by_role("link", name=re.compile("^Download")).click()
    path = download.value.path()

    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read("profile.json"))["handle"] == user.username
        assert [v["caption"] for v in json.loads(archive.read("videos.json"))] == ["In the export"]
        assert "README.txt" in archive.namelist()
    page.reload()
    expect(page.locator('[data-export-status="downloaded"]')).to_have_count(1)
