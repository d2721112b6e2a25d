import hashlib
from typing import Any

from django.contrib.auth.backends import ModelBackend

from apps.accounts.erasure import account_deletion_restorable
from apps.accounts.models import User
from apps.core.cache import fragments_get, fragments_set, version_get
from apps.core.pagecache import viewer_version_name

# The row's shape: a kept account from before a release that changed its fields is not read.
_SHAPE = hashlib.blake2b(
    repr([field.attname for field in User._meta.concrete_fields]).encode(), digest_size=6
).hexdigest()


class AccountBackend(ModelBackend):
    """Django's, except that an account waiting to be deleted may still log in: logging in is
    how its owner restores it (the log-in page does, ``LogInView``); and that the logged-in
    account's row is kept in the cache under its page version, which every save of the account
    draws anew (``apps.accounts.receivers``; the two ``update()`` calls bump it themselves), so
    a page answered from the viewer's kept copy needs no database. Django still checks the
    session against the row's password hash at every request."""

    def user_can_authenticate(self, user: Any) -> bool:
        return super().user_can_authenticate(user) or account_deletion_restorable(user)

    def get_user(self, user_id: Any) -> Any:
        version = version_get(viewer_version_name(user_id))
        if version is None:  # the cache cannot be reached
            return super().get_user(user_id)
        key = f"account:{_SHAPE}:{user_id}:{version}"
        user = fragments_get([key]).get(key)
        if not isinstance(user, User):
            try:
                user = User._default_manager.get(pk=user_id)
            except User.DoesNotExist:
                return None
            fragments_set({key: user})
        return user if self.user_can_authenticate(user) else None
