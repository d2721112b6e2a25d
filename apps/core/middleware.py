from collections.abc import Callable

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from apps.core.errors import METHOD_NOT_ALLOWED, NUL_CHARACTER, ApplicationError, error_body
from apps.core.http import wants_json
from apps.core.storage import StorageUnavailable, storage_unavailable_error


def application_error_response(request: HttpRequest, error: ApplicationError) -> HttpResponse:
    response: HttpResponse
    if wants_json(request):
        response = JsonResponse(error.as_dict(), status=error.status)
    else:
        response = render(
            request,
            "core/error.html",
            {"title": error.message, "error": error},
            status=error.status,
        )
    if "retry_after" in error.extra:
        response["Retry-After"] = str(error.extra["retry_after"])
    return response


class ApplicationErrorMiddleware:
    """Renders an ``ApplicationError`` that escaped a page view as a readable page (or JSON),
    and an unreachable media storage as the 503 ``storage_unavailable``.

    Also gives a bare 405 under /api/ (Django answers one before any API code runs) the
    error shape.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code == 405
            and wants_json(request)
            and not response.get("Content-Type", "").startswith("application/json")
        ):
            allowed = response.get("Allow", "")
            response = JsonResponse(
                error_body(
                    METHOD_NOT_ALLOWED.format(method=request.method),
                    "method_not_allowed",
                    {"allowed": [m.strip() for m in allowed.split(",") if m.strip()]},
                ),
                status=405,
            )
            response["Allow"] = allowed
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, ApplicationError):
            return application_error_response(request, exception)
        if isinstance(exception, StorageUnavailable):  # whatever read or wrote a file
            return application_error_response(request, storage_unavailable_error())
        return None


# Text that decodes to a NUL character: in a raw body, percent-encoded, or escaped in JSON.
_NUL_SPELLINGS = (b"\x00", b"%00", b"\\u0000")
_TEXT_BODIES = ("application/json", "application/x-www-form-urlencoded", "text/")


class RejectNulCharactersMiddleware:
    """Refuses a request whose path, query string or text body carries a NUL character, before
    any view, rate limit or database sees it (PostgreSQL cannot store one in text, and a lookup
    with one fails). Multipart bodies are left to the forms and serializers, whose text fields
    refuse NUL themselves; file parts may rightly contain the byte."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _carries_nul(request):
            error = ApplicationError(NUL_CHARACTER, code="nul_character", status=400)
            if wants_json(request):
                return JsonResponse(error.as_dict(), status=400)
            return render(
                request, "core/error.html", {"title": "Bad request", "error": error}, status=400
            )
        return self.get_response(request)


def _carries_nul(request: HttpRequest) -> bool:
    if "\x00" in request.path or "\x00" in request.path_info:
        return True
    query = request.META.get("QUERY_STRING", "").encode("latin-1", "replace")
    if any(spelling in query.lower() for spelling in _NUL_SPELLINGS[:2]):
        return True
    content_type = request.META.get("CONTENT_TYPE", "").lower()
    if not content_type.startswith(_TEXT_BODIES):
        return False
    try:
        body = request.body  # bounded by DATA_UPLOAD_MAX_MEMORY_SIZE; cached for the view
    except (RequestDataTooBig, OSError):  # the view answers that in its own words
        return False
    return any(spelling in body.lower() for spelling in _NUL_SPELLINGS)
