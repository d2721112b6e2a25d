"""How several notifications of one kind about one thing read as one entry.

The apps that notify register, per kind, the words for ``count`` of them
(``group_text_register``, in their ``ready``), pluralised with ``ngettext`` so that every
language gets its own forms; a kind with no words of its own reads as its newest notification
"and N more".
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import ngettext

from apps.notifications.models import Notification

GroupText = Callable[[int, Notification], str]

_texts: dict[str, GroupText] = {}


def group_text_register(kind: str, text: GroupText) -> None:
    _texts[kind] = text


def group_text(kind: str, count: int, newest: Notification) -> str:
    if count == 1:
        return newest.text
    if kind in _texts:
        return _texts[kind](count, newest)
    return ngettext(
        "{text} (and {more} more like it)", "{text} (and {more} more like it)", count - 1
    ).format(text=newest.text, more=count - 1)


@dataclass
class NotificationGroup:
    """One entry of the list: the newest notification of its group and how many it stands for."""

    newest: Notification
    members: list[Notification] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def text(self) -> str:
        return group_text(self.newest.kind, self.count, self.newest)

    @property
    def is_unread(self) -> bool:
        return any(member.is_unread for member in self.members)

    @property
    def ids(self) -> list[int]:
        return [member.pk for member in self.members]


def notifications_group(notifications: list[Notification]) -> list[NotificationGroup]:
    """Group notifications (newest first) that share a kind and a ``group_key``; each group
    stands where its newest one is. Those without a key stay alone."""
    groups: list[NotificationGroup] = []
    by_key: dict[tuple[str, str], NotificationGroup] = {}
    for notification in notifications:
        key = (notification.kind, notification.group_key)
        if notification.group_key and key in by_key:
            by_key[key].members.append(notification)
            continue
        group = NotificationGroup(newest=notification, members=[notification])
        groups.append(group)
        if notification.group_key:
            by_key[key] = group
    return groups
