"""Loading the screeners before the first person waits for them.

The first text screen in a process imports torch and loads the sentence model (seconds on a
CPU). The ASGI application is wrapped in ``WarmUpOnFirstRequest``: the server's first request
of any kind (a page, a health check) starts the load in the background, so that the first
comment or remix request does not pay for it; a screen that arrives meanwhile waits for the
same load. Not at import: importing the application (tests do, before their database exists)
must not touch the database.
"""

import logging
import threading
from typing import Any

from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)


def _warm() -> None:
    from apps.moderation.screening.text import text_screener_warm

    try:
        text_screener_warm()
    except Exception:  # the first real screen will try again, and fail closed if it must
        logger.exception("Could not warm up the text screener")
    finally:
        # This thread read the rules through its own connection: give it back to the pool.
        connections.close_all()


def screeners_warm_in_background() -> threading.Thread:
    # Not a daemon: a process that exits (or an autoreload) during the warm-up waits the few
    # seconds it has left, because killing a thread inside torch aborts the whole process.
    thread = threading.Thread(target=_warm, name="screeners-warm-up", daemon=False)
    thread.start()
    return thread


class WarmUpOnFirstRequest:
    """ASGI middleware: the first request starts ``screeners_warm_in_background``, unless
    ``CLIPMIX_MODERATION_WARM_UP`` is off at that moment (tests turn it off, so that torch is
    never loaded by a stray thread while they run)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self._started = threading.Event()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if not self._started.is_set():
            self._started.set()
            if settings.CLIPMIX_MODERATION_WARM_UP:
                screeners_warm_in_background()
        await self.app(scope, receive, send)
