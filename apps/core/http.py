from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The address rate limits are keyed on.

    Behind a proxy, run the ASGI server with proxy headers enabled so that REMOTE_ADDR is the
    client's (docs/operations.md); ``X-Forwarded-For`` is never trusted here, since any client
    can send it.
    """
    return request.META.get("REMOTE_ADDR") or "unknown"


def wants_json(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")
