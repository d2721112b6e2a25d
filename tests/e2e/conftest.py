"""End-to-end tests in Debian's Chromium, driven by Playwright.

Without a browser they skip with a loud message, except under CI (``CI`` set), where a missing
browser is a failure. Screenshots go to ``test-artifacts/e2e/``.
"""

import os
import re
import shutil
import time
import warnings
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler

CHROMIUM = os.environ.get("CLIPMIX_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "e2e"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
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


def _server_setup(
    media_root: str, cache_dir: str, mail_dir: str, db_blocker, chain_paths: dict[str, Path]
) -> None:
    """Runs in the server process, forked after the test database was set up (so its settings
    already name it): lift pytest-django's guard, which the fork inherited, use a throwaway
    media folder, a cache the tests can reset (see ``_server_cache_reset``), and run tasks
    in-process (there is no worker in browser tests)."""
    from django.conf import settings
    from django.test import override_settings

    from config.celery import app as celery_app

    db_blocker.unblock()
    _forget_inherited_connections()
    if _cache_is_per_process(settings.CACHES):
        # Sends setting_changed, which rebuilds the cache handlers the fork inherited.
        override_settings(CACHES=_shared_file_cache(cache_dir)).enable()
    settings.MEDIA_ROOT = media_root
    # Mail goes to files that the tests read, as a person reads the console backend's output.
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = mail_dir
    settings.CLIPMIX_C2PA_CERT_CHAIN = str(chain_paths["chain"])
    settings.CLIPMIX_C2PA_PRIVATE_KEY = str(chain_paths["key"])
    settings.CLIPMIX_C2PA_TRUST_ANCHORS = str(chain_paths["root"])
    settings.CLIPMIX_WATERMARK_KEY = "test-watermark-key-not-for-production"
    # Users made by factories in the test process carry the tests' fast password hashes.
    settings.PASSWORD_HASHERS = [
        *settings.PASSWORD_HASHERS,
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
    celery_app.conf.task_always_eager = True
    # Every test builds its own world; a discover section cached by an earlier test would show
    # that world's rows (the local-memory cache outlives each test in this process).
    settings.CLIPMIX_DISCOVER_CACHE_SECONDS = 0


def _cache_is_per_process(caches: dict) -> bool:
    return caches["default"]["BACKEND"].endswith("LocMemCache")


def _shared_file_cache(cache_dir: str) -> dict:
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": cache_dir,
        }
    }


def _forget_inherited_connections() -> None:
    """The fork copied the test process's open connections and its PostgreSQL connection pool,
    whose worker threads did not survive the fork: the pool could never open another
    connection (PoolTimeout as soon as two requests overlap), and the copied sockets are the
    test process's. Drop them, unclosed, so that the server opens its own."""
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.connection = None
        pools = getattr(type(connection), "_connection_pools", None)
        if pools is not None:
            pools.clear()


def wait_until_live(page) -> None:
    """Wait until the video page's socket is open, so that no event sent later is missed."""
    from playwright.sync_api import expect

    expect(page.locator("[data-comments]")).to_have_attribute("data-live", "open")


def composer_submit(page) -> None:
    """Press Remix once the composer's script has taken over its form (before that, Remix
    posts the form and the browser lands on "My remixes" instead of the live status card)."""
    from playwright.sync_api import expect

    expect(page.locator("[data-remix-composer]")).to_have_attribute("data-ready", "true")
    page.get_by_role("button", name="Remix", exact=True).click()


@dataclass(frozen=True)
class LiveServer:
    url: str
    # Where the server keeps media: a test that makes files itself (a remix's image) saves
    # them here, so that the server can serve them.
    media_root: str = ""


@pytest.fixture(scope="session")
def live_cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("live-cache")


@pytest.fixture(autouse=True)
def _server_cache_reset(settings, live_cache_dir):
    """Every browser test starts with the server's rate-limit counters (and the rest of its
    cache) empty, as each in-process test does (tests/conftest.py ``_isolated``): the tests' own
    log-ins would otherwise use up the shared server's log-in limit. With Redis the server
    shares the tests' cache, which ``_isolated`` clears; the embedded default's cache lives in
    each process, so the server gets a file cache, which this process then uses too: what a
    test changes (a comment, a remix published here) draws the server's kept pages anew, as
    it would in the one process of ``make run``."""
    if _cache_is_per_process(settings.CACHES):
        settings.CACHES = _shared_file_cache(str(live_cache_dir))
        from django.core.cache import cache

        cache.clear()


@pytest.fixture(scope="session")
def live_mail_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("live-mail")


@pytest.fixture
def mailed_link(live_mail_dir):
    """``mailed_link(address, "/verify-email/")``: the newest link with that path that the
    server mailed to ``address`` (waiting a little for it)."""
    import email

    def find(address: str, path: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            links = []
            for file in sorted(live_mail_dir.glob("*.log"), key=lambda f: f.stat().st_mtime):
                for raw in file.read_bytes().split(b"-" * 79):
                    message = email.message_from_bytes(raw.strip())
                    if message["To"] != address:
                        continue
                    body = message.get_payload(decode=True).decode()
                    links += re.findall(rf"https?://\S+({re.escape(path)}\S+)", body)
            if links:
                return links[-1]
            if time.monotonic() > deadline:
                raise AssertionError(f"no mail to {address} with a {path} link")
            time.sleep(0.2)

    return find


@pytest.fixture(scope="session")
def asgi_server(
    django_db_setup, django_db_blocker, tmp_path_factory, chain_paths, live_cache_dir, live_mail_dir
):
    """The real ASGI application (HTTP and websockets) under Daphne, in its own process, on
    the test database. Replaces pytest-django's WSGI live server, which has no websockets."""
    from channels.testing.live import make_application
    from daphne.testing import DaphneProcess

    media_root = str(tmp_path_factory.mktemp("live-media"))
    process = DaphneProcess(
        "localhost",
        partial(make_application, static_wrapper=ASGIStaticFilesHandler),
        setup=partial(
            _server_setup,
            media_root,
            str(live_cache_dir),
            str(live_mail_dir),
            django_db_blocker,
            chain_paths,
        ),
    )
    process.start()
    if not process.ready.wait(timeout=30):
        process.terminate()
        raise RuntimeError("The live server did not start")
    yield LiveServer(url=f"http://localhost:{process.port.value}", media_root=media_root)
    process.terminate()
    process.join(timeout=10)


@pytest.fixture(scope="session")
def browser(asgi_server):
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
def new_page(browser, request):
    """``new_page()``: a page in a browser context of its own (its own cookies: another person).
    Each is screenshotted at the end, and any JavaScript error fails the test."""
    contexts = []
    errors: list[str] = []

    def make(**options):
        options.setdefault("viewport", {"width": 390, "height": 844})  # a phone, unless told
        context = browser.new_context(**options)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        return page

    yield make
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for number, context in enumerate(contexts):
        for page in context.pages:
            page.screenshot(
                path=str(ARTIFACTS / f"{request.node.name}-last-{number}.png"), full_page=True
            )
        context.close()
    _server_requests_finished()
    assert not errors, f"JavaScript errors on the page: {errors}"


def _server_requests_finished(timeout: float = 10.0) -> None:
    """Wait until the server has finished what the closed pages asked for. On PostgreSQL each
    request is a transaction (``ATOMIC_REQUESTS``), and the test database is emptied after the
    test by one TRUNCATE of every table: a request still running holds one table and wants
    another that the TRUNCATE holds, and PostgreSQL ends the deadlock by failing the TRUNCATE
    (a full CI run's error at the teardown of a notifications test)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
                " AND state IN ('active', 'idle in transaction')"
            )
            if not cursor.fetchone()[0]:
                return
            time.sleep(0.05)


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def log_in(asgi_server, password):
    """``log_in(page, user)``: log in through the form, as a person would."""
    from playwright.sync_api import expect

    def submit(page, user) -> None:
        page.goto(f"{asgi_server.url}/login")
        page.get_by_label("Handle").fill(user.username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Log in").click()
        expect(page).to_have_url(f"{asgi_server.url}/")  # people log in to watch: the feed

    return submit


@pytest.fixture
def shot(request):
    """``shot(page, "step")`` saves a screenshot of ``page`` as an artifact."""

    def take(page, step: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{step}.png"), full_page=True)

    return take


def video_post(page, base_url: str, path: Path, caption: str, *, timeout: float = 5_000) -> Any:
    """Post the video file at ``path`` with ``caption`` from the upload page, as the user
    logged in on ``page``; the stored ``Video`` once the page has moved on to it (it is
    processed first)."""
    from playwright.sync_api import expect

    from apps.videos.models import Video

    page.goto(f"{base_url}/upload")
    page.get_by_label("Video", exact=True).set_input_files(str(path))
    page.get_by_label("Caption", exact=True).fill(caption)
    page.get_by_role("button", name="Post").click()
    expect(page).to_have_url(re.compile(r"/v/\d+$"), timeout=timeout)
    return Video.objects.get(caption=caption)


@dataclass(frozen=True)
class TalkingVideo:
    """A person talking, uploaded through the upload page by its creator, with every kind of
    remix allowed; ``fan_page`` is another person's page, logged in."""

    video: Any
    creator: Any
    fan: Any
    fan_page: Any


@pytest.fixture
def talking_video(asgi_server, new_page, log_in, user_factory, tmp_path) -> TalkingVideo:
    """4 s of the astronaut pan with its spoken line (as ``seed_demo`` makes them), posted by
    @ana from the upload page; @bo, a fan, is logged in on ``fan_page``."""
    from apps.privacy.models import RemixKind, VideoPrivacy
    from tests.remix.conftest import speaking_video_write

    creator, fan = user_factory(username="ana"), user_factory(username="bo")
    path = speaking_video_write(tmp_path / "talk.mp4")

    creator_page = new_page()
    log_in(creator_page, creator)
    # The upload is processed before the page moves on (frames, poster): slow on busy cores.
    video = video_post(creator_page, asgi_server.url, path, "Launch day talk", timeout=30_000)
    # Face and voice edits start off for new accounts; this creator allows every kind.
    VideoPrivacy.objects.filter(video=video).update(remix_kinds=list(RemixKind.values))

    fan_page = new_page()
    log_in(fan_page, fan)
    return TalkingVideo(video=video, creator=creator, fan=fan, fan_page=fan_page)


@pytest.fixture(scope="session")
def axe_check():
    """``axe_check(page)``: no serious or critical WCAG 2.1 A/AA violation (axe-core) on the
    page as it is now. Axe is evaluated through the DevTools protocol, which the Content Security
    Policy does not govern, so pages are checked as users get them, policy included."""
    if not AXE.exists():
        message = f"NO AXE-CORE: {AXE} is missing (run `npm ci`), accessibility is not checked."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    source = AXE.read_text()

    def check(page) -> None:
        if not page.evaluate("typeof window.axe === 'object'"):
            page.evaluate(source)
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
