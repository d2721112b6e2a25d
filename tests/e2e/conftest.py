"""End-to-end tests in Debian's Chromium, driven by Playwright.

Without a browser they skip with a loud message, except under CI (``CI`` set), where a missing
browser is a failure. Screenshots go to ``test-artifacts/e2e/``.
"""

import os
import shutil
import warnings
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CLIPMIX_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"
# Without the networking flags Chromium tries to reach Google at every start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        message = f"NO BROWSER: {CHROMIUM} is missing, end-to-end tests cannot run."
        if os.environ.get("CI"):
            pytest.fail(message + " Install it with: apt-get install chromium")
        warnings.warn(message, stacklevel=1)
        pytest.skip(message + " (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread until it stops; the tests' own
    # ORM calls are ordinary blocking calls, which Django would otherwise refuse beside it.
    # Browser tests run last (tests/conftest.py), so no other test sees this.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-last.png"), full_page=True)
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def shot(page, request):
    """``shot("step")`` saves a screenshot of the page as an artifact."""

    def take(step: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{step}.png"), full_page=True)

    return take
