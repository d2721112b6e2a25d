"""Whole pages kept for anonymous visitors (``apps/core/pagecache.py``) never show a video or
a comment that the privacy policy, moderation or its owner has since taken away, to anyone.

Each change test first reads the cached surfaces anonymously (so the cache holds the old
pages), then changes privacy, blocks, deletes, moderates, suspends or deactivates, then reads
every surface again anonymously and logged in. The ASGI reader, which answers from Redis before
Django runs, is tested on the same keys at the end.
"""

import asyncio
import re
from datetime import timedelta

import pytest
from asgiref.sync import async_to_sync
from django.test import Client
from django.utils import timezone

from apps.accounts.erasure import account_deletion_request
from apps.accounts.models import User
from apps.accounts.services import (
    block_create,
    block_delete,
    follow_create,
    follow_delete,
    profile_update,
    remixes_in_comments_set,
)
from apps.comments.models import Comment
from apps.comments.services import comment_delete, comment_moderation_reject
from apps.core import pagecache
from apps.core.cache import version_get
from apps.core.pagecache import ACCOUNTS_VERSION
from apps.notifications.services import notification_create, notifications_mark_read
from apps.privacy.services import video_privacy_update
from apps.search.selectors.discover import DISCOVER_VERSION
from apps.videos.models import Video
from apps.videos.pages import video_version_name
from apps.videos.services import like_create, video_delete
from bench._common import asgi_get_scope
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


_CSRF_VALUE = re.compile(r'(name="csrfmiddlewaretoken" value=")([^"]*)(")')


def _csrf_tokens(page: str) -> list[str]:
    return [match.group(2) for match in _CSRF_VALUE.finditer(page)]


def _served_from_cache(client, path: str) -> bool:
    """Changes the page's data behind the cache's back (``update()``: no version bump) and
    reads again: only a page answered from the cache can still show the old caption. (A
    logged-in page's CSRF tokens are new at each response; they are left out.)"""
    before = _CSRF_VALUE.sub(r"\1\3", client.get(path).content.decode())
    Video.objects.update(caption="Changed without a save")
    after = _CSRF_VALUE.sub(r"\1\3", client.get(path).content.decode())
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
    client.force_login(viewer)
    everything = ["feed", "page", "comment"]
    assert _shows(_read(anonymous, video), video, "Said on the page") == everything
    assert _shows(_read(client, video), video, "Said on the page") == everything

    change(video, viewer, comment)

    assert _shows(_read(anonymous, video), video, "Said on the page") == []
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
    client.force_login(video.owner)
    assert "Soon gone" in _read(anonymous, video)["page"]
    assert "Soon gone" in _read(client, video)["page"]

    change(comment)

    assert "Soon gone" not in _read(anonymous, video)["page"]
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


# --- Logged-in viewers' own copies ---------------------------------------------------------------


def _logged_in(user, **options) -> Client:
    client = Client(**options)
    client.force_login(user)
    return client


def test_a_logged_in_page_is_answered_from_the_viewers_own_copy(video, viewer):
    client = _logged_in(viewer)
    client.get(f"/v/{video.pk}")
    client.get("/")

    assert _served_from_cache(client, f"/v/{video.pk}")
    assert _served_from_cache(client, "/")


def test_a_kept_page_gets_a_fresh_csrf_token_at_each_response_and_it_posts(video, viewer):
    client = _logged_in(viewer, enforce_csrf_checks=True)
    client.get(f"/v/{video.pk}")

    first, second = (_csrf_tokens(client.get(f"/v/{video.pk}").content.decode()) for _ in "12")

    assert first
    assert all(len(token) == 64 for token in first + second)  # masked tokens, no marker
    assert set(first).isdisjoint(second)
    response = client.post(f"/v/{video.pk}/like", {"csrfmiddlewaretoken": second[0]})
    assert response.status_code == 302
    assert video.likes.filter(user=viewer).exists()


def test_no_viewer_gets_another_viewers_copy_after_logging_out_and_in(
    client, video, viewer, user_factory
):
    other = user_factory()
    client.force_login(viewer)
    for path in (f"/v/{video.pk}", "/"):
        assert f'data-user="{viewer.username}"' in client.get(path).content.decode()
    client.logout()
    for path in (f"/v/{video.pk}", "/"):
        assert "data-user=" not in client.get(path).content.decode()

    client.force_login(other)

    for path in (f"/v/{video.pk}", "/"):
        page = client.get(path).content.decode()
        assert f'data-user="{other.username}"' in page
        assert f'data-user="{viewer.username}"' not in page


def test_follow_and_unfollow_show_and_hide_a_followers_only_video_at_once(video, viewer):
    video_privacy_update(video=video, visibility="followers")
    client = _logged_in(viewer)
    following = "/?tab=following"
    assert client.get(f"/v/{video.pk}").status_code == 404
    assert f'data-video-id="{video.pk}"' not in client.get(following).content.decode()

    follow_create(follower=viewer, followee=video.owner)

    assert video.caption in client.get(f"/v/{video.pk}").content.decode()
    assert f'data-video-id="{video.pk}"' in client.get(following).content.decode()

    follow_delete(follower=viewer, followee=video.owner)

    assert client.get(f"/v/{video.pk}").status_code == 404
    assert f'data-video-id="{video.pk}"' not in client.get(following).content.decode()


def _follow_button(page: str) -> str:
    return "Following" if 'value="unfollow"' in page else "Follow"


def test_a_block_either_way_changes_both_peoples_kept_pages(video, viewer):
    follow_create(follower=viewer, followee=video.owner)
    follow_create(follower=video.owner, followee=viewer)
    client, owner = _logged_in(viewer), _logged_in(video.owner)
    assert _follow_button(client.get(f"/v/{video.pk}").content.decode()) == "Following"
    assert _shows(_read(owner, video), video) == ["feed", "page"]

    block_create(blocker=viewer, blocked=video.owner)  # ends both follows

    assert _follow_button(client.get(f"/v/{video.pk}").content.decode()) == "Follow"
    block_delete(blocker=viewer, blocked=video.owner)
    block_create(blocker=video.owner, blocked=viewer)
    assert client.get(f"/v/{video.pk}").status_code == 404
    assert _shows(_read(client, video), video) == []
    block_delete(blocker=video.owner, blocked=viewer)
    assert _shows(_read(client, video), video) == ["feed", "page"]


def test_the_owner_keeps_seeing_a_private_video_others_lose(video, viewer):
    owner, client = _logged_in(video.owner), _logged_in(viewer)
    assert _shows(_read(owner, video), video) == ["feed", "page"]
    assert _shows(_read(client, video), video) == ["feed", "page"]

    video_privacy_update(video=video, visibility="private")

    assert _shows(_read(owner, video), video) == ["page"]  # "for you" lists public videos
    assert _shows(_read(client, video), video) == []


def test_the_likers_heart_fills_at_once(video, viewer):
    client = _logged_in(viewer)
    assert 'aria-pressed="false"' in client.get(f"/v/{video.pk}").content.decode()

    like_create(user=viewer, video=video)

    assert 'aria-pressed="true"' in client.get(f"/v/{video.pk}").content.decode()


def test_the_unread_count_follows_notifications_received_and_read(video, viewer):
    client = _logged_in(viewer)
    none_unread = 'data-unread-count aria-hidden="true" hidden'
    assert none_unread in client.get(f"/v/{video.pk}").content.decode()

    notification_create(recipient=viewer, kind="test", text="Something happened")

    assert (
        'data-unread-count aria-hidden="true">1<' in client.get(f"/v/{video.pk}").content.decode()
    )
    notifications_mark_read(recipient=viewer)
    assert none_unread in client.get(f"/v/{video.pk}").content.decode()


def test_the_viewers_ai_remix_filter_and_their_follows_apply_at_once(video, viewer, user_factory):
    remixer = user_factory()
    CommentFactory(video=video, author=remixer, body="A remix", image="comments/r.jpg")
    client = _logged_in(viewer)
    assert "A remix" in client.get(f"/v/{video.pk}").content.decode()

    remixes_in_comments_set(user=viewer, value="following")

    assert "A remix" not in client.get(f"/v/{video.pk}").content.decode()
    follow_create(follower=viewer, followee=remixer)
    assert "A remix" in client.get(f"/v/{video.pk}").content.decode()


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

    async_to_sync(app)(asgi_get_scope(path, headers or []), receive, send)
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


@pytest.mark.parametrize(
    "cookie", ["sessionid={}", 'odd="x y; sessionid={}'], ids=["plain", "after_a_malformed_one"]
)
@pytest.mark.django_db(transaction=True)
def test_the_asgi_reader_passes_a_session_to_django(asgi_app, video_factory, user_factory, cookie):
    video = video_factory(caption="Read through ASGI")
    _asgi_get(asgi_app, f"/v/{video.pk}")
    client = Client()
    client.force_login(user_factory())
    header = cookie.format(client.cookies["sessionid"].value).encode()

    _, _, body = _asgi_get(asgi_app, f"/v/{video.pk}", [(b"cookie", header)])

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


def test_anonymous_discover_is_answered_from_the_cache_until_the_discover_version_moves(video):
    client = _anonymous()
    assert f'href="/@{video.owner.username}"' in client.get("/discover").content.decode()
    User.objects.filter(pk=video.owner.pk).update(display_name="Renamed behind its back")
    assert "Renamed behind its back" not in client.get("/discover").content.decode()

    video_privacy_update(video=video, visibility="private")  # no public video: no new creator

    page = client.get("/discover").content.decode()
    assert f'href="/@{video.owner.username}"' not in page
    assert "Renamed behind its back" not in page


def test_a_logged_in_viewers_discover_is_kept_for_them_until_a_version_moves(video, viewer):
    """Issue 22: what else it follows is tested in tests/search/test_discover_viewer_copy.py."""
    client = _logged_in(viewer)
    client.get("/discover")
    User.objects.filter(pk=video.owner.pk).update(display_name="Renamed behind its back")
    assert "Renamed behind its back" not in client.get("/discover").content.decode()

    profile_update(user=video.owner, display_name="Renamed Person")

    assert "Renamed Person" in client.get("/discover").content.decode()


# --- Which saves move which versions ------------------------------------------------------------


def test_a_full_save_bumps_the_discover_version_only_when_the_status_changed(video):
    page, discover = video_version_name(video.pk), DISCOVER_VERSION
    page_token, discover_token = version_get(page), version_get(discover)

    Video.objects.get(pk=video.pk).save()  # a full save that changes nothing anyone sees hidden

    assert version_get(page) != page_token  # a video's pages show its whole row
    assert version_get(discover) == discover_token
    video.status, video.failure_reason = Video.Status.FAILED, "Unreadable"
    video.save()
    assert version_get(discover) != discover_token


@pytest.mark.parametrize("full_save", [True, False], ids=["full_save", "update_fields"])
def test_a_comment_withdrawn_bumps_its_threads_and_the_discover_version(video, viewer, full_save):
    comment = CommentFactory(author=viewer, video=video)
    discover_token = version_get(DISCOVER_VERSION)
    comment.body = "Edited"
    comment.save(update_fields=None if full_save else ["body"])
    assert version_get(DISCOVER_VERSION) == discover_token

    comment.status = Comment.Status.HIDDEN
    comment.save(update_fields=None if full_save else ["status"])

    assert version_get(DISCOVER_VERSION) != discover_token


def test_a_new_account_bumps_no_version(user_factory):
    tokens = version_get(ACCOUNTS_VERSION), version_get(DISCOVER_VERSION)

    user_factory()

    assert (version_get(ACCOUNTS_VERSION), version_get(DISCOVER_VERSION)) == tokens
