import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator

from apps.accounts import services
from apps.accounts.models import Block
from apps.comments import services as comment_services
from apps.realtime.consumers import CLOSE_NOT_ALLOWED, CLOSE_NOT_AUTHENTICATED
from apps.videos.models import Video
from config.asgi import application
from tests.sockets import connect, session_headers

# Sockets authenticate through the session in another thread: the rows must be committed.
pytestmark = pytest.mark.django_db(transaction=True)


def _listen(path, headers, action=lambda: None):
    """Connect to ``path``, run ``action`` (sync), and return what arrived, or
    ``("refused", close_code)`` when the socket was not accepted."""

    async def scenario():
        communicator = WebsocketCommunicator(application, path, headers=headers)
        connected, code = await connect(communicator)
        if not connected:
            return ("refused", code)
        await sync_to_async(action)()
        received = []
        while not await communicator.receive_nothing(timeout=0.5):
            received.append(await communicator.receive_json_from())
        await communicator.disconnect()
        return received

    return async_to_sync(scenario)()


def test_anonymous_sockets_are_closed_as_not_authenticated():
    assert _listen("/ws/me/", session_headers()) == ("refused", CLOSE_NOT_AUTHENTICATED)


def test_sockets_from_another_origin_are_refused(user):
    result = _listen("/ws/me/", session_headers(user, origin="https://evil.example"))

    assert result[0] == "refused"


def test_a_logged_in_user_connects(user):
    assert _listen("/ws/me/", session_headers(user)) == []


def _follow_while_listening(listener, follower, followee):
    """What ``listener``'s socket receives while ``follower`` follows ``followee``."""
    return _listen(
        "/ws/me/",
        session_headers(listener),
        lambda: services.follow_create(follower=follower, followee=followee),
    )


def test_a_new_follower_reaches_the_followed_users_socket(user_factory):
    ana, bo = user_factory(), user_factory()

    received = _follow_while_listening(ana, follower=bo, followee=ana)

    assert received == [{"type": "follow.created", "follower": bo.username}]


def test_a_follow_of_someone_else_does_not_reach_my_socket(user_factory):
    ana, bo, cy = user_factory(), user_factory(), user_factory()

    assert _follow_while_listening(ana, follower=bo, followee=cy) == []


def _watch(video_id, headers, action=lambda: None):
    return _listen(f"/ws/videos/{video_id}/", headers, action)


def test_video_watchers_get_new_comments_live(user_factory, video_factory):
    video, author, watcher = video_factory(), user_factory(), user_factory()

    received = _watch(
        video.pk,
        session_headers(watcher),
        lambda: comment_services.comment_create(author=author, video=video, body="Hello live"),
    )

    assert len(received) == 1
    assert received[0]["type"] == "comment.created"
    assert received[0]["comment"]["body"] == "Hello live"
    assert received[0]["comment"]["author"]["handle"] == author.username


def test_anonymous_viewers_can_watch_a_public_video(user_factory, video_factory):
    video, author = video_factory(), user_factory()

    received = _watch(
        video.pk,
        session_headers(),
        lambda: comment_services.comment_create(author=author, video=video, body="hi"),
    )

    assert [event["type"] for event in received] == ["comment.created"]


def test_removed_comments_are_announced(video_factory, comment_factory, user_factory):
    comment = comment_factory()

    received = _watch(
        comment.video_id,
        session_headers(user_factory()),
        lambda: comment_services.comment_delete(actor=comment.author, comment=comment),
    )

    assert received == [{"type": "comment.removed", "comment_id": comment.pk}]


def test_a_video_i_may_not_view_refuses_the_socket(user_factory, video_factory):
    processing = video_factory(status=Video.Status.PROCESSING)
    blocked_viewer = user_factory()
    blocking = video_factory()
    Block.objects.create(blocker=blocking.owner, blocked=blocked_viewer)

    assert _watch(processing.pk, session_headers(user_factory())) == (
        "refused",
        CLOSE_NOT_ALLOWED,
    )
    assert _watch(blocking.pk, session_headers(blocked_viewer)) == (
        "refused",
        CLOSE_NOT_ALLOWED,
    )
    assert _watch(424242, session_headers()) == ("refused", CLOSE_NOT_ALLOWED)


def _watch_together(video_id, watchers_headers, action):
    """Several sockets on one video at once; what each received while ``action`` ran."""

    async def scenario():
        communicators = [
            WebsocketCommunicator(application, f"/ws/videos/{video_id}/", headers=headers)
            for headers in watchers_headers
        ]
        for communicator in communicators:
            connected, _ = await connect(communicator)
            assert connected
        await sync_to_async(action)()
        received = []
        for communicator in communicators:
            events = []
            while not await communicator.receive_nothing(timeout=0.5):
                events.append(await communicator.receive_json_from())
            received.append(events)
            await communicator.disconnect()
        return received

    return async_to_sync(scenario)()


def test_one_comment_burst_still_asks_the_policy_for_each_watcher(user_factory, video_factory):
    video, author, fan, blocked = video_factory(), user_factory(), user_factory(), user_factory()

    def block_then_comment():
        Block.objects.create(blocker=video.owner, blocked=blocked)
        comment_services.comment_create(author=author, video=video, body="For some eyes")

    anonymous, watcher, blocked_watcher = _watch_together(
        video.pk,
        [session_headers(), session_headers(fan), session_headers(blocked)],
        block_then_comment,
    )

    assert [event["comment"]["body"] for event in anonymous] == ["For some eyes"]
    assert [event["comment"]["body"] for event in watcher] == ["For some eyes"]
    assert blocked_watcher == []
