"""``Authorization: Token <key>`` for the REST API (the Ninja API's is in ``api/ninja.py``)."""

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework.authentication import BaseAuthentication, get_authorization_header
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.request import Request

from apps.accounts import credentials, errors


def token_key_from_header(header: str) -> str | None:
    """The key of ``Token <key>``; None for another scheme (left to other authenticators)."""
    scheme, _, key = header.strip().partition(" ")
    if scheme.lower() != "token":
        return None
    return key.strip()


class ApiTokenAuthentication(BaseAuthentication):
    """Checks a hashed, expiring, revocable ``ApiToken``; ``request.auth`` is the token, so
    that log-out can revoke the one in use."""

    keyword = "Token"

    def authenticate(self, request: Request) -> tuple[Any, Any] | None:
        header = get_authorization_header(request).decode("latin-1")
        key = token_key_from_header(header)
        if key is None:
            return None
        token = credentials.api_token_authenticate(key=key) if key else None
        if token is None:
            raise AuthenticationFailed(errors.INVALID_TOKEN)
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI schema describes ``ApiTokenAuthentication``."""

    target_class = ApiTokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": 'A key from POST /api/v1/auth/token/, prefixed with "Token ".',
        }
