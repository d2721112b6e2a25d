from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.core.models import TimeStampedModel
from apps.privacy.models import RemixKind

PROMPT_MAX_LENGTH = 300
CAPTION_MAX_LENGTH = 120
# How moderation names a remix: the key of its content handler and of its cases.
CONTENT_TYPE = "remix.remixjob"
# How many remixes may stand between a remix and its video (a remix of a remix of a remix):
# each one is another person whose consent is checked, and another manifest carried along.
CHAIN_MAX_DEPTH = 3


class RemixJob(TimeStampedModel):
    """One request to remix a moment of a video; its status moves only through
    ``apps.remix.states`` (the one place that knows which transitions are legal)."""

    # The kinds are privacy's: creators allow each one (``VideoPrivacy.remix_kinds``).
    Kind = RemixKind

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        IN_REVIEW = "in_review", _("Waiting for approval")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")
        # Taken down because its creator's settings no longer allow it: out of view, and
        # restorable by the creator while its files are kept (apps/remix/services/revoking.py).
        REMOVED = "removed", _("Removed")

    FINISHED = (Status.PUBLISHED, Status.REJECTED, Status.FAILED, Status.CANCELLED, Status.REMOVED)

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="remix_jobs"
    )
    # Kept when the video is deleted: the job then ends cancelled, with its reason.
    video = models.ForeignKey(
        "videos.Video", null=True, on_delete=models.SET_NULL, related_name="remix_jobs"
    )
    creator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="remixes_of_my_videos",
        help_text="The owner of the video, kept for the studio after a video is gone.",
    )
    at_seconds = models.FloatField()
    kind = models.CharField(max_length=20, choices=Kind.choices)
    prompt = models.CharField(max_length=PROMPT_MAX_LENGTH, blank=True)
    caption = models.CharField(max_length=CAPTION_MAX_LENGTH, blank=True)
    seed = models.PositiveIntegerField()
    engine = models.CharField(max_length=20)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    stage = models.CharField(max_length=80, blank=True, help_text="What the worker is doing.")
    requires_approval = models.BooleanField(
        default=False, help_text="The creator approves each remix before it appears."
    )
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the worker running it last said it was alive (see apps/remix/recovery.py).",
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    timings = models.JSONField(default=dict, blank=True, help_text="Milliseconds per step.")
    attempts = models.PositiveSmallIntegerField(default=0)
    source_frame = models.ImageField(upload_to="remix-frames/", blank=True)
    output_image = models.ImageField(upload_to="remixes/", blank=True)
    # A voice remix: the signed MP4 (its ``output_image`` is the clip's first frame, the poster).
    output_clip = models.FileField(upload_to="remix-clips/", blank=True)
    comment = models.OneToOneField(
        "comments.Comment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="remix_job",
    )
    # Why it ended as it did, in words for the requester (a guideline, a failure, a withdrawal).
    reason = models.TextField(blank=True)
    reason_code = models.CharField(max_length=40, blank=True)
    moderation = models.JSONField(default=dict, blank=True, help_text="The screeners' verdicts.")
    retry_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="retries"
    )
    # A remix of a remix: the published remix whose image it starts from (``video`` and
    # ``creator`` stay the original video's). ``chain_depth`` counts the remixes between it and
    # the video (0: a remix of the video itself), so that a chain whose parent row is gone
    # (its account erased) is still known as one, and refused.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    chain_depth = models.PositiveSmallIntegerField(default=0)
    # The remixers up the chain whose approval it still waits for, besides the creator's
    # (``requires_approval``): those whose settings ask to review remixes.
    remixer_approvers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="remixes_to_approve"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["requester", "created_at"]),
            models.Index(fields=["creator", "created_at"]),
            models.Index(fields=["parent", "status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(progress__lte=100), name="remix_job_progress_at_most_100"
            ),
            models.CheckConstraint(
                condition=Q(at_seconds__gte=0), name="remix_job_moment_positive"
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True) | Q(chain_depth__gte=1),
                name="remix_job_parent_has_depth",
            ),
        ]

    def __str__(self) -> str:
        return f"Remix {self.pk} of video {self.video_id} by {self.requester_id} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED

    # A held remix waits for two keys, each turned separately: the guidelines (a moderator
    # clears what a screener held) and consent (the creator approves, in approval mode). It
    # is published only once neither is outstanding; either side may refuse it alone.
    @property
    def awaits_moderator(self) -> bool:
        """A screener held it and no moderator has cleared it yet."""
        return self.status == self.Status.IN_REVIEW and any(
            self.moderation.get(stage, {}).get("verdict") == "review"
            for stage in ("prompt", "output")
        )

    @property
    def awaits_creator(self) -> bool:
        """The video's creator approves each remix and has not approved this one yet."""
        return self.status == self.Status.IN_REVIEW and self.requires_approval

    @property
    def awaits_remixers(self) -> bool:
        """A remix of a remix whose remixers up the chain have not all approved it yet (one
        query)."""
        return self.status == self.Status.IN_REVIEW and self.remixer_approvers.exists()

    @property
    def is_remix_of_remix(self) -> bool:
        return self.chain_depth > 0
