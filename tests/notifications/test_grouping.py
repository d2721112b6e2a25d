"""Notifications of one kind about one video read as one entry, with its image and a link to
the comment."""

import pytest

from apps.notifications.grouping import notifications_group
from apps.notifications.services import notification_create
from apps.remix import errors


def test_one_notification_reads_as_itself(user_factory):
    recipient = user_factory()
    one = notification_create(
        recipient=recipient, kind="remix.published", text="Your remix is published", group_key="v:1"
    )
    [group] = notifications_group([one])
    assert (group.count, group.text) == (1, "Your remix is published")


@pytest.mark.parametrize(("count", "text"), [(1, "Your remix"), (2, "2 of your remixes")])
def test_group_words_follow_the_count(count, text):
    assert errors.notice_group("remix.removed", count, "demo").startswith(text)


def test_notifications_without_a_key_or_of_other_kinds_stay_apart(user_factory):
    recipient = user_factory()
    made = [
        notification_create(recipient=recipient, kind="remix.published", text="a", group_key="v:1"),
        notification_create(recipient=recipient, kind="remix.failed", text="b", group_key="v:1"),
        notification_create(recipient=recipient, kind="remix.published", text="c", group_key="v:2"),
        notification_create(recipient=recipient, kind="follow", text="d"),
        notification_create(recipient=recipient, kind="follow", text="e"),
        notification_create(recipient=recipient, kind="remix.published", text="f", group_key="v:1"),
    ]
    groups = notifications_group(list(reversed(made)))
    assert [group.count for group in groups] == [2, 1, 1, 1, 1]
    assert "and 1 more" not in groups[0].text
