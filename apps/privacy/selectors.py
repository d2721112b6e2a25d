from django.db.models import Q, QuerySet

from apps.accounts.models import User
from apps.privacy.models import (
    AccountPrivacy,
    CommentAudience,
    PrivacySettings,
    RemixAudience,
    VideoPrivacy,
    Visibility,
)


def account_privacy_get(*, user: User) -> AccountPrivacy:
    """The account's defaults; an account that never chose has the site's (an unsaved row)."""
    return AccountPrivacy.objects.filter(user=user).first() or AccountPrivacy(user=user)


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
    if settings.remix_audience != RemixAudience.NO_ONE:
        remix += (
            "; remixes appear after you approve them."
            if settings.remix_requires_approval
            else "; remixes appear once they pass the community guidelines."
        )
    return [view, comment, remix]
