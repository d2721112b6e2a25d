import pytest

from apps.core.errors import ApplicationError
from apps.search import errors
from apps.search.query import fold, search_query_parse, words


def test_folding_drops_case_and_accents():
    assert fold("Café CRÈME Straße") == "cafe creme strasse"


def test_words_are_folded_and_separated_by_single_spaces():
    assert words("  #CaféConLeche, at the beach!") == "cafeconleche at the beach"


@pytest.mark.parametrize("text", ['"', "*", "&&", "'; --", "!!!"])
def test_operators_and_quotes_parse_to_no_words(text):
    assert search_query_parse(text=text).terms == ()


def test_a_query_keeps_its_words_once_in_order():
    query = search_query_parse(text="Sun sun #Golden-hour")
    assert query.terms == ("sun", "golden", "hour")


def test_a_handle_keeps_dots_and_underscores_without_the_at_sign():
    assert search_query_parse(text="@Ana.Bé_1").handle == "ana.be_1"


def test_a_query_over_the_limit_is_refused_with_a_clear_message(settings):
    with pytest.raises(ApplicationError) as refused:
        search_query_parse(text="a" * (settings.CLIPMIX_SEARCH_QUERY_MAX_LENGTH + 1))
    assert refused.value.code == "query_too_long"
    assert refused.value.message == errors.QUERY_TOO_LONG.format(limit=100)


def test_a_query_of_stop_words_only_is_refused():
    with pytest.raises(ApplicationError) as refused:
        search_query_parse(text="The and OF")
    assert (refused.value.code, refused.value.message) == (
        "query_only_stop_words",
        errors.QUERY_ONLY_STOP_WORDS,
    )


def test_a_blank_query_is_refused():
    with pytest.raises(ApplicationError) as refused:
        search_query_parse(text="   ")
    assert refused.value.code == "query_empty"


@pytest.mark.parametrize("text", ["@the", "#and"])
def test_a_handle_or_hashtag_made_of_a_stop_word_is_searched(text):
    assert search_query_parse(text=text).terms == (text[1:],)
