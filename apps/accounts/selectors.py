from datetime import timedelta

from django.conf import settings
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from apps.accounts.models import ApiToken, Block, BrowserSession, DataExport, Follow, User


def _follow_count(side: str) -> Coalesce:
    """How many follows have the outer user on ``side`` ("followee" or "follower").

    A correlated subquery each: two joined ``Count``s would multiply each other's rows.
    """
    per_user = (
        Follow.objects.filter(**{side: OuterRef("pk")})
        .order_by()
        .values(side)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(per_user, output_field=IntegerField()), Value(0))


def _users_with_counts() -> QuerySet[User]:
    return User.objects.annotate(
        followers_count=_follow_count("followee"),
        following_count=_follow_count("follower"),
    )


def user_get_by_handle(*, handle: str, viewer: User | None = None) -> User:
    """An active account by handle (any case, with or without @), with its counts.

    With a logged-in ``viewer``, ``viewer_follows`` and ``viewer_blocks`` are annotated too.
    """
    queryset = _users_with_counts().filter(is_active=True)
    if viewer is not None:
        queryset = queryset.annotate(
            viewer_follows=Exists(Follow.objects.filter(follower=viewer, followee=OuterRef("pk"))),
            viewer_blocks=Exists(Block.objects.filter(blocker=viewer, blocked=OuterRef("pk"))),
        )
    user = queryset.filter(username__iexact=handle.lstrip("@")).first()
    if user is None:
        raise Http404(handle)
    return user


def user_get_me(*, user: User) -> User:
    return _users_with_counts().get(pk=user.pk)


def api_tokens_of(*, user: User) -> QuerySet[ApiToken]:
    """The account's tokens that still work, newest first."""
    live = Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now())
    return ApiToken.objects.filter(live, user=user).order_by("-created_at", "-pk")


def browser_sessions_of(*, user: User) -> QuerySet[BrowserSession]:
    """The account's logged-in browsers, the most recently seen first (a session unused for
    longer than a session lives has ended in the store)."""
    since = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    return BrowserSession.objects.filter(user=user, last_seen_at__gt=since).order_by(
        "-last_seen_at", "-pk"
    )


def data_exports_of(*, user: User) -> QuerySet[DataExport]:
    return DataExport.objects.filter(user=user).order_by("-created_at", "-pk")[:10]
