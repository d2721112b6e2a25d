"""What moderation does when an account is deleted (``apps.accounts.erasure``): its cases and
strikes stay, under a pseudonymous id, so that decisions stay explainable; its appeals (its own
words) go."""

from django.db.models import Q

from apps.accounts.erasure import account_erasure_register, user_pseudonym
from apps.accounts.models import User
from apps.moderation.models import Appeal, ModerationCase, Strike
from apps.moderation.services.cases import case_withdraw

ACCOUNT_DELETED = "The account was deleted."


def _moderation_erase(user: User) -> None:
    pseudonym = user_pseudonym(user.pk)
    # Their content is being deleted: nothing is left for a moderator to decide.
    for case in ModerationCase.objects.filter(
        Q(author=user) | Q(creator=user), status__in=ModerationCase.OPEN_STATUSES
    ):
        case_withdraw(
            content_type=case.content_type, object_id=case.object_id, reason=ACCOUNT_DELETED
        )
    Appeal.objects.filter(appellant=user).delete()
    Strike.objects.filter(user=user).update(user=None, user_pseudonym=pseudonym)
    ModerationCase.objects.filter(author=user).update(author=None, author_pseudonym=pseudonym)
    ModerationCase.objects.filter(creator=user).update(creator=None)
    ModerationCase.objects.filter(assigned_to=user).update(assigned_to=None)
    ModerationCase.objects.filter(decided_by=user).update(decided_by=None)
    Strike.objects.filter(issued_by=user).update(issued_by=None)
    Appeal.objects.filter(decided_by=user).update(decided_by=None)


def register() -> None:
    account_erasure_register(
        name="moderation",
        order=60,
        handles={
            "moderation.ModerationCase.author",
            "moderation.ModerationCase.creator",
            "moderation.ModerationCase.assigned_to",
            "moderation.ModerationCase.decided_by",
            "moderation.Strike.user",
            "moderation.Strike.issued_by",
            "moderation.Appeal.appellant",
            "moderation.Appeal.decided_by",
        },
        erase=_moderation_erase,
    )
