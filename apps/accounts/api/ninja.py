"""The token authenticator of every Ninja API (``apps.core.api.ninja.ninja_api_create``)."""

from typing import Any

from django.http import HttpRequest
from ninja.security import APIKeyHeader

from apps.accounts import credentials
from apps.accounts.authentication import token_key_from_header


class ApiTokenAuth(APIKeyHeader):
    """``Authorization: Token <key>``, checked as the REST API checks it. A key that is not a
    live token authenticates no one (the session is tried next, with its CSRF check)."""

    param_name = "Authorization"

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        token_key = token_key_from_header(key or "")
        if not token_key:
            return None
        token = credentials.api_token_authenticate(key=token_key)
        if token is None:
            return None
        request.user = token.user
        return token.user
