"""The discover page's sections. Trending hashtags, the "most remixed" ranking and the new
creators' candidates are computed for everyone at once, together, and cached as one entry for
``CLIPMIX_DISCOVER_CACHE_SECONDS`` under the discover version (``discover_version_bump``: a
privacy change, a deleted or removed video, a withdrawn remix or a deactivated account draws a
new one, so the next read computes afresh); the version and the entry come back in one round
trip (``versioned_get``). Whatever is shown to one viewer then goes through ``visibility`` now
and its counts are taken live, so neither a stale cache nor someone else's view can show a
hidden video or count a removed remix. ``discover_sections`` answers the whole page with one
read of the cache and three queries."""

from collections import Counter
from dataclasses import dataclass, fields
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from apps.accounts.models import Follow, User
from apps.comments.models import Comment
from apps.core.cache import version_bump, version_get, versioned_get, versioned_set
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


@dataclass(frozen=True)
class _Shared:
    """What every viewer's sections start from (plain values: it is pickled into the cache)."""

    trending: dict[str, list[tuple[str, int]]]  # window: (hashtag, people), the most first
    most_remixed: list[int]  # video ids, the most remixed first
    new_creators: list[int]  # account ids, the newest first


# Named after the fields, so that a release that changes them never reads an older entry.
SHARED_KEY = "search:discover:shared:" + ",".join(field.name for field in fields(_Shared))


def _shared_compute() -> _Shared:
    return _Shared(
        trending={
            window: [(tag.name, tag.people) for tag in _trending_compute(hours)]
            for window, hours in TRENDING_WINDOWS.items()
        },
        most_remixed=_most_remixed_compute(),
        new_creators=_new_creators_compute(),
    )


def _shared() -> _Shared:
    """The shared part of every section, cached under the current discover version."""
    version, shared = versioned_get(DISCOVER_VERSION, SHARED_KEY)
    if isinstance(shared, _Shared):
        return shared
    shared = _shared_compute()
    if version is not None:
        timeout = settings.CLIPMIX_DISCOVER_CACHE_SECONDS
        versioned_set(SHARED_KEY, shared, version=version, timeout=timeout)
    return shared


def _trending(shared: _Shared, window: str) -> list[TrendingHashtag]:
    return [TrendingHashtag(name=name, people=people) for name, people in shared.trending[window]]


def trending_hashtags(*, window: str) -> list[TrendingHashtag]:
    """The hashtags most people engaged with in the last day or week (``TRENDING_WINDOWS``)."""
    return _trending(_shared(), window)


def _visible_remixes(related: str = "") -> Q:
    """Published remixes: image comments still visible (a removed or rejected remix is not);
    ``related``: the path to the comments (``"comments__"`` from a video). A non-empty image
    is written ``image > ''``, not as a negation, which through a join would be asked of every
    comment of the video instead of the joined one."""
    return Q(**{f"{related}status": Comment.Status.VISIBLE, f"{related}image__gt": ""})


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
    return _most_remixed(_shared(), viewer)


def _most_remixed(shared: _Shared, viewer: User | None) -> list[Video]:
    since = timezone.now() - timedelta(days=7)
    videos = (
        videos_findable_by(viewer)
        .filter(pk__in=shared.most_remixed)
        .exclude(privacy__remix_audience=RemixAudience.NO_ONE)
        # One join to this week's published remixes, counted per video (a video without any
        # drops out of the join).
        .filter(_visible_remixes("comments__"), comments__created_at__gte=since)
        .annotate(remixes_count=Count("comments"))
        .select_related("owner")
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
    return _people(_shared(), viewer)


def _people(shared: _Shared, viewer: User | None) -> PeopleToDiscover:
    size = settings.CLIPMIX_DISCOVER_SECTION_SIZE
    ranked = _suggestions_ranked(viewer) if viewer is not None else {}
    candidates = shared.new_creators
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


@dataclass(frozen=True)
class DiscoverSections:
    trending_day: list[TrendingHashtag]
    trending_week: list[TrendingHashtag]
    suggested: list[User]  # each with ``followed_by_your_follows``
    new_creators: list[User]
    most_remixed: list[Video]  # each with ``remixes_count``


def discover_sections(*, viewer: User | None) -> DiscoverSections:
    """Every section of the discover page for ``viewer``: the shared part read once."""
    shared = _shared()
    people = _people(shared, viewer)
    return DiscoverSections(
        trending_day=_trending(shared, "day"),
        trending_week=_trending(shared, "week"),
        suggested=people.suggested,
        new_creators=people.new_creators,
        most_remixed=_most_remixed(shared, viewer),
    )
