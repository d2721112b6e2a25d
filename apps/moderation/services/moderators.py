from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

from apps.accounts.models import User
from apps.moderation.services.audit import audit_record

MODERATORS_GROUP = "Moderators"

# What a moderator may do in admin: decide cases and appeals, read strikes, suspensions and the
# audit log, edit the guidelines; read the content and accounts the cases are about.
MODERATOR_PERMISSIONS = {
    "moderation": [
        "view_moderationcase",
        "decide_moderationcase",
        "view_appeal",
        "decide_appeal",
        "view_strike",
        "view_suspendeduser",
        "change_suspendeduser",
        "view_auditentry",
        "view_blockedimagehash",
        "view_guidelinerule",
        "add_guidelinerule",
        "change_guidelinerule",
        "view_publicfigure",
        "add_publicfigure",
        "change_publicfigure",
    ],
    "comments": ["view_comment", "view_commentreport"],
    "videos": ["view_video"],
    "accounts": ["view_user"],
}


@transaction.atomic
def moderators_group() -> Group:
    """The moderators' group, with exactly its permissions (created or brought up to date)."""
    group, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    wanted = Q()
    for app_label, codenames in MODERATOR_PERMISSIONS.items():
        wanted |= Q(content_type__app_label=app_label, codename__in=codenames)
    group.permissions.set(Permission.objects.filter(wanted))
    return group


@transaction.atomic
def moderator_grant(*, user: User, actor: User | None = None) -> User:
    """Make ``user`` a moderator: staff (to reach admin) in the moderators' group."""
    user.groups.add(moderators_group())
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    audit_record(
        actor=actor,
        action="moderator_granted",
        target_type="user",
        target_id=user.pk,
        details={"handle": user.username},
    )
    return user
