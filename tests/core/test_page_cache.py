"""Whole pages kept for anonymous visitors (``apps/core/pagecache.py``) never show a video or
a comment that the privacy policy, moderation or its owner has since taken away, to anyone.

Each change test first reads the cached surfaces anonymously (so the cache holds the old
pages), then changes privacy, blocks, deletes, moderates, suspends or deactivates, then reads
every surface again anonymously and logged in. The ASGI reader, which answers from Redis before
Django runs, is tested on the same keys at the end.
"""

import asyncio
from datetime import timedelta

import pytest
from asgiref.sync import async_to_sync
from django.test import Client
from django.utils import timezone

from apps.accounts.erasure import account_deletion_request
from apps.accounts.services import block_create, profile_update
from apps.comments.models import Comment
from apps.comments.services import comment_delete, comment_moderation_reject
from apps.core import pagecache
from apps.privacy.services import video_privacy_update
from apps.videos.models import Video
from apps.videos.services import like_create, video_delete
from tests.factories import PASSWORD, CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def video(video_factory):
    return video_factory(caption="The whole cached page")


@pytest.fixture
def viewer(user_factory):
    return user_factory()


def _anonymous() -> Client:
    return Client()


def _read(client, video) -> dict[str, str]:
    return {
        "page": client.get(f"/v/{video.pk}").content.decode(),
        "feed": client.get("/").content.decode(),
    }


def _shows(surfaces: dict[str, str], video, text: str = "") -> list[str]:
    found = []
    if f'data-video-id="{video.pk}"' in surfaces["feed"]:
        found.append("feed")
    if video.caption in surfaces["page"]:
        found.append("page")
    if text and text in surfaces["page"]:
        found.append("comment")
    return found


def _served_from_cache(client, path: str) -> bool:
    """Changes the page's data behind the cache's back (``update()``: no version bump) and
    reads again: only a page answered from the cache can still show the old caption."""
    before = client.get(path).content.decode()
    Video.objects.update(caption="Changed without a save")
    after = client.get(path).content.decode()
    return "Changed without a save" not in after and before == after


def test_an_anonymous_video_page_and_feed_are_answered_from_the_cache(video):
    client = _anonymous()
    client.get(f"/v/{video.pk}")
    client.get("/")

    assert _served_from_cache(client, f"/v/{video.pk}")
    assert _served_from_cache(client, "/")


def test_a_cached_page_carries_no_csrf_token_and_sets_no_cookie(video):
    client = _anonymous()
    client.get(f"/v/{video.pk}")

    response = client.get(f"/v/{video.pk}")

    assert b"csrfmiddlewaretoken" not in response.content
    assert not response.cookies
    assert response["Content-Length"] == str(len(response.content))
    assert response["X-Frame-Options"] == "DENY"  # the stored headers come back


def test_a_logged_in_viewer_never_gets_the_anonymous_page(client, video, viewer):
    _anonymous().get(f"/v/{video.pk}")  # stored for anonymous visitors
    client.force_login(viewer)

    page = client.get(f"/v/{video.pk}").content.decode()

    assert f'data-user="{viewer.username}"' in page
    assert 'name="csrfmiddlewaretoken"' in page


def test_other_query_strings_are_answered_uncached(video):
    client = _anonymous()
    client.get(f"/v/{video.pk}?utm=x")
    Video.objects.update(caption="Changed without a save")

    assert "Changed without a save" in client.get(f"/v/{video.pk}?utm=x").content.decode()
    assert "Changed without a save" in client.get("/?tab=nonsense").content.decode()


def test_relative_times_are_written_at_each_response(video, viewer):
    comment = CommentFactory(author=viewer, video=video, body="Timed words")
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timedelta(hours=3))
    Video.objects.filter(pk=video.pk).update(created_at=timezone.now() - timedelta(hours=5))
    client = _anonymous()
    client.get(f"/v/{video.pk}")

    page = client.get(f"/v/{video.pk}").content.decode()

    assert "<!--clipmix:at:" not in page
    assert "3\xa0hours ago" in page
    assert "5\xa0hours ago" in page


def test_a_like_shows_at_once(video, viewer):
    client = _anonymous()
    assert "♥ Like · 0" in client.get(f"/v/{video.pk}").content.decode()

    like_create(user=viewer, video=video)

    assert "♥ Like · 1" in client.get(f"/v/{video.pk}").content.decode()


def _change_privacy(video, viewer, comment):
    video_privacy_update(video=video, visibility="private")


def _change_followers_only(video, viewer, comment):
    video_privacy_update(video=video, visibility="followers")


def _delete_video(video, viewer, comment):
    video_delete(video=video)


def _owner_deletes_account(video, viewer, comment):
    account_deletion_request(user=video.owner, password=PASSWORD, confirmation=video.owner.username)


@pytest.mark.parametrize(
    "change",
    [_change_privacy, _change_followers_only, _delete_video, _owner_deletes_account],
    ids=["private", "followers_only", "video_deleted", "owner_deactivated"],
)
def test_a_video_taken_away_leaves_every_cached_surface(client, video, viewer, change):
    comment = CommentFactory(author=viewer, video=video, body="Said on the page")
    anonymous = _anonymous()
    assert _shows(_read(anonymous, video), video, "Said on the page") == [
        "feed",
        "page",
        "comment",
    ]

    change(video, viewer, comment)

    assert _shows(_read(anonymous, video), video, "Said on the page") == []
    client.force_login(viewer)
    assert _shows(_read(client, video), video, "Said on the page") == []


@pytest.mark.parametrize(
    "change",
    [
        lambda comment: comment_delete(actor=comment.author, comment=comment),
        lambda comment: comment_moderation_reject(comment_id=comment.pk, message="Harassment"),
    ],
    ids=["deleted", "moderated"],
)
def test_a_comment_taken_away_leaves_every_cached_surface(client, video, viewer, change):
    comment = CommentFactory(author=viewer, video=video, body="Soon gone")
    anonymous = _anonymous()
    assert "Soon gone" in _read(anonymous, video)["page"]

    change(comment)

    assert "Soon gone" not in _read(anonymous, video)["page"]
    client.force_login(video.owner)
    assert "Soon gone" not in _read(client, video)["page"]


def test_a_block_hides_the_video_from_the_blocked_viewer_while_anonymous_pages_stay(
    client, video, viewer
):
    anonymous = _anonymous()
    _read(anonymous, video)
    client.force_login(viewer)
    assert _shows(_read(client, video), video) == ["feed", "page"]

    block_create(blocker=video.owner, blocked=viewer)

    assert _shows(_read(client, video), video) == []
    assert client.get(f"/v/{video.pk}").status_code == 404
    assert _shows(_read(anonymous, video), video) == ["feed", "page"]


def test_a_suspended_viewer_sees_the_remix_refused_on_a_page_others_get_cached(
    client, video, viewer
):
    _read(_anonymous(), video)
    client.force_login(viewer)
    assert "data-remix-why" not in client.get(f"/v/{video.pk}").content.decode()

    viewer.remix_suspended_until = timezone.now() + timedelta(days=3)
    viewer.save(update_fields=["remix_suspended_until"])

    assert "data-remix-why" in client.get(f"/v/{video.pk}").content.decode()


def test_a_renamed_owner_shows_at_once(video):
    anonymous = _anonymous()
    assert "Renamed Person" not in _read(anonymous, video)["page"]

    profile_update(user=video.owner, display_name="Renamed Person")

    surfaces = _read(anonymous, video)
    assert "Renamed Person" in surfaces["page"]


@pytest.fixture
def dead_cache(settings):
    """The cache on a port nothing listens on, given back before the suite empties it."""
    reachable = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    yield
    settings.CACHES = reachable


def test_a_cache_that_cannot_be_reached_serves_uncached_pages(video, dead_cache):
    client = _anonymous()

    assert client.get(f"/v/{video.pk}").status_code == 200
    assert client.get("/").status_code == 200


# --- The ASGI reader ----------------------------------------------------------------------------


def _asgi_get(app, path: str, headers: list[tuple[bytes, bytes]] | None = None):
    """A GET through ``app`` as an ASGI server sends it; (status, headers, body)."""
    sent: list[dict] = []
    received: list[bool] = []

    async def receive():
        if not received:
            received.append(True)
            return {"type": "http.request", "body": b"", "more_body": False}
        while not any(m.get("type") == "http.response.body" for m in sent):
            await asyncio.sleep(0.01)
        return {"type": "http.disconnect"}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), *(headers or [])],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    async_to_sync(app)(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return start["status"], dict(start["headers"]), body


@pytest.fixture
def asgi_app(settings):
    if pagecache._redis_location() is None:
        pytest.skip("the ASGI reader needs the Redis cache (REDIS_URL)")
    from django.core.asgi import get_asgi_application

    return pagecache.PageCacheAsgi(get_asgi_application())


@pytest.mark.django_db(transaction=True)
def test_the_asgi_reader_answers_from_the_cache_and_follows_every_change(asgi_app, video_factory):
    video = video_factory(caption="Read through ASGI")
    status, headers, first = _asgi_get(asgi_app, f"/v/{video.pk}")  # stored by the middleware
    assert status == 200
    Video.objects.update(caption="Changed without a save")

    status, headers, again = _asgi_get(asgi_app, f"/v/{video.pk}")

    assert status == 200
    assert again == first  # answered from Redis, not rendered again
    assert headers[b"content-length"] == str(len(again)).encode()
    assert headers[b"x-frame-options"] == b"DENY"
    video.refresh_from_db()
    video_privacy_update(video=video, visibility="private")
    assert _asgi_get(asgi_app, f"/v/{video.pk}")[0] == 404


@pytest.mark.django_db(transaction=True)
def test_the_asgi_reader_passes_a_session_to_django(asgi_app, video_factory, user_factory):
    video = video_factory(caption="Read through ASGI")
    _asgi_get(asgi_app, f"/v/{video.pk}")
    client = Client()
    client.force_login(user_factory())
    cookie = f"sessionid={client.cookies['sessionid'].value}".encode()

    _, _, body = _asgi_get(asgi_app, f"/v/{video.pk}", [(b"cookie", cookie)])

    assert b"data-user=" in body


@pytest.mark.django_db(transaction=True)
def test_behind_a_proxy_the_asgi_reader_judges_the_scheme_as_django_does(
    asgi_app, video_factory, settings
):
    from django.core.asgi import get_asgi_application

    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    asgi_app = pagecache.PageCacheAsgi(get_asgi_application())  # middleware reads settings now
    video = video_factory(caption="Read through a proxy")
    https = [(b"x-forwarded-proto", b"https")]
    assert _asgi_get(asgi_app, f"/v/{video.pk}", https)[0] == 200  # stored
    Video.objects.update(caption="Changed without a save")

    assert b"Read through a proxy" in _asgi_get(asgi_app, f"/v/{video.pk}", https)[2]
    assert _asgi_get(asgi_app, f"/v/{video.pk}")[0] == 301  # plain HTTP is redirected


@pytest.mark.django_db(transaction=True)
def test_a_session_after_a_malformed_cookie_still_reaches_django(
    asgi_app, video_factory, user_factory
):
    video = video_factory(caption="Read through ASGI")
    _asgi_get(asgi_app, f"/v/{video.pk}")
    client = Client()
    client.force_login(user_factory())
    cookie = f'odd="x y; sessionid={client.cookies["sessionid"].value}'.encode()

    _, _, body = _asgi_get(asgi_app, f"/v/{video.pk}", [(b"cookie", cookie)])

    assert b"data-user=" in body
