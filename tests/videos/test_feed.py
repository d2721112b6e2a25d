import pytest

from apps.accounts.models import Block
from apps.privacy import selectors as privacy_selectors
from apps.videos import services
from apps.videos.models import Video


def _ids(response) -> list[int]:
    return [video["id"] for video in response.json()["results"]]


def _all_pages(client, tab="for_you") -> list[int]:
    ids: list[int] = []
    url = f"/api/v1/feed/?tab={tab}"
    while url:
        body = client.get(url).json()
        ids += [video["id"] for video in body["results"]]
        url = (
            f"/api/v1/feed/?tab={tab}&cursor={body['next_cursor']}" if body["next_cursor"] else None
        )
    return ids


def test_for_you_pages_through_every_ready_video_once(api_client, video_factory, settings):
    settings.CLIPMIX_FEED_PAGE_SIZE = 3
    videos = video_factory.create_batch(8)
    video_factory(status=Video.Status.PROCESSING)
    video_factory(status=Video.Status.FAILED, failure_reason="broken")

    ids = _all_pages(api_client)

    assert sorted(ids) == sorted(video.pk for video in videos)
    assert len(ids) == len(set(ids))


def test_for_you_puts_engaged_videos_before_equally_recent_ones(
    api_client, video_factory, user_factory
):
    liked, quiet = video_factory(), video_factory()  # the liked one is older
    for fan in user_factory.create_batch(3):
        services.like_create(user=fan, video=liked)

    assert _ids(api_client.get("/api/v1/feed/"))[:2] == [liked.pk, quiet.pk]


def test_following_shows_only_followed_accounts_newest_first(
    user_api_client, user, video_factory, follow_factory
):
    followed = follow_factory(follower=user).followee
    older, newer = video_factory(owner=followed), video_factory(owner=followed)
    video_factory()  # a stranger's

    assert _ids(user_api_client.get("/api/v1/feed/?tab=following")) == [newer.pk, older.pk]


def test_following_needs_a_login(api_client):
    response = api_client.get("/api/v1/feed/?tab=following")

    assert response.status_code == 401


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("tab=trending", "invalid_tab"),
        ("cursor=%%%", "invalid_cursor"),
        ("cursor=eyJpZCI6ICJ4In0", "invalid_cursor"),
    ],
)
def test_bad_feed_parameters_answer_400(api_client, query, code):
    response = api_client.get(f"/api/v1/feed/?{query}")

    assert response.status_code == 400
    assert response.json()["code"] == code


def test_videos_of_creators_who_blocked_me_are_not_in_my_feed(user_api_client, user, video_factory):
    blocker_video, other = video_factory(), video_factory()
    Block.objects.create(blocker=blocker_video.owner, blocked=user)

    assert _ids(user_api_client.get("/api/v1/feed/")) == [other.pk]


def test_feed_marks_what_i_liked(user_api_client, user, video_factory):
    liked, other = video_factory(), video_factory()
    services.like_create(user=user, video=liked)

    results = {
        video["id"]: video["liked"]
        for video in user_api_client.get("/api/v1/feed/").json()["results"]
    }

    assert results == {liked.pk: True, other.pk: False}


def test_feed_page_renders_more_items_as_a_fragment(client, video_factory, settings):
    settings.CLIPMIX_FEED_PAGE_SIZE = 2
    video_factory.create_batch(3)

    first = client.get("/")
    cursor = privacy_selectors.feed_page(
        tab="for_you", viewer=None, cursor=None, limit=2
    ).next_cursor
    more = client.get(f"/feed/more?tab=for_you&cursor={cursor}")

    assert first.content.count(b'class="feed-item"') == 2
    assert b"data-more-url" in first.content
    assert more.content.count(b'class="feed-item"') == 1
    assert b"data-more-url" not in more.content


def test_a_bad_cursor_on_the_page_is_a_readable_400(client, db):
    response = client.get("/feed/more?tab=for_you&cursor=not-a-cursor")

    assert response.status_code == 400
    assert b"That page of the feed is not valid." in response.content
