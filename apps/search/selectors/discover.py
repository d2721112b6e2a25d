"""The discover page's sections. Trending hashtags, the "most remixed" ranking and the new
creators' candidates are computed for everyone at once and cached for
``CLIPMIX_DISCOVER_CACHE_SECONDS`` under the discover version (``discover_version_bump``: a
privacy change, a deleted or removed video, a withdrawn remix or a deactivated account draws a
new one, so the next read computes afresh). Whatever is shown to one viewer then goes through
``visibility`` now and its counts are taken live, so neither a stale cache nor someone else's
view can show a hidden video or count a removed remix."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from apps.accounts.models import Follow, User
from apps.comments.models import Comment
from apps.core.cache import version_bump, version_get
from apps.privacy.models import RemixAudience, Visibility
from apps.search.selectors.visibility import people_findable_by, videos_findable_by
from apps.videos.models import Hashtag, Like, Video

TRENDING_WINDOWS = {"day": 24, "week": 24 * 7}
DISCOVER_VERSION = "search:discover"


def discover_version_bump() -> None:
    """What every viewer's discover sections are computed from has changed in a way that may
    hide something (see ``apps.search.receivers``): computed afresh on the next read."""
    version_bump(DISCOVER_VERSION)


def discover_version() -> str | None:
    """The token the shared sections are cached under (``None``: the cache is unreachable)."""
    return version_get(DISCOVER_VERSION)


def _shared(name: str, compute: Callable[[], list[Any]]) -> list[Any]:
    """``compute()`` for everyone, cached under the current discover version."""
    version = discover_version()
    if version is None:
        return compute()
    timeout = settings.CLIPMIX_DISCOVER_CACHE_SECONDS
    return cache.get_or_set(f"search:{name}:{version}", compute, timeout=timeout) or []


@dataclass(frozen=True)
class TrendingHashtag:
    name: str
    people: int  # distinct people who posted, liked or commented with it in the window


def _public_videos() -> Q:
    return Q(
        video__status=Video.Status.READY,
        video__owner__is_active=True,
        video__privacy__visibility=Visibility.PUBLIC,
    )


def _trending_compute(hours: int) -> list[TrendingHashtag]:
    """Each (hashtag, person) pair once, whatever that person did and however often: one
    account cannot push a tag. Only public videos of active accounts count."""
    since = timezone.now() - timedelta(hours=hours)
    posted = (
        Video.objects.filter(
            created_at__gte=since,
            status=Video.Status.READY,
            owner__is_active=True,
            privacy__visibility=Visibility.PUBLIC,
        )
        .values_list("hashtags", "owner_id")
        .order_by()
    )
    liked = (
        Like.objects.filter(_public_videos(), created_at__gte=since, user__is_active=True)
        .values_list("video__hashtags", "user_id")
        .order_by()
    )
    commented = (
        Comment.objects.filter(
            _public_videos(),
            created_at__gte=since,
            status=Comment.Status.VISIBLE,
            author__is_active=True,
        )
        .values_list("video__hashtags", "author_id")
        .order_by()
    )
    pairs = posted.union(liked, commented)  # UNION: each pair once
    people = Counter(tag_id for tag_id, _ in pairs if tag_id is not None)
    minimum = settings.CLIPMIX_DISCOVER_TRENDING_MIN_PEOPLE
    top = [
        (tag_id, count)
        for tag_id, count in sorted(people.items(), key=lambda item: (-item[1], item[0]))
        if count >= minimum
    ][: settings.CLIPMIX_DISCOVER_SECTION_SIZE]
    names = dict(
        Hashtag.objects.filter(pk__in=[tag_id for tag_id, _ in top]).values_list("pk", "name")
    )
    return [TrendingHashtag(name=names[tag_id], people=count) for tag_id, count in top]


def trending_hashtags(*, window: str) -> list[TrendingHashtag]:
    """The hashtags most people engaged with in the last day or week (``TRENDING_WINDOWS``)."""
    hours = TRENDING_WINDOWS[window]
    trending: list[TrendingHashtag] = _shared(f"trending:{hours}", lambda: _trending_compute(hours))
    return trending


def _visible_remixes() -> Q:
    """Published remixes: image comments still visible (a removed or rejected remix is not)."""
    return Q(status=Comment.Status.VISIBLE) & ~Q(image="")


def _most_remixed_compute() -> list[int]:
    since = timezone.now() - timedelta(days=7)
    ranking = (
        Comment.objects.filter(_visible_remixes(), created_at__gte=since)
        .filter(video__status=Video.Status.READY, video__owner__is_active=True)
        .exclude(video__privacy__remix_audience=RemixAudience.NO_ONE)
        .exclude(video__privacy__visibility=Visibility.PRIVATE)
        .values("video_id")
        .annotate(remixes=Count("pk"))
        .order_by("-remixes", "-video_id")
    )
    # Room for what a viewer may not see; the section shows fewer.
    return [row["video_id"] for row in ranking[: settings.CLIPMIX_DISCOVER_SECTION_SIZE * 4]]


def most_remixed_videos(*, viewer: User | None) -> list[Video]:
    """This week's most remixed videos that the viewer may see and whose creators still allow
    remixes, each with ``remixes_count`` (this week's published remixes, counted now)."""
    candidates: list[int] = _shared("most_remixed", _most_remixed_compute)
    since = timezone.now() - timedelta(days=7)
    remixes = (
        Comment.objects.filter(_visible_remixes(), video=OuterRef("pk"), created_at__gte=since)
        .order_by()
        .values("video")
        .annotate(n=Count("pk"))
        .values("n")
    )
    videos = (
        videos_findable_by(viewer)
        .filter(pk__in=candidates)
        .exclude(privacy__remix_audience=RemixAudience.NO_ONE)
        .select_related("owner")
        .annotate(remixes_count=Coalesce(Subquery(remixes, output_field=IntegerField()), 0))
        .filter(remixes_count__gt=0)
        .order_by("-remixes_count", "-pk")
    )
    return list(videos[: settings.CLIPMIX_DISCOVER_SECTION_SIZE])


def _suggestable(viewer: User | None) -> QuerySet[User]:
    """People worth suggesting: findable, not the viewer, not followed yet, and not under a
    moderation suspension."""
    people = people_findable_by(viewer).exclude(remix_suspended_until__gt=timezone.now())
    if viewer is not None:
        followed = Follow.objects.filter(follower=viewer, followee=OuterRef("pk"))
        people = people.exclude(pk=viewer.pk).exclude(Exists(followed))
    return people


def _suggestions_ranked(viewer: User) -> dict[int, int]:
    """The people the viewer's follows follow (not the viewer, not followed yet), each with
    how many of the viewer's follows follow them, the most first; with room for those that
    ``_suggestable`` drops."""
    size = settings.CLIPMIX_DISCOVER_SECTION_SIZE
    # Ranked from the few follows of the viewer's follows alone; only the leaders go through
    # ``_suggestable``, never every account.
    followed = Follow.objects.filter(follower=viewer).values("followee")
    counts = (
        Follow.objects.filter(follower__in=followed)
        .exclude(followee__in=followed)
        .exclude(followee=viewer)
        .values("followee")
        .annotate(n=Count("pk"))
        .order_by("-n", "-followee")
        .values_list("followee", "n")[: size * 4]
    )
    return dict(counts)


@dataclass(frozen=True)
class PeopleToDiscover:
    suggested: list[User]  # each with ``followed_by_your_follows``
    new_creators: list[User]


def people_to_discover(*, viewer: User | None) -> PeopleToDiscover:
    """People followed by the people the viewer follows (the most such follows first), and
    accounts that joined lately and posted a public video (newest first). The new creators'
    candidates are computed for everyone and cached; both lists are checked for this viewer
    now, in one query."""
    size = settings.CLIPMIX_DISCOVER_SECTION_SIZE
    ranked = _suggestions_ranked(viewer) if viewer is not None else {}
    candidates: list[int] = _shared("new_creators", _new_creators_compute)
    people = _suggestable(viewer).in_bulk([*ranked, *candidates])
    for pk, count in ranked.items():
        if pk in people:
            people[pk].followed_by_your_follows = count  # type: ignore[attr-defined]
    return PeopleToDiscover(
        suggested=[people[pk] for pk in ranked if pk in people][:size],
        new_creators=[people[pk] for pk in candidates if pk in people][:size],
    )


def suggested_accounts(*, viewer: User | None) -> list[User]:
    return people_to_discover(viewer=viewer).suggested


def _new_creator_conditions() -> Q:
    """Joined within ``CLIPMIX_DISCOVER_NEW_CREATOR_DAYS`` and has a public video up."""
    since = timezone.now() - timedelta(days=settings.CLIPMIX_DISCOVER_NEW_CREATOR_DAYS)
    posted = Video.objects.filter(
        owner=OuterRef("pk"),
        status=Video.Status.READY,
        privacy__visibility=Visibility.PUBLIC,
    )
    return Q(Exists(posted), date_joined__gte=since)


def _new_creators_compute() -> list[int]:
    people = User.objects.filter(_new_creator_conditions(), is_active=True)
    # Room for the viewer's own exclusions (follows, blocks); the section shows fewer.
    size = settings.CLIPMIX_DISCOVER_SECTION_SIZE * 4
    return list(people.order_by("-date_joined", "-pk").values_list("pk", flat=True)[:size])


def new_creators(*, viewer: User | None) -> list[User]:
    return people_to_discover(viewer=viewer).new_creators
