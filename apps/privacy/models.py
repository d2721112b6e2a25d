from django.conf import settings
from django.db import models

from apps.core.models import TimeStampedModel
from apps.videos.models import Video


class Visibility(models.TextChoices):
    PUBLIC = "public", "Everyone"
    FOLLOWERS = "followers", "Followers"
    PRIVATE = "private", "Only me"


class CommentAudience(models.TextChoices):
    EVERYONE = "everyone", "Everyone"
    FOLLOWERS = "followers", "Followers"
    NO_ONE = "no_one", "No one"


class RemixAudience(models.TextChoices):
    EVERYONE = "everyone", "Everyone"
    FOLLOWERS = "followers", "Followers"
    FRIENDS = "friends", "Friends (people I follow back)"
    NO_ONE = "no_one", "No one"


def default_remix_audience() -> str:
    return settings.CLIPMIX_REMIX_DEFAULT_AUDIENCE


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

    FIELDS = ("visibility", "comment_audience", "remix_audience", "remix_requires_approval")

    class Meta:
        abstract = True

    def values(self) -> dict[str, object]:
        return {field: getattr(self, field) for field in self.FIELDS}


class AccountPrivacy(PrivacySettings):
    """A creator's defaults, copied to each new video."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="privacy_defaults",
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
