"""Error pages: JSON in the error shape under /api/, a readable page everywhere else; and the
one view that serves stored media."""

import mimetypes
from typing import TYPE_CHECKING, cast

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from apps.core import errors
from apps.core.http import wants_json
from apps.core.media import media_file_response, media_name_canonical, media_rule_for
from apps.core.storage import StorageUnavailable, storage_signed_url

if TYPE_CHECKING:  # core imports no app; the annotation only
    from apps.accounts.models import User

_PAGES: dict[int, tuple[errors.Message, errors.Message, str]] = {
    400: (_("Bad request"), _("We couldn't understand that request."), "bad_request"),
    403: (_("Not allowed"), errors.PERMISSION_DENIED, "permission_denied"),
    404: (_("Page not found"), _("There is nothing at this address."), "not_found"),
    500: (_("Something went wrong"), errors.SERVER_ERROR, "server_error"),
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
            "title": _("Your session expired"),
            "message": _(
                "The form was too old or came from elsewhere. Go back, reload the page "
                "and try again."
            ),
        },
        status=403,
    )


@transaction.non_atomic_requests  # ATOMIC_REQUESTS would otherwise open a connection
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers and uptime checks: the process answers. Touches no database."""
    return HttpResponse("ok", content_type="text/plain")


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponse | FileResponse:
    """A stored file, only for those its folder's rule allows (``apps.core.media``), in every
    mode. On object storage (``CLIPMIX_STORAGE_URL``) the answer is a redirect to a signed
    address of the object that expires in ``CLIPMIX_MEDIA_SIGNED_URL_SECONDS``. On local disk
    with ``CLIPMIX_MEDIA_ACCEL_REDIRECT`` set (production behind nginx) the proxy sends the
    bytes from its internal location (``X-Accel-Redirect``); otherwise Django streams them.
    A refusal and a missing file are the same 404; an unreachable storage is a 503."""
    name = media_name_canonical(path)
    rule = media_rule_for(name) if name is not None else None
    viewer = cast("User", request.user) if request.user.is_authenticated else None
    if name is None or rule is None or not rule.may_read(name, viewer):
        raise Http404("media")
    # Access depends on who asks (except for public folders): caches keep it for this viewer.
    cache_control = "public, max-age=86400" if rule.public else "private, max-age=3600"
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    accel = settings.CLIPMIX_MEDIA_ACCEL_REDIRECT
    response: HttpResponse | FileResponse
    try:
        signed = storage_signed_url(default_storage, name)
        if signed is not None:
            response = HttpResponseRedirect(signed)
            # The redirect is kept for less time than its signature lasts, by this viewer only.
            cache_control = f"private, max-age={settings.CLIPMIX_MEDIA_SIGNED_URL_SECONDS // 2}"
        elif accel:
            response = HttpResponse(content_type=content_type)
            response["X-Accel-Redirect"] = f"{accel.rstrip('/')}/{name}"
        else:
            if not default_storage.exists(name):
                raise Http404("media")
            response = media_file_response(
                request, default_storage.open(name, "rb"), default_storage.size(name)
            )
            response["Content-Type"] = content_type
    except StorageUnavailable:
        return HttpResponse(status=503, headers={"Retry-After": "5"})
    response["Cache-Control"] = cache_control
    return response
