"""The one place that answers "may this user view / comment on / remix this video, and if not,
why".

Pages, both APIs, websocket consumers and tasks ask these functions; none re-implements a rule.
Querysets are narrowed by the same rules in SQL (``videos_visible_to``), so a video that
``can_view`` refuses never leaks through a list either.

A video without a privacy row (which the services never create) is treated as private: when in
doubt, only its owner sees it.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q, QuerySet
from django.utils.formats import date_format

from apps.accounts.models import Block, Follow, User
from apps.privacy.models import (
    AccountPrivacy,
    CommentAudience,
    RemixAudience,
    RemixesOfRemixes,
    RemixKind,
    Visibility,
)
from apps.videos.models import Video

if TYPE_CHECKING:
    from apps.comments.models import Comment
    from apps.privacy.models import PrivacySettings, VideoPrivacy

Viewer = User | AnonymousUser | None

VIDEO_NOT_AVAILABLE = "This video doesn't exist or isn't available."
VIDEO_NOT_READY = "This video is still processing."
FOLLOWERS_ONLY_VIDEO = "Only @{handle}'s followers can see this video."
PRIVATE_VIDEO = "This video is private."
LOG_IN_TO_COMMENT = "Log in to comment."
COMMENTS_FOLLOWERS_ONLY = "Only @{handle}'s followers can comment on this video."
COMMENTS_OFF = "@{handle} has turned off comments for this video."
LOG_IN_TO_REMIX = "Log in to remix this video."
REMIX_OFF = "@{handle} has turned off AI remixes for this video."
REMIX_FOLLOWERS_ONLY = "Only @{handle}'s followers can remix this video."
REMIX_FRIENDS_ONLY = "Only people @{handle} follows back can remix this video."
REMIX_BLOCKED = "You can't remix @{handle}'s videos."
REPLY_BLOCKED = "You can't reply to @{handle}."
REMIX_SUSPENDED = "Your remix privilege is suspended until {until}."
REMIX_KIND_NOT_ALLOWED = "@{handle} allows {allowed} but not {kind}."
# Remixing a remix: its requester's own settings count too (``can_remix_remix``).
REMIX_OF_REMIX_OFF = "@{handle} doesn't allow remixes of their remixes."
REMIX_OF_REMIX_FOLLOWERS_ONLY = "Only @{handle}'s followers can remix their remixes."
REMIX_OF_REMIX_FRIENDS_ONLY = "Only people @{handle} follows back can remix their remixes."
REMIX_OF_REMIX_KIND = "@{handle} allows {allowed} of their remixes but not {kind}."
REMIX_OF_REMIX_BLOCKED = "You can't remix @{handle}'s remixes."
REMIX_OF_REMIX_YOU_BLOCKED = "You blocked @{handle}, so you can't remix their remix."
REMIX_OF_REMIX_BETWEEN = "@{blocker} has blocked @{blocked}, so this remix can't be remixed."
# How the refusals name each kind of remix ("@demo allows restyles but not face edits").
KIND_NOUNS: dict[str, str] = {
    RemixKind.RESTYLE: "restyles",
    RemixKind.BACKGROUND: "background changes",
    RemixKind.FACE: "face edits",
    RemixKind.CAPTION_ONLY: "caption-only remixes",
    RemixKind.VOICE: "voice effects",
}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    code: str = "allowed"
    message: str = ""
    # For an allowed remix: whether it waits for the creator's approval before it appears.
    requires_approval: bool = False
    # For an allowed remix of a remix: the remixers (user ids) whose approval it waits for too.
    approvers: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Decision(True)


def _deny(code: str, message: str, video: Video) -> Decision:
    return Decision(False, code, message.format(handle=video.owner.username))


def _authenticated(user: Viewer) -> User | None:
    return user if isinstance(user, User) and user.is_authenticated else None


def _privacy(video: Video) -> "VideoPrivacy | None":
    try:
        return video.privacy
    except ObjectDoesNotExist:
        return None


class _Relation:
    """How one viewer stands to one video's owner, each fact queried at most once.

    A page asks several questions of the same video (view, comment, remix); the answers share
    these facts. They are kept on the video instance, which lives for one request or task.
    """

    def __init__(self, viewer: User, video: Video) -> None:
        self.viewer, self.owner_id = viewer, video.owner_id

    @cached_property
    def blocked_by_owner(self) -> bool:
        return Block.objects.filter(blocker_id=self.owner_id, blocked=self.viewer).exists()

    @cached_property
    def follows_owner(self) -> bool:
        return Follow.objects.filter(follower=self.viewer, followee_id=self.owner_id).exists()

    @cached_property
    def friends_with_owner(self) -> bool:
        """Mutual follows."""
        return self.follows_owner and (
            Follow.objects.filter(follower_id=self.owner_id, followee=self.viewer).exists()
        )


def _relation(viewer: User, video: Video) -> _Relation:
    relations: dict[int, _Relation] = video.__dict__.setdefault("_viewer_relations", {})
    if viewer.pk not in relations:
        relations[viewer.pk] = _Relation(viewer, video)
    return relations[viewer.pk]


def can_view(user: Viewer, video: Video, *, as_moderator: bool = True) -> Decision:
    """``as_moderator=False`` judges staff like anyone else (what their audience allows)."""
    viewer = _authenticated(user)
    if viewer is not None and viewer.pk == video.owner_id:
        return ALLOWED
    if viewer is not None and viewer.is_staff and as_moderator:
        return ALLOWED
    if not video.is_ready:
        return Decision(False, "video_not_ready", VIDEO_NOT_AVAILABLE)
    if not video.owner.is_active:  # deactivated, or waiting to be deleted (issue 21)
        return Decision(False, "owner_inactive", VIDEO_NOT_AVAILABLE)
    if viewer is not None and _relation(viewer, video).blocked_by_owner:
        return Decision(False, "blocked", VIDEO_NOT_AVAILABLE)
    privacy = _privacy(video)
    visibility = privacy.visibility if privacy is not None else Visibility.PRIVATE
    if visibility == Visibility.PUBLIC:
        return ALLOWED
    if visibility == Visibility.FOLLOWERS:
        if viewer is not None and _relation(viewer, video).follows_owner:
            return ALLOWED
        return _deny("followers_only", FOLLOWERS_ONLY_VIDEO, video)
    return _deny("private", PRIVATE_VIDEO, video)


def can_comment(user: Viewer, video: Video) -> Decision:
    viewer = _authenticated(user)
    if viewer is None:
        return Decision(False, "not_authenticated", LOG_IN_TO_COMMENT)
    if not (decision := can_view(viewer, video)):
        return decision
    if not video.is_ready:
        return Decision(False, "video_not_ready", VIDEO_NOT_READY)
    if viewer.pk == video.owner_id or viewer.is_staff:
        return ALLOWED
    privacy = _privacy(video)
    audience = privacy.comment_audience if privacy is not None else CommentAudience.NO_ONE
    if audience == CommentAudience.EVERYONE:
        return ALLOWED
    if audience == CommentAudience.FOLLOWERS and _relation(viewer, video).follows_owner:
        return ALLOWED
    if audience == CommentAudience.FOLLOWERS:
        return _deny("comments_followers_only", COMMENTS_FOLLOWERS_ONLY, video)
    return _deny("comments_off", COMMENTS_OFF, video)


def can_reply(user: Viewer, parent: "Comment") -> Decision:
    """Whether ``user`` may answer ``parent`` (and so its thread): they may comment on its video,
    and neither the comment's author nor the thread's has blocked them, on whoever's video."""
    decision, viewer = can_comment(user, parent.video), _authenticated(user)
    if not decision or viewer is None:
        return decision
    authors = {parent.author_id, parent.parent.author_id if parent.parent else parent.author_id}
    blocker = (
        Block.objects.filter(blocker_id__in=authors - {viewer.pk}, blocked=viewer)
        .select_related("blocker")
        .first()
    )
    if blocker is not None:
        return Decision(False, "blocked", REPLY_BLOCKED.format(handle=blocker.blocker.username))
    return ALLOWED


def can_remix(user: Viewer, video: Video, kind: str | None = None) -> Decision:
    """Whether ``user`` may remix ``video`` now, as ``kind`` when given (without: whether any
    kind is allowed). Staff get no exception: remixing someone's video needs their consent,
    whoever asks."""
    viewer = _authenticated(user)
    if viewer is None:
        return Decision(False, "not_authenticated", LOG_IN_TO_REMIX)
    if viewer.pk != video.owner_id and _relation(viewer, video).blocked_by_owner:
        return _deny("blocked", REMIX_BLOCKED, video)
    # Moderators may see any video, but only its audience may remix it.
    if not (decision := can_view(viewer, video, as_moderator=False)):
        return decision
    if not video.is_ready:
        return Decision(False, "video_not_ready", VIDEO_NOT_READY)
    if viewer.is_remix_suspended and viewer.remix_suspended_until is not None:
        until = date_format(viewer.remix_suspended_until, "DATETIME_FORMAT")
        return Decision(False, "remix_suspended", REMIX_SUSPENDED.format(until=until))
    if viewer.pk == video.owner_id:
        return ALLOWED
    privacy = _privacy(video)
    if privacy is None:
        return _deny("remix_off", REMIX_OFF, video)
    return _remix_audience_allows(viewer, video, privacy, kind)


def can_remix_kinds(
    user: Viewer, video: Video, *, remixers: "Sequence[User]" = ()
) -> dict[str, Decision]:
    """``can_remix`` (``can_remix_remix`` with ``remixers``) for each kind, in the kinds' order
    (the composer greys out the refused)."""
    if remixers:
        return {
            kind: can_remix_remix(user, video, kind, remixers=remixers) for kind in RemixKind.values
        }
    return {kind: can_remix(user, video, kind) for kind in RemixKind.values}


def can_remix_remix(
    user: Viewer, video: Video, kind: str | None = None, *, remixers: "Sequence[User]"
) -> Decision:
    """Whether ``user`` may remix a remix of ``video``: ``remixers`` are the requesters of that
    remix and of the remixes it was made from, nearest first. The strictest wins: the video's
    creator's settings (``can_remix``) and each remixer's own ("remixes of my remixes": no one,
    or what their account defaults allow for their videos: audience, kinds, approval), and no
    block in any direction between any two of the people. The answer's ``approvers`` are the
    remixers whose approval it then waits for, besides the creator's (``requires_approval``).
    Whether the remix itself still appears is the remix app's question, not this one."""
    decision = can_remix(user, video, kind)
    viewer = _authenticated(user)
    if not decision or viewer is None or not remixers:
        return decision
    people = {video.owner_id, viewer.pk, *(remixer.pk for remixer in remixers)}
    names = {video.owner_id: video.owner.username} | {r.pk: r.username for r in remixers}
    blocks = (
        Block.objects.filter(blocker_id__in=people, blocked_id__in=people)
        .order_by("pk")
        .values_list("blocker_id", "blocked_id")
    )
    for blocker, blocked in blocks:
        if blocker == blocked:
            continue
        if blocked == viewer.pk:
            return Decision(
                False, "remix_blocked", REMIX_OF_REMIX_BLOCKED.format(handle=names[blocker])
            )
        if blocker == viewer.pk:
            return Decision(
                False, "remix_blocked", REMIX_OF_REMIX_YOU_BLOCKED.format(handle=names[blocked])
            )
        message = REMIX_OF_REMIX_BETWEEN.format(blocker=names[blocker], blocked=names[blocked])
        return Decision(False, "remix_blocked", message)
    others = [remixer for remixer in dict.fromkeys(remixers) if remixer.pk != viewer.pk]
    saved = {
        row.user_id: row
        for row in AccountPrivacy.objects.filter(user_id__in=[r.pk for r in others])
    }
    approvers: list[int] = []
    for remixer in others:
        settings = saved.get(remixer.pk) or AccountPrivacy(user=remixer)
        refusal = _remixer_refuses(viewer, remixer, settings, kind)
        if refusal is not None:
            return refusal
        if settings.remix_requires_approval:
            approvers.append(remixer.pk)
    return Decision(True, requires_approval=decision.requires_approval, approvers=tuple(approvers))


def _remixer_refuses(
    viewer: User, remixer: User, settings: "AccountPrivacy", kind: str | None
) -> Decision | None:
    """Why ``remixer``'s settings refuse ``viewer`` a remix of their remix, or ``None``."""
    handle = remixer.username
    if (
        settings.remixes_of_remixes == RemixesOfRemixes.NO_ONE
        or settings.remix_audience == RemixAudience.NO_ONE
        or not settings.remix_kinds
    ):
        return Decision(False, "remix_off", REMIX_OF_REMIX_OFF.format(handle=handle))
    follows = Follow.objects.filter(follower=viewer, followee=remixer).exists
    if settings.remix_audience == RemixAudience.FOLLOWERS and not follows():
        message = REMIX_OF_REMIX_FOLLOWERS_ONLY.format(handle=handle)
        return Decision(False, "remix_followers_only", message)
    if settings.remix_audience == RemixAudience.FRIENDS and not (
        follows() and Follow.objects.filter(follower=remixer, followee=viewer).exists()
    ):
        message = REMIX_OF_REMIX_FRIENDS_ONLY.format(handle=handle)
        return Decision(False, "remix_friends_only", message)
    if kind is not None and kind not in settings.remix_kinds:
        nouns = [KIND_NOUNS.get(value, value) for value in settings.remix_kinds]
        listed = nouns[0] if len(nouns) == 1 else f"{', '.join(nouns[:-1])} and {nouns[-1]}"
        message = REMIX_OF_REMIX_KIND.format(
            handle=handle, allowed=listed, kind=KIND_NOUNS.get(kind, kind)
        )
        return Decision(False, "remix_kind_not_allowed", message)
    return None


def remix_settings_allow(
    requester: User, video: Video, settings: "PrivacySettings", kind: str
) -> Decision:
    """Whether ``settings`` (saved or only proposed) let ``requester`` remix ``video`` as
    ``kind``: what the creator's settings decide, and only that (blocks, suspensions and the
    video's state are facts of their own). For taking down remixes that narrowed settings no
    longer allow."""
    if requester.pk == video.owner_id:
        return ALLOWED
    if settings.visibility == Visibility.PRIVATE:
        return _deny("private", PRIVATE_VIDEO, video)
    if (
        settings.visibility == Visibility.FOLLOWERS
        and not _relation(requester, video).follows_owner
    ):
        return _deny("followers_only", FOLLOWERS_ONLY_VIDEO, video)
    return _remix_audience_allows(requester, video, settings, kind)


def _remix_audience_allows(
    viewer: User, video: Video, settings: "PrivacySettings", kind: str | None
) -> Decision:
    if settings.remix_audience == RemixAudience.NO_ONE or not settings.remix_kinds:
        return _deny("remix_off", REMIX_OFF, video)
    relation = _relation(viewer, video)
    if settings.remix_audience == RemixAudience.FOLLOWERS and not relation.follows_owner:
        return _deny("remix_followers_only", REMIX_FOLLOWERS_ONLY, video)
    if settings.remix_audience == RemixAudience.FRIENDS and not relation.friends_with_owner:
        return _deny("remix_friends_only", REMIX_FRIENDS_ONLY, video)
    if kind is not None and kind not in settings.remix_kinds:
        return _kind_refused(video, settings.remix_kinds, kind)
    return Decision(True, requires_approval=settings.remix_requires_approval)


def _kind_refused(video: Video, allowed: list[str], kind: str) -> Decision:
    """``kind`` is refused; the message names what is allowed (never nothing: no kind allowed
    is "remixes are off")."""
    nouns = [KIND_NOUNS.get(value, value) for value in allowed]
    listed = nouns[0] if len(nouns) == 1 else f"{', '.join(nouns[:-1])} and {nouns[-1]}"
    message = REMIX_KIND_NOT_ALLOWED.format(
        handle=video.owner.username, allowed=listed, kind=KIND_NOUNS.get(kind, kind)
    )
    return Decision(False, "remix_kind_not_allowed", message)


def can_manage_video(user: Viewer, video: Video) -> bool:
    """Delete the video, change its privacy settings."""
    viewer = _authenticated(user)
    return viewer is not None and viewer.pk == video.owner_id


def can_moderate(user: Viewer) -> bool:
    viewer = _authenticated(user)
    return viewer is not None and viewer.is_staff


def can_delete_comment(user: Viewer, comment: "Comment") -> bool:
    """The comment's author, the video's creator and moderators may delete a comment."""
    viewer = _authenticated(user)
    return viewer is not None and (
        viewer.pk in (comment.author_id, comment.video.owner_id) or viewer.is_staff
    )


def videos_visible_to(queryset: QuerySet[Video], user: Viewer) -> QuerySet[Video]:
    """``queryset`` narrowed to the videos ``can_view`` allows, in SQL."""
    viewer = _authenticated(user)
    public = Q(
        status=Video.Status.READY, privacy__visibility=Visibility.PUBLIC, owner__is_active=True
    )
    if viewer is None:
        return queryset.filter(public)
    if viewer.is_staff:
        return queryset
    # Uncorrelated subqueries: the database reads the viewer's follows and blocks once and
    # checks each video against them, rather than probing per row.
    followed = Follow.objects.filter(follower=viewer).values("followee")
    blocked_by = Block.objects.filter(blocked=viewer).values("blocker")
    for_followers = Q(
        owner_id__in=followed,
        status=Video.Status.READY,
        privacy__visibility=Visibility.FOLLOWERS,
        owner__is_active=True,
    )
    return queryset.filter(
        Q(owner=viewer) | ((public | for_followers) & ~Q(owner_id__in=blocked_by))
    )
