"""Who is asking: the person behind a request, typed as Clipmix's ``User``."""

from typing import cast

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from rest_framework.request import Request

from apps.accounts.models import User


def request_user(request: HttpRequest | Request) -> User:
    """The logged-in user of a request that a decorator or permission class already required
    to be authenticated; refuses the request if that guard is missing."""
    if not request.user.is_authenticated:
        raise PermissionDenied
    return cast(User, request.user)


def request_viewer(request: HttpRequest | Request) -> User | None:
    """The logged-in user, or None for an anonymous visitor."""
    return cast(User, request.user) if request.user.is_authenticated else None
