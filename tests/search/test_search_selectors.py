"""Search through the privacy matrix, ranking and pages, on whichever database runs the suite
(PostgreSQL's full-text and trigram search, or SQLite's fallback)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.privacy.models import Visibility
from apps.search.query import search_query_parse
from apps.search.selectors.search import search_page
from apps.search.selectors.visibility import videos_findable_by

pytestmark = pytest.mark.django_db


def _found(text, type, viewer, cursor=None):
    page = search_page(query=search_query_parse(text=text), type=type, viewer=viewer, cursor=cursor)
    return page


def _names(text, type, viewer):
    items = _found(text, type, viewer).items
    if type == "people":
        return [user.username for user in items]
    if type == "hashtags":
        return [(tag.name, tag.videos_count) for tag in items]
    return [video.pk for video in items]


@pytest.fixture
def world(user_factory, follow_factory, tagged_video, block):
    """A creator with one video per visibility, each with its own hashtag, and one person in
    each relation to them."""
    creator = user_factory(username="rosalia", display_name="Rosalía Vila")
    videos = {
        visibility: tagged_video(
            owner=creator,
            caption=f"Paella valenciana #{visibility}tag",
            privacy__visibility=visibility,
        )
        for visibility in Visibility.values
    }
    actors = {
        "owner": creator,
        "follower": user_factory(username="fan"),
        "stranger": user_factory(username="stranger"),
        "anonymous": None,
        "blocked_by_creator": user_factory(username="troll"),
        "blocking_creator": user_factory(username="avoider"),
    }
    follow_factory(follower=actors["follower"], followee=creator)
    # Following does not get around a block either way.
    follow_factory(follower=actors["blocked_by_creator"], followee=creator)
    follow_factory(follower=actors["blocking_creator"], followee=creator)
    block(creator, actors["blocked_by_creator"])
    block(actors["blocking_creator"], creator)
    return creator, videos, actors


SEES = {
    "owner": {"public", "followers", "private"},
    "follower": {"public", "followers"},
    "stranger": {"public"},
    "anonymous": {"public"},
    "blocked_by_creator": set(),
    "blocking_creator": set(),
}


@pytest.mark.parametrize("role", SEES)
def test_videos_found_are_those_the_policy_lets_the_viewer_see(world, role):
    _, videos, actors = world
    found = set(_names("paella", "videos", actors[role]))
    assert found == {videos[visibility].pk for visibility in SEES[role]}


@pytest.mark.parametrize("role", SEES)
def test_hashtags_found_and_their_counts_never_reveal_hidden_videos(world, role):
    _, _, actors = world
    for visibility in Visibility.values:
        expected = [(f"{visibility}tag", 1)] if visibility in SEES[role] else []
        assert _names(f"#{visibility}tag", "hashtags", actors[role]) == expected


@pytest.mark.parametrize("role", SEES)
def test_a_person_is_found_unless_a_block_stands_between_them(world, role):
    _, _, actors = world
    blocked = role in {"blocked_by_creator", "blocking_creator"}
    assert _names("rosal", "people", actors[role]) == ([] if blocked else ["rosalia"])


def test_a_deactivated_account_and_its_videos_are_not_found(world):
    creator, _, actors = world
    User.objects.filter(pk=creator.pk).update(is_active=False)
    assert _names("rosalia", "people", actors["stranger"]) == []
    assert _names("paella", "videos", actors["stranger"]) == []
    assert _names("publictag", "hashtags", actors["stranger"]) == []


def test_a_video_still_processing_is_not_found_even_by_its_owner(tagged_video):
    video = tagged_video(caption="Unfinished gazpacho", status="processing")
    assert _names("gazpacho", "videos", video.owner) == []


def test_people_are_found_by_display_name_without_accents_or_case(user_factory):
    user_factory(username="rv", display_name="Rosalía Vila")
    assert _names("ROSALIA", "people", None) == ["rv"]
    assert _names("vila", "people", None) == ["rv"]


def test_an_exact_handle_ranks_before_a_longer_one(user_factory, follow_factory):
    longer = user_factory(username="anabel", display_name="X")
    user_factory(username="ana", display_name="Y")
    follow_factory(followee=longer)  # engagement comes after relevance
    assert _names("ana", "people", None) == ["ana", "anabel"]


def test_among_equal_matches_the_more_followed_person_ranks_first(user_factory, follow_factory):
    user_factory(username="ana_one", display_name="A")
    popular = user_factory(username="ana_two", display_name="B")
    follow_factory(followee=popular)
    assert _names("ana_", "people", None) == ["ana_two", "ana_one"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="typo tolerance is PostgreSQL's")
def test_a_handle_with_a_typo_is_still_found(user_factory):
    user_factory(username="marguerite", display_name="M")
    assert _names("margerite", "people", None) == ["marguerite"]


def test_captions_are_found_by_word_prefixes_and_hashtags_accents_aside(tagged_video):
    video = tagged_video(caption="Mañana en la playa #CaféConLeche")
    tagged_video(caption="Something else entirely")
    assert _names("manana playa", "videos", None) == [video.pk]
    assert _names("cafeconleche", "videos", None) == [video.pk]
    assert _names("cafe", "hashtags", None) == [("caféconleche", 1)]


def test_videos_rank_by_engagement_among_equal_matches(tagged_video):
    quiet = tagged_video(caption="sunset")
    liked = tagged_video(caption="sunset", likes_count=5)
    assert _names("sunset", "videos", None) == [liked.pk, quiet.pk]


@pytest.mark.parametrize("type", ["people", "videos", "hashtags"])
def test_syntax_characters_find_nothing_and_raise_nothing(type, tagged_video):
    tagged_video(caption="a & b | c ! d #x")
    for text in ['"', "*", "&&", "'", "\\", "b:*", "x & !y", "%", "_"]:
        _found(text, type, None)


def test_pages_follow_each_other_without_repeats_or_gaps(tagged_video, settings):
    settings.CLIPMIX_SEARCH_PAGE_SIZE = 3
    expected = [tagged_video(caption="beach", likes_count=n % 3).pk for n in range(8)]
    seen, cursor = [], None
    while True:
        page = _found("beach", "videos", None, cursor)
        seen += [video.pk for video in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert sorted(seen) == sorted(expected)
    assert len(seen) == len(expected)


@pytest.mark.parametrize("cursor", ["garbage", "e30", "eyJzIjogMX0"])
def test_a_cursor_that_does_not_decode_is_refused(cursor, tagged_video):
    with pytest.raises(ApplicationError) as refused:
        _found("beach", "videos", None, cursor)
    assert refused.value.code == "invalid_cursor"


def test_an_unknown_type_is_refused():
    with pytest.raises(ApplicationError) as refused:
        _found("beach", "remixes", None)
    assert refused.value.code == "invalid_type"


@pytest.mark.parametrize("type", ["people", "videos", "hashtags"])
def test_a_page_takes_the_same_queries_for_one_result_or_twenty(type, user_factory, tagged_video):
    viewer = user_factory()

    def count():
        with CaptureQueriesContext(connection) as queries:
            _found("golden", type, viewer)
        return len(queries)

    owner = user_factory(username="golden0", display_name="Golden")
    tagged_video(owner=owner, caption="#golden hour")
    one = count()
    for n in range(1, 20):
        owner = user_factory(username=f"golden{n}", display_name="Golden")
        tagged_video(owner=owner, caption=f"#golden{n} hour #golden")
    assert count() == one


def test_hashtag_pages_follow_each_other_by_relevance_then_count(tagged_video, settings):
    settings.CLIPMIX_SEARCH_PAGE_SIZE = 2
    for n in range(5):
        for _ in range(n + 1):
            tagged_video(caption=f"#beach{n}")
    seen, cursor = [], None
    while True:
        page = _found("beach", "hashtags", None, cursor)
        seen += [(tag.name, tag.videos_count) for tag in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == [(f"beach{n}", n + 1) for n in reversed(range(5))]


def test_the_findable_videos_ask_each_direction_of_a_block_once(user):
    """The policy hides the videos of those who blocked the viewer; search adds only those the
    viewer blocked. A third ``NOT IN`` repeating the policy's would hide nothing more, and the
    planner, which takes each to keep half the rows, then misjudged how many videos are
    findable and counted a hashtag search's tags by hashing every findable video (issue 22)."""
    sql = str(videos_findable_by(user).query)
    assert sql.count('"accounts_block"') == 2
