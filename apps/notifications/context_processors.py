from functools import cache
from typing import Any

from django.http import HttpRequest

from apps.accounts.http import request_viewer
from apps.notifications.selectors import unread_count


def unread(request: HttpRequest) -> dict[str, Any]:
    """``notifications_unread`` for the navigation's badge: one COUNT, run only for a logged-in
    user and only when a template uses it (templates call callables), so admin pages and error
    pages without the navigation skip it."""
    if not hasattr(request, "user"):
        return {}
    user = request_viewer(request)
    if user is None:
        return {}
    return {"notifications_unread": cache(lambda: unread_count(user=user))}
