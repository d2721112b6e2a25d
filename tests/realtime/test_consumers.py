import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from apps.accounts import services
from apps.realtime.consumers import CLOSE_NOT_AUTHENTICATED
from config.asgi import application

# Sockets authenticate through the session in another thread: the rows must be committed.
pytestmark = pytest.mark.django_db(transaction=True)


def _headers(user=None, origin="http://localhost"):
    headers = [(b"origin", origin.encode())]
    if user is not None:
        client = Client()
        client.force_login(user)
        headers.append((b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode()))
    return headers


def _connect_result(headers):
    async def scenario():
        communicator = WebsocketCommunicator(application, "/ws/me/", headers=headers)
        connected, code = await communicator.connect(timeout=5)
        if connected:
            await communicator.disconnect()
        return connected, code

    return async_to_sync(scenario)()


def test_anonymous_sockets_are_closed_as_not_authenticated():
    connected, code = _connect_result(_headers())

    assert not connected
    assert code == CLOSE_NOT_AUTHENTICATED


def test_sockets_from_another_origin_are_refused(user):
    connected, _ = _connect_result(_headers(user, origin="https://evil.example"))

    assert not connected


def test_a_logged_in_user_connects(user):
    connected, _ = _connect_result(_headers(user))

    assert connected


def _follow_while_listening(listener, follower, followee):
    """What ``listener``'s socket receives while ``follower`` follows ``followee``."""

    headers = _headers(listener)

    async def scenario():
        communicator = WebsocketCommunicator(application, "/ws/me/", headers=headers)
        connected, _ = await communicator.connect(timeout=5)
        assert connected
        await sync_to_async(services.follow_create)(follower=follower, followee=followee)
        received = []
        while not await communicator.receive_nothing(timeout=0.5):
            received.append(await communicator.receive_json_from())
        await communicator.disconnect()
        return received

    return async_to_sync(scenario)()


def test_a_new_follower_reaches_the_followed_users_socket(user_factory):
    ana, bo = user_factory(), user_factory()

    received = _follow_while_listening(ana, follower=bo, followee=ana)

    assert received == [{"type": "follow.created", "follower": bo.username}]


def test_a_follow_of_someone_else_does_not_reach_my_socket(user_factory):
    ana, bo, cy = user_factory(), user_factory(), user_factory()

    assert _follow_while_listening(ana, follower=bo, followee=cy) == []
