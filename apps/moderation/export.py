"""What moderation adds to an account's data export (``apps.accounts.exports``): the
decisions about the account's content, its strikes and appeals."""

from apps.accounts.exports import ExportArchive, account_export_register
from apps.accounts.models import User
from apps.moderation.models import Appeal, ModerationCase, Strike


def _moderation_collect(user: User, archive: ExportArchive) -> None:
    archive.json(
        "moderation.json",
        {
            "decisions": list(
                ModerationCase.objects.filter(author=user)
                .order_by("pk")
                .values(
                    "id", "content_type", "stage", "status", "category", "text", "caption",
                    "decision_message", "decided_at", "created_at",
                )
            ),
            "strikes": list(
                Strike.objects.filter(user=user)
                .order_by("pk")
                .values("id", "category", "reason", "created_at", "overturned_at")
            ),
            "appeals": list(
                Appeal.objects.filter(appellant=user)
                .order_by("pk")
                .values("id", "case_id", "strike_id", "text", "status", "created_at")
            ),
        },
    )  # fmt: skip


def register() -> None:
    account_export_register(
        name="moderation",
        order=50,
        describes="moderation.json: moderators' decisions about your content, your strikes "
        "and your appeals.",
        collect=_moderation_collect,
    )
