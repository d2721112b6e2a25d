from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models

from apps.core.models import TimeStampedModel

TEXT_MAX_LENGTH = 500

# Notifications link inside the site only: a path, never another origin or a ``javascript:`` URL.
site_path_validator = RegexValidator(
    r"^/(?![/\\])", message="A notification links to a path on this site, such as /v/1."
)


class Notification(TimeStampedModel):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    # Who caused it ("@bob remixed your video"); none for decisions made by the site.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # "<app>.<event>", e.g. "remix.published" or "moderation.strike".
    kind = models.CharField(max_length=50)
    text = models.CharField(max_length=TEXT_MAX_LENGTH)
    url = models.CharField(max_length=500, blank=True, validators=[site_path_validator])
    # A picture of what it is about (a remix's image), on this site like ``url``.
    image_url = models.CharField(max_length=500, blank=True, validators=[site_path_validator])
    # Notifications of one kind with the same key are shown as one entry ("5 of your remixes
    # were published on @demo's video"); ``subject`` names what they share, for that text.
    group_key = models.CharField(max_length=100, blank=True)
    subject = models.CharField(max_length=150, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["recipient", "read_at", "created_at"])]

    def __str__(self) -> str:
        return f"Notification {self.pk} for {self.recipient_id}: {self.kind}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None
