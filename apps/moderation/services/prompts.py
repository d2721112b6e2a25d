from apps.accounts.models import User
from apps.core.errors import ApplicationError
from apps.moderation.models import Verdict
from apps.moderation.screening.result import Screening
from apps.moderation.screening.text import text_screen
from apps.moderation.services.audit import audit_record


def prompt_screen(*, requester: User, prompt: str, caption: str = "") -> Screening:
    """Screen a remix's prompt and caption together, before anything is queued.

    A block is refused here: 422 ``guideline_violation`` whose message is the guideline's own
    wording (``extra`` names the category and rule), and the refusal is audited. ``review`` and
    ``allow`` are returned for the caller to act on (a review holds the remix for a moderator).
    """
    screening = text_screen(prompt=prompt, caption=caption)
    if screening.verdict != Verdict.BLOCK:
        return screening
    audit_record(
        actor=None,
        action="prompt_blocked",
        target_type="user",
        target_id=requester.pk,
        category=screening.category,
        reason=screening.message,
        details={"prompt": prompt, "caption": caption, "screening": screening.as_evidence()},
    )
    raise ApplicationError(
        screening.message,
        code="guideline_violation",
        status=422,
        extra={"category": screening.category, "rule": screening.rule},
    )
