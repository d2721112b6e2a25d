from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from apps.core.errors import METHOD_NOT_ALLOWED, ApplicationError, error_body
from apps.core.http import wants_json


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
    """Renders an ``ApplicationError`` that escaped a page view as a readable page (or JSON).

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
        return None
