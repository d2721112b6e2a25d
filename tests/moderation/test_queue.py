"""The moderators' queue at volume: thumbnails, evidence in words with the matched words
highlighted, the author's history, a report case's source frame, "save and next", and a
constant number of queries on the list and on a case page."""

import io

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from apps.moderation.evidence import evidence_in_words, text_highlighted
from apps.moderation.models import GuidelineRule, ModerationCase
from apps.moderation.services.strikes import strike_issue

QUEUE = reverse("admin:moderation_moderationcase_changelist")


def _case_url(case: ModerationCase) -> str:
    return reverse("admin:moderation_moderationcase_change", args=[case.pk])


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def test_rule(db):
    return GuidelineRule.objects.create(
        slug="test-rule",
        category="harassment",
        title="Harassment or humiliation",
        guideline="No insults.",
        action="review",
    )


def _png() -> ContentFile:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "orange").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="remix.png")


def test_evidence_reads_as_words_with_the_rules_title(test_rule):
    [line] = evidence_in_words(
        [
            {
                "screener": "text",
                "verdict": "review",
                "rule": "test-rule",
                "matches": [
                    {"kind": "phrase", "match": "bikini", "rule": "test-rule", "score": 0.705}
                ],
            }
        ]
    )
    assert line.sentences == [
        "The words “bikini” match the rule “Harassment or humiliation” (score 0.70)."
    ]
    assert line.words == ["bikini"]


def test_a_match_the_classifier_overruled_says_it_did_not_decide(test_rule):
    [line] = evidence_in_words(
        [
            {
                "screener": "text",
                "verdict": "review",
                "matches": [
                    {"kind": "phrase", "match": "bikini", "rule": "test-rule"},
                    {"kind": "phrase", "match": "nude", "rule": "test-rule", "overruled": "x"},
                ],
            }
        ]
    )
    assert line.sentences == [
        "The words “bikini” match the rule “Harassment or humiliation”.",
        "The words “nude” match the rule “Harassment or humiliation”. The classifier read the "
        "text as innocent, so this did not decide.",
    ]


def test_matched_words_are_highlighted_and_the_rest_escaped():
    marked = text_highlighted("<b>You</b> worthless Worthless fool", ["worthless"])
    assert marked == ("&lt;b&gt;You&lt;/b&gt; <mark>worthless</mark> <mark>Worthless</mark> fool")


def test_the_case_page_explains_the_evidence_and_marks_the_words(
    mod_client, held_comment, test_rule
):
    _, case = held_comment(body="you worthless clown")
    page = mod_client.get(_case_url(case)).content.decode()
    assert "you <mark>worthless</mark> clown" in page
    assert "match the rule “Harassment or humiliation”" in page
    assert "kind=phrase" not in page


def test_the_queue_shows_a_thumbnail_per_case(mod_client, held_comment):
    comment, _ = held_comment(body="an image comment")
    comment.image.save("remix.png", _png())
    page = mod_client.get(QUEUE).content.decode()
    assert f'class="moderation-thumb" src="{comment.image.url}"' in page


def test_the_case_page_shows_the_authors_strikes_and_other_cases(mod_client, held_comment):
    comment, case = held_comment(body="first")
    author = comment.author
    _, earlier = held_comment(author=author, body="second")
    strike_issue(user=author, category="hate", reason="Slurs in a caption.")

    page = mod_client.get(_case_url(case)).content.decode()

    assert "Slurs in a caption." in page
    assert f"Case {earlier.pk}</a>" in page


def test_save_and_next_opens_the_next_open_case(mod_client, held_comment):
    _, first = held_comment(body="one")
    _, second = held_comment(body="two")

    done = mod_client.post(_case_url(first), {"decision": "approve", "save_next": "1"})

    assert done["Location"] == _case_url(second)
    first.refresh_from_db()
    assert first.status == ModerationCase.Status.APPROVED


def test_save_and_next_on_the_last_case_goes_back_to_the_queue(mod_client, held_comment):
    _, only = held_comment(body="alone")
    done = mod_client.post(_case_url(only), {"decision": "approve", "save_next": "1"})
    assert done["Location"] == QUEUE


def test_the_queue_and_a_case_page_take_a_constant_number_of_queries(mod_client, held_comment):
    def count(url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert mod_client.get(url).status_code == 200
        return len(queries)

    comment, case = held_comment(body="first")
    comment.image.save("remix.png", _png())
    count(QUEUE), count(_case_url(case))  # caches filled once (the session, the rules)
    few_list, few_case = count(QUEUE), count(_case_url(case))
    for n in range(12):
        other, _ = held_comment(author=comment.author, body=f"more {n}")
        other.image.save("remix.png", _png())
        strike_issue(user=comment.author, category="hate", reason=f"Strike {n}.")
    assert count(QUEUE) == few_list
    with CaptureQueriesContext(connection) as queries:
        mod_client.get(_case_url(case))
    assert len(queries) == few_case, "\n".join(q["sql"][:150] for q in queries.captured_queries)
