import pytest
from rest_framework.test import APIClient

from apps.privacy.models import Visibility
from apps.search import errors

pytestmark = pytest.mark.django_db

URL = "/api/v1/search/"


def test_videos_are_found_with_their_owner_and_a_cursor(api_client, tagged_video, settings):
    settings.CLIPMIX_SEARCH_PAGE_SIZE = 1
    first = tagged_video(caption="Golden hour #sunset", likes_count=3)
    second = tagged_video(caption="Another #sunset")
    response = api_client.get(URL, {"q": "sunset", "type": "videos"})
    assert response.status_code == 200
    body = response.json()
    assert [video["id"] for video in body["results"]] == [first.pk]
    assert body["results"][0]["owner"]["handle"] == first.owner.username
    following = api_client.get(
        URL, {"q": "sunset", "type": "videos", "cursor": body["next_cursor"]}
    )
    assert [video["id"] for video in following.json()["results"]] == [second.pk]
    assert following.json()["next_cursor"] is None


def test_people_come_with_their_follower_count(api_client, user_factory, follow_factory):
    ana = user_factory(username="ana", display_name="Ana")
    follow_factory(followee=ana)
    body = api_client.get(URL, {"q": "@an", "type": "people"}).json()
    # The follower's generated handle may start with "an" too: look at Ana's entry.
    assert [person for person in body["results"] if person["handle"] == "ana"] == [
        {
            "handle": "ana",
            "display_name": "Ana",
            "avatar_url": None,
            "is_verified": False,
            "followers_count": 1,
        }
    ]


def test_hashtags_count_only_videos_the_caller_may_see(api_client, tagged_video, user_factory):
    public = tagged_video(caption="#fiesta")
    tagged_video(owner=public.owner, caption="#fiesta", privacy__visibility=Visibility.PRIVATE)
    assert api_client.get(URL, {"q": "fiesta", "type": "hashtags"}).json()["results"] == [
        {"name": "fiesta", "videos_count": 1}
    ]
    owner = APIClient()
    owner.force_authenticate(public.owner)
    assert owner.get(URL, {"q": "fiesta", "type": "hashtags"}).json()["results"] == [
        {"name": "fiesta", "videos_count": 2}
    ]


def test_a_private_video_is_found_by_its_owner_and_by_no_stranger(
    api_client, user_api_client, tagged_video
):
    video = tagged_video(caption="Secret recipe", privacy__visibility=Visibility.PRIVATE)
    assert api_client.get(URL, {"q": "secret"}).json()["results"] == []
    assert user_api_client.get(URL, {"q": "secret"}).json()["results"] == []
    owner = APIClient()
    owner.force_authenticate(video.owner)
    assert [v["id"] for v in owner.get(URL, {"q": "secret"}).json()["results"]] == [video.pk]


@pytest.mark.parametrize(
    ("params", "code", "message"),
    [
        ({"q": "x" * 101}, "query_too_long", errors.QUERY_TOO_LONG.format(limit=100)),
        ({"q": "the of and"}, "query_only_stop_words", errors.QUERY_ONLY_STOP_WORDS),
        ({"q": "  "}, "query_empty", errors.QUERY_EMPTY),
        ({}, "query_empty", errors.QUERY_EMPTY),
        ({"q": "cat", "type": "remixes"}, "invalid_type", errors.UNKNOWN_TYPE),
        ({"q": "cat", "cursor": "nonsense"}, "invalid_cursor", errors.INVALID_CURSOR),
    ],
)
def test_bad_queries_get_a_clear_400(api_client, params, code, message):
    response = api_client.get(URL, params)
    assert response.status_code == 400
    assert (response.json()["code"], response.json()["message"]) == (code, message)


@pytest.mark.parametrize("q", ['"', "*", "&&", "'\\", "a' OR 1=1 --"])
@pytest.mark.parametrize("type", ["people", "videos", "hashtags"])
def test_syntax_characters_get_an_empty_answer_never_an_error(api_client, tagged_video, q, type):
    tagged_video(caption="a & b #x")
    response = api_client.get(URL, {"q": q, "type": type})
    assert response.status_code == 200
    assert response.json()["next_cursor"] is None


def test_a_nul_character_is_refused_before_the_search_runs(api_client):
    # The one mechanism for NUL (apps/core's middleware), as everywhere else.
    response = api_client.get(URL, {"q": "x\x00y", "type": "people"})
    assert (response.status_code, response.json()["code"]) == (400, "nul_character")


def test_searching_is_rate_limited_per_client(api_client, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "search": "3/60"}
    codes = [api_client.get(URL, {"q": "cat"}).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    refused = api_client.get(URL, {"q": "cat"})
    assert refused.json()["code"] == "rate_limited"
    assert int(refused["Retry-After"]) >= 1
