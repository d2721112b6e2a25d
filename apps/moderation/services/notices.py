from django.db import transaction
from django.urls import reverse

from apps.moderation.signals import moderation_notice


def notice_send(*, user_id: int, kind: str, text: str, url: str = "") -> None:
    """Tell a person about a decision that concerns them, once the decision has committed.

    Every notice points at the account standing page, where the decision, its reason and the
    appeal form stay available (unless ``url`` says where else to look: an administrator's
    appeal). The notifications app stores it and tells the person's open
    pages; moderation never imports it.
    """
    url = url or reverse("moderation:standing")
    transaction.on_commit(
        lambda: moderation_notice.send(
            sender=notice_send, user_id=user_id, kind=kind, text=text, url=url
        )
    )
