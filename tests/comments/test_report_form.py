"""The report form: guideline categories, an optional note, a confirmation; no prompt()."""

from django.utils.html import escape

from apps.comments import errors
from apps.comments.models import CommentReport
from apps.moderation.models import ModerationCase


def test_the_form_lists_each_guideline_category(client, user, comment_factory):
    comment = comment_factory()
    client.force_login(user)

    page = client.get(f"/comments/{comment.pk}/report").content.decode()

    for value, label in CommentReport.Reason.choices:
        assert f'value="{value}"' in page
        assert str(label) in page
    assert 'name="text"' in page


def test_sending_it_confirms_and_opens_a_case(client, user, comment_factory):
    comment = comment_factory()
    client.force_login(user)

    sent = client.post(
        f"/comments/{comment.pk}/report", {"reason": "harassment", "text": "mocks the dancer"}
    )

    assert sent.status_code == 200
    assert escape(str(errors.REPORT_THANKS)) in sent.content.decode()
    report = CommentReport.objects.get(comment=comment, reporter=user)
    assert (report.reason, report.text) == ("harassment", "mocks the dancer")
    assert ModerationCase.objects.filter(object_id=comment.pk, report_count=1).exists()


def test_no_category_is_a_form_error_not_a_report(client, user, comment_factory):
    comment = comment_factory()
    client.force_login(user)

    refused = client.post(f"/comments/{comment.pk}/report", {"text": "bad"})

    assert refused.status_code == 422
    assert str(errors.REPORT_REASON_REQUIRED) in refused.content.decode()
    assert not CommentReport.objects.exists()


def test_an_over_long_note_is_refused_not_cut(client, user, comment_factory):
    comment = comment_factory()
    client.force_login(user)

    refused = client.post(f"/comments/{comment.pk}/report", {"reason": "spam", "text": "x" * 501})

    assert refused.status_code == 422
    assert not CommentReport.objects.exists()


def test_the_video_page_links_to_the_form_instead_of_a_prompt(client, user, comment_factory):
    comment = comment_factory()
    client.force_login(user)

    page = client.get(f"/v/{comment.video_id}").content.decode()

    assert f'href="/comments/{comment.pk}/report"' in page
