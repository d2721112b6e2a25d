from django.db import transaction
from django.utils import timezone

from apps.accounts.models import User
from apps.core.events import event_send_on_commit, user_group
from apps.core.pagecache import viewer_pages_bump
from apps.notifications.models import Notification
from apps.notifications.selectors import unread_count


def notification_create(
    *,
    recipient: User,
    kind: str,
    text: str,
    url: str = "",
    actor: User | None = None,
    image_url: str = "",
    group_key: str = "",
    subject: str = "",
) -> Notification:
    """Store a notification; the recipient's open pages get ``notification.created`` with the
    new unread count after commit. Those of one ``kind`` sharing a ``group_key`` are listed as
    one entry (``apps.notifications.grouping``)."""
    notification = Notification(
        recipient=recipient,
        actor=actor,
        kind=kind,
        text=text,
        url=url,
        image_url=image_url,
        group_key=group_key,
        subject=subject,
    )
    notification.full_clean()
    notification.save()
    event_send_on_commit(
        user_group(recipient.pk),
        {
            "type": "notification.created",
            "notification_id": notification.pk,
            "kind": notification.kind,
            "text": notification.text,
            "url": notification.url,
            "image_url": notification.image_url,
            "created_at": notification.created_at.isoformat(),
            "unread": unread_count(user=recipient),
        },
    )
    return notification


@transaction.atomic
def notifications_mark_read(*, recipient: User, ids: list[int] | None = None) -> int:
    """Mark ``recipient``'s unread notifications read: all of them, or those among ``ids``
    (ids of other people's notifications are ignored). Returns how many changed; when any did,
    the recipient's open pages get ``notification.read`` with the new unread count."""
    unread = Notification.objects.filter(recipient=recipient, read_at=None)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    now = timezone.now()
    marked = unread.update(read_at=now, updated_at=now)
    if marked:
        viewer_pages_bump(recipient.pk)  # update() sends no post_save
        event_send_on_commit(
            user_group(recipient.pk),
            {"type": "notification.read", "unread": unread_count(user=recipient)},
        )
    return marked
