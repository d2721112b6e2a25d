import pytest
from django.core.exceptions import ValidationError

from apps.moderation.services.strikes import STRIKE_NOTICE, strike_issue
from apps.notifications.models import TEXT_MAX_LENGTH, Notification
from apps.notifications.selectors import notifications_for_user, unread_count
from apps.notifications.services import notification_create, notifications_mark_read


def test_creating_a_notification_stores_it_unread(user_factory):
    ana, bo = user_factory(), user_factory()

    notification = notification_create(
        recipient=ana,
        actor=bo,
        kind="remix.created",
        text=f"@{bo.username} remixed your video",
        url="/v/1",
    )

    assert notification.is_unread
    assert notification.actor == bo
    assert unread_count(user=ana) == 1


@pytest.mark.parametrize("url", ["https://evil.example/", "//evil.example", "javascript:alert(1)"])
def test_a_notification_only_links_inside_the_site(user, url):
    with pytest.raises(ValidationError):
        notification_create(recipient=user, kind="remix.created", text="hi", url=url)


def test_marking_some_read_leaves_the_others_unread(notification_factory, user):
    first, second, third = (notification_factory(recipient=user) for _ in range(3))

    marked = notifications_mark_read(recipient=user, ids=[first.pk, third.pk])

    assert marked == 2
    assert [n.pk for n in Notification.objects.filter(read_at=None)] == [second.pk]


def test_marking_all_read_counts_only_those_that_changed(notification_factory, user):
    notification_factory.create_batch(2, recipient=user)
    notifications_mark_read(recipient=user)

    assert notifications_mark_read(recipient=user) == 0
    assert unread_count(user=user) == 0


def test_marking_read_never_touches_someone_elses(notification_factory, user, user_factory):
    theirs = notification_factory(recipient=user_factory())

    assert notifications_mark_read(recipient=user, ids=[theirs.pk]) == 0
    theirs.refresh_from_db()
    assert theirs.is_unread


def test_the_list_is_newest_first_in_pages(notification_factory, user, user_factory):
    made = [notification_factory(recipient=user) for _ in range(5)]
    notification_factory(recipient=user_factory())

    first = notifications_for_user(user=user, limit=3)
    second = notifications_for_user(user=user, before_id=first.next_before, limit=3)

    assert [n.pk for n in first.notifications] == [n.pk for n in made[:1:-1]]
    assert [n.pk for n in second.notifications] == [made[1].pk, made[0].pk]
    assert second.next_before is None


def test_a_strike_becomes_a_notification(user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        strike_issue(user=user, category="harassment", reason="Insults in a comment.")

    notification = Notification.objects.get(recipient=user)
    assert notification.kind == "moderation.strike"
    assert notification.text == STRIKE_NOTICE.format(reason="Insults in a comment.")
    assert notification.url == "/settings/standing"
    assert notification.actor is None


def test_a_decision_rolled_back_notifies_no_one(user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        strike_issue(user=user, category="harassment", reason="Insults in a comment.")

    assert callbacks  # the notice waits for the commit, which never comes here
    assert not Notification.objects.exists()


def test_a_long_moderation_notice_is_shortened_to_fit(user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        strike_issue(user=user, category="harassment", reason="x" * 2000)

    assert len(Notification.objects.get(recipient=user).text) == TEXT_MAX_LENGTH
