"""Appeals: a person may contest a rejection of their content, or a strike, once, within
``CLIPMIX_MODERATION_APPEAL_DAYS`` of the decision. Appeals are their own queue in admin."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.moderation.handlers import handler_get
from apps.moderation.models import DECIDE_APPEALS, Appeal, ModerationCase, Strike
from apps.moderation.services.audit import audit_record
from apps.moderation.services.notices import notice_send
from apps.moderation.services.strikes import strikes_active, suspension_lift

APPEAL_TEXT_MAX_LENGTH = 1000
DECISION_FIELDS = ["status", "decided_by", "decided_at", "decision_message", "updated_at"]
APPEAL_TEXT_EMPTY = _("Tell the moderators why the decision was wrong.")
APPEAL_TEXT_TOO_LONG = _("Keep the appeal under {limit} characters.")
APPEAL_NOT_YOURS = _("You can only appeal decisions about your own content.")
APPEAL_NOT_APPEALABLE = _("Only a rejection or a strike can be appealed.")
APPEAL_ALREADY_FILED = _("You have already appealed this decision.")
APPEAL_WINDOW_CLOSED = _(
    "Appeals are possible for {days} days after a decision; this one is older."
)
APPEAL_DECIDED = _("This appeal has already been decided.")
APPEAL_MESSAGE_REQUIRED = _("Write the message the person will read.")
APPEAL_OWN_DECISION = _(
    "You took the decision this appeal contests: another moderator (or, on a site with one "
    "moderator, an administrator) decides it."
)
APPEAL_ESCALATED = _(
    "Appeal {appeal}: only the moderator who took the decision could answer it, so it waits for "
    "an administrator."
)
APPEAL_GRANTED_NOTICE = _("Your appeal was granted: {message}")
APPEAL_DENIED_NOTICE = _("Your appeal was denied: {message}")


def appeal_deadline(decided_at: datetime) -> datetime:
    return decided_at + timedelta(days=settings.CLIPMIX_MODERATION_APPEAL_DAYS)


def appeal_deciders_excluded(appeal: Appeal) -> set[int]:
    """Who took the decision an appeal contests (the case's decider, the strike's issuer and its
    case's decider): none of them may decide the appeal."""
    excluded: set[int | None] = set()
    if appeal.case is not None:
        excluded.add(appeal.case.decided_by_id)
    if appeal.strike is not None:
        excluded.add(appeal.strike.issued_by_id)
        if appeal.strike.case is not None:
            excluded.add(appeal.strike.case.decided_by_id)
    return {user_id for user_id in excluded if user_id is not None}


def appeal_needs_administrator(appeal: Appeal) -> bool:
    """Whether no moderator but those who took the decision could answer it (a site with one
    moderator): then it is an administrator's (a superuser's) to decide."""
    moderators = User.objects.with_perm(DECIDE_APPEALS, include_superusers=False).filter(
        is_active=True
    )
    return not moderators.exclude(pk__in=appeal_deciders_excluded(appeal)).exists()


def _appealable(appellant: User, case: ModerationCase | None, strike: Strike | None) -> datetime:
    """When the appealed decision was taken; raises when it cannot be appealed by this person."""
    if case is not None and strike is not None:
        raise ApplicationError(APPEAL_NOT_APPEALABLE, code="not_appealable")
    if case is not None:
        if case.author_id != appellant.pk:
            raise ApplicationError(APPEAL_NOT_YOURS, code="not_yours", status=403)
        if case.status != ModerationCase.Status.REJECTED or case.decided_at is None:
            raise ApplicationError(APPEAL_NOT_APPEALABLE, code="not_appealable")
        return case.decided_at
    if strike is None:
        raise ApplicationError(APPEAL_NOT_APPEALABLE, code="not_appealable")
    if strike.user_id != appellant.pk:
        raise ApplicationError(APPEAL_NOT_YOURS, code="not_yours", status=403)
    if strike.overturned_at is not None:
        raise ApplicationError(APPEAL_NOT_APPEALABLE, code="not_appealable")
    return strike.created_at


@transaction.atomic
def appeal_create(
    *,
    appellant: User,
    text: str,
    case: ModerationCase | None = None,
    strike: Strike | None = None,
) -> Appeal:
    decided_at = _appealable(appellant, case, strike)
    if timezone.now() > appeal_deadline(decided_at):
        raise ApplicationError(
            APPEAL_WINDOW_CLOSED.format(days=settings.CLIPMIX_MODERATION_APPEAL_DAYS),
            code="appeal_window_closed",
        )
    text = text.strip()
    if not text:
        raise ApplicationError(APPEAL_TEXT_EMPTY, code="text_empty")
    if len(text) > APPEAL_TEXT_MAX_LENGTH:
        raise ApplicationError(
            APPEAL_TEXT_TOO_LONG.format(limit=APPEAL_TEXT_MAX_LENGTH), code="text_too_long"
        )
    appeal = Appeal(appellant=appellant, case=case, strike=strike, text=text)
    try:
        with transaction.atomic():
            appeal.save()
    except IntegrityError:  # the one-to-one: this decision already has its appeal
        raise ApplicationError(APPEAL_ALREADY_FILED, code="already_appealed", status=409) from None
    if appeal_needs_administrator(appeal):
        _escalate(appeal)
    audit_record(
        actor=appellant,
        action="appeal_filed",
        target_type="appeal",
        target_id=appeal.pk,
        reason=text,
        details={"case": appeal.case_id, "strike": appeal.strike_id},
    )
    return appeal


def _escalate(appeal: Appeal) -> None:
    """Tell the administrators that an appeal waits for one of them."""
    excluded = appeal_deciders_excluded(appeal)
    administrators = User.objects.filter(is_superuser=True, is_active=True).exclude(pk__in=excluded)
    for administrator_id in administrators.values_list("pk", flat=True):
        notice_send(
            user_id=administrator_id,
            kind="appeal_escalated",
            text=APPEAL_ESCALATED.format(appeal=appeal.pk),
            url=reverse("admin:moderation_appeal_change", args=[appeal.pk]),
        )
    audit_record(
        actor=None,
        action="appeal_escalated",
        target_type="appeal",
        target_id=appeal.pk,
        details={"excluded": sorted(excluded)},
    )


@transaction.atomic
def appeal_decide(*, appeal: Appeal, moderator: User, grant: bool, message: str) -> Appeal:
    """Grant (restore the content or overturn the strike) or deny; the appellant is told why.
    Never by whoever took the contested decision (403 ``own_decision``).

    Granting overturns the strikes the decision caused, and lifts a suspension that no longer
    has enough strikes behind it.
    """
    appeal = (
        Appeal.objects.select_for_update(of=("self",))
        .select_related("case", "strike__case", "appellant")
        .get(pk=appeal.pk)
    )
    if appeal.status != Appeal.Status.PENDING:
        raise ApplicationError(APPEAL_DECIDED, code="appeal_decided", status=409)
    if moderator.pk in appeal_deciders_excluded(appeal):
        raise ApplicationError(APPEAL_OWN_DECISION, code="own_decision", status=403)
    message = message.strip()
    if not message:
        raise ApplicationError(APPEAL_MESSAGE_REQUIRED, code="message_required")
    now = timezone.now()
    if grant:
        strikes = Strike.objects.filter(overturned_at=None)
        if appeal.case is not None:
            case = appeal.case
            handler_get(case.content_type).approve(case.object_id, moderator=moderator)
            case.status = ModerationCase.Status.APPROVED
            case.decided_by, case.decided_at, case.decision_message = moderator, now, message
            case.save(update_fields=DECISION_FIELDS)
            strikes = strikes.filter(case=case)
        else:
            strikes = strikes.filter(appeal=appeal)
        strikes.update(overturned_at=now)
    appeal.status = Appeal.Status.GRANTED if grant else Appeal.Status.DENIED
    appeal.decided_by, appeal.decided_at, appeal.decision_message = moderator, now, message
    appeal.save(update_fields=DECISION_FIELDS)
    audit_record(
        actor=moderator,
        action="appeal_granted" if grant else "appeal_denied",
        target_type="appeal",
        target_id=appeal.pk,
        reason=message,
        details={"case": appeal.case_id, "strike": appeal.strike_id},
    )
    notice = APPEAL_GRANTED_NOTICE if grant else APPEAL_DENIED_NOTICE
    notice_send(user_id=appeal.appellant_id, kind="appeal", text=notice.format(message=message))
    appellant = appeal.appellant
    if (
        grant
        and appellant.is_remix_suspended
        and strikes_active(user=appellant) < settings.CLIPMIX_MODERATION_STRIKES_TO_SUSPEND
    ):
        suspension_lift(user=appellant, actor=moderator, reason="Appeal granted")
    return appeal
