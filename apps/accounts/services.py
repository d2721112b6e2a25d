import hashlib
from typing import IO, Any

from django.conf import settings
from django.contrib.auth import authenticate
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import IntegrityError, transaction

from apps.accounts import credentials, errors
from apps.accounts.models import (
    HANDLE_MAX_LENGTH,
    HANDLE_MIN_LENGTH,
    ApiToken,
    Block,
    Follow,
    RemixesInComments,
    User,
    handle_validator,
)
from apps.core.errors import INVALID_INPUT, ApplicationError
from apps.core.events import event_send_on_commit, user_group
from apps.core.images import image_open_validated, image_square_jpeg
from apps.core.pagecache import viewer_pages_bump
from apps.core.ratelimit import rate_limit_hit

# Handles that would shadow a page or pass for the site itself.
RESERVED_HANDLES = frozenset(
    {
        "admin", "api", "static", "media", "settings", "login", "logout", "signup", "upload",
        "studio", "notifications", "moderation", "moderator", "support", "help", "about",
        "clipmix", "root", "staff", "system", "null", "undefined", "me", "you", "everyone",
    }
)  # fmt: skip
AVATAR_SIDE = 400


def _invalid(fields: dict[str, list[str]]) -> ApplicationError:
    return ApplicationError(INVALID_INPUT, code="invalid", extra={"fields": fields})


def _handle_errors(handle: str) -> list[str]:
    if len(handle) < HANDLE_MIN_LENGTH:
        return [str(errors.HANDLE_TOO_SHORT)]
    if len(handle) > HANDLE_MAX_LENGTH:
        return [str(errors.HANDLE_TOO_LONG)]
    try:
        handle_validator(handle)
    except ValidationError:
        return [str(errors.HANDLE_INVALID)]
    if handle in RESERVED_HANDLES:
        return [str(errors.HANDLE_RESERVED)]
    if User.objects.filter(username__iexact=handle).exists():
        return [str(errors.HANDLE_TAKEN)]
    return []


@transaction.atomic
def user_sign_up(*, username: str, email: str, password: str, display_name: str = "") -> User:
    """Create an account; every invalid field is reported at once."""
    handle = username.strip().lstrip("@").lower()
    email = User.objects.normalize_email(email.strip())
    fields: dict[str, list[str]] = {}

    if handle_errors := _handle_errors(handle):
        fields["username"] = handle_errors
    # An address someone else verified is not refused (that would tell who has an account):
    # the new account stays unverified and the address's owner gets a mail instead.
    try:
        validate_email(email)
    except ValidationError:
        fields["email"] = [str(errors.EMAIL_INVALID)]
    try:
        validate_password(password, user=User(username=handle, email=email))
    except ValidationError as exc:
        fields["password"] = list(exc.messages)
    if fields:
        raise _invalid(fields)

    user = User(username=handle, email=email, display_name=display_name.strip()[:50])
    user.set_password(password)
    user.full_clean(exclude=["password"])
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError as exc:  # a concurrent sign-up took the handle or email first
        raise _invalid({"username": [str(errors.HANDLE_TAKEN)]}) from exc
    credentials.email_verification_send(user=user, count=False)
    return user


def log_in_attempt_count(*, client: str, username: object) -> None:
    """Count one log-in attempt per client address and per account name, so that neither one
    address trying many accounts nor many addresses trying one account's password go
    unchecked. Raises 429 ``rate_limited`` past either limit."""
    rate_limit_hit(scope="log_in", key=client)
    name = username.strip().casefold() if isinstance(username, str) else ""
    digest = hashlib.sha256(name.encode("utf-8", "replace")).hexdigest()
    rate_limit_hit(scope="log_in_account", key=digest)


def auth_token_issue(
    *,
    username: str,
    password: str,
    name: str = "",
    client: str = "",
    expires_in_days: int | None = None,
) -> tuple[ApiToken, str]:
    """A new API token for the account these credentials open, and its key (shown once)."""
    user = authenticate(username=username, password=password)
    # An account waiting to be deleted is restored by the log-in page only.
    if user is None or not user.is_active:
        raise ApplicationError(errors.INVALID_CREDENTIALS, code="invalid_credentials")
    return credentials.api_token_issue(
        user=user,
        name=name,
        client=client,
        expires_in_days=expires_in_days,
    )


@transaction.atomic
def profile_update(
    *,
    user: User,
    display_name: str | None = None,
    bio: str | None = None,
    avatar: IO[bytes] | None = None,
    avatar_size: int = 0,
    remove_avatar: bool = False,
) -> User:
    """Change the given fields. A new avatar is validated and re-encoded (metadata stripped)."""
    account = User.objects.select_for_update().get(pk=user.pk)
    changes: dict[str, Any] = {}
    if display_name is not None:
        changes["display_name"] = display_name.strip()
    if bio is not None:
        changes["bio"] = bio.strip()
    for field, value in changes.items():
        setattr(account, field, value)
    try:
        account.full_clean(
            exclude=[field.name for field in User._meta.fields if field.name not in changes],
            validate_unique=False,
            validate_constraints=False,
        )
    except ValidationError as exc:
        raise _invalid(exc.message_dict) from exc

    old_avatar = account.avatar.name if account.avatar else ""
    if avatar is not None:
        try:
            image = image_open_validated(
                avatar,
                size=avatar_size,
                max_bytes=settings.CLIPMIX_AVATAR_MAX_BYTES,
                max_pixels=settings.CLIPMIX_AVATAR_MAX_PIXELS,
            )
        except ApplicationError as exc:
            raise _invalid({"avatar": [exc.message]}) from exc
        content = ContentFile(image_square_jpeg(image, side=AVATAR_SIDE))
        account.avatar.save(f"{user.pk}.jpg", content, save=False)
        changes["avatar"] = account.avatar
    elif remove_avatar and old_avatar:
        account.avatar = ""
        changes["avatar"] = ""

    account.save(update_fields=list(changes))
    if "avatar" in changes and old_avatar and old_avatar != account.avatar.name:
        storage = account.avatar.storage
        transaction.on_commit(lambda: storage.delete(old_avatar))
    return account


def _blocked_either_way(a: User, b: User) -> bool:
    return (
        Block.objects.filter(blocker=a, blocked=b).exists()
        or Block.objects.filter(blocker=b, blocked=a).exists()
    )


@transaction.atomic
def follow_create(*, follower: User, followee: User) -> Follow:
    """Follow ``followee``; following someone already followed is a no-op. Follows and
    unfollows count against one rate limit (each sends the followee a live event)."""
    if follower.pk == followee.pk:
        raise ApplicationError(errors.CANNOT_FOLLOW_SELF, code="cannot_follow_self")
    rate_limit_hit(scope="follow", key=str(follower.pk))
    if _blocked_either_way(follower, followee):
        raise ApplicationError(
            errors.FOLLOW_BLOCKED.format(handle=followee.username), code="blocked", status=403
        )
    follow, created = Follow.objects.get_or_create(follower=follower, followee=followee)
    if created:
        event_send_on_commit(
            user_group(followee.pk),
            {"type": "follow.created", "follower": follower.username},
        )
    return follow


@transaction.atomic
def follow_delete(*, follower: User, followee: User) -> None:
    rate_limit_hit(scope="follow", key=str(follower.pk))
    Follow.objects.filter(follower=follower, followee=followee).delete()


@transaction.atomic
def block_create(*, blocker: User, blocked: User) -> Block:
    """Block ``blocked``: follows between the two end in both directions. Idempotent."""
    if blocker.pk == blocked.pk:
        raise ApplicationError(errors.CANNOT_BLOCK_SELF, code="cannot_block_self")
    block, _ = Block.objects.get_or_create(blocker=blocker, blocked=blocked)
    Follow.objects.filter(follower=blocker, followee=blocked).delete()
    Follow.objects.filter(follower=blocked, followee=blocker).delete()
    return block


@transaction.atomic
def block_delete(*, blocker: User, blocked: User) -> None:
    Block.objects.filter(blocker=blocker, blocked=blocked).delete()


def remixes_in_comments_clean(value: object, *, field: str = "remixes_in_comments") -> str:
    """A valid "AI remixes in comments" choice, or a 400 naming ``field`` with the choices."""
    if isinstance(value, str) and value in RemixesInComments.values:
        return value
    choices = ", ".join(RemixesInComments.values)
    message = str(errors.REMIXES_IN_COMMENTS_INVALID).format(choices=choices)
    raise ApplicationError(
        INVALID_INPUT,
        code="invalid",
        extra={"fields": {field: [message]}, "allowed": {field: RemixesInComments.values}},
    )


def remixes_in_comments_set(*, user: User, value: object) -> User:
    """Which AI remixes ``user`` sees in comments from now on (pages, API, sockets opened from
    now, notifications)."""
    user.remixes_in_comments = remixes_in_comments_clean(value)
    User.objects.filter(pk=user.pk).update(remixes_in_comments=user.remixes_in_comments)
    viewer_pages_bump(user.pk)  # update() sends no post_save
    return user
