"""Captions are searched through the ``tsvector`` PostgreSQL keeps for each (migration
``search.0002``): written by a trigger whenever the caption is, indexed, and ranked without
parsing the caption again. On SQLite, the folded caption itself."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from apps.search.backends import text_match
from apps.search.query import search_query_parse
from apps.search.selectors.search import search_page
from apps.videos.models import Video

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the stored vector is PostgreSQL's"
)


def _found(text):
    page = search_page(query=search_query_parse(text=text), type="videos", viewer=None)
    return [video.pk for video in page.items]


def test_a_caption_rewritten_is_found_by_its_new_words_only(tagged_video):
    video = tagged_video(caption="Paella valenciana")
    Video.objects.filter(pk=video.pk).update(caption="Gazpacho andaluz")

    assert _found("gazpacho") == [video.pk]
    assert _found("paella") == []


def test_a_video_saved_whole_keeps_its_caption_findable(tagged_video):
    video = tagged_video(caption="Crème brûlée au café")
    video.caption = "Tarte tatin"
    video.save()

    assert _found("tatin") == [video.pk]
    assert _found("creme") == []


@postgres_only
def test_caption_search_ranks_the_stored_vector_without_parsing_captions_again(tagged_video):
    tagged_video(caption="Paella valenciana")
    with CaptureQueriesContext(connection) as queries:
        _found("paella")

    search = next(q["sql"] for q in queries.captured_queries if "ts_rank" in q["sql"])
    assert 'ts_rank("videos_video"."caption_search_vector"' in search
    assert "to_tsvector" not in search


@postgres_only
def test_caption_search_can_use_the_vector_index(tagged_video):
    for n in range(3):
        tagged_video(caption=f"Paella valenciana {n}")
    condition, _ = text_match("caption", search_query_parse(text="paella"))
    videos = Video.objects.filter(condition)
    with transaction.atomic(), connection.cursor() as cursor:
        # A table this small is read whole otherwise; the point is that the index fits.
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = videos.explain()

    assert "search_video_caption_vector" in plan
