from typing import ClassVar

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

HANDLE_MIN_LENGTH = 3
HANDLE_MAX_LENGTH = 30
handle_validator = RegexValidator(
    regex=r"^[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?\Z",
    message="Use lowercase letters, digits, underscores and dots (not at the start or end).",
    code="invalid_handle",
)


class ClipmixUserManager(UserManager["User"]):
    def get_by_natural_key(self, username: str | None) -> "User":
        # Handles are stored lowercase; let people log in as "@Ana" or "ANA".
        return self.get(username__iexact=(username or "").lstrip("@"))


class RemixesInComments(models.TextChoices):
    """Which AI remixes a viewer sees in comments (everyone sees their own)."""

    ALL = "all", _("Show all")
    FOLLOWING = "following", _("Only from people I follow")
    HIDDEN = "hidden", _("Hide")


class User(AbstractUser):
    """A Clipmix account; ``username`` is the handle shown as @handle."""

    username = models.CharField(
        "handle",
        max_length=HANDLE_MAX_LENGTH,
        unique=True,
        validators=[handle_validator],
        error_messages={"unique": "That handle is taken."},
    )
    email = models.EmailField("email address")
    # The public profile lives on the user itself: every account has one, whoever created it
    # (sign-up, admin, createsuperuser).
    display_name = models.CharField(max_length=50, blank=True)
    bio = models.CharField(max_length=300, blank=True)
    avatar = models.ImageField(upload_to="avatars/", blank=True)
    is_verified = models.BooleanField(
        "verified public figure",
        default=False,
        help_text="A public figure, set by staff after checking identity. Moderation treats "
        "edits that depict verified accounts as public-figure content.",
    )

    # Set by moderation (strikes); while in the future, the account cannot request remixes.
    remix_suspended_until = models.DateTimeField(null=True, blank=True)
    # What this person wants to see of AI remixes in comments, notifications and live updates.
    remixes_in_comments = models.CharField(
        "AI remixes in comments",
        max_length=10,
        choices=RemixesInComments.choices,
        default=RemixesInComments.ALL,
        # Also in the database: rows written by code that predates the column (older migrations'
        # historical models) get it too.
        db_default=RemixesInComments.ALL,
    )
    # When the owner proved they read mail at ``email``; changing the address clears it.
    email_verified_at = models.DateTimeField(null=True, blank=True)
    # Its owner asked for the account to be deleted: it is deactivated and invisible until
    # then, restored by logging in before, and erased by `account_erase` after.
    deletion_due_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[ClipmixUserManager] = ClipmixUserManager()

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("username"), name="accounts_user_handle_ci_unique"),
            # Only a verified address is someone's: anyone may type any address at sign-up, so
            # refusing a taken one would tell them who has an account (issue 21).
            models.UniqueConstraint(
                Lower("email"),
                condition=~Q(email="") & Q(email_verified_at__isnull=False),
                name="accounts_user_verified_email_ci_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"@{self.username}"

    @property
    def handle(self) -> str:
        return self.username

    @property
    def is_remix_suspended(self) -> bool:
        return (
            self.remix_suspended_until is not None and self.remix_suspended_until > timezone.now()
        )

    @property
    def name(self) -> str:
        return self.display_name or self.username

    @property
    def email_verified(self) -> bool:
        return self.email_verified_at is not None


class Follow(models.Model):
    follower = models.ForeignKey(User, on_delete=models.CASCADE, related_name="following_set")
    followee = models.ForeignKey(User, on_delete=models.CASCADE, related_name="follower_set")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["follower", "followee"], name="accounts_follow_unique"),
            models.CheckConstraint(
                condition=~Q(follower=F("followee")), name="accounts_follow_not_self"
            ),
        ]
        indexes = [models.Index(fields=["followee", "follower"])]

    def __str__(self) -> str:
        return f"{self.follower} follows {self.followee}"


class Block(models.Model):
    blocker = models.ForeignKey(User, on_delete=models.CASCADE, related_name="blocking_set")
    blocked = models.ForeignKey(User, on_delete=models.CASCADE, related_name="blocked_by_set")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="accounts_block_unique"),
            models.CheckConstraint(
                condition=~Q(blocker=F("blocked")), name="accounts_block_not_self"
            ),
        ]
        indexes = [models.Index(fields=["blocked", "blocker"])]

    def __str__(self) -> str:
        return f"{self.blocker} blocks {self.blocked}"


class ApiToken(models.Model):
    """A credential for the API. Only a look-up prefix and the SHA-256 digest of the whole key
    are stored: the key itself is shown once, when it is issued."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    prefix = models.CharField(max_length=16, unique=True)
    digest = models.CharField(max_length=64)
    name = models.CharField(max_length=100, blank=True)
    # The program that asked for it (its User-Agent), to tell tokens apart in the settings.
    client = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "created_at"])]

    def __str__(self) -> str:
        return f"token {self.prefix}… of {self.user}"

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()


class BrowserSession(models.Model):
    """A logged-in browser, listed so that its owner can see and end it. The session itself
    lives in Django's session store under ``session_key``; this row mirrors it."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="browser_sessions")
    session_key = models.CharField(max_length=40, unique=True)
    client = models.CharField(max_length=200, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["user", "last_seen_at"])]

    def __str__(self) -> str:
        return f"session of {self.user} from {self.client or 'an unknown browser'}"


class DataExport(models.Model):
    """A zip of everything an account holds, built by a job, downloadable once by its owner
    until ``expires_at``."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        BUILDING = "building", _("Being built")
        READY = "ready", _("Ready to download")
        DOWNLOADED = "downloaded", _("Downloaded")
        EXPIRED = "expired", _("Expired")
        FAILED = "failed", _("Failed")

    IN_PROGRESS = (Status.QUEUED, Status.BUILDING)

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="data_exports")
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    file = models.FileField(upload_to="exports/", blank=True)
    size_bytes = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    ready_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    downloaded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One export at a time per account: a second request while one builds is refused.
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(status__in=["queued", "building"]),
                name="accounts_dataexport_one_in_progress",
            )
        ]

    def __str__(self) -> str:
        return f"export {self.pk} of {self.user} ({self.status})"
