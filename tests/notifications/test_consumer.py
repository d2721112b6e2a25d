import pytest

from apps.moderation.services.strikes import strike_issue
from apps.notifications.models import Notification
from apps.notifications.services import notification_create, notifications_mark_read
from tests.realtime.test_consumers import _listen
from tests.sockets import session_headers

# Sockets authenticate through the session in another thread: the rows must be committed.
pytestmark = pytest.mark.django_db(transaction=True)


def test_a_new_notification_reaches_its_recipients_socket(user_factory):
    ana, bo = user_factory(), user_factory()

    received = _listen(
        "/ws/me/",
        session_headers(ana),
        lambda: notification_create(
            recipient=ana, actor=bo, kind="remix.created", text="@bo remixed your video", url="/v/1"
        ),
    )

    notification = Notification.objects.get(recipient=ana)
    assert received == [
        {
            "type": "notification.created",
            "notification": {
                "id": notification.pk,
                "kind": "remix.created",
                "text": "@bo remixed your video",
                "url": "/v/1",
                "created_at": notification.created_at.isoformat(),
            },
            "unread": 1,
        }
    ]


def test_someone_elses_notification_does_not_reach_my_socket(user_factory):
    ana, bo = user_factory(), user_factory()

    received = _listen(
        "/ws/me/",
        session_headers(ana),
        lambda: notification_create(recipient=bo, kind="remix.published", text="Published"),
    )

    assert received == []


def test_reading_notifications_updates_the_count_on_open_pages(user_factory):
    ana = user_factory()
    for text in ["one", "two"]:
        notification_create(recipient=ana, kind="remix.created", text=text)
    first = Notification.objects.filter(recipient=ana).first()

    received = _listen(
        "/ws/me/",
        session_headers(ana),
        lambda: notifications_mark_read(recipient=ana, ids=[first.pk]),
    )

    assert received == [{"type": "notification.read", "unread": 1}]


def test_a_moderation_decision_arrives_as_a_notification_only(user):
    received = _listen(
        "/ws/me/",
        session_headers(user),
        lambda: strike_issue(user=user, category="harassment", reason="Insults in a comment."),
    )

    assert [event["type"] for event in received] == ["notification.created"]
    assert received[0]["notification"]["url"] == "/settings/standing"
