from typing import TYPE_CHECKING, cast

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from rest_framework.request import Request

if TYPE_CHECKING:
    from apps.accounts.models import User


def request_user(request: HttpRequest | Request) -> "User":
    """The logged-in user of a request that a decorator or permission class already required
    to be authenticated; refuses the request if that guard is missing."""
    if not request.user.is_authenticated:
        raise PermissionDenied
    return cast("User", request.user)


def request_viewer(request: HttpRequest | Request) -> "User | None":
    """The logged-in user, or None for an anonymous visitor."""
    return cast("User", request.user) if request.user.is_authenticated else None


def client_ip(request: HttpRequest) -> str:
    """The address rate limits are keyed on.

    Behind a proxy, run the ASGI server with proxy headers enabled so that REMOTE_ADDR is the
    client's (docs/operations.md); ``X-Forwarded-For`` is never trusted here, since any client
    can send it.
    """
    return request.META.get("REMOTE_ADDR") or "unknown"


def wants_json(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")
