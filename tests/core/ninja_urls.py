"""A Ninja API built by the same factory as the remix API, mounted for the error-shape tests.

The remix API's endpoints arrive with the remix app; this proves the shared authentication and
error handling through the full middleware stack meanwhile.
"""

from django.http import HttpRequest
from django.urls import path
from ninja import Schema

from apps.accounts.api.ninja import ApiTokenAuth
from apps.core.api.ninja import ninja_api_create
from apps.core.errors import ApplicationError

api = ninja_api_create(token_auth=ApiTokenAuth(), urls_namespace="test_ninja")


class Echo(Schema):
    count: int


@api.post("/echo")
def echo(request: HttpRequest, payload: Echo) -> dict:
    return {"user": request.auth.username, "count": payload.count}  # type: ignore[attr-defined]


@api.get("/refuse")
def refuse(request: HttpRequest) -> dict:
    raise ApplicationError("No.", code="refused", extra={"why": "test"}, status=403)


@api.get("/limited")
def limited(request: HttpRequest) -> dict:
    raise ApplicationError("Slow down.", code="rate_limited", extra={"retry_after": 7}, status=429)


urlpatterns = [path("api/test/", api.urls)]
