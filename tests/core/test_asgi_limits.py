import asyncio
import json

from asgiref.sync import async_to_sync

from apps.core.asgi import BodySizeLimitMiddleware, ConcurrencyLimitMiddleware


def _run(*, headers, chunks, limit=1000, path="/api/v1/videos/"):
    """Send a request through the middleware in front of an app that reads the whole body.
    Returns (status, body, chunks the client had to hand over, whether the app finished)."""
    handed = []
    app_finished = []

    async def app(scope, receive, send):
        while True:
            message = await receive()
            if not message.get("more_body"):
                break
        app_finished.append(True)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    pending = list(chunks)

    async def receive():
        chunk = pending.pop(0)
        handed.append(chunk)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    sent = []

    async def send(message):
        sent.append(message)

    middleware = BodySizeLimitMiddleware(app, default=10, limits={"/api/v1/videos/": limit})
    scope = {"type": "http", "path": path, "headers": headers}
    async_to_sync(middleware)(scope, receive, send)
    status = sent[0]["status"]
    body = b"".join(m.get("body", b"") for m in sent[1:])
    return status, body, len(handed), bool(app_finished)


def test_a_declared_length_over_the_limit_is_refused_before_reading():
    status, body, handed, finished = _run(
        headers=[(b"content-length", b"5000")], chunks=[b"x" * 500] * 10
    )

    assert status == 413
    assert json.loads(body)["code"] == "request_too_large"
    assert handed == 0
    assert not finished


def test_a_streamed_body_is_cut_off_once_it_passes_the_limit():
    status, _, handed, finished = _run(headers=[], chunks=[b"x" * 400] * 100)

    assert status == 413
    assert handed == 3  # 1,200 bytes: the first chunk past the 1,000-byte limit
    assert not finished


def test_a_body_within_the_limit_reaches_the_app():
    status, body, _, finished = _run(headers=[(b"content-length", b"800")], chunks=[b"x" * 400] * 2)

    assert (status, body, finished) == (200, b"ok", True)


def test_pages_get_a_readable_html_refusal():
    status, body, _, _ = _run(
        headers=[(b"content-length", b"50")], chunks=[b""], path="/settings/profile"
    )

    assert status == 413
    assert b"That file is too large" in body


def test_no_more_http_requests_than_the_limit_are_inside_the_app_at_once():
    inside, most = [0], [0]

    async def app(scope, receive, send):
        inside[0] += 1
        most[0] = max(most[0], inside[0])
        await asyncio.sleep(0.01)
        inside[0] -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})

    middleware = ConcurrencyLimitMiddleware(app, limit=2)

    async def many():
        sent = []

        async def send(message):
            sent.append(message)

        requests = [middleware({"type": "http"}, None, send) for _ in range(7)]
        await asyncio.gather(*requests)
        return sent

    sent = async_to_sync(many)()

    assert len(sent) == 7  # every request answered, none refused
    assert most[0] == 2
