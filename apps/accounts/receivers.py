"""Django's log-in and log-out signals keep the list of browser sessions (``credentials``); an
account's changes make the cached pages stale (``apps.core.pagecache``)."""

import time
from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest

from apps.accounts import credentials
from apps.accounts.models import Block, Follow, User
from apps.core.cache import (
    fields_watch,
    saved_fields_changed,
    version_bump,
    visibility_versions,
)
from apps.core.http import client_ip
from apps.core.pagecache import ACCOUNTS_VERSION, viewer_pages_bump, viewer_version_name


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


# Saves of these fields alone change nothing an anonymous visitor's cached page shows (a log-in
# stamps ``last_login``); any other save of an account (its name, avatar, deactivation, an
# unknown field) makes every cached page stale.
_NOT_ON_PAGES = frozenset(
    {"last_login", "password", "email", "email_verified_at", "remixes_in_comments"}
)


@receiver(post_save, sender=User, dispatch_uid="accounts.pages_account_saved")
def pages_account_saved(
    sender: Any, instance: User, created: bool, update_fields: Any = None, **_: Any
) -> None:
    """A new account shows nowhere yet. Every other save changes what the account's own pages
    show of it (a setting, staff, a suspension); one that touches more than ``_NOT_ON_PAGES``
    changes everyone's pages; one that changes whether it is active, what may show it."""
    if created:
        return
    names = [viewer_version_name(instance.pk)]
    if update_fields is None or not set(update_fields) <= _NOT_ON_PAGES:
        names.append(ACCOUNTS_VERSION)
    if saved_fields_changed(instance, update_fields, "is_active"):
        names += visibility_versions()
    version_bump(*names)


@receiver(post_delete, sender=User, dispatch_uid="accounts.pages_account_deleted")
def pages_account_deleted(sender: Any, instance: User, **_: Any) -> None:
    version_bump(viewer_version_name(instance.pk), ACCOUNTS_VERSION, *visibility_versions())


fields_watch(User, "is_active")


@receiver(post_save, sender=Follow, dispatch_uid="accounts.pages_follow_saved")
@receiver(post_delete, sender=Follow, dispatch_uid="accounts.pages_follow_deleted")
def pages_follow_changed(sender: Any, instance: Follow, **_: Any) -> None:
    """A follow changes both people's pages: the follower's "Following" and followers-only
    videos, the followee's friends-only consent (mutual follows)."""
    viewer_pages_bump(instance.follower_id, instance.followee_id)


@receiver(post_save, sender=Block, dispatch_uid="accounts.pages_block_saved")
@receiver(post_delete, sender=Block, dispatch_uid="accounts.pages_block_deleted")
def pages_block_changed(sender: Any, instance: Block, **_: Any) -> None:
    """A block hides each person's videos, comments and consent from the other."""
    viewer_pages_bump(instance.blocker_id, instance.blocked_id)
