"""REST framework glue: every error leaves in the shape ``{"message", "code", "extra"}``."""

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions, serializers
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from apps.core import errors
from apps.core.errors import ApplicationError
from apps.core.storage import StorageUnavailable, storage_unavailable_error


class StrictCharField(serializers.CharField):
    """Text, and only text. REST framework's own field turns a number into its digits, which
    the schema (a string) does not allow and a typed client never means."""

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return str(super().to_internal_value(data))


class StrictBooleanField(serializers.BooleanField):
    """``true`` or ``false``, nothing else: REST framework's own field also takes "0", "yes" and
    1, which the schema (a boolean) does not allow."""

    def to_internal_value(self, data: Any) -> bool:
        if not isinstance(data, bool):
            self.fail("invalid")
        return data


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, StorageUnavailable):
        exc = storage_unavailable_error()
    if isinstance(exc, ApplicationError):
        refusal = Response(exc.as_dict(), status=exc.status)
        if "retry_after" in exc.extra:
            refusal["Retry-After"] = str(exc.extra["retry_after"])
        return refusal
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return None  # a bug: Django's 500 handler answers in the error shape
    response.data = _body(exc, context)
    return response


def _body(exc: exceptions.APIException, context: dict[str, Any]) -> dict[str, Any]:
    if isinstance(exc, exceptions.ValidationError):
        return errors.error_body(
            errors.INVALID_INPUT, "invalid", {"fields": _field_errors(exc.detail)}
        )
    if isinstance(exc, exceptions.NotAuthenticated | exceptions.AuthenticationFailed):
        code = exc.get_codes()
        message = errors.NOT_AUTHENTICATED if code == "not_authenticated" else str(exc.detail)
        return errors.error_body(message, code if isinstance(code, str) else "not_authenticated")
    if isinstance(exc, exceptions.PermissionDenied):
        if str(exc.detail).startswith("CSRF Failed"):  # SessionAuthentication's own check
            return errors.error_body(errors.CSRF_FAILED, "csrf_failed")
        return errors.error_body(errors.PERMISSION_DENIED, "permission_denied")
    if isinstance(exc, exceptions.NotFound):
        return errors.error_body(errors.NOT_FOUND, "not_found")
    if isinstance(exc, exceptions.MethodNotAllowed):
        method = context["request"].method
        return errors.error_body(
            errors.METHOD_NOT_ALLOWED.format(method=method), "method_not_allowed"
        )
    code = exc.get_codes()
    return errors.error_body(str(exc.detail), code if isinstance(code, str) else "error")


def _field_errors(detail: Any) -> Any:
    """``{"field": ["message", ...]}``; non-field errors under ``"__all__"``."""
    if isinstance(detail, dict):
        return {
            ("__all__" if key == "non_field_errors" else key): _field_errors(value)
            for key, value in detail.items()
        }
    if isinstance(detail, list):
        return [
            str(item) if not isinstance(item, dict | list) else _field_errors(item)
            for item in detail
        ]
    return [str(detail)]
