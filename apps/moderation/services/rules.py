"""Moderators' edits of the guidelines themselves, each audited with what changed."""

from typing import Any

from django.db import transaction
from django.db.models import Model
from django.forms.models import model_to_dict

from apps.accounts.models import User
from apps.moderation.models import GuidelineRule, PublicFigure
from apps.moderation.screening.rules import rules_invalidate
from apps.moderation.services.audit import audit_record


def _target_type(instance: Model) -> str:
    return instance._meta.model_name or type(instance).__name__.lower()


@transaction.atomic
def guideline_data_save(
    *, actor: User, instance: GuidelineRule | PublicFigure, before: dict[str, Any] | None
) -> GuidelineRule | PublicFigure:
    """Save a rule or public figure edited in admin. ``before`` holds the field values as they
    were (``None`` for a new row); the audit entry records each changed field's old and new
    value, and every process's screeners reload the rules."""
    instance.full_clean()
    instance.save()
    after = model_to_dict(instance)
    changes = {
        name: {"from": (before or {}).get(name), "to": value}
        for name, value in after.items()
        if before is None or before.get(name) != value
    }
    audit_record(
        actor=actor,
        action="created" if before is None else "changed",
        target_type=_target_type(instance),
        target_id=instance.pk,
        category=getattr(instance, "category", ""),
        reason=str(instance),
        details={"changes": changes},
    )
    transaction.on_commit(rules_invalidate)
    return instance


@transaction.atomic
def guideline_data_delete(*, actor: User, instance: GuidelineRule | PublicFigure) -> None:
    audit_record(
        actor=actor,
        action="deleted",
        target_type=_target_type(instance),
        target_id=instance.pk,
        category=getattr(instance, "category", ""),
        reason=str(instance),
        details={"was": model_to_dict(instance)},
    )
    instance.delete()
    transaction.on_commit(rules_invalidate)
