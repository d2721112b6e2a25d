"""Deleting an account for good (issue 21): every app that keeps something of a person says,
here, which user references it handles and how to erase them. ``account_erase`` runs the steps
in order, each in its own transaction and each safe to run again, so that a worker that dies
half-way is resumed by the next run; files are deleted before the rows that name them, so none
is left behind. Moderation keeps its decisions under a pseudonymous id."""

import hashlib
import hmac
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.files.storage import Storage
from django.db import transaction
from django.utils import timezone

from apps.accounts import errors
from apps.accounts.credentials import credentials_revoke_all
from apps.accounts.models import User
from apps.core.cache import version_bump
from apps.core.errors import INVALID_INPUT, ApplicationError
from apps.core.pagecache import ACCOUNTS_VERSION
from apps.core.ratelimit import rate_limit_hit


@dataclass(frozen=True)
class ErasureStep:
    name: str
    order: int
    # "app_label.Model.field" for each reference to the user model this step takes care of.
    handles: frozenset[str]
    erase: Callable[[User], None]


_steps: dict[str, ErasureStep] = {}


def account_erasure_register(
    *, name: str, order: int, handles: Iterable[str], erase: Callable[[User], None]
) -> None:
    """Called by each app's ``ready``; registering a name again replaces it."""
    _steps[name] = ErasureStep(name=name, order=order, handles=frozenset(handles), erase=erase)


def erasure_steps() -> list[ErasureStep]:
    return sorted(_steps.values(), key=lambda step: step.order)


def user_pseudonym(user_id: int) -> str:
    """A stable id for a deleted account in the records kept about it (moderation), that no one
    without the secret key can link back to the account id."""
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"clipmix.account:{user_id}".encode(), hashlib.sha256
    )
    return f"deleted-{digest.hexdigest()[:16]}"


def files_delete(storage: Storage, names: Iterable[str | None]) -> None:
    """Delete stored files now (before the rows naming them go): a missing one is fine."""
    for name in names:
        if name:
            storage.delete(name)


def account_erase(*, user_id: int) -> bool:
    """Erase an account whose grace period is over; False when there is nothing to do (already
    erased, restored, or not yet due). Idempotent and resumable."""
    user = User.objects.filter(
        pk=user_id, is_active=False, deletion_due_at__lte=timezone.now()
    ).first()
    if user is None:
        return False
    for step in erasure_steps():
        with transaction.atomic():
            step.erase(user)
    with transaction.atomic():
        User.objects.filter(pk=user_id).delete()
    return True


def accounts_due_for_erasure() -> list[int]:
    return list(
        User.objects.filter(is_active=False, deletion_due_at__lte=timezone.now()).values_list(
            "pk", flat=True
        )
    )


# --- Asking, and changing one's mind ----------------------------------------------------------


@transaction.atomic
def account_deletion_request(*, user: User, password: str, confirmation: str) -> User:
    """Deactivate the account now and schedule its erasure after the grace period
    (``CLIPMIX_ACCOUNT_DELETION_GRACE_DAYS``). Needs the password and the handle typed as a
    confirmation; every session and token ends. Logging in before the date restores it."""
    rate_limit_hit(scope="password_change", key=str(user.pk))
    account = User.objects.select_for_update().get(pk=user.pk)
    fields: dict[str, list[str]] = {}
    if not account.check_password(password):
        fields["password"] = [str(errors.WRONG_PASSWORD)]
    if confirmation.strip().lstrip("@").lower() != account.username:
        fields["confirmation"] = [errors.DELETE_CONFIRMATION.format(phrase=account.username)]
    if fields:
        raise ApplicationError(INVALID_INPUT, code="invalid", extra={"fields": fields})
    account.is_active = False
    account.deletion_due_at = timezone.now() + timedelta(
        days=settings.CLIPMIX_ACCOUNT_DELETION_GRACE_DAYS
    )
    account.save(update_fields=["is_active", "deletion_due_at"])
    credentials_revoke_all(user=account)
    return account


def account_deletion_restorable(user: User) -> bool:
    return (
        not user.is_active
        and user.deletion_due_at is not None
        and user.deletion_due_at > timezone.now()
    )


@transaction.atomic
def account_deletion_cancel(*, user: User) -> User:
    """Restore an account inside its grace period (its owner logged in)."""
    account = User.objects.select_for_update().get(pk=user.pk)
    if account_deletion_restorable(account):
        account.is_active = True
        account.deletion_due_at = None
        account.save(update_fields=["is_active", "deletion_due_at"])
    return account


# --- What accounts itself keeps ---------------------------------------------------------------


def _accounts_erase(user: User) -> None:
    from django.contrib.admin.models import LogEntry

    from apps.accounts.models import ApiToken, Block, BrowserSession, DataExport, Follow

    Follow.objects.filter(follower=user).delete()
    Follow.objects.filter(followee=user).delete()
    Block.objects.filter(blocker=user).delete()
    Block.objects.filter(blocked=user).delete()
    ApiToken.objects.filter(user=user).delete()
    credentials_revoke_all(user=user)
    BrowserSession.objects.filter(user=user).delete()
    LogEntry.objects.filter(user=user).delete()
    for export in DataExport.objects.filter(user=user):
        files_delete(export.file.storage, [export.file.name])
        export.delete()
    if user.avatar:
        files_delete(user.avatar.storage, [user.avatar.name])
        User.objects.filter(pk=user.pk).update(avatar="")
        version_bump(ACCOUNTS_VERSION)  # update() sends no post_save


account_erasure_register(
    name="accounts",
    order=100,
    handles={
        "accounts.Follow.follower",
        "accounts.Follow.followee",
        "accounts.Block.blocker",
        "accounts.Block.blocked",
        "accounts.ApiToken.user",
        "accounts.BrowserSession.user",
        "admin.LogEntry.user",
        "accounts.DataExport.user",
    },
    erase=_accounts_erase,
)
