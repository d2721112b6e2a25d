"""Live comments honour the viewer's AI filter per connection (issue 17 item 3): a viewer who
hides remixes never receives a remix's image over the socket, only a placeholder that keeps the
conversation's shape; ``?remixes=`` on the socket's address overrides it for one page view."""

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator

from apps.accounts import services as account_services
from apps.accounts.models import RemixesInComments
from apps.comments import services as comment_services
from apps.realtime.consumers import CLOSE_BAD_REQUEST
from config.asgi import application
from tests.sockets import connect, session_headers

pytestmark = pytest.mark.django_db(transaction=True)


def _watch_together(path, watchers, action):
    """Each watcher's socket on ``path`` at once; what each received while ``action`` ran (or
    ``("refused", code)``)."""

    headers = [session_headers(user) for user in watchers]  # the log-ins touch the database

    async def scenario():
        communicators = [WebsocketCommunicator(application, path, headers=each) for each in headers]
        results: list = []
        connected = []
        for communicator in communicators:
            accepted, code = await connect(communicator)
            connected.append(communicator if accepted else None)
            results.append([] if accepted else ("refused", code))
        await sync_to_async(action)()
        for index, communicator in enumerate(connected):
            if communicator is None:
                continue
            while not await communicator.receive_nothing(timeout=0.5):
                results[index].append(await communicator.receive_json_from())
            await communicator.disconnect()
        return results

    return async_to_sync(scenario)()


def _publish_remix(video, author):
    from django.core.files.base import ContentFile

    return comment_services.comment_image_publish(
        author=author,
        video=video,
        image=ContentFile(b"\xff\xd8 not decoded here", name="remix.jpg"),
        image_label="AI remix",
        credentials_url="/credentials/1",
        body="beach day",
    )


def test_each_socket_gets_the_remix_or_a_placeholder_by_its_viewers_filter(
    user_factory, video_factory, follow_factory
):
    video, remixer = video_factory(), user_factory()
    shows_all = user_factory()
    hides = user_factory(remixes_in_comments=RemixesInComments.HIDDEN)
    follower = user_factory(remixes_in_comments=RemixesInComments.FOLLOWING)
    stranger = user_factory(remixes_in_comments=RemixesInComments.FOLLOWING)
    follow_factory(follower=follower, followee=remixer)

    received = _watch_together(
        f"/ws/videos/{video.pk}/",
        [shows_all, hides, follower, stranger, None],
        lambda: _publish_remix(video, remixer),
    )

    by_viewer = dict(
        zip(["all", "hides", "follower", "stranger", "anonymous"], received, strict=True)
    )
    for name in ("all", "follower", "anonymous"):
        [event] = by_viewer[name]
        assert event["comment"]["remix_hidden"] is False
        assert event["comment"]["image_url"].endswith(".jpg")
        assert event["comment"]["body"] == "beach day"
    for name in ("hides", "stranger"):
        [event] = by_viewer[name]
        assert event["type"] == "comment.created"
        assert event["comment"]["remix_hidden"] is True
        assert event["comment"]["image_url"] is None
        assert event["comment"]["credentials_url"] is None
        assert event["comment"]["body"] == ""
        assert ".jpg" not in str(event)


def test_a_viewer_who_hides_remixes_still_gets_text_comments_and_their_own_remix(
    user_factory, video_factory
):
    video = video_factory()
    hides = user_factory(remixes_in_comments=RemixesInComments.HIDDEN)

    [received] = _watch_together(
        f"/ws/videos/{video.pk}/",
        [hides],
        lambda: (
            comment_services.comment_create(author=user_factory(), video=video, body="nice"),
            _publish_remix(video, hides),
        ),
    )

    assert [event["comment"]["remix_hidden"] for event in received] == [False, False]
    assert received[1]["comment"]["image_url"].endswith(".jpg")


def test_the_address_overrides_the_setting_for_one_page_view(user_factory, video_factory):
    video = video_factory()
    hides = user_factory(remixes_in_comments=RemixesInComments.HIDDEN)

    [received] = _watch_together(
        f"/ws/videos/{video.pk}/?remixes=all",
        [hides],
        lambda: _publish_remix(video, user_factory()),
    )

    assert received[0]["comment"]["remix_hidden"] is False


def test_an_unknown_filter_on_the_address_refuses_the_socket(user_factory, video_factory):
    video = video_factory()

    [received] = _watch_together(
        f"/ws/videos/{video.pk}/?remixes=some", [user_factory()], lambda: None
    )

    assert received == ("refused", CLOSE_BAD_REQUEST)


def test_a_setting_changed_while_the_socket_is_open_counts_from_the_next_remix(
    user_factory, video_factory
):
    """The quick switch on another tab (or the API) changes what an open socket delivers: the
    setting is read at each delivery, not only when the socket opened."""
    video, remixer, viewer = video_factory(), user_factory(), user_factory()

    def hide_then_publish():
        account_services.remixes_in_comments_set(user=viewer, value=RemixesInComments.HIDDEN)
        _publish_remix(video, remixer)

    [received] = _watch_together(f"/ws/videos/{video.pk}/", [viewer], hide_then_publish)

    [event] = received
    assert event["comment"]["remix_hidden"] is True
    assert event["comment"]["image_url"] is None
