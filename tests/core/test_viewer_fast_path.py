"""A logged-in viewer's kept page answered by the ASGI reader (``PageCacheAsgi``) without
Django: the same bytes Django would answer, and never once the session has ended or anything
the page shows of the viewer has changed.

Every request here goes through the ASGI application, as a server sends it: the reader in
front of Django's handler, which counts the requests that reach it.
"""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.middleware.csrf import _get_new_csrf_string, _unmask_cipher_token
from django.test import Client
from django.utils import timezone

from apps.accounts import credentials
from apps.accounts.models import BrowserSession, User
from apps.accounts.services import (
    block_create,
    follow_create,
    follow_delete,
    remixes_in_comments_set,
)
from apps.core import pagecache
from apps.core.cache import version_get
from apps.core.pagecache import viewer_version_name
from apps.moderation.services.strikes import suspension_lift
from apps.privacy.services import video_privacy_update
from apps.videos.models import Video
from tests.core.test_page_cache import _asgi_get
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)


class _Django:
    """Django's ASGI handler, counting the requests that reach it."""

    def __init__(self) -> None:
        from django.core.asgi import get_asgi_application

        self.app = get_asgi_application()
        self.calls = 0

    async def __call__(self, scope, receive, send):
        self.calls += 1
        return await self.app(scope, receive, send)


@pytest.fixture
def django_app():
    if pagecache._redis_location() is None:
        pytest.skip("the ASGI reader needs the Redis cache (REDIS_URL)")
    return _Django()


@pytest.fixture
def reader(django_app):
    return pagecache.PageCacheAsgi(django_app)


class _Browser:
    """A logged-in browser: its test client (for log-out) and the cookies it sends."""

    def __init__(self, user: User) -> None:
        self.client = Client()
        self.client.force_login(user)
        self.session_key = self.client.cookies["sessionid"].value
        self.secret = _get_new_csrf_string()

    @property
    def headers(self) -> list[tuple[bytes, bytes]]:
        cookie = f"sessionid={self.session_key}; csrftoken={self.secret}"
        return [(b"cookie", cookie.encode())]


def _fast(reader, django_app, browser: _Browser, path: str):
    """(answered without Django, (status, headers, body))."""
    before = django_app.calls
    answer = _asgi_get(reader, path, browser.headers)
    return django_app.calls == before, answer


def _primed(reader, django_app, browser: _Browser, path: str) -> None:
    """The first request goes through Django, which leaves the page, its headers and the
    session's record; the second is answered by the reader alone."""
    _asgi_get(reader, path, browser.headers)
    fast, (status, _, _) = _fast(reader, django_app, browser, path)
    assert fast
    assert status == 200


def _record(browser: _Browser) -> tuple[str, object]:
    """The Redis key of the browser's session record, and a client to read it with."""
    key = cache.make_key(pagecache.viewer_session_cache_key(browser.session_key))
    return key, pagecache._redis_client()


_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")')


def _normalised(answer, secret: str):
    """Status, headers and body with what differs per response by design left out: each CSRF
    token's mask (every token must still be the browser's own secret) and the cookie's
    expiry date (its Max-Age stays)."""
    status, headers, body = answer
    tokens = [match.group(2).decode() for match in _TOKEN.finditer(body)]
    assert tokens
    assert all(_unmask_cipher_token(token) == secret for token in tokens)
    cookie = re.sub(rb"expires=[^;]*; ", b"", headers.get(b"Set-Cookie", b""))
    rest = {name.lower(): value for name, value in headers.items() if name != b"Set-Cookie"}
    return status, rest, cookie, _TOKEN.sub(rb"\1\3", body)


@pytest.mark.parametrize("path", ["/", "/v/{pk}"], ids=["feed", "video_page"])
def test_the_reader_answers_a_kept_page_with_the_bytes_django_would(
    reader, django_app, video_factory, user_factory, path
):
    video = video_factory(caption="Kept for a viewer")
    path = path.format(pk=video.pk)
    browser = _Browser(user_factory())
    _primed(reader, django_app, browser, path)

    fast, from_reader = _fast(reader, django_app, browser, path)
    from_django = _asgi_get(django_app.app, path, browser.headers)  # its own copy, as before

    assert fast
    assert _normalised(from_reader, browser.secret) == _normalised(from_django, browser.secret)
    _status, headers, body = from_reader
    assert b"Kept for a viewer" in body
    assert headers[b"Content-Length"] == str(len(body)).encode()
    assert b"Max-Age=31449600" in headers[b"Set-Cookie"]
    assert b"Cookie" in headers[b"Vary"]
    assert b"Content-Security-Policy" in headers


def test_the_reader_follows_a_change_django_stores_no_version_for_only_after_a_bump(
    reader, django_app, video_factory, user_factory
):
    video = video_factory(caption="Kept for a viewer")
    browser = _Browser(user_factory())
    _primed(reader, django_app, browser, f"/v/{video.pk}")
    Video.objects.update(caption="Changed without a save")

    fast, (_, _, body) = _fast(reader, django_app, browser, f"/v/{video.pk}")

    assert fast
    assert b"Kept for a viewer" in body
    video.refresh_from_db()
    video.save()  # a save bumps the video's version
    fast, (_, _, body) = _fast(reader, django_app, browser, f"/v/{video.pk}")
    assert not fast
    assert b"Changed without a save" in body


def test_the_session_record_is_kept_under_a_digest_never_the_session_key(
    reader, django_app, video_factory, user_factory
):
    video = video_factory()
    browser = _Browser(user_factory())
    _primed(reader, django_app, browser, f"/v/{video.pk}")

    key, client = _record(browser)

    assert 0 < client.ttl(key) <= pagecache.VIEWER_SESSION_SECONDS
    assert not [k for k in client.keys("*") if browser.session_key.encode() in k]


def test_the_record_lives_shorter_than_the_last_seen_stamp_is_due():
    resolution = credentials.LAST_USED_RESOLUTION.total_seconds()
    assert resolution >= pagecache.VIEWER_SESSION_SECONDS


@pytest.mark.parametrize(
    "cookies",
    [
        "sessionid={session}",  # no CSRF cookie: Django makes one
        "sessionid={session}; csrftoken=short",  # a malformed one: Django replaces it
        "sessionid={session}; csrftoken={secret}; messages=x",  # a message waits
    ],
    ids=["no_csrf_cookie", "malformed_csrf_cookie", "messages_cookie"],
)
def test_any_doubt_goes_to_django(reader, django_app, video_factory, user_factory, cookies):
    video = video_factory()
    browser = _Browser(user_factory())
    _primed(reader, django_app, browser, f"/v/{video.pk}")
    header = cookies.format(session=browser.session_key, secret=browser.secret).encode()

    before = django_app.calls
    _asgi_get(reader, f"/v/{video.pk}", [(b"cookie", header)])

    assert django_app.calls == before + 1


def test_another_sessions_record_is_never_another_accounts_page(
    reader, django_app, video_factory, user_factory
):
    video = video_factory()
    first, second = _Browser(user_factory()), _Browser(user_factory())
    _primed(reader, django_app, first, f"/v/{video.pk}")

    fast, (_, _, body) = _fast(reader, django_app, second, f"/v/{video.pk}")

    assert not fast
    user = User.objects.get(pk=first.client.session["_auth_user_id"])
    assert f'data-user="{user.username}"'.encode() not in body


# --- Privacy: each change stops the reader at once ------------------------------------------------


def _revoke(browser, user, video):
    session = BrowserSession.objects.get(session_key=browser.session_key)
    credentials.browser_session_revoke(user=user, session_id=session.pk)


def _log_out(browser, user, video):
    browser.client.logout()


def _password_changed_elsewhere(browser, user, video):
    elsewhere = _Browser(user)
    credentials.password_change(
        user=user,
        current_password=PASSWORD,
        new_password="another long passphrase 71",
        keep_session_key=elsewhere.session_key,
    )


def _deactivated(browser, user, video):
    user.is_active = False
    user.save()


_ENDS_THE_SESSION = [_revoke, _log_out, _password_changed_elsewhere, _deactivated]


@pytest.mark.parametrize(
    "change", _ENDS_THE_SESSION, ids=["revoked", "logged_out", "password_elsewhere", "deactivated"]
)
@pytest.mark.parametrize("path", ["/", "/v/{pk}"], ids=["feed", "video_page"])
def test_a_session_ended_is_not_answered_by_the_reader_again(
    reader, django_app, video_factory, user_factory, change, path
):
    video = video_factory()
    user = user_factory()
    path = path.format(pk=video.pk)
    browser = _Browser(user)
    _primed(reader, django_app, browser, path)
    assert f'data-user="{user.username}"'.encode() in _fast(reader, django_app, browser, path)[1][2]

    change(browser, user, video)

    fast, (_, _, body) = _fast(reader, django_app, browser, path)
    assert not fast
    assert f'data-user="{user.username}"'.encode() not in body


def _blocked(user, video):
    block_create(blocker=video.owner, blocked=user)


def _made_private(user, video):
    video_privacy_update(video=video, visibility="private")


def _unfollowed(user, video):
    follow_delete(follower=user, followee=video.owner)


@pytest.mark.parametrize(
    "change", [_blocked, _made_private, _unfollowed], ids=["block", "private", "unfollow"]
)
def test_a_video_taken_from_the_viewer_is_not_answered_by_the_reader_again(
    reader, django_app, video_factory, user_factory, change
):
    video = video_factory(caption="Soon out of reach")
    user = user_factory()
    follow_create(follower=user, followee=video.owner)
    video_privacy_update(video=video, visibility="followers")
    browser = _Browser(user)
    _primed(reader, django_app, browser, f"/v/{video.pk}")

    change(user, video)

    fast, (status, _, body) = _fast(reader, django_app, browser, f"/v/{video.pk}")
    assert not fast
    assert status == 404
    assert b"Soon out of reach" not in body


# --- Account changes bump the viewer's version (the reader's record then no longer agrees) ------


def _suspend(user):
    user.remix_suspended_until = timezone.now() + timedelta(days=3)
    user.save(update_fields=["remix_suspended_until"])


def _lift(user):
    _suspend(user)
    suspension_lift(user=user, actor=None, reason="appeal granted")


def _staff(user):
    user.is_staff = True
    user.save()


def _password(user):
    credentials.password_change(
        user=user, current_password=PASSWORD, new_password="another long passphrase 71"
    )


def _deactivate(user):
    user.is_active = False
    user.save(update_fields=["is_active"])


def _ai_filter(user):
    remixes_in_comments_set(user=user, value="hidden")


@pytest.mark.parametrize(
    "change",
    [_suspend, _lift, _staff, _password, _deactivate, _ai_filter],
    ids=["suspension", "suspension_lifted", "staff", "password", "deactivation", "ai_filter"],
)
def test_every_account_change_bumps_the_viewers_version(user_factory, change):
    user = user_factory()
    before = version_get(viewer_version_name(user.pk))

    change(user)

    assert version_get(viewer_version_name(user.pk)) != before


def test_a_suspension_that_ends_by_time_is_read_again_by_django(
    reader, django_app, video_factory, user_factory
):
    video = video_factory()
    user = user_factory()
    user.remix_suspended_until = timezone.now() + timedelta(seconds=30)
    user.save(update_fields=["remix_suspended_until"])
    browser = _Browser(user)
    _primed(reader, django_app, browser, f"/v/{video.pk}")

    key, client = _record(browser)

    assert 0 < client.ttl(key) <= 30


def test_a_request_in_flight_when_its_session_ends_cannot_write_its_record_back(
    reader, django_app, video_factory, user_factory
):
    video = video_factory()
    browser = _Browser(user_factory())
    _primed(reader, django_app, browser, f"/v/{video.pk}")
    key, client = _record(browser)
    record = client.get(key)

    browser.client.logout()
    pagecache._viewer_session_write(browser.session_key, (1, "token", None), 60)

    assert client.get(key) != record
    assert pagecache._serializer.loads(client.get(key)) == pagecache._ENDED
    fast, _ = _fast(reader, django_app, browser, f"/v/{video.pk}")
    assert not fast


def test_a_session_that_changes_is_read_again_by_django(
    reader, django_app, video_factory, user_factory
):
    video = video_factory()
    browser = _Browser(user_factory())
    _primed(reader, django_app, browser, f"/v/{video.pk}")
    session = browser.client.session
    session["something"] = "new"
    session.save()

    fast, _ = _fast(reader, django_app, browser, f"/v/{video.pk}")

    assert not fast
    assert _fast(reader, django_app, browser, f"/v/{video.pk}")[0]  # kept again


def test_with_redis_down_a_logged_in_page_is_rendered_by_django(
    video_factory, user_factory, dead_cache
):
    video = video_factory(caption="Rendered without a cache")
    user = user_factory()
    browser = _Browser(user)  # the session in the database, as always
    django_app = _Django()
    reader = pagecache.PageCacheAsgi(django_app)  # pointed at the dead Redis

    status, _, body = _asgi_get(reader, f"/v/{video.pk}", browser.headers)

    assert status == 200
    assert django_app.calls == 1
    assert b"Rendered without a cache" in body
    assert f'data-user="{user.username}"'.encode() in body
