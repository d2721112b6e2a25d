"""Search for people, videos and hashtags, ranked by relevance and then engagement, one page
at a time. Every result comes through ``visibility`` (the privacy policy's selectors)."""

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import (
    Count,
    Exists,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Cast, Coalesce, Greatest

from apps.accounts.models import Follow, User
from apps.core.errors import ApplicationError
from apps.search import errors
from apps.search.backends import folded, is_postgres, name_match, text_match
from apps.search.query import SearchQuery
from apps.search.selectors.cursors import ResultPage, page_by_relevance
from apps.search.selectors.visibility import people_findable_by, videos_findable_by
from apps.videos.models import Hashtag, Like, Video

SEARCH_TYPES = ("people", "videos", "hashtags")


class PerGroup(ExpressionWrapper):
    """``expression``, which reads only columns of the model being grouped by its primary key:
    left out of GROUP BY, so that the database computes it once per group rather than for
    every joined row before grouping (it may: those columns depend on the key)."""

    def __init__(self, expression: Any) -> None:
        super().__init__(expression, output_field=expression.output_field)

    def get_group_by_cols(self) -> list[Any]:
        return []


def _followers_count() -> Coalesce:
    per_user = (
        Follow.objects.filter(followee=OuterRef("pk"))
        .order_by()
        .values("followee")
        # COUNT(*): the index on the followee is enough (an index-only scan), the rows are
        # never read.
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(per_user, output_field=IntegerField()), 0)


def _people_match(query: SearchQuery) -> tuple[Q, Any]:
    name_condition, name_score = name_match(folded("display_name"), " ".join(query.terms))
    condition, score = name_condition, name_score
    if query.handle:
        handle_condition, handle_score = name_match(F("username"), query.handle)
        condition, score = condition | handle_condition, Greatest(handle_score, name_score)
    if not is_postgres():
        # Without trigrams, a word of the display name after the first still has to match.
        words_condition, _ = text_match("display_name", query)
        condition |= words_condition
    return condition, score


def people_matching(*, query: SearchQuery, viewer: User | None) -> QuerySet[User]:
    """By handle (exact, prefix, or like it) and display name (its words, accents and case
    aside); engagement is the follower count."""
    condition, score = _people_match(query)
    return (
        people_findable_by(viewer)
        .filter(condition)
        .annotate(
            followers_count=_followers_count(),
            score=score,
            engagement=Cast("followers_count", FloatField()),
        )
    )


def _people_found(*, query: SearchQuery, viewer: User | None) -> QuerySet[User]:
    """Whom ``people_matching`` finds, unranked."""
    return people_findable_by(viewer).filter(_people_match(query)[0])


def videos_matching(*, query: SearchQuery, viewer: User | None) -> QuerySet[Video]:
    """By the words and hashtags of the caption; engagement weighs a comment as two likes."""
    condition, score = text_match("caption", query)
    videos = (
        videos_findable_by(viewer)
        .filter(condition)
        .select_related("owner", "privacy")
        .annotate(
            score=score,
            engagement=Cast(F("likes_count") + 2 * F("comments_count"), FloatField()),
        )
    )
    if viewer is not None:
        liked = Like.objects.filter(user=viewer, video=OuterRef("pk"))
        videos = videos.annotate(viewer_liked=Exists(liked))
    return videos


def _videos_found(*, query: SearchQuery, viewer: User | None) -> QuerySet[Video]:
    """What ``videos_matching`` finds, unranked."""
    return videos_findable_by(viewer).filter(text_match("caption", query)[0])


def hashtags_matching(*, query: SearchQuery, viewer: User | None) -> QuerySet[Hashtag]:
    """Hashtags written like the query (accents aside), that at least one video the viewer may
    find carries; engagement (and the count shown) is the number of such videos."""
    _, score = name_match(folded("name"), query.joined)
    # One join to the findable videos, grouped: a count per hashtag in a single pass (the
    # filter comes before the count, so the count sees only the videos it let through).
    return (
        _hashtags_found(query=query, viewer=viewer)
        .annotate(videos_count=Count("videos"), score=PerGroup(score))
        .annotate(engagement=Cast("videos_count", FloatField()))
    )


def _hashtags_found(*, query: SearchQuery, viewer: User | None) -> QuerySet[Hashtag]:
    """The hashtags ``hashtags_matching`` finds, one joined row per findable video."""
    condition, _ = name_match(folded("name"), query.joined)
    matching = Hashtag.objects.filter(condition)
    # The findable videos are looked for among those carrying a matching tag only.
    findable = videos_findable_by(viewer).filter(hashtags__in=matching.values("pk"))
    return matching.filter(videos__in=findable)


_MATCHERS: dict[str, Any] = {
    "people": people_matching,
    "videos": videos_matching,
    "hashtags": hashtags_matching,
}


# What each type finds, without ranking or counting (which would cost the ORM several ms to
# compile for nothing): enough to ask whether it finds anything.
_FINDERS: dict[str, Any] = {
    "people": _people_found,
    "videos": _videos_found,
    "hashtags": _hashtags_found,
}


def search_first_type_finding(
    *, query: SearchQuery, viewer: User | None, types: Sequence[str]
) -> str | None:
    """The first of ``types`` that finds anything for ``query`` (``None``: none does), in one
    query whatever the types and results: ``CASE WHEN EXISTS (…) THEN 0 WHEN EXISTS (…) …``.
    The database stops at the first type that finds a row, and each ``EXISTS`` at its first
    row (uncorrelated, each is an init plan run only when its ``WHEN`` is reached)."""
    if not query or not types:
        return None
    parts, params = [], []
    for n, type in enumerate(types):
        found = _FINDERS[type](query=query, viewer=viewer).values("pk")
        sql, type_params = found.query.sql_with_params()
        parts.append(f"WHEN EXISTS ({sql}) THEN {n}")
        params.extend(type_params)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT CASE {' '.join(parts)} END", params)
        (first,) = cursor.fetchone()
    return None if first is None else types[first]


def search_page(
    *, query: SearchQuery, type: str, viewer: User | None, cursor: str | None = None
) -> ResultPage[Any]:
    """One page of ``type`` results; a query without a single word finds nothing."""
    if type not in SEARCH_TYPES:
        raise ApplicationError(
            errors.UNKNOWN_TYPE, code="invalid_type", extra={"allowed": list(SEARCH_TYPES)}
        )
    if not query:
        return ResultPage(items=[], next_cursor=None)
    queryset = _MATCHERS[type](query=query, viewer=viewer)
    return page_by_relevance(queryset, cursor=cursor, limit=settings.CLIPMIX_SEARCH_PAGE_SIZE)
