from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.core.models import TimeStampedModel

CAPTION_MAX_LENGTH = 300


class Hashtag(models.Model):
    name = models.CharField(max_length=50, unique=True)  # lowercase, without "#"

    def __str__(self) -> str:
        return f"#{self.name}"


class Video(TimeStampedModel):
    class Status(models.TextChoices):
        PROCESSING = "processing", _("Processing")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="videos"
    )
    caption = models.CharField(max_length=CAPTION_MAX_LENGTH, blank=True)
    hashtags = models.ManyToManyField(Hashtag, blank=True, related_name="videos")
    file = models.FileField(upload_to="videos/")
    poster = models.ImageField(upload_to="posters/", blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PROCESSING)
    failure_reason = models.CharField(max_length=300, blank=True)
    # What the probe found at upload time.
    container = models.CharField(max_length=20)
    codec = models.CharField(max_length=20)
    duration = models.FloatField(help_text="seconds")
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    size_bytes = models.PositiveBigIntegerField()
    # Whether the file has a sound track (a voice remix needs one): the probe's finding at
    # upload; None for videos uploaded before it was stored, until the first voice request
    # probes the file once (``video_has_audio_ensure``).
    has_audio = models.BooleanField(null=True, default=None)
    # Denormalised counters, changed with F() expressions by the services.
    likes_count = models.PositiveIntegerField(default=0)
    comments_count = models.PositiveIntegerField(default=0)
    # "For you" order: engagement and recency in one number, so the feed can page by cursor.
    rank = models.FloatField(default=0, db_index=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["status", "-rank", "-id"], name="videos_feed_rank_idx"),
            models.Index(fields=["owner", "status", "-created_at"], name="videos_owner_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(duration__gt=0), name="videos_duration_positive"),
            models.CheckConstraint(
                condition=~Q(status="failed") | ~Q(failure_reason=""),
                name="videos_failed_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"Video {self.pk} by {self.owner}"

    @property
    def is_ready(self) -> bool:
        return self.status == self.Status.READY

    @property
    def is_portrait(self) -> bool:
        return self.height >= self.width


class VideoFrame(models.Model):
    """One of the evenly spaced thumbnails of a video, for scrubbing and the remix frame picker."""

    video = models.ForeignKey(Video, on_delete=models.CASCADE, related_name="frames")
    index = models.PositiveSmallIntegerField()
    at_seconds = models.FloatField()
    image = models.ImageField(upload_to="frames/")

    class Meta:
        ordering = ["index"]
        constraints = [
            models.UniqueConstraint(fields=["video", "index"], name="videos_frame_unique_index"),
        ]

    def __str__(self) -> str:
        return f"Frame {self.index} of video {self.video_id} at {self.at_seconds:.1f}s"


class Like(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="likes"
    )
    video = models.ForeignKey(Video, on_delete=models.CASCADE, related_name="likes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "video"], name="videos_like_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} likes video {self.video_id}"
