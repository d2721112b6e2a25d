"""What privacy does when an account is deleted (``apps.accounts.erasure``): its defaults."""

from apps.accounts.erasure import account_erasure_register
from apps.accounts.models import User
from apps.privacy.models import AccountPrivacy


def _privacy_erase(user: User) -> None:
    AccountPrivacy.objects.filter(user=user).delete()


def register() -> None:
    account_erasure_register(
        name="privacy", order=50, handles={"privacy.AccountPrivacy.user"}, erase=_privacy_erase
    )
