"""Services for what proves who someone is: API tokens, browser sessions, passwords and the
e-mail address (issue 21). Writes only; the lists a page shows come from ``selectors``.

Mail is sent by a task after the transaction commits (``apps.accounts.tasks``), so a refused
or rolled-back request sends nothing.
"""

import hashlib
import hmac
import ipaddress
import logging
import secrets
from datetime import timedelta
from functools import partial
from importlib import import_module

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from apps.accounts import errors
from apps.accounts.models import ApiToken, BrowserSession, User
from apps.core.errors import INVALID_INPUT, ApplicationError
from apps.core.ratelimit import rate_limit_hit

logger = logging.getLogger(__name__)

TOKEN_SCHEME = "cmx"  # noqa: S105 - a label, not a secret
TOKEN_PREFIX_BYTES = 6  # 12 hex characters, unique, stored in clear for the look-up
TOKEN_MAX_DAYS = 3650
CLIENT_MAX_LENGTH = 200
# A token's or session's "last used" moves at most this often: no write on every request.
LAST_USED_RESOLUTION = timedelta(minutes=5)
# The session key under which the time this browser was last stamped is kept (epoch seconds).
SESSION_SEEN_KEY = "_clipmix_seen"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()


def _client(value: str) -> str:
    return " ".join(value.split())[:CLIENT_MAX_LENGTH]


def _invalid(field: str, message: str, code: str = "invalid") -> ApplicationError:
    return ApplicationError(INVALID_INPUT, code=code, extra={"fields": {field: [message]}})


# --- API tokens -------------------------------------------------------------------------------


def api_token_issue(
    *, user: User, name: str = "", client: str = "", expires_in_days: int | None = None
) -> tuple[ApiToken, str]:
    """A new token and its key. The key is returned once and never stored: only its prefix and
    SHA-256 digest are. ``expires_in_days`` shortens the configured lifetime (never lengthens
    it past ``CLIPMIX_API_TOKEN_DAYS``, unless that is 0: no expiry)."""
    days = settings.CLIPMIX_API_TOKEN_DAYS
    if expires_in_days is not None:
        if not 1 <= expires_in_days <= (days or TOKEN_MAX_DAYS):
            raise _invalid(
                "expires_in_days", errors.TOKEN_DAYS_RANGE.format(days=days or TOKEN_MAX_DAYS)
            )
        days = expires_in_days
    prefix = secrets.token_hex(TOKEN_PREFIX_BYTES)
    key = f"{TOKEN_SCHEME}_{prefix}_{secrets.token_urlsafe(32)}"
    token = ApiToken(
        user=user,
        prefix=prefix,
        digest=_digest(key),
        name=name.strip()[:100],
        client=_client(client),
        expires_at=timezone.now() + timedelta(days=days) if days else None,
    )
    token.full_clean()
    token.save()
    return token, key


def api_token_authenticate(*, key: str) -> ApiToken | None:
    """The live token that ``key`` is, with its user, or None (unknown, wrong secret, expired,
    revoked, or an account that is not active). Stamps ``last_used_at`` coarsely."""
    scheme, _, rest = key.partition("_")
    prefix, _, secret = rest.partition("_")
    if scheme != TOKEN_SCHEME or not prefix or not secret:
        return None
    token = ApiToken.objects.select_related("user").filter(prefix=prefix).first()
    if token is None or not hmac.compare_digest(token.digest, _digest(key)):
        return None
    if token.is_expired or not token.user.is_active:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def api_token_revoke(*, user: User, token_id: int) -> None:
    """Revoke one of ``user``'s tokens. Someone else's token, or none, is the same 404."""
    deleted, _ = ApiToken.objects.filter(user=user, pk=token_id).delete()
    if not deleted:
        raise Http404("token")


# --- Browser sessions -------------------------------------------------------------------------


def _session_store_delete(session_key: str) -> None:
    engine = import_module(settings.SESSION_ENGINE)
    engine.SessionStore(session_key=session_key).delete()


def _ip_or_none(value: str | None) -> str | None:
    try:
        return str(ipaddress.ip_address(value or ""))
    except ValueError:
        return None


def browser_session_record(
    *, user: User, session_key: str, client: str = "", ip_address: str | None = None
) -> BrowserSession:
    """Mirror a logged-in browser session (on log-in, or the first request of a session that
    predates the list); idempotent per session key."""
    session, _ = BrowserSession.objects.update_or_create(
        session_key=session_key,
        defaults={
            "user": user,
            "client": _client(client),
            "ip_address": _ip_or_none(ip_address),
            "last_seen_at": timezone.now(),
        },
    )
    return session


def browser_session_rekey(*, old_key: str, new_key: str) -> None:
    """The session's key changed (Django cycles it when the password changes)."""
    BrowserSession.objects.filter(session_key=old_key).update(session_key=new_key)


def browser_session_forget(*, session_key: str) -> None:
    """The browser logged out: its session is gone already."""
    BrowserSession.objects.filter(session_key=session_key).delete()


@transaction.atomic
def browser_session_revoke(*, user: User, session_id: int) -> str:
    """End one of ``user``'s browser sessions: its next request is anonymous. Someone else's
    session, or none, is the same 404. Returns the ended session's key."""
    session = BrowserSession.objects.select_for_update().filter(user=user, pk=session_id).first()
    if session is None:
        raise Http404("session")
    _session_store_delete(session.session_key)
    session.delete()
    return session.session_key


def credentials_revoke_all(
    *, user: User, keep_session_key: str | None = None, keep_token_id: int | None = None
) -> None:
    """End every browser session and API token of ``user`` but the ones named. (A session
    missing from the list ends too when the password changes: Django checks a hash of the
    password on each request.)"""
    tokens = ApiToken.objects.filter(user=user)
    if keep_token_id is not None:
        tokens = tokens.exclude(pk=keep_token_id)
    tokens.delete()
    sessions = BrowserSession.objects.select_for_update().filter(user=user)
    if keep_session_key:
        sessions = sessions.exclude(session_key=keep_session_key)
    for session in sessions:
        _session_store_delete(session.session_key)
    sessions.delete()


# --- Passwords --------------------------------------------------------------------------------


def _password_validated(user: User, password: str, field: str) -> None:
    try:
        validate_password(password, user=user)
    except ValidationError as exc:
        raise ApplicationError(
            INVALID_INPUT, code="invalid", extra={"fields": {field: list(exc.messages)}}
        ) from exc


@transaction.atomic
def password_change(
    *,
    user: User,
    current_password: str,
    new_password: str,
    keep_session_key: str | None = None,
    keep_token_id: int | None = None,
) -> User:
    """Change the password after checking the current one (rate-limited per account), then end
    every other session and token. The caller keeps its own session or token by naming it (a
    page must then call ``update_session_auth_hash`` and ``browser_session_rekey``)."""
    rate_limit_hit(scope="password_change", key=str(user.pk))
    account = User.objects.select_for_update().get(pk=user.pk)
    if not account.check_password(current_password):
        raise _invalid("current_password", str(errors.WRONG_PASSWORD), code="wrong_password")
    _password_validated(account, new_password, "new_password")
    account.set_password(new_password)
    account.save(update_fields=["password"])
    credentials_revoke_all(
        user=account, keep_session_key=keep_session_key, keep_token_id=keep_token_id
    )
    transaction.on_commit(lambda: _mail(account.pk, "password_changed"))
    return account


def _address_digest(email: str) -> str:
    return hashlib.sha256(email.strip().casefold().encode("utf-8", "replace")).hexdigest()


def password_reset_request(*, email: str, client: str) -> None:
    """Mail a reset link to each active account with this address. Answers the same (nothing)
    whether or not there is one; rate-limited per client and per address (429 either way)."""
    rate_limit_hit(scope="password_reset", key=client)
    rate_limit_hit(scope="password_reset_address", key=_address_digest(email))
    address = email.strip()
    if not address:
        return
    accounts = User.objects.filter(email__iexact=address, is_active=True)
    for user_id in accounts.values_list("pk", flat=True):
        transaction.on_commit(partial(_mail, user_id, "password_reset"))


@transaction.atomic
def password_reset_complete(*, user: User, new_password: str) -> User:
    """Set the password from a checked reset link; every session and token of the account
    ends. The link stops working: its token hashes the old password."""
    account = User.objects.select_for_update().get(pk=user.pk)
    _password_validated(account, new_password, "new_password1")
    account.set_password(new_password)
    account.save(update_fields=["password"])
    credentials_revoke_all(user=account)
    transaction.on_commit(lambda: _mail(account.pk, "password_changed"))
    return account


# --- E-mail verification ----------------------------------------------------------------------


class EmailVerificationTokenGenerator(PasswordResetTokenGenerator):
    """Django's signed, expiring tokens, for another purpose: a link stops working once the
    address is verified or changed."""

    key_salt = "clipmix.accounts.EmailVerificationTokenGenerator"

    def _make_hash_value(self, user: User, timestamp: int) -> str:
        return f"{user.pk}{user.email}{user.email_verified_at}{timestamp}"


email_verification_tokens = EmailVerificationTokenGenerator()


def user_uidb64(user: User) -> str:
    return urlsafe_base64_encode(force_bytes(user.pk))


def user_from_uidb64(uidb64: str) -> User | None:
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError):
        return None
    return User.objects.filter(pk=pk, is_active=True).first()


def email_address_owner(user: User) -> User | None:
    """Another account that verified ``user``'s address, if any."""
    return (
        User.objects.filter(email__iexact=user.email, email_verified_at__isnull=False)
        .exclude(pk=user.pk)
        .first()
    )


def email_verification_send(*, user: User, count: bool = True) -> None:
    """Mail ``user`` a link that verifies their address, after commit. When another account
    owns the address, its owner is told instead (no link): sign-up and resend answer the same
    either way. Rate-limited per account when ``count``."""
    if count:
        rate_limit_hit(scope="email_verification", key=str(user.pk))
    if user.email_verified or not user.email:
        return
    transaction.on_commit(lambda: _mail(user.pk, "email_verification"))


@transaction.atomic
def email_verify(*, uidb64: str, token: str) -> User:
    """Mark the address verified, from a link's ``uidb64`` and ``token``. A used, expired or
    forged link, and an address another account verified first, are refused."""
    user = user_from_uidb64(uidb64)
    if user is None or not email_verification_tokens.check_token(user, token):
        raise ApplicationError(errors.LINK_INVALID, code="link_invalid")
    account = User.objects.select_for_update().get(pk=user.pk)
    if account.email_verified:
        raise ApplicationError(errors.LINK_INVALID, code="link_invalid")
    account.email_verified_at = timezone.now()
    try:
        with transaction.atomic():
            account.save(update_fields=["email_verified_at"])
    except IntegrityError as exc:  # another account verified this address first
        raise ApplicationError(errors.EMAIL_OWNED_ELSEWHERE, code="email_taken") from exc
    return account


def email_verified_mark(*, user: User) -> User:
    """Verify the address without a link: the demo accounts, and staff who checked it."""
    if not user.email_verified:
        user.email_verified_at = timezone.now()
        user.save(update_fields=["email_verified_at"])
    return user


def email_verification_due(*, user: User) -> bool:
    """Whether ``user`` must confirm their address before uploading or remixing (pages ask
    before the form is filled in; ``email_verified_require`` refuses)."""
    return settings.CLIPMIX_REQUIRE_VERIFIED_EMAIL and not user.email_verified


def email_verified_require(*, user: User) -> None:
    """Refuse (403 ``email_unverified``) what waits for a verified address: uploads and remixes,
    unless ``CLIPMIX_REQUIRE_VERIFIED_EMAIL`` is off."""
    if email_verification_due(user=user):
        raise ApplicationError(errors.EMAIL_UNVERIFIED, code="email_unverified", status=403)


def _mail(user_id: int, kind: str) -> None:
    """Queue one message; a broker that cannot be reached loses the mail, not the request."""
    from apps.accounts.tasks import account_mail_send

    try:
        account_mail_send.delay(user_id, kind)
    except Exception:
        logger.exception("Could not queue %s mail for user %s", kind, user_id)
