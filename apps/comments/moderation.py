"""What moderation means for comments: which screenings hold a new comment, and how a user's
report reasons map onto the guidelines."""

from apps.comments.models import CommentReport
from apps.moderation.models import Category
from apps.moderation.services.texts import Screening, comment_text_screen

CONTENT_TYPE = "comments.comment"

# Harm that lives in the words of a comment itself. The other categories (fake news formats,
# public figures in misleading contexts…) describe generated images; as plain text they are
# speech, answered by reports.
HELD_CATEGORIES = frozenset(
    {
        Category.HARASSMENT,
        Category.HATE,
        Category.SELF_HARM,
        Category.VIOLENCE_GORE,
        Category.SEXUAL_NONCONSENSUAL,
        Category.MINOR_SEXUAL,
    }
)

REPORT_CATEGORIES: dict[str, str] = {
    CommentReport.Reason.HARASSMENT: Category.HARASSMENT,
    CommentReport.Reason.HATE: Category.HATE,
    CommentReport.Reason.SEXUAL: Category.SEXUAL_NONCONSENSUAL,
    CommentReport.Reason.VIOLENCE: Category.VIOLENCE_GORE,
}


def comment_screening(body: str) -> Screening | None:
    """The screening that holds a new comment for review, or ``None`` when it may appear.

    A screener that failed holds the comment too (fail closed).
    """
    screening = comment_text_screen(body=body)
    if screening.allowed:
        return None
    if screening.error or screening.category in HELD_CATEGORIES:
        return screening
    return None
