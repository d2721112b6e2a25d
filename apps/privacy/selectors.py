from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from apps.accounts.models import Follow, User
from apps.core.errors import ApplicationError
from apps.privacy import policy
from apps.privacy.models import (
    AccountPrivacy,
    CommentAudience,
    PrivacySettings,
    RemixAudience,
    VideoPrivacy,
    Visibility,
)
from apps.privacy.remixes import Removal, published_remixes
from apps.videos import errors as video_errors
from apps.videos.models import Video
from apps.videos.selectors import (
    FeedPage,
    feed_cursor_decode,
    feed_cursor_encode,
    feed_cursor_invalid,
    video_for_media_file,
    videos_with_viewer_state,
)


def account_privacy_get(*, user: User) -> AccountPrivacy:
    """The account's defaults; an account that never chose has the site's (an unsaved row)."""
    return AccountPrivacy.objects.filter(user=user).first() or AccountPrivacy(user=user)


def remix_choice_due(*, user: User) -> bool:
    """Whether the upload page asks who may remix (issue 17, "no silent default"): on a
    creator's first upload, and until they have saved their defaults at all."""
    return (
        not AccountPrivacy.objects.filter(user=user).exists()
        or not Video.objects.filter(owner=user).exists()
    )


def videos_differing_from_defaults(*, user: User) -> QuerySet[VideoPrivacy]:
    """The settings rows of ``user``'s videos that "apply to all" would change."""
    defaults = account_privacy_get(user=user)
    same = Q(**defaults.values())
    return VideoPrivacy.objects.filter(video__owner=user).exclude(same)


def privacy_summary(settings: PrivacySettings) -> list[str]:
    """What the settings mean, in plain sentences, for the settings pages."""
    view = {
        Visibility.PUBLIC: "Anyone can watch.",
        Visibility.FOLLOWERS: "Only your followers can watch.",
        Visibility.PRIVATE: "Only you can watch.",
    }[Visibility(settings.visibility)]
    comment = {
        CommentAudience.EVERYONE: "Anyone who can watch it can comment.",
        CommentAudience.FOLLOWERS: "Only your followers can comment.",
        CommentAudience.NO_ONE: "Comments are off.",
    }[CommentAudience(settings.comment_audience)]
    remix = {
        RemixAudience.EVERYONE: "Anyone who can watch it can remix it",
        RemixAudience.FOLLOWERS: "Only your followers can remix it",
        RemixAudience.FRIENDS: "Only people you follow back can remix it",
        RemixAudience.NO_ONE: "AI remixes are off.",
    }[RemixAudience(settings.remix_audience)]
    if settings.remix_audience != RemixAudience.NO_ONE and not settings.remix_kinds:
        remix = "AI remixes are off (no kind of remix is allowed)."
    elif settings.remix_audience != RemixAudience.NO_ONE:
        remix += (
            "; remixes appear after you approve them."
            if settings.remix_requires_approval
            else "; remixes appear once they pass the community guidelines."
        )
    sentences = [view, comment, remix]
    if settings.remix_audience != RemixAudience.NO_ONE and settings.remix_kinds:
        allowed = [policy.KIND_NOUNS[kind] for kind in settings.remix_kinds]
        refused = [
            noun for kind, noun in policy.KIND_NOUNS.items() if kind not in settings.remix_kinds
        ]
        sentences.append(
            f"Allowed: {', '.join(allowed)}."
            + (f" Not allowed: {', '.join(refused)}." if refused else "")
        )
    return sentences


REMIX_REMOVED = "@{handle} changed who may remix this video. {why}"


def remixes_disallowed(
    *, videos: Iterable[Video], settings_for: dict[int, PrivacySettings]
) -> list[Removal]:
    """The published remixes of ``videos`` that the settings (saved or proposed) in
    ``settings_for`` (by video id) would not allow, each with the reason its requester reads.
    Only what settings decide counts (see ``policy.remix_settings_allow``); a few queries per
    requester."""
    by_id = {video.pk: video for video in videos}
    published = published_remixes(video_ids=list(by_id))
    requesters = User.objects.in_bulk({remix.requester_id for remix in published})
    removals = []
    for remix in published:
        video, requester = by_id[remix.video_id], requesters.get(remix.requester_id)
        if requester is None:
            continue
        decision = policy.remix_settings_allow(
            requester, video, settings_for[remix.video_id], remix.kind
        )
        if not decision:
            reason = REMIX_REMOVED.format(handle=video.owner.username, why=decision.message)
            removals.append(Removal(remix.remix_id, reason, f"revoked_{decision.code}"))
    return removals


def video_privacy_proposed(*, video: Video, changes: dict[str, Any]) -> VideoPrivacy:
    """``video``'s settings with ``changes`` applied, unsaved: what a form would save."""
    return VideoPrivacy(video=video, **{**video.privacy.values(), **changes})


def remixes_disallowed_by_change(*, video: Video, changes: dict[str, Any]) -> list[Removal]:
    """What "also remove remixes these settings no longer allow" would take down on ``video``."""
    proposed = video_privacy_proposed(video=video, changes=changes)
    return remixes_disallowed(videos=[video], settings_for={video.pk: proposed})


def remixes_disallowed_by_defaults(*, user: User, keep_stricter: bool = False) -> list[Removal]:
    """The same across every video of ``user``, were "apply to all" to give them the defaults
    (computed from each video's resulting settings: with ``keep_stricter``, the videos kept as
    they are lose nothing)."""
    plan = apply_to_all_plan(user=user)
    settings_for = apply_to_all_resulting(user=user, plan=plan, keep_stricter=keep_stricter)
    videos = list(Video.objects.filter(pk__in=list(settings_for)).select_related("owner"))
    return remixes_disallowed(videos=videos, settings_for=settings_for)


# How open each choice is, most restrictive first: a change up this order loosens.
_OPENNESS: dict[str, list[str]] = {
    "visibility": [Visibility.PRIVATE, Visibility.FOLLOWERS, Visibility.PUBLIC],
    "comment_audience": [
        CommentAudience.NO_ONE,
        CommentAudience.FOLLOWERS,
        CommentAudience.EVERYONE,
    ],
    "remix_audience": [
        RemixAudience.NO_ONE,
        RemixAudience.FRIENDS,
        RemixAudience.FOLLOWERS,
        RemixAudience.EVERYONE,
    ],
}


def privacy_loosenings(current: PrivacySettings, proposed: PrivacySettings) -> list[str]:
    """What going from ``current`` to ``proposed`` would open up, one sentence each (empty
    when nothing loosens)."""
    loosens = []
    labels = {
        "visibility": (_("Who can watch"), dict(Visibility.choices)),
        "comment_audience": (_("Who can comment"), dict(CommentAudience.choices)),
        "remix_audience": (_("Who can remix"), dict(RemixAudience.choices)),
    }
    for field, order in _OPENNESS.items():
        old, new = getattr(current, field), getattr(proposed, field)
        if order.index(new) > order.index(old):
            what, names = labels[field]
            loosens.append(
                _("{what}: {old} → {new}").format(what=what, old=names[old], new=names[new])
            )
    if current.remix_requires_approval and not proposed.remix_requires_approval:
        loosens.append(_("Remixes appear without your approval"))
    added = [kind for kind in proposed.remix_kinds if kind not in current.remix_kinds]
    if added and proposed.remix_audience != RemixAudience.NO_ONE:
        nouns = ", ".join(policy.KIND_NOUNS[kind] for kind in added)
        loosens.append(_("Newly allowed: {nouns}").format(nouns=nouns))
    return loosens


@dataclass(frozen=True)
class VideoChange:
    """One video that "apply to all" would change, and what that would open up on it."""

    video: Video
    loosens: list[str]


def apply_to_all_plan(*, user: User) -> list[VideoChange]:
    """Every video of ``user`` whose settings differ from the defaults, with what the defaults
    would loosen on it; two queries."""
    defaults = account_privacy_get(user=user)
    rows = videos_differing_from_defaults(user=user).select_related("video").order_by("video_id")
    return [VideoChange(row.video, privacy_loosenings(row, defaults)) for row in rows]


def apply_to_all_resulting(
    *, user: User, plan: list[VideoChange], keep_stricter: bool
) -> dict[int, PrivacySettings]:
    """The settings each video of ``user`` would have after "apply to all" (by video id):
    the defaults, except, with ``keep_stricter``, on videos the defaults would loosen, which
    are left out (kept as they are, their published remixes with them)."""
    defaults = account_privacy_get(user=user)
    kept = {change.video.pk for change in plan if keep_stricter and change.loosens}
    video_ids = Video.objects.filter(owner=user).exclude(pk__in=kept).values_list("pk", flat=True)
    return dict.fromkeys(video_ids, defaults)


# --- Videos as a viewer may see them (the rule is ``policy``; the shaping is the videos app's) --


def video_get_for_viewer(*, video_id: int, viewer: User | None) -> Video:
    """The video if ``viewer`` may see it, else 404 (whether it exists is not revealed)."""
    queryset = videos_with_viewer_state(Video.objects.all(), viewer).prefetch_related("frames")
    if viewer is not None:
        queryset = queryset.annotate(
            viewer_follows_owner=Exists(
                Follow.objects.filter(follower=viewer, followee=OuterRef("owner_id"))
            )
        )
    video = queryset.filter(pk=video_id).first()
    if video is None or not policy.can_view(viewer, video):
        raise Http404(policy.VIDEO_NOT_AVAILABLE)
    return video


def video_media_readable(name: str, viewer: User | None) -> bool:
    """The media rule of a video's own files (``videos/``, ``posters/``, ``frames/``, registered
    by ``PrivacyConfig.ready``): whoever may view the video, now."""
    video = video_for_media_file(name=name)
    return video is not None and bool(policy.can_view(viewer, video))


def video_get_for_owner(*, video_id: int, user: User) -> Video:
    """The video if ``user`` may manage it; 404 if they may not even view it, else 403."""
    video = video_get_for_viewer(video_id=video_id, viewer=user)
    if not policy.can_manage_video(user, video):
        raise ApplicationError(video_errors.NOT_VIDEO_OWNER, code="not_video_owner", status=403)
    return video


def feed_page(*, tab: str, viewer: User | None, cursor: str | None, limit: int) -> FeedPage:
    """One page of a feed, newest page first, by an opaque cursor.

    A cursor that does not decode is refused (ApplicationError ``invalid_cursor``).

    "For you": ready videos anyone may see, by rank (engagement and recency). "Following":
    the followed accounts' videos, newest first; empty for anonymous viewers.
    """
    visible = policy.videos_visible_to(Video.objects.all(), viewer)
    queryset = videos_with_viewer_state(visible, viewer)
    queryset = queryset.filter(status=Video.Status.READY)
    if tab == "following":
        if viewer is None:
            return FeedPage(videos=[], next_cursor=None)
        followed = Follow.objects.filter(follower=viewer, followee=OuterRef("owner_id"))
        queryset = queryset.filter(Exists(followed)).order_by("-created_at", "-id")
        key = "created_at"
    else:
        # Discovery shows public videos only, even to followers of a followers-only account.
        queryset = queryset.filter(privacy__visibility=Visibility.PUBLIC).order_by("-rank", "-id")
        key = "rank"

    if cursor:
        values = feed_cursor_decode(cursor)
        position: Any = values.get("at")
        if key == "created_at":
            try:
                position = datetime.fromisoformat(str(position))
            except ValueError as exc:
                raise feed_cursor_invalid() from exc
        elif not isinstance(position, int | float):
            raise feed_cursor_invalid()
        queryset = queryset.filter(
            Q(**{f"{key}__lt": position}) | Q(**{key: position, "id__lt": values["id"]})
        )

    videos = list(queryset[: limit + 1])
    next_cursor = None
    if len(videos) > limit:
        videos = videos[:limit]
        last = videos[-1]
        at = last.created_at.isoformat() if key == "created_at" else last.rank
        next_cursor = feed_cursor_encode({"at": at, "id": last.pk})
    return FeedPage(videos=videos, next_cursor=next_cursor)


def videos_of_owner(*, owner: User, viewer: User | None) -> QuerySet[Video]:
    """The profile grid: the owner sees their processing and failed videos too."""
    queryset = policy.videos_visible_to(Video.objects.filter(owner=owner), viewer)
    return queryset.order_by("-created_at", "-id")


def videos_with_hashtag(*, name: str, viewer: User | None) -> QuerySet[Video]:
    queryset = policy.videos_visible_to(Video.objects.filter(hashtags__name=name.lower()), viewer)
    ready = queryset.filter(status=Video.Status.READY)
    return videos_with_viewer_state(ready, viewer).order_by("-rank", "-id")
