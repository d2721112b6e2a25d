import io
import json

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image

from apps.comments.models import Comment
from apps.moderation.models import (
    Appeal,
    AuditEntry,
    GuidelineRule,
    ModerationCase,
    Strike,
)
from apps.moderation.services import appeals, cases
from apps.moderation.services.moderators import moderator_grant
from apps.moderation.services.strikes import strike_issue

QUEUE = reverse("admin:moderation_moderationcase_changelist")


def _case_url(case: ModerationCase) -> str:
    return reverse("admin:moderation_moderationcase_change", args=[case.pk])


@pytest.fixture
def mod_client(client, moderator):
    client.force_login(moderator)
    return client


def _png() -> ContentFile:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "orange").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name="remix.png")


def test_the_queue_lists_open_cases_oldest_first(mod_client, held_comment):
    _first, _first_case = held_comment(body="first held comment")
    _, _second_case = held_comment(body="second held comment")
    _, decided = held_comment(body="already decided")
    decided.status = ModerationCase.Status.APPROVED
    decided.save()
    page = mod_client.get(QUEUE).content.decode()
    assert "first held comment" in page
    assert "second held comment" in page
    assert "already decided" not in page
    assert page.index("first held comment") < page.index("second held comment")
    assert "already decided" in mod_client.get(QUEUE + "?queue=all").content.decode()


def test_the_case_page_shows_the_content_image_and_the_evidence(mod_client, held_comment):
    comment, case = held_comment(body="look at this")
    comment.image.save("remix.png", _png())
    page = mod_client.get(_case_url(case)).content.decode()
    assert f'<img src="{comment.image.url}"' in page
    assert "look at this" in page
    assert "test-rule" in page
    assert "worthless" in page
    assert f"@{comment.author.username}" in page
    assert f"@{comment.video.owner.username}" in page


def test_a_moderator_approves_a_case_from_its_page(mod_client, held_comment):
    comment, case = held_comment()
    response = mod_client.post(_case_url(case), {"decision": "approve", "message": ""})
    assert response.status_code == 302
    assert response["Location"] == QUEUE
    comment.refresh_from_db()
    assert comment.status == Comment.Status.VISIBLE


def test_rejecting_from_the_page_without_a_guideline_shows_the_error(mod_client, held_comment):
    comment, case = held_comment()
    response = mod_client.post(_case_url(case), {"decision": "reject"})
    assert response.status_code == 200
    assert str(cases.RULE_REQUIRED) in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PENDING


def test_a_moderator_rejects_with_a_guideline_and_a_strike(
    mod_client, held_comment, harassment_rule
):
    comment, case = held_comment()
    mod_client.post(
        _case_url(case),
        {"decision": "reject", "rule": harassment_rule.pk, "message": "Insults.", "strike": "on"},
    )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN
    assert Strike.objects.get().user == comment.author


def test_a_case_decided_meanwhile_shows_a_message_not_an_error(mod_client, held_comment, moderator):
    _, case = held_comment()
    cases.case_approve(case=case, moderator=moderator)
    response = mod_client.post(_case_url(case), {"decision": "escalate"}, follow=True)
    assert str(cases.CASE_DECIDED) in response.content.decode()


def test_assign_to_me_from_the_case_page(mod_client, held_comment, moderator):
    _, case = held_comment()
    mod_client.post(_case_url(case), {"assign": "me"})
    case.refresh_from_db()
    assert case.assigned_to == moderator


def test_bulk_approve(mod_client, held_comment):
    made = [held_comment() for _ in range(3)]
    mod_client.post(
        QUEUE,
        {"action": "approve_selected", "_selected_action": [case.pk for _, case in made]},
    )
    assert Comment.objects.filter(status=Comment.Status.VISIBLE).count() == 3


def test_bulk_reject_asks_for_the_guideline_first(mod_client, held_comment, harassment_rule):
    made = [held_comment() for _ in range(2)]
    selected = [case.pk for _, case in made]
    asked = mod_client.post(QUEUE, {"action": "reject_selected", "_selected_action": selected})
    assert asked.status_code == 200
    assert "Reject 2 cases" in asked.content.decode()
    assert ModerationCase.objects.filter(status="open").count() == 2
    mod_client.post(
        QUEUE,
        {
            "action": "reject_selected",
            "_selected_action": selected,
            "apply": "1",
            "rule": harassment_rule.pk,
        },
    )
    assert Comment.objects.filter(status=Comment.Status.HIDDEN).count() == 2


def test_staff_without_the_moderator_permission_cannot_decide(client, user_factory, held_comment):
    staff = user_factory(is_staff=True)
    client.force_login(staff)
    _, case = held_comment()
    assert client.post(_case_url(case), {"decision": "approve"}).status_code == 403
    case.refresh_from_db()
    assert case.is_open


def test_the_dashboard_shows_the_queue_and_decisions(mod_client, held_comment, moderator):
    held_comment()
    _, decided = held_comment()
    cases.case_approve(case=decided, moderator=moderator)
    page = mod_client.get(reverse("admin:moderation_dashboard")).content.decode()
    assert 'data-figure="queue">1<' in page
    assert "Harassment or humiliation" in page


def test_a_moderator_grants_an_appeal_in_admin(mod_client, held_comment, user_factory):
    comment, case = held_comment()
    rule = GuidelineRule.objects.create(
        slug="rule", category="harassment", title="T", guideline="G", action="block"
    )
    decider = moderator_grant(user=user_factory(username="decider"))
    case = cases.case_reject(case=case, moderator=decider, rule=rule)
    appeal = appeals.appeal_create(appellant=comment.author, case=case, text="Context!")
    url = reverse("admin:moderation_appeal_change", args=[appeal.pk])
    page = mod_client.get(url).content.decode()
    assert "Context!" in page
    assert "appeal_filed" in page  # its audit trail
    mod_client.post(url, {"decision": "grant", "message": "You're right."})
    appeal.refresh_from_db()
    comment.refresh_from_db()
    assert appeal.status == Appeal.Status.GRANTED
    assert comment.status == Comment.Status.VISIBLE


def test_the_cases_decider_sees_why_they_cannot_decide_its_appeal(
    mod_client, held_comment, moderator
):
    comment, case = held_comment()
    rule = GuidelineRule.objects.create(
        slug="rule", category="harassment", title="T", guideline="G", action="block"
    )
    case = cases.case_reject(case=case, moderator=moderator, rule=rule)
    appeal = appeals.appeal_create(appellant=comment.author, case=case, text="Context!")
    url = reverse("admin:moderation_appeal_change", args=[appeal.pk])

    page = mod_client.get(url).content.decode()
    mod_client.post(url, {"decision": "grant", "message": "Mine to undo."})

    assert "data-own-decision" in page
    assert 'value="Save decision"' not in page
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.PENDING


def test_a_moderator_lifts_a_suspension_in_admin(mod_client, user):
    for _ in range(3):
        strike_issue(user=user, category="hate", reason="Slurs.")
    mod_client.post(
        reverse("admin:moderation_suspendeduser_changelist"),
        {"action": "lift_suspension", "_selected_action": [user.pk]},
    )
    user.refresh_from_db()
    assert not user.is_remix_suspended


def test_the_audit_log_is_readable_but_not_editable_in_admin(mod_client, held_comment):
    held_comment()
    entry = AuditEntry.objects.get(action="case_opened")
    url = reverse("admin:moderation_auditentry_change", args=[entry.pk])
    page = mod_client.get(url)
    assert page.status_code == 200
    assert 'name="reason"' not in page.content.decode()
    assert mod_client.post(url, {"reason": "rewritten"}).status_code == 403
    delete = reverse("admin:moderation_auditentry_delete", args=[entry.pk])
    assert mod_client.post(delete, {"post": "yes"}).status_code == 403
    assert AuditEntry.objects.get(pk=entry.pk).reason == entry.reason


def _rule_form(rule: GuidelineRule, **changes: object) -> dict[str, object]:
    """The admin change form of ``rule`` as it stands, with ``changes``."""
    return {
        "slug": rule.slug,
        "title": rule.title,
        "category": rule.category,
        "guideline": rule.guideline,
        "enabled": "on",
        "action": rule.action,
        "severity": rule.severity,
        "phrases": json.dumps(rule.phrases),
        "patterns": "[]",
        "all_of": "[]",
        "exceptions": "[]",
        "exemplars": "[]",
        "semantic_threshold": "",
        **changes,
    }


def test_editing_a_guideline_in_admin_is_audited_with_the_change(mod_client, harassment_rule):
    url = reverse("admin:moderation_guidelinerule_change", args=[harassment_rule.pk])
    form = _rule_form(
        harassment_rule,
        guideline="Be kind to the person in the video.",
        phrases='["worthless", "pathetic"]',
    )
    assert mod_client.post(url, form).status_code == 302
    entry = AuditEntry.objects.get(action="changed", target_type="guidelinerule")
    assert entry.actor == "moda"
    assert entry.details["changes"]["guideline"]["to"] == "Be kind to the person in the video."
    assert entry.details["changes"]["phrases"] == {
        "from": ["worthless"],
        "to": ["worthless", "pathetic"],
    }
    assert set(entry.details["changes"]) == {"guideline", "phrases"}


def test_a_moderator_can_make_a_rule_certain_and_it_is_audited(mod_client, harassment_rule):
    url = reverse("admin:moderation_guidelinerule_change", args=[harassment_rule.pk])
    page = mod_client.get(url).content.decode()
    assert 'name="certain"' in page
    form = _rule_form(harassment_rule, certain="on")

    assert mod_client.post(url, form).status_code == 302

    harassment_rule.refresh_from_db()
    assert harassment_rule.certain
    entry = AuditEntry.objects.get(action="changed", target_type="guidelinerule")
    assert entry.details["changes"] == {"certain": {"from": False, "to": True}}
