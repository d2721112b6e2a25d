"""Screening the words people post outside a remix (comments): the apps that hold text ask
here, never the screeners in ``screening/``."""

from apps.moderation.screening.result import Screening
from apps.moderation.screening.text import text_screen

__all__ = ["Screening", "comment_text_screen"]


def comment_text_screen(*, body: str) -> Screening:
    """The text screener's verdict on a comment. Never raises: a screener that failed answers
    ``review`` with its error (fail closed). A comment has no prompt: its words are passed as the
    corpus writes a comment, in the caption (an artifact built with the no-prompt marker reads
    that it is one)."""
    return text_screen(prompt="", caption=body)
