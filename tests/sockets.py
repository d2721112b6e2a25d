"""What the socket tests share: a logged-in client's headers and a connect that, when the
server refuses, ends the consumer the way a server does."""

from channels.testing import WebsocketCommunicator
from django.test import Client


def session_headers(user=None, origin="http://localhost"):
    headers = [(b"origin", origin.encode())]
    if user is not None:
        client = Client()
        client.force_login(user)
        headers.append((b"cookie", f"sessionid={client.cookies['sessionid'].value}".encode()))
    return headers


async def connect(communicator: WebsocketCommunicator) -> tuple[bool, int | None]:
    """``(accepted, close code)``. A refused consumer is told that the client went away, as a
    server tells it, so it stops here instead of being cancelled while the test's event loop
    shuts down (which once hung a CI run for the whole timeout)."""
    accepted, code = await communicator.connect(timeout=5)
    if not accepted:
        await communicator.send_input({"type": "websocket.disconnect", "code": code})
        await communicator.wait(timeout=5)
    return accepted, code
