from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.models import TimeStampedModel
from apps.videos.models import Video


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    FOLLOWERS = "followers", _("Followers")
    PRIVATE = "private", _("Only me")


class CommentAudience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    FOLLOWERS = "followers", _("Followers")
    NO_ONE = "no_one", _("No one")


class RemixAudience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    FOLLOWERS = "followers", _("Followers")
    FRIENDS = "friends", _("Friends (people I follow back)")
    NO_ONE = "no_one", _("No one")


class RemixKind(models.TextChoices):
    """What a remix may change (``RemixJob.Kind`` is this): creators allow each on its own."""

    RESTYLE = "restyle", _("Restyle the frame")
    BACKGROUND = "background", _("Replace the background")
    FACE = "face", _("Face effect")
    CAPTION_ONLY = "caption_only", _("Caption only")
    VOICE = "voice", _("Voice effect")


# The kinds that change how a person looks or sounds: new accounts start without them (the site's
# ``CLIPMIX_REMIX_DEFAULT_KINDS``), until their creator turns them on.
LIKENESS_KINDS = (RemixKind.FACE, RemixKind.VOICE)


class RemixesOfRemixes(models.TextChoices):
    """Whether others may remix the remixes a person made (an account setting: the video's
    creator decides about the video, the remix's requester about their own remix)."""

    FOLLOW_DEFAULTS = "follow_defaults", _("The same people and kinds as my videos' defaults")
    NO_ONE = "no_one", _("No one")


def default_remix_audience() -> str:
    return settings.CLIPMIX_REMIX_DEFAULT_AUDIENCE


def remix_kinds_normalised(kinds: "list[str] | tuple[str, ...] | set[str]") -> list[str]:
    """Known kinds, once each, in the one order every row stores (so rows compare equal)."""
    return [kind for kind in RemixKind.values if kind in set(kinds)]


def default_remix_kinds() -> list[str]:
    return remix_kinds_normalised(settings.CLIPMIX_REMIX_DEFAULT_KINDS)


class PrivacySettings(TimeStampedModel):
    """Who may see a video, comment on it and remix it."""

    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    comment_audience = models.CharField(
        max_length=10, choices=CommentAudience.choices, default=CommentAudience.EVERYONE
    )
    remix_audience = models.CharField(
        max_length=10, choices=RemixAudience.choices, default=default_remix_audience
    )
    remix_requires_approval = models.BooleanField(
        default=False, help_text="Remixes wait for the creator's approval before they appear."
    )
    remix_kinds = models.JSONField(
        default=default_remix_kinds,
        blank=True,
        help_text="The kinds of remix allowed (RemixKind values, in their order).",
    )

    FIELDS = (
        "visibility",
        "comment_audience",
        "remix_audience",
        "remix_requires_approval",
        "remix_kinds",
    )

    class Meta:
        abstract = True

    def values(self) -> dict[str, object]:
        values = {field: getattr(self, field) for field in self.FIELDS}
        values["remix_kinds"] = list(self.remix_kinds)
        return values


class AccountPrivacy(PrivacySettings):
    """A creator's defaults, copied to each new video."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="privacy_defaults",
    )
    # Not copied to videos: it is about this person's remixes of other people's videos. With
    # FOLLOW_DEFAULTS, the audience, kinds and approval above also say who may remix them.
    remixes_of_remixes = models.CharField(
        max_length=16,
        choices=RemixesOfRemixes.choices,
        default=RemixesOfRemixes.FOLLOW_DEFAULTS,
        help_text="Who may remix the remixes this person made.",
    )

    def __str__(self) -> str:
        return f"Privacy defaults of {self.user}"


class VideoPrivacy(PrivacySettings):
    video = models.OneToOneField(
        Video, on_delete=models.CASCADE, primary_key=True, related_name="privacy"
    )

    class Meta:
        indexes = [models.Index(fields=["visibility"])]
        verbose_name_plural = "video privacy"

    def __str__(self) -> str:
        return f"Privacy of video {self.video_id}"
