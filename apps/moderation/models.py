from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from apps.accounts.models import User
from apps.core.models import TimeStampedModel

# The permissions that let a person decide (``user.has_perm``), the one spelling of each; the
# admin, the moderators' group and other apps' access rules all use these.
DECIDE_CASES = "moderation.decide_moderationcase"
DECIDE_APPEALS = "moderation.decide_appeal"


class Category(models.TextChoices):
    SEXUAL_NONCONSENSUAL = "sexual_nonconsensual", _("Non-consensual sexualisation")
    MINOR_SEXUAL = "minor_sexual", _("Sexual content involving minors")
    FAKE_CRISIS = "fake_crisis", _("Fake crisis event")
    FAKE_CREDIBLE_SOURCE = "fake_credible_source", _("Fake credible source")
    PUBLIC_FIGURE_DEEPFAKE = "public_figure_deepfake", _("Public figure in a misleading context")
    HARASSMENT = "harassment", _("Harassment or humiliation")
    HATE = "hate", _("Hate against a protected group")
    VIOLENCE_GORE = "violence_gore", _("Graphic violence or gore")
    SELF_HARM = "self_harm", _("Self-harm or eating disorders")
    BORDERLINE = "borderline", _("Borderline: needs a human")


class Verdict(models.TextChoices):
    ALLOW = "allow", _("Allow")
    REVIEW = "review", _("Review")
    BLOCK = "block", _("Block")


class GuidelineRule(TimeStampedModel):
    """One community guideline as data: what the screeners match and what users are told.

    Seeded from ``data/guidelines.json`` by a migration; moderators edit rows in admin and every
    change is audited. Text is normalised (``screening.normalize``) before any of these match.
    """

    class Action(models.TextChoices):
        BLOCK = "block", _("Block")
        REVIEW = "review", _("Hold for review")

    slug = models.SlugField(max_length=60, unique=True)
    category = models.CharField(max_length=30, choices=Category.choices)
    title = models.CharField(max_length=120)
    guideline = models.TextField(help_text="The guideline's wording, shown to the user refused.")
    action = models.CharField(max_length=10, choices=Action.choices)
    severity = models.PositiveSmallIntegerField(default=2, help_text="1 (low) to 3 (high).")
    escalate = models.BooleanField(
        default=False, help_text="Matches also go straight to the escalated queue."
    )
    certain = models.BooleanField(
        default=False,
        help_text="A match stands whatever the classifier reads (public figures, slurs, child "
        "safety). Otherwise a match in a text the classifier reads as clearly innocent is kept "
        "as evidence but not acted on.",
    )
    patterns = models.JSONField(
        default=list, blank=True, help_text="Regular expressions over the normalised text."
    )
    phrases = models.JSONField(
        default=list, blank=True, help_text="Words or phrases, matched at word boundaries."
    )
    all_of = models.JSONField(
        default=list,
        blank=True,
        help_text='Groups of phrases that must all occur, e.g. [["child", "kid"], ["nude"]]. '
        'The group ["@public_figure"] matches any public figure\'s name.',
    )
    exceptions = models.JSONField(
        default=list, blank=True, help_text="Benign idioms removed before this rule matches."
    )
    exemplars = models.JSONField(
        default=list,
        blank=True,
        help_text="Sentences describing the category, for semantic matching.",
    )
    semantic_threshold = models.FloatField(
        null=True, blank=True, help_text="Cosine similarity to an exemplar that counts as a match."
    )
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["category", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(severity__gte=1, severity__lte=3), name="moderation_rule_severity_1_3"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class PublicFigure(TimeStampedModel):
    """A person whose likeness needs care: names and common spellings, as data. Verified
    accounts count as public figures too, without a row here."""

    name = models.CharField(max_length=120, unique=True)
    aliases = models.JSONField(default=list, blank=True, help_text="Other spellings and nicknames.")
    enabled = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ModerationCase(TimeStampedModel):
    """Content held for a human, or reported by users. The content itself belongs to another
    app (a comment, a remix job); ``content_type`` names the handler that app registered."""

    class Stage(models.TextChoices):
        PROMPT = "prompt", _("Prompt and caption")
        OUTPUT = "output", _("Generated image")
        COMMENT = "comment", _("Comment text")
        REPORT = "report", _("User report")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ESCALATED = "escalated", _("Escalated")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        # The content ended before a moderator decided (withdrawn by its author or the video's
        # creator, or its video was deleted): nothing is left to decide.
        WITHDRAWN = "withdrawn", _("Withdrawn")

    OPEN_STATUSES = (Status.OPEN, Status.ESCALATED)

    content_type = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    stage = models.CharField(max_length=10, choices=Stage.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    category = models.CharField(max_length=30, choices=Category.choices, blank=True)
    verdict = models.CharField(max_length=10, choices=Verdict.choices, blank=True)
    evidence = models.JSONField(default=dict, blank=True)
    # What was screened, kept on the case so that a moderator reads it as it was.
    text = models.TextField("prompt or text", blank=True)
    caption = models.CharField(max_length=200, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_cases",
        help_text="Who made the content: the remix requester or the comment's author.",
    )
    # Once the author's account is deleted: the id the decision stays explainable under.
    author_pseudonym = models.CharField(max_length=40, blank=True)
    creator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The owner of the video the content is about.",
    )
    report_count = models.PositiveIntegerField(default=0)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_moderation_cases",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_rule = models.ForeignKey(
        GuidelineRule,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The guideline a rejection cites.",
    )
    decision_message = models.TextField(blank=True, help_text="What the author is told.")

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["status", "created_at"])]
        permissions = [("decide_moderationcase", "Can approve, reject and escalate cases")]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(status__in=["open", "escalated"]),
                name="moderation_one_open_case_per_content",
            ),
        ]

    def __str__(self) -> str:
        return f"Case {self.pk}: {self.get_stage_display()} ({self.get_status_display()})"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES


class Strike(TimeStampedModel):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="strikes",
    )
    # Once the account is deleted: the id the strike stays explainable under.
    user_pseudonym = models.CharField(max_length=40, blank=True)
    case = models.ForeignKey(
        ModerationCase, null=True, blank=True, on_delete=models.SET_NULL, related_name="strikes"
    )
    category = models.CharField(max_length=30, choices=Category.choices)
    reason = models.TextField()
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set when an appeal overturns the strike; it no longer counts towards a suspension.
    overturned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "created_at"])]

    def __str__(self) -> str:
        return f"Strike against {self.user or self.user_pseudonym} ({self.get_category_display()})"


class Appeal(TimeStampedModel):
    """A user's one appeal of a rejection (a case) or of a strike."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        GRANTED = "granted", _("Granted")
        DENIED = "denied", _("Denied")

    appellant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appeals"
    )
    case = models.OneToOneField(
        ModerationCase, null=True, blank=True, on_delete=models.CASCADE, related_name="appeal"
    )
    strike = models.OneToOneField(
        Strike, null=True, blank=True, on_delete=models.CASCADE, related_name="appeal"
    )
    text = models.TextField(max_length=1000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_message = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        permissions = [("decide_appeal", "Can grant or deny appeals")]
        constraints = [
            models.CheckConstraint(
                condition=Q(case__isnull=False, strike__isnull=True)
                | Q(case__isnull=True, strike__isnull=False),
                name="moderation_appeal_of_case_or_strike",
            ),
        ]

    def __str__(self) -> str:
        target = f"case {self.case_id}" if self.case_id else f"strike {self.strike_id}"
        return f"Appeal of {target} by {self.appellant}"


class AuditEntryQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **kwargs: Any) -> int:
        raise PermissionError("The moderation audit log cannot be changed.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("The moderation audit log cannot be changed.")


class AuditEntry(models.Model):
    """Who decided what, when and why: every moderator and automatic decision.

    Append-only. The actor and target are copied as plain values (no foreign keys), so that
    deleting a user or a case never rewrites history; the database refuses updates and deletes
    (a trigger, see migration 0002) and so does this model.
    """

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor_id = models.PositiveBigIntegerField(null=True, blank=True)
    actor = models.CharField(max_length=150, help_text="A moderator's handle, or 'automatic'.")
    action = models.CharField(max_length=40)
    target_type = models.CharField(max_length=40)
    target_id = models.CharField(max_length=40)
    category = models.CharField(max_length=30, blank=True)
    reason = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.actor} {self.action} {self.target_type} {self.target_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("The moderation audit log cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("The moderation audit log cannot be changed.")


class BlockedImageHash(models.Model):
    """The fingerprint of a generated image that screening blocked; the image is not kept."""

    created_at = models.DateTimeField(auto_now_add=True)
    sha256 = models.CharField(max_length=64, unique=True)
    perceptual_hash = models.CharField(max_length=16, help_text="64-bit difference hash, hex.")
    category = models.CharField(max_length=30, choices=Category.choices)
    detections = models.JSONField(default=list, blank=True)

    def __str__(self) -> str:
        return f"{self.sha256[:12]}… ({self.category})"


class SuspendedUser(User):
    """Accounts whose remix privilege is suspended, for the moderators' admin list."""

    class Meta:
        proxy = True
        verbose_name = "remix suspension"
