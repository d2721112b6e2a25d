"""The discover page keeps what every viewer shares in the cache (trending tags, the most
remixed ranking, new creators, rendered sections). A privacy change, a block, a deletion, a
moderator's decision or a deactivated account takes effect on the very next read, through the
same services the pages and APIs call; search, which caches nothing, agrees."""

import pytest

from apps.accounts.erasure import account_deletion_request
from apps.accounts.services import block_create
from apps.comments.models import Comment
from apps.comments.services import comment_moderation_reject
from apps.privacy.models import RemixAudience, Visibility
from apps.privacy.services import (
    account_privacy_update,
    privacy_apply_to_all,
    video_privacy_change,
)
from apps.videos.models import Video
from apps.videos.services import video_delete

pytestmark = pytest.mark.django_db

TRENDING = b'href="/tags/golden">#golden</a> <span class="muted">3 people'


def _link(video):
    return f'href="/v/{video.pk}"'.encode()


@pytest.fixture
def remixed(tagged_video, user_factory):
    """Two public #golden videos, one of them remixed once: three people made #golden trend."""
    tagged_video(caption="Morning #golden")
    video = tagged_video(caption="Sunset #golden")
    remix = Comment.objects.create(video=video, author=user_factory(), image="comments/r.jpg")
    Video.objects.filter(pk=video.pk).update(comments_count=1)
    return video, remix


def _discover(client):
    response = client.get("/discover")
    assert response.status_code == 200
    return response.content


def _found(client, text, type="videos"):
    return client.get("/search", {"q": text, "type": type}).content


def test_a_video_made_private_leaves_discover_and_search_at_once(client, remixed, user_factory):
    video, _ = remixed
    client.force_login(user_factory())
    assert TRENDING in _discover(client)
    assert _link(video) in _discover(client)
    video_privacy_change(video=video, visibility=Visibility.PRIVATE)
    content = _discover(client)
    assert _link(video) not in content
    assert b"#golden" not in content  # one person left: below the trending minimum
    assert _link(video) not in _found(client, "sunset")
    client.force_login(video.owner)
    assert _link(video) in _found(client, "sunset")


def test_remixes_turned_off_for_all_videos_leave_most_remixed_at_once(client, remixed):
    video, _ = remixed
    assert _link(video) in _discover(client)
    account_privacy_update(user=video.owner, remix_audience=RemixAudience.NO_ONE)
    privacy_apply_to_all(user=video.owner)
    assert _link(video) not in _discover(client)


def test_a_block_hides_the_blocker_from_discover_and_search_at_once(client, remixed, user_factory):
    video, _ = remixed
    viewer = user_factory()
    client.force_login(viewer)
    content = _discover(client)
    assert _link(video) in content
    assert f"@{video.owner.username}".encode() in content
    block_create(blocker=video.owner, blocked=viewer)
    content = _discover(client)
    assert _link(video) not in content
    assert f"@{video.owner.username}".encode() not in content
    assert _link(video) not in _found(client, "sunset")
    assert f"@{video.owner.username}".encode() not in _found(
        client, video.owner.username, type="people"
    )


def test_a_deleted_video_leaves_discover_at_once(client, remixed):
    video, _ = remixed
    link = _link(video)
    assert TRENDING in _discover(client)
    assert link in _discover(client)
    video_delete(video=video)
    content = _discover(client)
    assert link not in content
    assert b"#golden" not in content


def test_a_remix_a_moderator_hides_stops_counting_at_once(client, remixed):
    video, remix = remixed
    assert b"1 remix<" in _discover(client)
    comment_moderation_reject(comment_id=remix.pk, message="Harassment", notify=False)
    content = _discover(client)
    assert _link(video) not in content
    assert b"1 remix<" not in content


def test_a_deactivated_account_leaves_discover_at_once(client, remixed, password):
    video, _ = remixed
    owner = video.owner
    assert f"@{owner.username}".encode() in _discover(client)
    account_deletion_request(user=owner, password=password, confirmation=owner.username)
    content = _discover(client)
    assert f"@{owner.username}".encode() not in content
    assert _link(video) not in content


def test_a_section_cached_for_a_follower_is_never_shown_to_a_stranger(
    client, tagged_video, user_factory, follow_factory
):
    video = tagged_video(privacy__visibility=Visibility.FOLLOWERS)
    Comment.objects.create(video=video, author=user_factory(), image="comments/r.jpg")
    follower = user_factory()
    follow_factory(follower=follower, followee=video.owner)
    client.force_login(follower)
    assert _link(video) in _discover(client)
    client.force_login(user_factory())
    assert _link(video) not in _discover(client)
    client.logout()
    assert _link(video) not in _discover(client)
