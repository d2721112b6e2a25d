"""Strikes and the remix suspension they lead to.

Each upheld violation is a strike. ``CLIPMIX_MODERATION_STRIKES_TO_SUSPEND`` strikes within
``CLIPMIX_MODERATION_STRIKE_WINDOW_DAYS`` suspend the author's remix privilege for
``CLIPMIX_MODERATION_SUSPENSION_DAYS``; the privacy policy reads ``User.remix_suspended_until``.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User
from apps.moderation.models import ModerationCase, Strike
from apps.moderation.services.audit import audit_record
from apps.moderation.services.notices import notice_send

STRIKE_NOTICE = _("You received a strike: {reason}")
SUSPENDED_NOTICE = _(
    "You have {count} strikes in {days} days, so you can't request AI remixes until {until}."
)
SUSPENSION_LIFTED_NOTICE = _("You can request AI remixes again.")


def strikes_active(*, user: User) -> int:
    """Strikes that count towards a suspension: recent and not overturned on appeal."""
    since = timezone.now() - timedelta(days=settings.CLIPMIX_MODERATION_STRIKE_WINDOW_DAYS)
    return Strike.objects.filter(user=user, overturned_at=None, created_at__gte=since).count()


@transaction.atomic
def strike_issue(
    *,
    user: User,
    category: str,
    reason: str,
    case: ModerationCase | None = None,
    issued_by: User | None = None,
) -> Strike:
    """Record a strike; the one that reaches the limit suspends the remix privilege."""
    # Lock the user so that two strikes issued at once count each other.
    user = User.objects.select_for_update().get(pk=user.pk)
    strike = Strike(user=user, case=case, category=category, reason=reason, issued_by=issued_by)
    strike.full_clean()
    strike.save()
    audit_record(
        actor=issued_by,
        action="strike_issued",
        target_type="user",
        target_id=user.pk,
        category=category,
        reason=reason,
        details={"strike": strike.pk, "handle": user.username},
    )
    notice_send(user_id=user.pk, kind="strike", text=STRIKE_NOTICE.format(reason=reason))
    count = strikes_active(user=user)
    if count >= settings.CLIPMIX_MODERATION_STRIKES_TO_SUSPEND:
        until = timezone.now() + timedelta(days=settings.CLIPMIX_MODERATION_SUSPENSION_DAYS)
        _suspend(user, until=until, count=count)
    return strike


def _suspend(user: User, *, until: datetime, count: int) -> None:
    if user.remix_suspended_until is not None and user.remix_suspended_until >= until:
        return
    user.remix_suspended_until = until
    user.save(update_fields=["remix_suspended_until"])
    days = settings.CLIPMIX_MODERATION_STRIKE_WINDOW_DAYS
    audit_record(
        actor=None,
        action="remix_suspended",
        target_type="user",
        target_id=user.pk,
        reason=f"{count} strikes within {days} days",
        details={"until": until.isoformat(), "handle": user.username},
    )
    notice_send(
        user_id=user.pk,
        kind="suspension",
        text=SUSPENDED_NOTICE.format(
            count=count, days=days, until=date_format(until, "DATETIME_FORMAT")
        ),
    )


@transaction.atomic
def suspension_lift(*, user: User, actor: User | None, reason: str) -> User:
    """End a remix suspension early (a moderator in admin, or a granted appeal)."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_remix_suspended:
        return user
    user.remix_suspended_until = None
    user.save(update_fields=["remix_suspended_until"])
    audit_record(
        actor=actor,
        action="suspension_lifted",
        target_type="user",
        target_id=user.pk,
        reason=reason,
        details={"handle": user.username},
    )
    notice_send(user_id=user.pk, kind="suspension", text=str(SUSPENSION_LIFTED_NOTICE))
    return user
