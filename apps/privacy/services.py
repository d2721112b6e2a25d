from dataclasses import dataclass
from typing import Any

from django.db import transaction

from apps.accounts.models import User
from apps.core.errors import INVALID_INPUT, ApplicationError
from apps.privacy import policy
from apps.privacy.models import (
    AccountPrivacy,
    CommentAudience,
    PrivacySettings,
    RemixAudience,
    RemixesOfRemixes,
    RemixKind,
    VideoPrivacy,
    Visibility,
    remix_kinds_normalised,
)
from apps.privacy.remixes import published_remixes_take_down
from apps.privacy.selectors import (
    account_privacy_get,
    apply_to_all_plan,
    remixes_disallowed,
    remixes_disallowed_by_defaults,
)
from apps.privacy.signals import video_privacy_changed
from apps.videos.models import Video
from apps.videos.pages import video_pages_bump

_CHOICES: dict[str, list[Any]] = {
    "visibility": Visibility.values,
    "comment_audience": CommentAudience.values,
    "remix_audience": RemixAudience.values,
    "remix_requires_approval": [True, False],
}


def _kinds_valid(value: Any) -> bool:
    return (
        isinstance(value, list | tuple)
        and all(isinstance(kind, str) and kind in RemixKind.values for kind in value)
        and len(set(value)) == len(value)
    )


# An account's own setting, not copied to its videos.
_ACCOUNT_CHOICES: dict[str, list[Any]] = {"remixes_of_remixes": RemixesOfRemixes.values}


def _validate(changes: dict[str, Any], *, account: bool = False) -> dict[str, Any]:
    """Only known fields with allowed values; every invalid one is reported with its choices.
    Returns the changes with the kinds in their stored order."""
    fields: dict[str, list[str]] = {}
    allowed: dict[str, list[Any]] = {}
    choices = {**_CHOICES, **_ACCOUNT_CHOICES} if account else _CHOICES
    for field, value in changes.items():
        if field == "remix_kinds":
            if not _kinds_valid(value):
                fields[field] = [f"A list of kinds, each once, from: {', '.join(RemixKind)}."]
                allowed[field] = RemixKind.values
        elif field not in choices:
            fields[field] = ["Unknown setting."]
        elif value not in choices[field]:
            fields[field] = [f"Choose one of: {', '.join(map(str, choices[field]))}."]
            allowed[field] = choices[field]
    if fields:
        raise ApplicationError(
            INVALID_INPUT, code="invalid", extra={"fields": fields, "allowed": allowed}
        )
    if "remix_kinds" in changes:
        changes = {**changes, "remix_kinds": remix_kinds_normalised(changes["remix_kinds"])}
    return changes


def _announce(video_ids: list[int]) -> None:
    if video_ids:
        transaction.on_commit(
            lambda: video_privacy_changed.send(sender=VideoPrivacy, video_ids=video_ids)
        )


def _apply(settings: PrivacySettings, changes: dict[str, Any]) -> list[str]:
    changed = [field for field, value in changes.items() if getattr(settings, field) != value]
    for field in changed:
        setattr(settings, field, changes[field])
    if changed:
        settings.save(update_fields=[*changed, "updated_at"])
    return changed


def video_privacy_create(*, video: Video) -> VideoPrivacy:
    """A new video's settings: a copy of its owner's defaults."""
    defaults = account_privacy_get(user=video.owner)
    return VideoPrivacy.objects.create(video=video, **defaults.values())


@dataclass(frozen=True)
class PrivacyChange:
    privacy: VideoPrivacy
    # Published remixes taken down because the new settings no longer allow them.
    removed: int = 0


@dataclass(frozen=True)
class PrivacyApplied:
    changed: int
    removed: int = 0
    # Videos left as they are because the defaults would have loosened them (keep_stricter).
    kept: int = 0


@transaction.atomic
def video_privacy_change(
    *, video: Video, remove_disallowed_remixes: bool = False, **changes: Any
) -> PrivacyChange:
    """Change a video's settings (callers check ``policy.can_manage_video``) and, with
    ``remove_disallowed_remixes``, take down the published remixes they no longer allow.

    The row is locked, so a remix publishing under the same lock sees either the old settings
    and finishes first (and is then taken down with the others), or the new ones (and is
    cancelled). Settings and removals commit together or not at all."""
    changes = _validate(changes)
    privacy = VideoPrivacy.objects.select_for_update().get(video=video)
    if _apply(privacy, changes):
        _announce([video.pk])
    removed = 0
    if remove_disallowed_remixes:
        video = Video.objects.select_related("owner").get(pk=video.pk)
        removals = remixes_disallowed(videos=[video], settings_for={video.pk: privacy})
        removed = published_remixes_take_down(removals=removals, actor=video.owner)
    return PrivacyChange(privacy, removed)


def video_privacy_update(*, video: Video, **changes: Any) -> VideoPrivacy:
    """``video_privacy_change`` without removing anything already published."""
    return video_privacy_change(video=video, **changes).privacy


@transaction.atomic
def account_privacy_update(*, user: User, **changes: Any) -> AccountPrivacy:
    """Change the defaults for the account's future videos (existing ones keep theirs), and
    who may remix this account's remixes (``remixes_of_remixes``)."""
    changes = _validate(changes, account=True)
    privacy, _ = AccountPrivacy.objects.select_for_update().get_or_create(user=user)
    _apply(privacy, changes)
    return privacy


@transaction.atomic
def privacy_apply_to_all(
    *, user: User, remove_disallowed_remixes: bool = False, keep_stricter: bool = False
) -> PrivacyApplied:
    """Give every video of ``user`` the account's defaults, in one transaction; with
    ``keep_stricter``, leave as they are the videos the defaults would loosen in any way (see
    ``privacy_loosenings``). With ``remove_disallowed_remixes``, take down the published remixes
    that each video's resulting settings do not allow (every video's settings row is locked
    for that; kept videos lose nothing)."""
    defaults = account_privacy_get(user=user)
    list(VideoPrivacy.objects.select_for_update().filter(video__owner=user).values("pk"))
    plan = apply_to_all_plan(user=user)
    kept = [change.video.pk for change in plan if keep_stricter and change.loosens]
    video_ids = [change.video.pk for change in plan if change.video.pk not in kept]
    VideoPrivacy.objects.filter(video_id__in=video_ids).update(**defaults.values())
    video_pages_bump(*video_ids, visibility=True)  # update() sends no post_save
    _announce(video_ids)
    removed = 0
    if remove_disallowed_remixes:
        removals = remixes_disallowed_by_defaults(user=user, keep_stricter=keep_stricter)
        removed = published_remixes_take_down(removals=removals, actor=user)
    return PrivacyApplied(len(video_ids), removed, len(kept))


def remix_consent_check(
    *,
    requester_id: int,
    video_id: int,
    kind: str | None = None,
    lock: bool = False,
    remixer_ids: list[int] | None = None,
) -> policy.Decision:
    """Is this remix (of this ``kind``) still allowed right now? For the remix pipeline: when a
    job starts and, with ``lock=True`` inside the transaction that publishes, just before it
    publishes. The lock is on the video's privacy row, which every settings change takes too.
    For a remix of a remix, ``remixer_ids`` are the requesters of the remixes it was made from,
    nearest first (``policy.can_remix_remix``): a remixer who is gone refuses it."""
    if lock:
        VideoPrivacy.objects.select_for_update().filter(video_id=video_id).first()
    video = Video.objects.select_related("owner", "privacy").filter(pk=video_id).first()
    if video is None:
        return policy.Decision(False, "video_deleted", policy.VIDEO_NOT_AVAILABLE)
    requester = User.objects.filter(pk=requester_id, is_active=True).first()
    if requester is None:
        return policy.Decision(False, "requester_gone", "The account that asked no longer exists.")
    if not remixer_ids:
        return policy.can_remix(requester, video, kind)
    found = User.objects.in_bulk(remixer_ids)
    remixers = [found[pk] for pk in remixer_ids if pk in found and found[pk].is_active]
    if len(remixers) != len(remixer_ids):
        return policy.Decision(False, "remixer_gone", REMIXER_GONE)
    return policy.can_remix_remix(requester, video, kind, remixers=remixers)


REMIXER_GONE = "The account that made the remix it started from no longer exists."
