"""What a search box's text means: folded (case, accents, compatibility forms) and cut into
words. Punctuation and operators are dropped here, so no query can be a syntax error in SQL or
in a full-text query language further down."""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings

from apps.core.errors import ApplicationError
from apps.search import errors

_WORD = re.compile(r"\w+")
_NOT_HANDLE = re.compile(r"[^a-z0-9_.]")

# PostgreSQL's English stop-word list (the Snowball list its ``english`` configuration uses):
# a query made only of these finds nothing there, so both backends refuse it the same way.
_STOP_WORDS = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against
    between into through during before after above below to from up down in out on off over
    under again further then once here there when where why how all any both each few more
    most other some such no nor not only own same so than too very s t can will just don
    should now
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())


def words(text: str) -> str:
    """The folded words of ``text`` separated by single spaces (SQLite's stand-in for a
    full-text index: a word starts wherever a space precedes it)."""
    return " ".join(_WORD.findall(fold(text)))


def fold(text: str) -> str:
    """Lowercase without accents: "Café" and "CAFE" fold to "cafe", "Straße" to "strasse"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class SearchQuery:
    text: str  # as typed, stripped
    terms: tuple[str, ...]  # folded words, in order, without duplicates
    handle: str  # the folded text kept to the characters a handle may hold

    @property
    def joined(self) -> str:
        """The words run together: how a multi-word hashtag or a handle is written."""
        return "".join(self.terms)

    def __bool__(self) -> bool:
        return bool(self.terms)


def search_query_parse(*, text: str) -> SearchQuery:
    """The query's words; refuses an over-long query, a blank one and one of stop words only
    (unless it starts with "@" or "#").

    Text with no words at all (``"``, ``*``, ``&&``) is a valid query that matches nothing.
    """
    # Control characters (a NUL byte among them, which PostgreSQL refuses in text) are spaces.
    text = "".join(char if char.isprintable() else " " for char in text).strip()
    limit = settings.CLIPMIX_SEARCH_QUERY_MAX_LENGTH
    if len(text) > limit:
        raise ApplicationError(
            errors.QUERY_TOO_LONG.format(limit=limit),
            code="query_too_long",
            extra={"max_length": limit},
        )
    if not text:
        raise ApplicationError(errors.QUERY_EMPTY, code="query_empty")
    terms = tuple(dict.fromkeys(_WORD.findall(fold(text))))
    # "@the" or "#and" names someone or a hashtag: not a sentence of common words.
    names = text.startswith(("@", "#"))
    if terms and not names and all(term in STOP_WORDS for term in terms):
        raise ApplicationError(errors.QUERY_ONLY_STOP_WORDS, code="query_only_stop_words")
    handle = _NOT_HANDLE.sub("", fold(text)).strip(".")
    return SearchQuery(text=text, terms=terms, handle=handle)
