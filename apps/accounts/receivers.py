"""Django's log-in and log-out signals keep the list of browser sessions (``credentials``)."""

import time
from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver
from django.http import HttpRequest

from apps.accounts import credentials
from apps.core.http import client_ip


@receiver(user_logged_in, dispatch_uid="accounts.browser_session_logged_in")
def browser_session_logged_in(
    sender: Any, request: HttpRequest | None, user: Any, **_: Any
) -> None:
    session = getattr(request, "session", None)
    if request is None or session is None or not session.session_key:
        return
    credentials.browser_session_record(
        user=user,
        session_key=session.session_key,
        client=request.headers.get("User-Agent", ""),
        ip_address=client_ip(request),
    )
    session[credentials.SESSION_SEEN_KEY] = time.time()


@receiver(user_logged_out, dispatch_uid="accounts.browser_session_logged_out")
def browser_session_logged_out(sender: Any, request: HttpRequest | None, **_: Any) -> None:
    session = getattr(request, "session", None)
    if session is not None and session.session_key:
        credentials.browser_session_forget(session_key=session.session_key)
