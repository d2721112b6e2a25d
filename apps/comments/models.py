from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.core.models import TimeStampedModel
from apps.videos.models import Video

BODY_MAX_LENGTH = 500
REPORT_NOTE_MAX_LENGTH = 500


class Comment(TimeStampedModel):
    class Status(models.TextChoices):
        VISIBLE = "visible", _("Visible")
        PENDING = "pending", _("Pending review")
        HIDDEN = "hidden", _("Hidden by a moderator")
        REMOVED = "removed", _("Removed")

    video = models.ForeignKey(Video, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments"
    )
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.CharField(max_length=BODY_MAX_LENGTH, blank=True)
    # An AI image posted as a comment, with what the page shows beside it: its label and where
    # its Content Credentials are. The app that publishes the image fills these in.
    image = models.ImageField(upload_to="comments/", blank=True)
    # A short video posted with the image (a voice remix's clip; the image is its poster).
    clip = models.FileField(upload_to="comments/", blank=True)
    image_label = models.CharField(max_length=40, default="AI remix")
    credentials_url = models.CharField(
        max_length=200, blank=True, help_text="Site-relative link to the image's credentials."
    )
    # Where a viewer may start a remix of the image (an AI remix of a remix), written by the
    # publishing app; empty for images that cannot be remixed (a voice remix's clip).
    remix_url = models.CharField(
        max_length=200, blank=True, help_text="Site-relative link to remix this image."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.VISIBLE)

    class Meta:
        indexes = [models.Index(fields=["video", "status", "parent", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=~Q(body="") | ~Q(image=""), name="comments_body_or_image"
            ),
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")), name="comments_not_own_parent"
            ),
        ]

    def __str__(self) -> str:
        return f"Comment {self.pk} by {self.author} on video {self.video_id}"

    @property
    def is_visible(self) -> bool:
        return self.status == self.Status.VISIBLE


class CommentReport(TimeStampedModel):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam")
        HARASSMENT = "harassment", _("Harassment or bullying")
        HATE = "hate", _("Hate")
        SEXUAL = "sexual", _("Sexual content")
        VIOLENCE = "violence", _("Violence")
        MISLEADING = "misleading", _("Misleading")
        PRIVACY = "privacy", _("Privacy violation")
        OTHER = "other", _("Something else")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_reports"
    )
    reason = models.CharField(max_length=12, choices=Reason.choices)
    text = models.CharField(max_length=REPORT_NOTE_MAX_LENGTH, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"], name="comments_report_once_per_reporter"
            ),
        ]

    def __str__(self) -> str:
        return f"Report of comment {self.comment_id} ({self.reason})"
