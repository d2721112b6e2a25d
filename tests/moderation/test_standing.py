import pytest
from django.urls import reverse

from apps.moderation.models import Appeal
from apps.moderation.services import cases
from apps.moderation.views import APPEAL_FILED

STANDING = reverse("moderation:standing")


@pytest.fixture
def rejected(held_comment, moderator, harassment_rule):
    comment, case = held_comment(body="you are worthless")
    cases.case_reject(case=case, moderator=moderator, rule=harassment_rule, strike=True)
    return comment, case


def test_the_standing_page_shows_a_rejection_with_its_guideline(client, rejected):
    comment, case = rejected
    client.force_login(comment.author)
    page = client.get(STANDING).content.decode()
    assert "you are worthless" in page
    assert "Don&#x27;t harass or humiliate the person in the video." in page
    assert "data-active-strikes>1<" in page
    assert reverse("moderation:case_appeal", kwargs={"case_id": case.pk}) in page


def test_an_author_appeals_from_the_standing_page_once(client, rejected):
    comment, case = rejected
    client.force_login(comment.author)
    url = reverse("moderation:case_appeal", kwargs={"case_id": case.pk})
    first = client.post(url, {"text": "It was about my own video."}, follow=True)
    assert str(APPEAL_FILED) in first.content.decode()
    assert 'data-appeal-status="pending"' in first.content.decode()
    client.post(url, {"text": "Again."})
    assert Appeal.objects.count() == 1


def test_an_empty_appeal_shows_a_form_error(client, rejected):
    comment, case = rejected
    client.force_login(comment.author)
    url = reverse("moderation:case_appeal", kwargs={"case_id": case.pk})
    response = client.post(url, {"text": "   "}, follow=True)
    assert "This field is required." in response.content.decode()
    assert not Appeal.objects.exists()


def test_someone_else_cannot_appeal_or_see_the_case(client, rejected, user_factory):
    _, case = rejected
    client.force_login(user_factory())
    url = reverse("moderation:case_appeal", kwargs={"case_id": case.pk})
    assert client.post(url, {"text": "Not mine."}).status_code == 404
    assert "you are worthless" not in client.get(STANDING).content.decode()


def test_the_standing_page_needs_a_login(client, db):
    assert client.get(STANDING).status_code == 302
