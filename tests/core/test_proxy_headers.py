"""Behind a reverse proxy the client's address comes from ``X-Forwarded-For``, but only when
the peer is a trusted proxy: anyone else could send the header to dodge rate limits."""

import asyncio

from apps.core.asgi import ProxyHeadersMiddleware


def _seen(scope: dict) -> dict:
    seen: dict = {}

    async def app(scope, receive, send):
        seen.update(scope)

    asyncio.run(ProxyHeadersMiddleware(app, trusted=["10.0.0.2"])(scope, None, None))
    return seen


def _scope(peer: str, *headers: tuple[bytes, bytes], kind: str = "http") -> dict:
    return {"type": kind, "client": (peer, 5000), "scheme": "http", "headers": list(headers)}


def test_a_trusted_proxy_gives_the_client_address_and_scheme():
    seen = _seen(
        _scope(
            "10.0.0.2",
            (b"x-forwarded-for", b"203.0.113.7"),
            (b"x-forwarded-proto", b"https"),
        )
    )

    assert seen["client"] == ("203.0.113.7", 0)
    assert seen["scheme"] == "https"


def test_the_right_most_untrusted_address_is_the_client_not_what_the_client_claimed():
    forwarded = (b"x-forwarded-for", b"198.51.100.1, 203.0.113.7, 10.0.0.2")

    assert _seen(_scope("10.0.0.2", forwarded))["client"] == ("203.0.113.7", 0)


def test_anyone_else_cannot_claim_an_address():
    seen = _seen(_scope("192.0.2.9", (b"x-forwarded-for", b"203.0.113.7")))

    assert seen["client"] == ("192.0.2.9", 5000)


def test_a_websocket_behind_tls_is_wss():
    seen = _seen(
        _scope(
            "10.0.0.2",
            (b"x-forwarded-for", b"203.0.113.7"),
            (b"x-forwarded-proto", b"https"),
            kind="websocket",
        )
    )

    assert seen["scheme"] == "wss"
