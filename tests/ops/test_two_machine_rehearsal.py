"""Two machines rehearsed on one box (docs/operations.md): two production web processes
(Granian, ``DJANGO_ENV=production``) on their own ports behind nginx (``ops/nginx-two-web.conf``),
one PostgreSQL, one Redis, media on an S3 server (moto's, over HTTP) and a real Celery worker.
Nothing is shared between the processes but those services: a comment posted through one web
process reaches a websocket opened on the other, and a remix requested through one is published
by the worker and seen through the other, its image served from the bucket."""

import asyncio
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from apps.privacy.models import RemixKind, VideoPrivacy
from tests.factories import api_key_for
from tests.s3 import S3_KEYS, bucket_create, port_free, storage_url, wait_for_http
from tests.workers import (
    ROOT,
    _test_database_url,
    celery_worker,
    process_group_stop,
    real_services_require,
    services_required,
)

pytestmark = pytest.mark.django_db(transaction=True)

NGINX_TEMPLATE = ROOT / "ops" / "nginx-two-web.conf"


def _nginx_require() -> str:
    nginx = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
    )
    if nginx is None:
        reason = "nginx is not installed (Debian: apt-get install nginx; .ci/run does)"
        if services_required():
            pytest.fail(f"The two-machine rehearsal needs nginx in CI: {reason}")
        pytest.skip(reason)
    return nginx


@contextmanager
def _process(args: list[str], log_path: Path, env: dict[str, str]) -> Iterator[subprocess.Popen]:
    log = log_path.open("w")
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        yield process
    finally:
        process_group_stop(process)
        log.close()


def _nginx_conf(folder: Path, *, port: int, web_a: int, web_b: int) -> Path:
    for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / temp).mkdir(parents=True, exist_ok=True)
    text = NGINX_TEMPLATE.read_text()
    for name, value in {
        # As root, nginx's workers would otherwise drop to nobody, who cannot write our folder.
        "__USER__": "user root;" if os.geteuid() == 0 else "",
        "__PREFIX__": str(folder),
        "__PORT__": str(port),
        "__WEB_A__": str(web_a),
        "__WEB_B__": str(web_b),
    }.items():
        text = text.replace(name, value)
    conf = folder / "nginx.conf"
    conf.write_text(text)
    return conf


def _until(what: str, condition: Callable[[], Any], *, seconds: float, logs: list[Path]) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.3)
    tails = "\n".join(f"--- {log.name}\n{log.read_text()[-2500:]}" for log in logs)
    raise AssertionError(f"timed out waiting for {what}\n{tails}")


class Site:
    """The site as a client sees it through nginx, choosing the web process (``a`` or ``b``)."""

    def __init__(self, base: str, token: str) -> None:
        self.base, self.session = base, requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"

    def call(self, web: str, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"X-Clipmix-Web": web, **kwargs.pop("headers", {})}
        response = self.session.request(
            method, self.base + path, headers=headers, timeout=30, allow_redirects=False, **kwargs
        )
        served_by = response.headers.get("X-Clipmix-Upstream", "")
        assert served_by.endswith(f":{self.ports[web]}"), (web, served_by, response.text[:500])
        return response

    ports: dict[str, int] = {}


async def _listen(url: str, origin: str, received: list[dict], ready: asyncio.Event) -> None:
    import websockets

    async with websockets.connect(
        url, origin=origin, additional_headers={"X-Clipmix-Web": "b"}
    ) as socket:
        served_by = socket.response.headers.get("X-Clipmix-Upstream", "")
        received.append({"type": "_served_by", "upstream": served_by})
        ready.set()
        async for message in socket:
            received.append(json.loads(message))


def test_two_web_processes_behind_nginx_share_sockets_remixes_and_media(
    tmp_path, user_factory, media_files, signing_keys, s3_endpoint, settings
):
    real_services_require(postgresql=True)
    nginx = _nginx_require()
    started = time.monotonic()
    bucket = bucket_create(s3_endpoint)
    creator, fan = user_factory(username="cara"), user_factory(username="finn")
    ports = {"a": port_free(), "b": port_free()}
    proxy_port = port_free()
    Site.ports = ports
    redis_url = os.environ["REDIS_URL"]
    shared = {
        "DATABASE_URL": _test_database_url(),
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": redis_url,
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CLIPMIX_STORAGE_URL": storage_url(s3_endpoint, bucket),
        **S3_KEYS,
        "CLIPMIX_C2PA_CERT_CHAIN": str(signing_keys["chain"]),
        "CLIPMIX_C2PA_PRIVATE_KEY": str(signing_keys["key"]),
        "CLIPMIX_C2PA_TRUST_ANCHORS": str(signing_keys["root"]),
        "CLIPMIX_WATERMARK_KEY": settings.CLIPMIX_WATERMARK_KEY,
        "ORT_DISABLE_TELEMETRY": "1",
    }
    web_env = {
        **os.environ,
        **shared,
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "EMAIL_URL": "consolemail://",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "CLIPMIX_TRUSTED_PROXIES": "127.0.0.1",
        "DJANGO_LOG_LEVEL": "WARNING",
    }
    logs = [tmp_path / "web-a.log", tmp_path / "web-b.log", tmp_path / "worker.log"]
    # The production server's command (docs/operations.md), one worker each.
    granian = [sys.executable, "-m", "granian", "--interface", "asginl", "--host", "127.0.0.1",
               "--workers", "1", "--no-access-log", "config.asgi:application",
               "--port"]  # fmt: skip
    with ExitStack() as running:
        for web in ("a", "b"):
            running.enter_context(
                _process([*granian, str(ports[web])], tmp_path / f"web-{web}.log", web_env)
            )
        running.enter_context(celery_worker("media,remix", logs[2], extra_env=shared))
        conf = _nginx_conf(tmp_path / "nginx", port=proxy_port, web_a=ports["a"], web_b=ports["b"])
        running.enter_context(
            _process(
                [nginx, "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"],
                tmp_path / "nginx.log",
                dict(os.environ),
            )
        )
        base = f"http://127.0.0.1:{proxy_port}"
        for web in ("a", "b"):
            wait_for_http(f"http://127.0.0.1:{ports[web]}/healthz", seconds=60)
        wait_for_http(f"{base}/healthz", seconds=10)

        # The creator uploads through web process A; the worker stores the poster and frames in
        # the bucket; B sees the video ready.
        as_creator, as_fan = Site(base, api_key_for(creator)), Site(base, api_key_for(fan))
        with media_files["mp4"].open("rb") as file:
            uploaded = as_creator.call(
                "a", "POST", "/api/v1/videos/", files={"file": file}, data={"caption": "two"}
            )
        assert uploaded.status_code == 201, uploaded.text
        video_id = uploaded.json()["id"]
        _until(
            "the worker to process the upload",
            lambda: (
                as_creator.call("b", "GET", f"/api/v1/videos/{video_id}/").json()["status"]
                == "ready"
            ),
            seconds=60,
            logs=logs,
        )
        VideoPrivacy.objects.filter(video_id=video_id).update(remix_kinds=list(RemixKind.values))

        # A socket on web process B; a comment posted through A reaches it (Redis channel layer).
        received: list[dict] = []
        loop = asyncio.new_event_loop()
        ready = asyncio.Event()
        listener = loop.create_task(
            _listen(f"ws://127.0.0.1:{proxy_port}/ws/videos/{video_id}/", base, received, ready)
        )
        loop.run_until_complete(asyncio.wait_for(ready.wait(), 30))
        assert received[0]["upstream"].endswith(f":{ports['b']}")

        def socket_got(predicate: Callable[[dict], bool]) -> Callable[[], bool]:
            def check() -> bool:
                loop.run_until_complete(asyncio.sleep(0.2))
                assert not listener.done() or listener.exception() is None, listener.exception()
                return any(predicate(event) for event in received)

            return check

        posted = as_fan.call(
            "a", "POST", f"/api/v1/videos/{video_id}/comments/", json={"body": "hello from A"}
        )
        assert posted.status_code == 201, posted.text
        _until(
            "the comment to reach the socket on B",
            socket_got(
                lambda e: (
                    e.get("type") == "comment.created"
                    and e["comment"].get("id") == posted.json()["id"]
                )
            ),
            seconds=15,
            logs=logs,
        )

        # A remix requested through A: the worker generates, signs and publishes it; B reports
        # it published, its socket gets the remix's comment, and its image comes from the bucket.
        requested = as_fan.call(
            "a",
            "POST",
            "/api/v1/remix/jobs",
            json={"video_id": video_id, "at_seconds": 0.5, "kind": "restyle", "prompt": "comic"},
        )
        assert requested.status_code == 201, requested.text
        job_id = requested.json()["id"]

        def job_on_b() -> dict | None:
            job = as_fan.call("b", "GET", f"/api/v1/remix/jobs/{job_id}").json()
            assert job["status"] not in {"failed", "rejected", "cancelled"}, job
            return job if job["status"] == "published" else None

        job = _until("the worker to publish the remix", job_on_b, seconds=60, logs=logs)
        _until(
            "the remix's comment to reach the socket on B",
            socket_got(
                lambda e: (
                    e.get("type") == "comment.created"
                    and e["comment"].get("id") == job["comment_id"]
                )
            ),
            seconds=15,
            logs=logs,
        )
        image = as_fan.call("b", "GET", job["image_url"].removeprefix(base))
        assert image.status_code == 302, image.text
        assert image.headers["Location"].startswith(f"{s3_endpoint}/{bucket}/")
        signed = requests.get(image.headers["Location"], timeout=10)
        assert signed.status_code == 200
        assert signed.content[:3] == b"\xff\xd8\xff"  # the signed JPEG itself
        listener.cancel()
        loop.run_until_complete(asyncio.gather(listener, return_exceptions=True))
        loop.close()
    print(f"two-machine rehearsal: {time.monotonic() - started:.1f} s")
