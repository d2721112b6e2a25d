"""Django's database session store (``SESSION_ENGINE``), which also tells the page cache's
ASGI reader when a session changes or ends (``apps.core.pagecache``): every way a session
changes (a log-in, a message kept in it, a "last seen" stamp) or ends (a log-out, a password
change, a revoked browser session, another account's log-in) goes through ``save`` or
``delete`` here (``flush`` and ``cycle_key`` call them), so the reader's record of it is dropped
at once. Expired sessions (``clearsessions``) need nothing: no record outlives its session.
"""

from datetime import datetime
from typing import Any

from asgiref.sync import sync_to_async
from django.contrib.sessions.backends import db

from apps.core.pagecache import viewer_session_forget


class SessionStore(db.SessionStore):
    # What ``apps.core.pagecache`` asks before it keeps a record of a session.
    tells_page_cache = True
    # When the stored session expires, as read from its row (None until it is read).
    stored_expiry: datetime | None = None

    def _get_session_from_db(self) -> Any:
        stored = super()._get_session_from_db()  # type: ignore[misc]
        self.stored_expiry = stored.expire_date if stored is not None else None
        return stored

    async def _aget_session_from_db(self) -> Any:
        stored = await super()._aget_session_from_db()  # type: ignore[misc]
        self.stored_expiry = stored.expire_date if stored is not None else None
        return stored

    def save(self, must_create: bool = False) -> None:
        super().save(must_create)
        if not must_create:
            viewer_session_forget(self.session_key, ended=False)

    async def asave(self, must_create: bool = False) -> None:
        await super().asave(must_create)
        if not must_create:
            await sync_to_async(viewer_session_forget)(self.session_key, ended=False)

    def delete(self, session_key: str | None = None) -> None:
        ended = session_key or self.session_key
        super().delete(session_key)
        viewer_session_forget(ended, ended=True)

    async def adelete(self, session_key: str | None = None) -> None:
        ended = session_key or self.session_key
        await super().adelete(session_key)
        await sync_to_async(viewer_session_forget)(ended, ended=True)
