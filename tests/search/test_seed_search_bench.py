import pytest
from django.core.management import CommandError, call_command

from apps.accounts.models import User, handle_validator
from apps.search.query import search_query_parse
from apps.search.selectors.search import search_page
from apps.videos.models import Video

pytestmark = pytest.mark.django_db


def test_the_benchmark_data_is_generated_and_searchable():
    call_command("seed_search_bench", accounts=20, videos=30)
    assert User.objects.filter(username__startswith="sb_").count() == 20
    assert Video.objects.count() == 30
    for handle in User.objects.values_list("username", flat=True):
        handle_validator(handle)
    page = search_page(query=search_query_parse(text="sb_"), type="people", viewer=None)
    assert page.items


def test_generating_twice_is_refused():
    call_command("seed_search_bench", accounts=10, videos=5)
    with pytest.raises(CommandError, match="exist already"):
        call_command("seed_search_bench", accounts=10, videos=5)
