"""Error pages: JSON in the error shape under /api/, a readable page everywhere else."""

from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_safe

from apps.core import errors
from apps.core.http import wants_json

_PAGES = {
    400: ("Bad request", "We couldn't understand that request.", "bad_request"),
    403: ("Not allowed", errors.PERMISSION_DENIED, "permission_denied"),
    404: ("Page not found", "There is nothing at this address.", "not_found"),
    500: ("Something went wrong", errors.SERVER_ERROR, "server_error"),
}


def _error(request: HttpRequest, status: int) -> HttpResponse:
    title, message, code = _PAGES[status]
    if wants_json(request):
        if status == 404:
            message = errors.NOT_FOUND
        return JsonResponse(errors.error_body(message, code), status=status)
    return render(request, "core/error.html", {"title": title, "message": message}, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    if wants_json(request):
        return JsonResponse(errors.error_body(errors.SERVER_ERROR, "server_error"), status=500)
    # No request context here: the failure may be in a context processor.
    return HttpResponse(
        loader.get_template("500.html").render({}), status=500, content_type="text/html"
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    if wants_json(request):
        return JsonResponse(errors.error_body(errors.CSRF_FAILED, "csrf_failed"), status=403)
    return render(
        request,
        "core/error.html",
        {
            "title": "Your session expired",
            "message": "The form was too old or came from elsewhere. Go back, reload the page "
            "and try again.",
        },
        status=403,
    )


@transaction.non_atomic_requests  # ATOMIC_REQUESTS would otherwise open a connection
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers and uptime checks: the process answers. Touches no database."""
    return HttpResponse("ok", content_type="text/plain")
