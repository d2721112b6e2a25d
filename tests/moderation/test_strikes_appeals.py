from datetime import timedelta

import pytest
from django.utils import timezone

from apps.comments.models import Comment
from apps.core.errors import ApplicationError
from apps.moderation.models import Appeal, AuditEntry, Strike
from apps.moderation.services import appeals, cases
from apps.moderation.services.strikes import strike_issue, strikes_active, suspension_lift
from apps.privacy import policy


def _strike(user, *, days_ago: int = 0, overturned: bool = False) -> Strike:
    strike = strike_issue(user=user, category="harassment", reason="Insults.")
    Strike.objects.filter(pk=strike.pk).update(
        created_at=timezone.now() - timedelta(days=days_ago),
        overturned_at=timezone.now() if overturned else None,
    )
    return strike


def test_the_third_strike_suspends_remixing(user, video_factory):
    _strike(user)
    _strike(user)
    user.refresh_from_db()
    assert not user.is_remix_suspended
    _strike(user)
    user.refresh_from_db()
    assert user.is_remix_suspended
    decision = policy.can_remix(user, video_factory())
    assert decision.code == "remix_suspended"
    assert AuditEntry.objects.filter(action="remix_suspended", actor="automatic").exists()


def test_strikes_older_than_the_window_or_overturned_do_not_count(user):
    _strike(user, days_ago=91)
    _strike(user, overturned=True)
    _strike(user)
    _strike(user)
    user.refresh_from_db()
    assert strikes_active(user=user) == 2
    assert not user.is_remix_suspended


def test_a_moderator_lifts_a_suspension(user, moderator):
    for _ in range(3):
        _strike(user)
    suspension_lift(user=user, actor=moderator, reason="Second chance")
    user.refresh_from_db()
    assert not user.is_remix_suspended
    assert AuditEntry.objects.get(action="suspension_lifted").actor == "moda"


@pytest.fixture
def rejected(held_comment, moderator, harassment_rule):
    comment, case = held_comment()
    cases.case_reject(case=case, moderator=moderator, rule=harassment_rule, strike=True)
    case.refresh_from_db()
    return comment, case


def test_an_author_appeals_a_rejection_once(rejected):
    comment, case = rejected
    appeal = appeals.appeal_create(appellant=comment.author, case=case, text="It was a joke.")
    assert appeal.status == Appeal.Status.PENDING
    with pytest.raises(ApplicationError) as refused:
        appeals.appeal_create(appellant=comment.author, case=case, text="Please?")
    assert (refused.value.code, refused.value.status) == ("already_appealed", 409)
    assert Appeal.objects.count() == 1


def test_an_appeal_after_the_window_is_refused(rejected, settings):
    comment, case = rejected
    type(case).objects.filter(pk=case.pk).update(
        decided_at=timezone.now() - timedelta(days=settings.CLIPMIX_MODERATION_APPEAL_DAYS, hours=1)
    )
    case.refresh_from_db()
    with pytest.raises(ApplicationError) as refused:
        appeals.appeal_create(appellant=comment.author, case=case, text="Late.")
    assert refused.value.code == "appeal_window_closed"
    assert not Appeal.objects.exists()


def test_an_appeal_just_inside_the_window_is_accepted(rejected, settings):
    comment, case = rejected
    type(case).objects.filter(pk=case.pk).update(
        decided_at=timezone.now() - timedelta(days=settings.CLIPMIX_MODERATION_APPEAL_DAYS - 1)
    )
    case.refresh_from_db()
    assert appeals.appeal_create(appellant=comment.author, case=case, text="In time.")


def test_only_the_author_may_appeal_and_only_a_rejection(rejected, user_factory, held_comment):
    _, case = rejected
    with pytest.raises(ApplicationError) as refused:
        appeals.appeal_create(appellant=user_factory(), case=case, text="Not mine.")
    assert refused.value.status == 403
    other, open_case = held_comment()
    with pytest.raises(ApplicationError) as refused:
        appeals.appeal_create(appellant=other.author, case=open_case, text="Still open.")
    assert refused.value.code == "not_appealable"


def test_an_empty_appeal_is_refused(rejected):
    comment, case = rejected
    with pytest.raises(ApplicationError) as refused:
        appeals.appeal_create(appellant=comment.author, case=case, text="   ")
    assert refused.value.message == appeals.APPEAL_TEXT_EMPTY


def test_granting_an_appeal_restores_the_comment_and_overturns_its_strike(
    rejected, other_moderator
):
    comment, case = rejected
    appeal = appeals.appeal_create(appellant=comment.author, case=case, text="Context.")
    appeals.appeal_decide(
        appeal=appeal, moderator=other_moderator, grant=True, message="Fair enough."
    )
    comment.refresh_from_db()
    appeal.refresh_from_db()
    assert comment.status == Comment.Status.VISIBLE
    assert appeal.status == Appeal.Status.GRANTED
    assert appeal.decision_message == "Fair enough."
    assert Strike.objects.get().overturned_at is not None
    with pytest.raises(ApplicationError) as refused:
        appeals.appeal_decide(appeal=appeal, moderator=other_moderator, grant=False, message="No.")
    assert refused.value.code == "appeal_decided"


def test_granting_a_strike_appeal_lifts_the_suspension_it_caused(user, moderator):
    strikes = [_strike(user) for _ in range(3)]
    user.refresh_from_db()
    assert user.is_remix_suspended
    appeal = appeals.appeal_create(appellant=user, strike=strikes[-1], text="Wrong person.")
    appeals.appeal_decide(appeal=appeal, moderator=moderator, grant=True, message="Overturned.")
    user.refresh_from_db()
    assert not user.is_remix_suspended
    assert strikes_active(user=user) == 2


def test_denying_needs_a_message_and_keeps_the_decision(rejected, other_moderator):
    comment, case = rejected
    appeal = appeals.appeal_create(appellant=comment.author, case=case, text="Context.")
    with pytest.raises(ApplicationError):
        appeals.appeal_decide(appeal=appeal, moderator=other_moderator, grant=False, message=" ")
    appeals.appeal_decide(
        appeal=appeal, moderator=other_moderator, grant=False, message="It stands."
    )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN
    assert Strike.objects.get().overturned_at is None
    assert AuditEntry.objects.get(action="appeal_denied").reason == "It stands."


@pytest.fixture
def other_moderator(user_factory):
    from apps.moderation.services.moderators import moderator_grant

    return moderator_grant(user=user_factory(username="modb"))


def test_the_moderator_who_rejected_the_case_cannot_decide_its_appeal(
    rejected, moderator, other_moderator
):
    comment, case = rejected
    appeal = appeals.appeal_create(appellant=comment.author, case=case, text="Context.")

    with pytest.raises(ApplicationError) as refused:
        appeals.appeal_decide(appeal=appeal, moderator=moderator, grant=False, message="Stands.")

    assert (refused.value.code, refused.value.status) == ("own_decision", 403)
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.PENDING
    appeals.appeal_decide(appeal=appeal, moderator=other_moderator, grant=False, message="Stands.")


def test_the_moderator_who_struck_cannot_decide_the_strikes_appeal(user, moderator):
    strike = strike_issue(user=user, category="harassment", reason="Insults.", issued_by=moderator)
    appeal = appeals.appeal_create(appellant=user, strike=strike, text="Wrong person.")

    with pytest.raises(ApplicationError) as refused:
        appeals.appeal_decide(appeal=appeal, moderator=moderator, grant=True, message="Sorry.")

    assert refused.value.code == "own_decision"


def test_on_a_site_with_one_moderator_the_appeal_goes_to_an_administrator(
    rejected, moderator, user_factory, django_capture_on_commit_callbacks
):
    from apps.notifications.models import Notification

    admin = user_factory(username="root", is_superuser=True, is_staff=True)
    comment, case = rejected
    with django_capture_on_commit_callbacks(execute=True):
        appeal = appeals.appeal_create(appellant=comment.author, case=case, text="Context.")

    assert appeals.appeal_needs_administrator(appeal)
    assert AuditEntry.objects.filter(action="appeal_escalated", target_id=str(appeal.pk)).exists()
    notice = Notification.objects.get(recipient=admin)
    assert notice.url == f"/admin/moderation/appeal/{appeal.pk}/change/"
    appeals.appeal_decide(appeal=appeal, moderator=admin, grant=True, message="Fair.")
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.GRANTED


def test_with_a_second_moderator_nothing_is_escalated(rejected, other_moderator):
    comment, case = rejected
    appeal = appeals.appeal_create(appellant=comment.author, case=case, text="Context.")
    assert not appeals.appeal_needs_administrator(appeal)
    assert not AuditEntry.objects.filter(action="appeal_escalated").exists()
