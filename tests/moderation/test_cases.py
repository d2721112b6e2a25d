import pytest

from apps.comments.models import Comment
from apps.comments.services import comment_report
from apps.core.errors import ApplicationError
from apps.moderation.models import AuditEntry, ModerationCase, Strike
from apps.moderation.services import cases
from apps.moderation.signals import moderation_notice
from apps.videos.models import Video
from tests.moderation.conftest import held_screening


def test_opening_a_case_twice_for_the_same_content_keeps_one_case(held_comment):
    comment, case = held_comment()
    again = cases.case_open(
        content_type="comments.comment",
        object_id=comment.pk,
        stage=ModerationCase.Stage.COMMENT,
        author=comment.author,
        screening=held_screening("hate"),
    )
    assert again.pk == case.pk
    assert len(again.evidence["screenings"]) == 2
    assert ModerationCase.objects.count() == 1


def test_opening_a_case_is_audited_as_automatic(held_comment):
    _, case = held_comment()
    entry = AuditEntry.objects.get(action="case_opened")
    assert (entry.actor, entry.actor_id, entry.target_id) == ("automatic", None, str(case.pk))
    assert entry.details["screening"]["matches"][0]["match"] == "worthless"


def test_a_screening_that_escalates_opens_an_escalated_case(comment_factory):
    comment = comment_factory(status=Comment.Status.PENDING)
    case = cases.case_open(
        content_type="comments.comment",
        object_id=comment.pk,
        stage=ModerationCase.Stage.COMMENT,
        author=comment.author,
        screening=held_screening("minor_sexual", escalate=True),
    )
    assert case.status == ModerationCase.Status.ESCALATED


def test_approving_publishes_the_held_comment_and_counts_it(held_comment, moderator):
    comment, case = held_comment()
    cases.case_approve(case=case, moderator=moderator)
    comment.refresh_from_db()
    case.refresh_from_db()
    assert comment.status == Comment.Status.VISIBLE
    assert Video.objects.get(pk=comment.video_id).comments_count == 1
    assert (case.status, case.decided_by) == (ModerationCase.Status.APPROVED, moderator)
    assert AuditEntry.objects.filter(action="case_approved", actor="moda").exists()


def test_a_decided_case_cannot_be_decided_again(held_comment, moderator, harassment_rule):
    _, case = held_comment()
    cases.case_approve(case=case, moderator=moderator)
    with pytest.raises(ApplicationError) as refused:
        cases.case_reject(case=case, moderator=moderator, rule=harassment_rule)
    assert (refused.value.code, refused.value.status) == ("case_decided", 409)


def test_rejecting_requires_a_guideline(held_comment, moderator):
    comment, case = held_comment()
    with pytest.raises(ApplicationError) as refused:
        cases.case_reject(case=case, moderator=moderator, rule=None)
    assert refused.value.message == cases.RULE_REQUIRED
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_rejecting_hides_the_comment_and_tells_the_author_why(
    held_comment, moderator, harassment_rule, django_capture_on_commit_callbacks
):
    comment, case = held_comment()
    notices = []

    def receive(**kwargs):
        notices.append(kwargs)

    moderation_notice.connect(receive)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            cases.case_reject(case=case, moderator=moderator, rule=harassment_rule)
    finally:
        moderation_notice.disconnect(receive)
    comment.refresh_from_db()
    case.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN
    assert case.decision_rule == harassment_rule
    assert case.decision_message == harassment_rule.guideline
    assert [n["user_id"] for n in notices] == [comment.author_id]
    assert harassment_rule.guideline in notices[0]["text"]
    assert not Strike.objects.exists()


def test_rejecting_with_a_strike_strikes_the_author(held_comment, moderator, harassment_rule):
    comment, case = held_comment()
    cases.case_reject(
        case=case, moderator=moderator, rule=harassment_rule, message="Insults.", strike=True
    )
    strike = Strike.objects.get()
    assert (strike.user, strike.case, strike.category) == (comment.author, case, "harassment")
    assert strike.reason == "Insults."


def test_reports_about_one_comment_share_one_case(comment_factory, user_factory):
    comment = comment_factory()
    first, second = user_factory(), user_factory()
    comment_report(reporter=first, comment=comment, reason="harassment", text="mean")
    comment_report(reporter=second, comment=comment, reason="spam")
    comment_report(reporter=second, comment=comment, reason="hate")  # changes the report only
    case = ModerationCase.objects.get()
    assert (case.stage, case.category, case.report_count) == ("report", "harassment", 2)
    assert [r["reporter"] for r in case.evidence["reports"]] == [first.username, second.username]


def test_dismissing_reports_keeps_the_comment_and_resolves_them(
    comment_factory, user_factory, moderator
):
    comment = comment_factory()
    comment_report(reporter=user_factory(), comment=comment, reason="spam")
    cases.case_approve(case=ModerationCase.objects.get(), moderator=moderator)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.VISIBLE
    assert comment.reports.get().resolved_at is not None


def test_removing_reported_content_hides_it_and_a_new_report_opens_a_new_case(
    comment_factory, user_factory, moderator, harassment_rule
):
    comment = comment_factory()
    comment_report(reporter=user_factory(), comment=comment, reason="harassment")
    cases.case_reject(case=ModerationCase.objects.get(), moderator=moderator, rule=harassment_rule)
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN
    assert Video.objects.get(pk=comment.video_id).comments_count == 0
    comment_report(reporter=user_factory(), comment=comment, reason="hate")
    assert ModerationCase.objects.filter(status="open").count() == 1


def test_assignment_and_escalation_are_audited(held_comment, moderator):
    _, case = held_comment()
    cases.case_assign(case=case, moderator=moderator, actor=moderator)
    cases.case_escalate(case=case, moderator=moderator, note="Needs a senior look.")
    case.refresh_from_db()
    assert (case.assigned_to, case.status) == (moderator, ModerationCase.Status.ESCALATED)
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"case_assigned", "case_escalated"} <= actions
