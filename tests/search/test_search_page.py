import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from apps.privacy.models import Visibility
from apps.search import errors

pytestmark = pytest.mark.django_db


def test_the_empty_page_shows_the_form_only(client):
    response = client.get("/search")
    assert response.status_code == 200
    assert b'name="q"' in response.content
    assert b"Nothing found" not in response.content


def test_people_results_link_to_profiles(client, user_factory):
    user_factory(username="rosalia", display_name="Rosalía")
    response = client.get("/search", {"q": "rosa", "type": "people"})
    assert b'href="/@rosalia"' in response.content
    assert b'aria-current="page">People' in response.content


def test_videos_results_show_what_the_viewer_may_see(client, tagged_video):
    public = tagged_video(caption="Tortilla de patatas")
    hidden = tagged_video(caption="Tortilla secreta", privacy__visibility=Visibility.PRIVATE)
    response = client.get("/search", {"q": "tortilla"})
    assert f'href="/v/{public.pk}"'.encode() in response.content
    assert f'href="/v/{hidden.pk}"'.encode() not in response.content
    client.force_login(hidden.owner)
    assert f'href="/v/{hidden.pk}"'.encode() in client.get("/search", {"q": "tortilla"}).content


def test_hashtags_results_link_to_the_hashtag_page(client, tagged_video):
    tagged_video(caption="#Fútbol")
    response = client.get("/search", {"q": "futbol", "type": "hashtags"})
    assert f'href="{reverse("videos:hashtag", kwargs={"name": "fútbol"})}"'.encode() in (
        response.content
    )
    assert b"1 video<" in response.content


def test_a_second_page_follows_the_more_link(client, tagged_video, settings):
    settings.CLIPMIX_SEARCH_PAGE_SIZE = 1
    first, second = tagged_video(caption="paella", likes_count=2), tagged_video(caption="paella")
    response = client.get("/search", {"q": "paella"})
    assert f'href="/v/{first.pk}"'.encode() in response.content
    more = response.context["page"].next_cursor
    assert f"cursor={more}".encode() in response.content
    following = client.get("/search", {"q": "paella", "cursor": more})
    assert f'href="/v/{second.pk}"'.encode() in following.content


def test_the_more_link_of_a_search_naming_no_tab_stays_on_the_tab_it_opened(
    client, user_factory, settings
):
    settings.CLIPMIX_SEARCH_PAGE_SIZE = 1
    user_factory(username="demolisher")
    user_factory(username="demolition")
    response = client.get("/search", {"q": "demol"})
    assert response.context["type"] == "people"
    link = re.search(rb'href="(/search\?[^"]*cursor=[^"]*)"', response.content)
    following = client.get(html.unescape(link.group(1).decode()))
    assert following.context["type"] == "people"
    assert len(following.context["page"].items) == 1


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("x" * 101, errors.QUERY_TOO_LONG.format(limit=100)),
        ("the and", errors.QUERY_ONLY_STOP_WORDS),
    ],
)
def test_a_refused_query_is_explained_beside_the_form(client, q, message):
    response = client.get("/search", {"q": q})
    assert response.status_code == 400
    assert response.context["error"] == message
    assert b'role="alert"' in response.content


def test_a_bad_cursor_is_explained_not_a_server_error(client):
    response = client.get("/search", {"q": "cat", "cursor": "x"})
    assert response.status_code == 400
    assert response.context["error"] == errors.INVALID_CURSOR


def test_the_page_takes_the_same_queries_for_one_video_or_many(client, tagged_video, user):
    client.force_login(user)
    tagged_video(caption="golden")

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/search", {"q": "golden"})
        return len(queries)

    one = count()
    for _ in range(15):
        tagged_video(caption="golden")
    assert count() == one


def test_the_search_page_refuses_post(client):
    assert client.post("/search", {"q": "x"}).status_code == 405


def test_a_search_naming_no_tab_opens_the_first_tab_that_finds_something(client, user_factory):
    """Typed in the header and sent with Enter: part of a handle finds nobody's video, so the
    People tab is shown instead of "Nothing found"; a tab the searcher chose is kept."""
    user_factory(username="demolisher", display_name="Demo Lisher")

    response = client.get("/search", {"q": "demol"})

    assert b'href="/@demolisher"' in response.content
    assert b'aria-current="page">People' in response.content
    chosen = client.get("/search", {"q": "demol", "type": "videos"})
    assert b'href="/@demolisher"' not in chosen.content
    assert b'aria-current="page">Videos' in chosen.content


def test_a_search_naming_no_tab_takes_the_same_queries_whichever_tab_finds(
    client, user, user_factory, tagged_video
):
    """Every tab is asked at once whether it finds anything (one query), then the first that
    does is searched: not one search per tab until one finds something."""
    client.force_login(user)
    user_factory(username="demolisher")
    tagged_video(caption="Golden hour #summervibes")

    def count(text):
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/search", {"q": text})
        return len(queries), response.context["type"]

    assert count("golden") == (count("demol")[0], "videos")
    assert count("demol")[1] == "people"
    assert count("summer vibes") == (count("golden")[0], "hashtags")
    assert count("xyzzy") == (count("golden")[0], "videos")  # none finds: the default tab


def test_a_search_naming_no_tab_never_opens_a_tab_for_what_the_viewer_may_not_see(
    client, tagged_video, user_factory
):
    video = tagged_video(caption="#summervibes", privacy__visibility=Visibility.PRIVATE)
    client.force_login(user_factory())
    response = client.get("/search", {"q": "summer vibes"})
    assert response.context["type"] == "videos"
    assert b"summervibes" not in response.content
    client.force_login(video.owner)
    response = client.get("/search", {"q": "summer vibes"})
    assert response.context["type"] == "hashtags"
    assert b"#summervibes" in response.content
