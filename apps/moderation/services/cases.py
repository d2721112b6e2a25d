"""Review cases: content held by a screener or reported by users, and a moderator's decisions.

Deciding a case locks its row, asks the owning app's handler to carry the decision out, and
appends to the audit log in the same transaction: a handler that fails leaves the case open.
"""

from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.moderation.handlers import handler_get
from apps.moderation.models import Category, GuidelineRule, ModerationCase
from apps.moderation.screening.result import Screening
from apps.moderation.services.audit import audit_record
from apps.moderation.services.strikes import strike_issue

CASE_DECIDED = _("This case has already been decided.")
RULE_REQUIRED = _("Choose the guideline the content breaks.")


def _open_case(content_type: str, object_id: int) -> ModerationCase | None:
    return (
        ModerationCase.objects.select_for_update()
        .filter(
            content_type=content_type,
            object_id=object_id,
            status__in=ModerationCase.OPEN_STATUSES,
        )
        .first()
    )


@transaction.atomic
def case_open(
    *,
    content_type: str,
    object_id: int,
    stage: str,
    author: User,
    screening: Screening,
    creator: User | None = None,
    text: str = "",
    caption: str = "",
) -> ModerationCase:
    """Hold content for a moderator because a screener did not allow it.

    Idempotent per content: while a case about it is open, that case is returned with the new
    screening added to its evidence (a prompt case that also gets an output screening, say).
    """
    evidence = screening.as_evidence()
    case = _open_case(content_type, object_id)
    if case is not None:
        case.evidence.setdefault("screenings", []).append(evidence)
        case.save(update_fields=["evidence", "updated_at"])
        return case
    case = ModerationCase(
        content_type=content_type,
        object_id=object_id,
        stage=stage,
        status=(
            ModerationCase.Status.ESCALATED if screening.escalate else ModerationCase.Status.OPEN
        ),
        category=screening.category,
        verdict=screening.verdict,
        evidence={"screenings": [evidence]},
        text=text,
        caption=caption,
        author=author,
        creator=creator,
    )
    case.full_clean()
    try:
        with transaction.atomic():
            case.save()
    except IntegrityError:  # another request opened it first
        return _open_case(content_type, object_id) or case
    audit_record(
        actor=None,
        action="case_opened",
        target_type="case",
        target_id=case.pk,
        category=case.category,
        reason=screening.message,
        details={"content": f"{content_type}:{object_id}", "screening": evidence},
    )
    return case


@transaction.atomic
def case_report(
    *,
    content_type: str,
    object_id: int,
    author: User,
    reporter: User,
    category: str,
    reason: str,
    creator: User | None = None,
    text: str = "",
) -> ModerationCase:
    """A user's report becomes a case, or is added to the one already open about the content."""
    report = {"reporter": reporter.username, "reason": reason, "at": timezone.now().isoformat()}
    case = _open_case(content_type, object_id)
    if case is None:
        case = ModerationCase(
            content_type=content_type,
            object_id=object_id,
            stage=ModerationCase.Stage.REPORT,
            category=category if category in Category.values else Category.BORDERLINE,
            text=text,
            author=author,
            creator=creator,
            evidence={"reports": []},
        )
        case.full_clean()
        try:
            with transaction.atomic():
                case.save()
        except IntegrityError:
            case = _open_case(content_type, object_id) or case
    case.evidence.setdefault("reports", []).append(report)
    case.report_count += 1
    case.save(update_fields=["evidence", "report_count", "updated_at"])
    audit_record(
        actor=reporter,
        action="report_received",
        target_type="case",
        target_id=case.pk,
        category=category,
        reason=reason,
        details={"content": f"{content_type}:{object_id}"},
    )
    return case


@transaction.atomic
def case_withdraw(*, content_type: str, object_id: int, reason: str) -> ModerationCase | None:
    """Close the open case about content that ended without a moderator's decision (its
    owning app calls this; a moderator's own decision goes through ``case_approve`` or
    ``case_reject``). Idempotent: None when no case is open."""
    case = _open_case(content_type, object_id)
    if case is None:
        return None
    case.status = ModerationCase.Status.WITHDRAWN
    case.decided_at, case.decision_message = timezone.now(), reason
    case.save(update_fields=["status", "decided_at", "decision_message", "updated_at"])
    audit_record(
        actor=None,
        action="case_withdrawn",
        target_type="case",
        target_id=case.pk,
        category=case.category,
        reason=reason,
        details={"content": f"{content_type}:{object_id}"},
    )
    return case


def _locked_open(case: ModerationCase) -> ModerationCase:
    case = ModerationCase.objects.select_for_update().get(pk=case.pk)
    if not case.is_open:
        raise ApplicationError(CASE_DECIDED, code="case_decided", status=409)
    return case


def _audit_decision(
    case: ModerationCase, moderator: User, action: str, reason: str, **details: Any
) -> None:
    audit_record(
        actor=moderator,
        action=action,
        target_type="case",
        target_id=case.pk,
        category=case.category,
        reason=reason,
        details={"content": f"{case.content_type}:{case.object_id}", **details},
    )


@transaction.atomic
def case_assign(*, case: ModerationCase, moderator: User | None, actor: User) -> ModerationCase:
    case = _locked_open(case)
    case.assigned_to = moderator
    case.save(update_fields=["assigned_to", "updated_at"])
    _audit_decision(
        case, actor, "case_assigned", "", assigned_to=moderator.username if moderator else None
    )
    return case


@transaction.atomic
def case_escalate(*, case: ModerationCase, moderator: User, note: str = "") -> ModerationCase:
    case = _locked_open(case)
    case.status = ModerationCase.Status.ESCALATED
    case.save(update_fields=["status", "updated_at"])
    _audit_decision(case, moderator, "case_escalated", note.strip())
    return case


@transaction.atomic
def case_approve(*, case: ModerationCase, moderator: User, message: str = "") -> ModerationCase:
    """Publish held content, or dismiss the reports about published content."""
    case = _locked_open(case)
    handler_get(case.content_type).approve(case.object_id, moderator=moderator)
    case.status = ModerationCase.Status.APPROVED
    case.decided_by, case.decided_at = moderator, timezone.now()
    case.decision_message = message.strip()
    case.save(
        update_fields=["status", "decided_by", "decided_at", "decision_message", "updated_at"]
    )
    _audit_decision(case, moderator, "case_approved", case.decision_message)
    return case


@transaction.atomic
def case_reject(
    *,
    case: ModerationCase,
    moderator: User,
    rule: GuidelineRule | None,
    message: str = "",
    strike: bool = False,
) -> ModerationCase:
    """Withdraw the content, citing a guideline; with ``strike`` the author also gets a strike.

    The owning app's handler tells the author, with ``message`` or else the guideline's words.
    """
    if rule is None:
        raise ApplicationError(RULE_REQUIRED, code="rule_required")
    case = _locked_open(case)
    message = message.strip() or rule.guideline
    handler_get(case.content_type).reject(
        case.object_id, moderator=moderator, rule=rule, message=message
    )
    case.status = ModerationCase.Status.REJECTED
    case.decided_by, case.decided_at = moderator, timezone.now()
    case.decision_rule, case.decision_message = rule, message
    case.category = rule.category
    case.save(
        update_fields=[
            "status",
            "decided_by",
            "decided_at",
            "decision_rule",
            "decision_message",
            "category",
            "updated_at",
        ]
    )
    _audit_decision(case, moderator, "case_rejected", message, rule=rule.slug, strike=strike)
    if strike and case.author is not None:  # no strike against a deleted account
        strike_issue(
            user=case.author, category=rule.category, reason=message, case=case, issued_by=moderator
        )
    return case
