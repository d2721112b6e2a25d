import re

import pytest
from django.test import Client

from apps.notifications.models import Notification
from apps.notifications.views import ALL_READ

BADGE = re.compile(
    r'<span class="badge badge-count" data-unread-count aria-hidden="true"( hidden)?>(\d+)</span>'
)


@pytest.fixture
def client_of():
    def make(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return make


def _badge(html: str) -> tuple[bool, int]:
    """(shown, count) of the navigation's unread badge."""
    match = BADGE.search(html)
    assert match is not None
    return match.group(1) is None, int(match.group(2))


def test_the_page_needs_a_login(client, db):
    response = client.get("/notifications")

    assert response.status_code == 302
    assert "/login" in response["Location"]


def test_the_page_lists_mine_newest_first_linking_where_they_point(
    client_of, user, notification_factory
):
    older = notification_factory(recipient=user, text="Older news", url="/v/1")
    newer = notification_factory(recipient=user, text="Newer news", url="")

    html = client_of(user).get("/notifications").content.decode()

    assert html.index("Newer news") < html.index("Older news")
    assert f'data-notification="{older.pk}" data-unread' in html
    assert '<a href="/v/1">Older news</a>' in html
    assert f'data-notification="{newer.pk}" data-unread>' in html


def test_opening_the_page_marks_what_it_shows_read(client_of, user, notification_factory):
    notification_factory.create_batch(2, recipient=user)
    client = client_of(user)

    first = client.get("/notifications").content.decode()
    again = client.get("/notifications").content.decode()

    assert first.count("data-unread>") == 2  # highlighted the first time
    assert again.count("data-unread>") == 0
    assert not Notification.objects.filter(read_at=None).exists()
    assert _badge(again) == (False, 0)


def test_only_the_page_shown_is_marked_read(client_of, user, notification_factory):
    notification_factory.create_batch(31, recipient=user)

    html = client_of(user).get("/notifications").content.decode()

    assert Notification.objects.filter(read_at=None).count() == 1
    assert "Mark all as read" in html
    assert re.search(r'href="/notifications\?before=\d+">Older</a>', html)


def test_the_older_link_shows_the_next_page(client_of, user, notification_factory):
    made = notification_factory.create_batch(31, recipient=user)

    html = client_of(user).get(f"/notifications?before={made[1].pk}").content.decode()

    assert made[0].text in html
    assert made[1].text not in html


def test_mark_all_as_read(client_of, user, notification_factory):
    notification_factory.create_batch(3, recipient=user)

    response = client_of(user).post("/notifications/read", follow=True)

    assert response.redirect_chain == [("/notifications", 302)]
    assert ALL_READ in response.content.decode()
    assert not Notification.objects.filter(read_at=None).exists()


def test_someone_elses_notifications_never_show(
    client_of, user, user_factory, notification_factory
):
    notification_factory(recipient=user_factory(), text="Not for you")

    html = client_of(user).get("/notifications").content.decode()

    assert "Not for you" not in html
    assert Notification.objects.get().is_unread


def test_the_navigation_shows_the_unread_count(client_of, user, notification_factory):
    notification_factory.create_batch(3, recipient=user)

    html = client_of(user).get("/").content.decode()

    assert _badge(html) == (True, 3)
    assert re.search(
        r">Notifications</span><span class=\"visually-hidden\" data-unread-label>, 3 unread<",
        html,
    )


def test_the_navigation_hides_the_badge_at_zero(client_of, user):
    assert _badge(client_of(user).get("/").content.decode()) == (False, 0)


def test_anonymous_pages_have_no_notifications_link(client, db):
    assert "data-unread-count" not in client.get("/").content.decode()
