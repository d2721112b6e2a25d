"""What a screener answers: the verdict, for whom it is meant, and why."""

from dataclasses import dataclass, field
from typing import Any

from apps.moderation.models import Verdict

SCREENER_FAILED = (
    "We couldn't check this automatically, so a moderator will look at it before it appears."
)


@dataclass(frozen=True)
class Screening:
    verdict: Verdict
    # The deciding category ("" when allowed) and the guideline's wording for the user.
    category: str = ""
    message: str = ""
    rule: str = ""  # slug of the deciding GuidelineRule, or a screener's own name
    escalate: bool = False
    # For moderators: every rule, exemplar or detector that fired, with its scores.
    evidence: list[dict[str, Any]] = field(default_factory=list)
    screener: str = ""  # "text" or "image"
    error: str = ""  # set when the screener failed and the verdict is the fail-closed one

    @property
    def allowed(self) -> bool:
        return self.verdict == Verdict.ALLOW

    def as_evidence(self) -> dict[str, Any]:
        """A JSON-able record for a case's ``evidence`` and the audit log."""
        return {
            "screener": self.screener,
            "verdict": str(self.verdict),
            "category": self.category,
            "rule": self.rule,
            "escalate": self.escalate,
            "error": self.error,
            "matches": self.evidence,
        }


def screening_failed(*, screener: str, error: BaseException) -> Screening:
    """Fail closed: a screener that could not decide sends the content to a human."""
    return Screening(
        verdict=Verdict.REVIEW,
        category="borderline",
        message=SCREENER_FAILED,
        rule=f"{screener}_screener_error",
        screener=screener,
        error=f"{type(error).__name__}: {error}"[:300],
    )
