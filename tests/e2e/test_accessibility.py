"""Automated accessibility checks (axe-core) and keyboard-only use of the main pages."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from apps.moderation.services.strikes import strike_issue

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture
def page(new_page):
    """Axe is injected as a script, which the site's Content Security Policy rightly refuses;
    these pages bypass it for the check only."""
    return new_page(bypass_csp=True)


@pytest.fixture
def axe_check(asgi_server):
    """``axe_check(page)``: no serious or critical WCAG 2.1 A/AA violation on the page."""
    if not AXE.exists():
        message = f"NO AXE-CORE: {AXE} is missing (run `npm ci`), accessibility is not checked."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    def check(page) -> None:
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa']})"
        )
        serious = [
            f"{v['id']} ({v['impact']}): {v['help']} at "
            f"{[(n['target'], n['failureSummary'][-160:]) for n in v['nodes']][:3]}"
            for v in result["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
        assert serious == [], f"{page.url}: {serious}"

    return check


def test_public_pages_have_no_serious_violations(
    asgi_server, page, axe_check, video_factory, comment_factory
):
    video = video_factory(caption="Sunset #golden with @ana")
    comment_factory(video=video)
    for path in ["/", f"/v/{video.pk}", "/signup", "/login", f"/@{video.owner.username}",
                 "/credentials/", "/tags/golden"]:  # fmt: skip
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
    pages += ["/settings/standing", "/notifications"]
    pages += [f"/v/{video.pk}/remix", "/remixes", "/studio/remixes"]
    for path in pages:
        page.goto(f"{asgi_server.url}{path}")
        axe_check(page)


def test_errors_on_forms_have_no_serious_violations(asgi_server, page, axe_check):
    page.goto(f"{asgi_server.url}/signup")
    page.get_by_role("button", name="Sign up").click()
    axe_check(page)


def test_sign_up_with_the_keyboard_only(asgi_server, page):
    page.goto(f"{asgi_server.url}/signup")

    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    for _ in range(20):  # from the top of the content to the first field
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "id_username":
            break
    page.keyboard.type("keys.only")
    page.keyboard.press("Tab")
    page.keyboard.type("keys@example.com")
    page.keyboard.press("Tab")
    page.keyboard.type("typed-with-keys-42")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/@keys\.only(#main)?$"))
