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
