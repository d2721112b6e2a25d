"""How each database matches and ranks.

PostgreSQL: full-text search with the ``clipmix_search`` configuration (unaccent, then English
stemming and stop words) for captions, ``pg_trgm`` word similarity for names (typos
forgiven). SQLite (the embedded mode): word prefixes over folded text, through a function
registered on each connection; correct, unindexed, and without typo tolerance.

The configuration, the ``clipmix_unaccent`` function (an immutable wrapper around
``unaccent``, so that indexes can use it), the indexes and the captions' stored ``tsvector``
(``STORED_VECTORS``) come from this app's migrations.
Both backends answer with the same pair: a condition and a relevance score (a double, so that
a cursor holding it compares exactly).
"""

from typing import Any

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.contrib.postgres.search import SearchQuery as TsQuery
from django.contrib.postgres.search import (
    SearchRank,
    SearchVector,
    SearchVectorExact,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, Expression, F, FloatField, Func, Q, TextField, Value, When
from django.db.models.expressions import Col
from django.db.models.functions import Cast, Concat, Lower, StrIndex
from django.db.models.lookups import Exact, GreaterThan, StartsWith

from apps.search.query import SearchQuery, words

TEXT_SEARCH_CONFIG = "clipmix_search"
# Text fields whose ``tsvector`` PostgreSQL keeps in a column of their own (a trigger writes it
# with ``TEXT_SEARCH_CONFIG``; migration 0002), so that ranking a match does not parse the
# text again.
STORED_VECTORS = {"caption": "caption_search_vector"}


def sqlite_functions_install(sender: Any, connection: Any, **kwargs: Any) -> None:
    """``clipmix_words(text)``: the folded words of a text, on every SQLite connection."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "clipmix_words", 1, lambda text: words(text or ""), deterministic=True
        )


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def folded(field: str) -> Func:
    """The column lowercased without accents; on SQLite as its folded words."""
    if is_postgres():
        return Func(Lower(field), function="clipmix_unaccent", output_field=TextField())
    return Func(F(field), function="clipmix_words", output_field=TextField())


class StoredVector(Expression):
    """The queryset's own table's ``column``, a ``tsvector`` the database keeps and the model
    does not declare (``STORED_VECTORS``)."""

    def __init__(self, column: str) -> None:
        super().__init__(output_field=SearchVectorField())
        self.column = column

    def resolve_expression(self, query: Any = None, *args: Any, **kwargs: Any) -> Any:
        """A column reference like any field's (a ``Col``), so that it follows the table's
        alias when the query is relabelled (used as a subquery)."""
        target = SearchVectorField()
        target.set_attributes_from_name(self.column)
        return Col(query.get_initial_alias(), target)


def _double(expression: Any) -> Cast:
    return Cast(expression, FloatField())


def text_match(field: str, query: SearchQuery) -> tuple[Q, Expression]:
    """Rows whose ``field`` holds every word of the query, each as a word prefix, and the
    relevance of each match.

    On PostgreSQL the words become a prefix ``tsquery`` written from word characters only,
    never from the raw text, so nothing typed can break its syntax.
    """
    if is_postgres():
        vector: Expression = (
            StoredVector(STORED_VECTORS[field])
            if field in STORED_VECTORS
            else SearchVector(field, config=TEXT_SEARCH_CONFIG)
        )
        tsquery = TsQuery(
            " & ".join(f"'{term}':*" for term in query.terms),
            config=TEXT_SEARCH_CONFIG,
            search_type="raw",
        )
        return Q(SearchVectorExact(vector, tsquery)), _double(SearchRank(vector, tsquery))
    spaced = Concat(Value(" "), folded(field), output_field=TextField())
    condition = Q()
    for term in query.terms:
        condition &= Q(GreaterThan(StrIndex(spaced, Value(f" {term}")), 0))
    return condition, _double(Value(1.0))


def name_match(column: Any, key: str) -> tuple[Q, Expression]:
    """Rows whose name (``column``, already folded) starts with ``key`` or, on PostgreSQL,
    holds a word like it (typos forgiven); relevance: the exact name first, then prefixes,
    then by similarity."""
    starts = StartsWith(column, key)
    score: Any = Case(When(Exact(column, key), then=Value(2.0)), default=Value(0.0)) + Case(
        When(starts, then=Value(1.0)), default=Value(0.0)
    )
    condition = Q(starts)
    if is_postgres():
        condition |= Q(TrigramWordSimilar(column, key))
        score = score + TrigramWordSimilarity(key, column)
    return condition, _double(score)
