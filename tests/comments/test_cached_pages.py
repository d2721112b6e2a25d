"""The fragments pages share between viewers (a video's comment threads, the feed's cards)
never show a video or a comment that the privacy policy or moderation has since taken away.

Each test reads every cached surface first (the video page, the feed, and the API beside
them), so that the cache holds the old rendering; then changes privacy, blocks, deletes,
moderates or takes a remix down; then reads them all again. On PostgreSQL + Redis the cache is
Redis, embedded it is the local-memory cache: both run these tests. Last, a cache that cannot
be reached (a dead port) costs speed, never a page.
"""

import pytest
from django.utils import timezone

from apps.accounts.services import block_create, follow_create
from apps.comments.models import Comment
from apps.comments.services import comment_create, comment_delete, comment_moderation_reject
from apps.core import cache as page_cache
from apps.privacy.services import video_privacy_update
from apps.remix.models import RemixJob
from apps.remix.services.deciding import remix_job_remove
from apps.remix.services.revoking import requester_block
from apps.videos.services import video_delete
from tests.factories import CommentFactory, RemixJobFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def video(video_factory):
    return video_factory(caption="The cached clip")


@pytest.fixture
def viewer(user_factory):
    return user_factory()


def _surfaces(client, video) -> dict[str, str]:
    """Every place a viewer reads the video and its comments: page, feed, API."""
    return {
        "page": client.get(f"/v/{video.pk}").content.decode(),
        "feed": client.get("/").content.decode(),
        "api_video": client.get(f"/api/v1/videos/{video.pk}/").content.decode(),
        "api_comments": client.get(f"/api/v1/videos/{video.pk}/comments/").content.decode(),
        "api_feed": client.get("/api/v1/feed/").content.decode(),
    }


def _shows_comment(surfaces: dict[str, str], text: str) -> list[str]:
    return [name for name, body in surfaces.items() if text in body]


def _shows_video(surfaces: dict[str, str], video) -> list[str]:
    found = []
    if f'data-video-id="{video.pk}"' in surfaces["feed"]:
        found.append("feed")
    if video.caption in surfaces["page"]:
        found.append("page")
    if video.caption in surfaces["api_video"] or video.caption in surfaces["api_feed"]:
        found.append("api")
    return found


def test_the_threads_are_rendered_once_and_served_from_the_cache(client, video, viewer):
    CommentFactory(author=viewer, video=video, body="First words")
    client.get(f"/v/{video.pk}")
    # Changed behind the cache's back (no save, so no version bump): the page still shows
    # the rendering it kept, which proves that it is the cache that answers.
    Comment.objects.filter(video=video).update(body="Changed without a save")

    assert "First words" in client.get(f"/v/{video.pk}").content.decode()


def test_a_new_comment_appears_at_once(client, video, viewer):
    client.force_login(viewer)
    _surfaces(client, video)
    comment_create(author=viewer, video=video, body="Brand new words")

    assert _shows_comment(_surfaces(client, video), "Brand new words") == ["page", "api_comments"]


def test_a_deleted_comment_and_its_replies_leave_every_surface(client, video, viewer):
    top = CommentFactory(author=viewer, video=video, body="Soon deleted")
    CommentFactory(author=video.owner, video=video, body="A reply to it", parent=top)
    client.force_login(viewer)
    assert _shows_comment(_surfaces(client, video), "A reply to it") == ["page", "api_comments"]

    comment_delete(actor=viewer, comment=top)

    surfaces = _surfaces(client, video)
    assert _shows_comment(surfaces, "Soon deleted") == []
    assert _shows_comment(surfaces, "A reply to it") == []


def test_a_comment_hidden_by_a_moderator_leaves_every_surface(client, video, viewer):
    comment = CommentFactory(author=viewer, video=video, body="Against the rules")
    assert _shows_comment(_surfaces(client, video), "Against the rules")

    comment_moderation_reject(comment_id=comment.pk, message="Harassment")

    assert _shows_comment(_surfaces(client, video), "Against the rules") == []


def test_a_video_made_private_leaves_every_surface_of_others(client, video, viewer):
    CommentFactory(author=viewer, video=video, body="Seen while public")
    client.force_login(viewer)
    before = _surfaces(client, video)
    assert _shows_video(before, video) == ["feed", "page", "api"]

    video_privacy_update(video=video, visibility="private")

    after = _surfaces(client, video)
    assert _shows_video(after, video) == []
    assert _shows_comment(after, "Seen while public") == []
    assert client.get(f"/v/{video.pk}").status_code == 404


def test_a_followers_only_video_is_shown_only_to_followers_from_the_same_cache(
    client, video, viewer, user_factory
):
    follower = user_factory()
    follow_create(follower=follower, followee=video.owner)
    CommentFactory(author=follower, video=video, body="Followers talk")
    video_privacy_update(video=video, visibility="followers")
    client.force_login(follower)
    assert "Followers talk" in client.get(f"/v/{video.pk}").content.decode()  # cached now

    client.force_login(viewer)

    assert client.get(f"/v/{video.pk}").status_code == 404
    assert _shows_comment(_surfaces(client, video), "Followers talk") == []


def test_a_viewer_blocked_by_the_owner_loses_every_surface(client, video, viewer):
    CommentFactory(author=viewer, video=video, body="Before the block")
    client.force_login(viewer)
    assert _shows_video(_surfaces(client, video), video) == ["feed", "page", "api"]

    block_create(blocker=video.owner, blocked=viewer)

    after = _surfaces(client, video)
    assert _shows_video(after, video) == []
    assert _shows_comment(after, "Before the block") == []


def test_a_deleted_video_leaves_every_surface(client, video, viewer):
    CommentFactory(author=viewer, video=video, body="On a doomed video")
    assert _shows_video(_surfaces(client, video), video) == ["feed", "page", "api"]

    video_delete(video=video)

    after = _surfaces(client, video)
    assert _shows_video(after, video) == []
    assert _shows_comment(after, "On a doomed video") == []


def _published_remix(video, requester) -> RemixJob:
    """A published remix with its visible image comment (names only: no files needed)."""
    comment = CommentFactory(
        video=video, author=requester, body="My remix caption", image="comments/remix.jpg"
    )
    return RemixJobFactory(
        requester=requester,
        video=video,
        status=RemixJob.Status.PUBLISHED,
        comment=comment,
        output_image=f"remixes/{comment.pk}.jpg",
        finished_at=timezone.now(),
    )


def test_a_remix_the_creator_removed_leaves_every_surface(client, video, viewer):
    job = _published_remix(video, viewer)
    assert _shows_comment(_surfaces(client, video), "My remix caption") == ["page", "api_comments"]

    remix_job_remove(job=job, actor=video.owner)

    assert _shows_comment(_surfaces(client, video), "My remix caption") == []


def test_remixes_taken_down_with_a_block_leave_every_surface(client, video, viewer):
    _published_remix(video, viewer)
    assert _shows_comment(_surfaces(client, video), "My remix caption")

    requester_block(creator=video.owner, requester=viewer, also_remove=True)

    assert _shows_comment(_surfaces(client, video), "My remix caption") == []


def test_remixes_taken_down_when_consent_narrows_leave_every_surface(client, video, viewer):
    _published_remix(video, viewer)
    client.force_login(video.owner)
    assert _shows_comment(_surfaces(client, video), "My remix caption")

    client.post(
        f"/v/{video.pk}/privacy",
        {
            "visibility": "public",
            "comment_audience": "everyone",
            "remix_audience": "no_one",
            "remixes": "remove",
        },
    )

    assert _shows_comment(_surfaces(client, video), "My remix caption") == []


def test_each_viewer_gets_their_own_actions_from_the_shared_threads(
    client, video, viewer, user_factory
):
    theirs = CommentFactory(author=viewer, video=video, body="Mine to delete")
    client.get(f"/v/{video.pk}")  # cached, rendered for an anonymous visitor
    delete_form = f'action="/comments/{theirs.pk}/delete"'

    client.force_login(viewer)
    own = client.get(f"/v/{video.pk}").content.decode()
    client.force_login(user_factory())
    stranger = client.get(f"/v/{video.pk}").content.decode()
    client.logout()
    anonymous = client.get(f"/v/{video.pk}").content.decode()

    assert delete_form in own
    assert 'name="csrfmiddlewaretoken"' in own
    assert delete_form not in stranger
    assert f"/comments/{theirs.pk}/report" in stranger
    assert "Mine to delete" in anonymous
    assert f"/comments/{theirs.pk}/" not in anonymous


def test_a_cache_that_cannot_be_reached_costs_speed_never_a_page(client, video, viewer, dead_cache):
    CommentFactory(author=viewer, video=video, body="Served without a cache")
    client.force_login(viewer)

    page = client.get(f"/v/{video.pk}")
    feed = client.get("/")

    assert page.status_code == 200
    assert "Served without a cache" in page.content.decode()
    assert feed.status_code == 200
    assert f'data-video-id="{video.pk}"' in feed.content.decode()


def test_a_release_that_changes_the_templates_never_serves_the_old_markup(monkeypatch):
    page_cache.fragments_set({"thread:1:abc": "<li>old markup</li>"})
    assert page_cache.fragments_get(["thread:1:abc"]) == {"thread:1:abc": "<li>old markup</li>"}
    monkeypatch.setattr(page_cache, "_templates_digest", lambda: "another-release")
    assert page_cache.fragments_get(["thread:1:abc"]) == {}


def test_the_templates_digest_changes_with_a_template(settings, tmp_path):
    template = tmp_path / "card.html"
    template.write_text("<p>{{ video.caption }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    page_cache._templates_digest.cache_clear()
    before = page_cache._templates_digest()
    template.write_text("<p class=caption>{{ video.caption }}</p>")
    page_cache._templates_digest.cache_clear()
    try:
        assert page_cache._templates_digest() != before
    finally:
        page_cache._templates_digest.cache_clear()
