"""Django Ninja glue shared by every Ninja API: authentication and the error shape.

Ninja endpoints accept the same credentials as the REST API: the Django session (with its CSRF
check on unsafe methods) or ``Authorization: Token <key>`` from ``POST /api/v1/auth/token/``,
checked by the authenticator the caller passes (accounts owns tokens; core imports no app).
"""

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.schema import OpenAPISchema
from ninja.security import SessionAuth
from ninja.security.base import AuthBase

from apps.core import errors
from apps.core.api.schema import errors_document
from apps.core.errors import ApplicationError
from apps.core.storage import StorageUnavailable, storage_unavailable_error


class _NinjaAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> OpenAPISchema:
        schema = super().get_openapi_schema(**kwargs)
        errors_document(schema)
        return schema


def ninja_api_create(*, token_auth: AuthBase, **kwargs: Any) -> NinjaAPI:
    """A NinjaAPI that authenticates like the REST API (``token_auth``, then the session) and
    answers errors in the shared shape (and says so in its schema)."""
    api = _NinjaAPI(auth=[token_auth, SessionAuth()], **kwargs)

    def respond(request: HttpRequest, body: dict[str, Any], status: int) -> HttpResponse:
        response = api.create_response(request, body, status=status)
        if "retry_after" in body["extra"]:
            response["Retry-After"] = str(body["extra"]["retry_after"])
        return response

    @api.exception_handler(ApplicationError)
    def application_error(request: HttpRequest, exc: ApplicationError) -> HttpResponse:
        return respond(request, exc.as_dict(), exc.status)

    @api.exception_handler(StorageUnavailable)
    def storage_unavailable(request: HttpRequest, exc: StorageUnavailable) -> HttpResponse:
        refusal = storage_unavailable_error()
        return respond(request, refusal.as_dict(), refusal.status)

    @api.exception_handler(ValidationError)
    def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        fields: dict[str, list[str]] = {}
        for error in exc.errors:
            location = [
                str(part)
                for part in error.get("loc", ())
                if part not in {"body", "query", "path", "payload"}
            ]
            fields.setdefault(".".join(location) or "__all__", []).append(error.get("msg", ""))
        body = errors.error_body(errors.INVALID_INPUT, "invalid", {"fields": fields})
        return respond(request, body, 422)

    @api.exception_handler(AuthenticationError)
    def authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return respond(
            request, errors.error_body(errors.NOT_AUTHENTICATED, "not_authenticated"), 401
        )

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        if exc.status_code == 403 and "CSRF" in exc.message:  # SessionAuth's own check
            return respond(request, errors.error_body(errors.CSRF_FAILED, "csrf_failed"), 403)
        return respond(request, errors.error_body(exc.message, "http_error"), exc.status_code)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return respond(request, errors.error_body(errors.NOT_FOUND, "not_found"), 404)

    @api.exception_handler(PermissionDenied)
    def permission_denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return respond(
            request, errors.error_body(errors.PERMISSION_DENIED, "permission_denied"), 403
        )

    return api
