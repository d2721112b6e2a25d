import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from apps.accounts import credentials
from apps.core.http import client_ip


class BrowserSessionMiddleware:
    """Keeps the list of an account's browser sessions true: stamps this one as seen (at most
    every few minutes, so most requests write nothing) and lists a session that predates the
    list. Ending a session is done in the session store (``browser_session_revoke``)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        session = getattr(request, "session", None)
        if user is not None and user.is_authenticated and session is not None:
            seen = session.get(credentials.SESSION_SEEN_KEY, 0)
            now = time.time()
            resolution = credentials.LAST_USED_RESOLUTION.total_seconds()
            if session.session_key and now - seen > resolution:
                credentials.browser_session_record(
                    user=user,
                    session_key=session.session_key,
                    client=request.headers.get("User-Agent", ""),
                    ip_address=client_ip(request),
                )
                session[credentials.SESSION_SEEN_KEY] = seen = now
            # The page cache's ASGI reader answers this session's pages without Django until
            # the next stamp is due at most (apps.core.pagecache).
            request.page_cache_session_until = seen + resolution  # type: ignore[attr-defined]
        return self.get_response(request)
