from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.core.ratelimit import cooldown_remaining, cooldown_start, rate_limit_count
from apps.moderation.models import Verdict
from apps.moderation.screening.result import Screening
from apps.moderation.screening.text import text_screen
from apps.moderation.services.audit import audit_record

REFUSALS_SCOPE = "remix_refusals"
REMIX_PAUSED = _(
    "Remixing is paused on your account for {minutes} minutes: several of your prompts broke the "
    "community guidelines in a short time."
)


def remix_pause_remaining(*, user: User) -> int:
    """Seconds left of the pause that repeated refusals put on ``user``'s remixes (0: none)."""
    return cooldown_remaining(scope=REFUSALS_SCOPE, key=str(user.pk))


def remix_paused_error(seconds: int) -> ApplicationError:
    return ApplicationError(
        REMIX_PAUSED.format(minutes=max(1, -(-seconds // 60))),
        code="remix_paused",
        status=429,
        extra={"retry_after": seconds},
    )


def prompt_screen(*, requester: User, prompt: str, caption: str = "") -> Screening:
    """Screen a remix's prompt and caption together, before anything is queued.

    A block is refused here: 422 ``guideline_violation`` whose message is the guideline's own
    wording (``extra`` names the category and rule). Every refusal, from the composer's check
    or from a request, is audited and counted: past ``CLIPMIX_RATE_LIMIT_REMIX_REFUSALS`` the
    account's remixes (and checks) pause for ``CLIPMIX_REMIX_REFUSAL_PAUSE_SECONDS``, refused
    with 429 ``remix_paused``, so that the screener cannot be probed at leisure. ``review`` and
    ``allow`` are returned for the caller to act on (a review holds the remix for a moderator).
    Callers must not roll back the audit entry: call it outside the transaction of a write
    that the refusal undoes.
    """
    paused = remix_pause_remaining(user=requester)
    if paused:
        raise remix_paused_error(paused)
    screening = text_screen(prompt=prompt, caption=caption)
    if screening.verdict != Verdict.BLOCK:
        return screening
    details = {"prompt": prompt, "caption": caption, "screening": screening.as_evidence()}
    _refusal_audit(requester, "prompt_blocked", screening, screening.message, details)
    extra: dict[str, object] = {"category": screening.category, "rule": screening.rule}
    if rate_limit_count(scope=REFUSALS_SCOPE, key=str(requester.pk)):
        seconds = settings.CLIPMIX_REMIX_REFUSAL_PAUSE_SECONDS
        cooldown_start(scope=REFUSALS_SCOPE, key=str(requester.pk), seconds=seconds)
        reason = remix_paused_error(seconds).message
        _refusal_audit(requester, "remix_paused", screening, reason, {"seconds": seconds})
        extra["paused_seconds"] = seconds
    raise ApplicationError(screening.message, code="guideline_violation", status=422, extra=extra)


def _refusal_audit(
    requester: User, action: str, screening: Screening, reason: str, details: dict[str, Any]
) -> None:
    audit_record(
        actor=None,
        action=action,
        target_type="user",
        target_id=requester.pk,
        category=screening.category,
        reason=reason,
        details=details,
    )
