from typing import Any

from apps.accounts.models import User
from apps.moderation.models import AuditEntry

AUTOMATIC = "automatic"


def audit_record(
    *,
    actor: User | None,
    action: str,
    target_type: str,
    target_id: int | str,
    category: str = "",
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one decision to the audit log; ``actor=None`` is an automatic decision."""
    return AuditEntry.objects.create(
        actor_id=actor.pk if actor else None,
        actor=actor.username if actor else AUTOMATIC,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        category=category,
        reason=reason,
        details=details or {},
    )


def audit_record_many(
    *, actor: User | None, action: str, target_type: str, entries: list[dict[str, Any]]
) -> None:
    """Append one decision per target at once (``entries``: each a ``target_id`` with optional
    ``category``, ``reason``, ``details``), as ``audit_record`` would one by one."""
    AuditEntry.objects.bulk_create(
        AuditEntry(
            actor_id=actor.pk if actor else None,
            actor=actor.username if actor else AUTOMATIC,
            action=action,
            target_type=target_type,
            target_id=str(entry["target_id"]),
            category=entry.get("category", ""),
            reason=entry.get("reason", ""),
            details=entry.get("details") or {},
        )
        for entry in entries
    )
