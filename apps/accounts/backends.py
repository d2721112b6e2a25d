from typing import Any

from django.contrib.auth.backends import ModelBackend

from apps.accounts.erasure import account_deletion_restorable


class AccountBackend(ModelBackend):
    """Django's, except that an account waiting to be deleted may still log in: logging in is
    how its owner restores it (the log-in page does, ``LogInView``)."""

    def user_can_authenticate(self, user: Any) -> bool:
        return super().user_can_authenticate(user) or account_deletion_restorable(user)
