from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# Messages are lazily translated constants (``gettext_lazy``) or text already formatted; either
# is turned into ``str`` in the active language when an error is raised or rendered, so JSON
# encoders and templates only ever see text.
Message = str | Promise


class ApplicationError(Exception):
    """A refusal a user should read: services raise it, every interface renders it the same way.

    ``message`` is shown to people, ``code`` is stable for programs, ``extra`` carries details
    (field errors, allowed values, a retry delay). ``status`` is the HTTP status both APIs use.
    """

    def __init__(
        self,
        message: Message,
        *,
        code: str,
        extra: dict[str, Any] | None = None,
        status: int = 400,
    ) -> None:
        text = str(message)
        super().__init__(text)
        self.message = text
        self.code = code
        self.extra = extra or {}
        self.status = status

    def as_dict(self) -> dict[str, Any]:
        return error_body(self.message, self.code, self.extra)


def error_body(message: Message, code: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one error shape of both APIs (the message as text in the active language)."""
    return {"message": str(message), "code": code, "extra": extra or {}}


def nul_character_refuse(*texts: str) -> None:
    """Refuse text that carries a NUL character (PostgreSQL cannot store one). Paths, query
    strings and JSON or form bodies are refused by ``RejectNulCharactersMiddleware`` already;
    services check what may arrive in a multipart body."""
    if any("\x00" in text for text in texts):
        raise ApplicationError(NUL_CHARACTER, code="nul_character", status=400)


def megabytes(size: int) -> str:
    """A byte limit as people read it: "200", "5", "0.1"."""
    value = size / 1024 / 1024
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}".removesuffix(".0")


NOT_FOUND = _("Not found.")
NOT_AUTHENTICATED = _("Log in to do that.")
PERMISSION_DENIED = _("You don't have permission to do that.")
METHOD_NOT_ALLOWED = _("This address does not accept {method} requests.")
INVALID_INPUT = _("Some fields are not valid.")
SERVER_ERROR = _("Something went wrong on our side. Please try again.")
RATE_LIMITED = _("Too many attempts. Try again in {seconds} seconds.")
SERVICE_UNAVAILABLE = _("This is unavailable for a moment on our side. Please try again shortly.")
NUL_CHARACTER = _("The request contains a NUL character (\\0), which no field accepts.")
CSRF_FAILED = _("The CSRF check failed. Reload the page, or authenticate with a token.")
