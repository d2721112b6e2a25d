"""A logged-in viewer's /discover is kept for them whole (``ViewerPageCacheMiddleware``, under
the discover, accounts and viewer versions). Each test first has the page kept (the second
read answers from the kept copy, which it checks), then changes what privacy decides through
the services, and reads again: the kept copy is never shown once something on it is hidden."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from apps.accounts.erasure import account_deletion_request
from apps.accounts.services import block_create, follow_create, follow_delete
from apps.comments.models import Comment
from apps.comments.services import comment_moderation_reject
from apps.moderation.services.strikes import strike_issue
from apps.privacy.models import Visibility
from apps.privacy.services import (
    account_privacy_update,
    privacy_apply_to_all,
    video_privacy_change,
)
from apps.videos.models import Video

pytestmark = pytest.mark.django_db

# A kept copy costs the session and the account; a rendered page costs eight queries.
KEPT_QUERIES = 3


class Scene:
    """The viewer follows ``friend``, who follows ``suggested`` (a suggestion); ``owner``'s
    public video has one published remix (most remixed; the owner is a new creator)."""

    def __init__(self, user_factory, follow_factory, tagged_video) -> None:
        self.viewer, self.friend = user_factory(), user_factory()
        self.suggested = user_factory(date_joined=timezone.now() - timedelta(days=400))
        follow_factory(follower=self.viewer, followee=self.friend)
        follow_factory(follower=self.friend, followee=self.suggested)
        self.video = tagged_video(caption="Remix me #golden")
        self.owner = self.video.owner
        self.remix = Comment.objects.create(
            video=self.video, author=user_factory(), image="comments/r.jpg"
        )
        Video.objects.filter(pk=self.video.pk).update(comments_count=1)


@pytest.fixture
def scene(user_factory, follow_factory, tagged_video):
    return Scene(user_factory, follow_factory, tagged_video)


def _person(user) -> bytes:
    return f'href="/@{user.username}"'.encode()


def _video(video) -> bytes:
    return f'href="/v/{video.pk}"'.encode()


def _read(client) -> tuple[bytes, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/discover")
    assert response.status_code == 200
    return response.content, len(queries)


def _kept_copy(client) -> bytes:
    """The page, read until it comes from the viewer's kept copy."""
    _read(client)
    content, queries = _read(client)
    assert queries <= KEPT_QUERIES, "the page was not kept"
    return content


@pytest.fixture
def viewer_client(client, scene):
    client.force_login(scene.viewer)
    content = _kept_copy(client)
    assert _person(scene.suggested) in content
    assert _video(scene.video) in content
    assert _person(scene.owner) in content
    assert b"1 remix<" in content
    return client


def test_a_viewers_discover_is_kept_for_them_and_for_nobody_else(
    viewer_client, scene, user_factory
):
    stranger = Client()
    stranger.force_login(user_factory())
    content, queries = _read(stranger)
    assert queries > KEPT_QUERIES
    assert _person(scene.suggested) not in content  # the viewer's suggestion, not theirs


@pytest.mark.parametrize("viewer_blocks", [True, False], ids=["blocking", "blocked"])
def test_a_block_either_way_hides_the_other_from_the_kept_page_at_once(
    viewer_client, scene, viewer_blocks
):
    for other in (scene.owner, scene.suggested):
        pair = (scene.viewer, other) if viewer_blocks else (other, scene.viewer)
        block_create(blocker=pair[0], blocked=pair[1])
    content, _ = _read(viewer_client)
    assert _video(scene.video) not in content
    assert _person(scene.owner) not in content
    assert _person(scene.suggested) not in content


def test_a_suspended_account_leaves_the_kept_suggestions_at_once(viewer_client, scene, settings):
    settings.CLIPMIX_MODERATION_STRIKES_TO_SUSPEND = 1
    strike_issue(user=scene.suggested, category="harassment", reason="Insults.")
    assert _person(scene.suggested) not in _read(viewer_client)[0]


def test_a_deactivated_account_leaves_the_kept_page_at_once(viewer_client, scene, password):
    owner = scene.owner
    account_deletion_request(user=owner, password=password, confirmation=owner.username)
    content, _ = _read(viewer_client)
    assert _person(owner) not in content
    assert _video(scene.video) not in content


def test_a_video_made_private_leaves_the_kept_page_at_once(viewer_client, scene):
    video_privacy_change(video=scene.video, visibility=Visibility.PRIVATE)
    assert _video(scene.video) not in _read(viewer_client)[0]


def test_an_account_made_private_leaves_the_kept_page_at_once(viewer_client, scene):
    account_privacy_update(user=scene.owner, visibility=Visibility.PRIVATE)
    privacy_apply_to_all(user=scene.owner)
    content, _ = _read(viewer_client)
    assert _video(scene.video) not in content
    assert _person(scene.owner) not in content  # no public video: no longer a new creator


def test_a_removed_remix_stops_counting_on_the_kept_page_at_once(viewer_client, scene):
    comment_moderation_reject(comment_id=scene.remix.pk, message="Harassment", notify=False)
    content, _ = _read(viewer_client)
    assert _video(scene.video) not in content
    assert b"1 remix<" not in content


def test_unfollowing_hides_a_followers_only_video_from_the_kept_page_at_once(
    client, scene, tagged_video, user_factory
):
    closed = tagged_video(caption="For followers", privacy__visibility=Visibility.FOLLOWERS)
    Comment.objects.create(video=closed, author=user_factory(), image="comments/r.jpg")
    follow_create(follower=scene.viewer, followee=closed.owner)
    client.force_login(scene.viewer)
    assert _video(closed) in _kept_copy(client)
    follow_delete(follower=scene.viewer, followee=closed.owner)
    assert _video(closed) not in _read(client)[0]


def test_following_a_suggestion_takes_it_off_the_kept_page_at_once(viewer_client, scene):
    follow_create(follower=scene.viewer, followee=scene.suggested)
    assert _person(scene.suggested) not in _read(viewer_client)[0]
