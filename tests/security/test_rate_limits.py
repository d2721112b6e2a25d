"""The remix rate limits under a burst of parallel requests, end to end over HTTP.

Each request is its own client on its own thread and database connection, the counters live in
Redis as in production, and accepted jobs are only queued on the real Redis broker (no worker
runs them), so the test measures admission and nothing else.
"""

import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import connections
from rest_framework.test import APIClient

from apps.moderation.screening.text import text_screener_warm
from apps.remix.models import RemixJob
from config.celery import app as celery_app
from tests.factories import api_key_for
from tests.workers import celery_connections_forget, services_required

PARALLEL = 50
USER_LIMIT = 7
VIDEO_LIMIT = 4
WINDOW = 3600


@pytest.fixture
def redis_limits(settings):
    """Counters in Redis (``REDIS_URL``), the store every production web process shares, under
    a prefix of their own; small limits so that a burst of 50 passes them."""
    url = os.environ.get("REDIS_URL")
    if not url:
        if services_required():
            pytest.fail("REDIS_URL must be set in CI: rate limits are tested on Redis")
        pytest.skip("REDIS_URL is not set: no Redis for the rate-limit counters")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"clipmix-ratelimit-test-{uuid.uuid4().hex}",
        }
    }
    assert isinstance(caches["default"], RedisCache)
    settings.CLIPMIX_RATE_LIMITS = {
        **settings.CLIPMIX_RATE_LIMITS,
        "remix_user": f"{USER_LIMIT}/{WINDOW}",
        "remix_video": f"{VIDEO_LIMIT}/{WINDOW}",
    }
    _clear_of_window_edge(WINDOW)


def _clear_of_window_edge(window: int, margin: float = 20.0) -> None:
    """Fixed windows restart on the clock; a burst straddling a restart would rightly be
    admitted twice, so start it well inside one window."""
    into_window = time.time() % window
    if into_window > window - margin:
        time.sleep(window - into_window + 0.5)


@pytest.fixture
def remix_queue():
    """Accepted jobs go to the ``remix`` queue on the Redis broker, as in production;
    ``remix_queue()`` takes the queued messages off it and returns their job ids."""
    celery_connections_forget()
    celery_app.conf.task_always_eager = False

    def drain() -> list[int]:
        job_ids = []
        with celery_app.connection_for_read() as connection:
            channel = connection.default_channel
            while (message := channel.basic_get("remix", no_ack=True)) is not None:
                assert message.headers["task"] == "apps.remix.tasks.remix_job_run"
                args, _kwargs, _embed = message.decode()
                job_ids.append(args[0])
        return job_ids

    drain()  # nothing left from an earlier run
    yield drain
    drain()
    celery_connections_forget()


@pytest.fixture
def requester_with_token(user_factory):
    """A requester, the thread-safe text screener loaded once beforehand so that the first
    requests of the burst do not wait on it, and an ``api()`` that makes a fresh client."""
    requester = user_factory(username="burst")
    key = api_key_for(requester)
    text_screener_warm()

    def api() -> APIClient:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
        return client

    return requester, api


def _burst(api, video_ids: list[int]) -> list:
    """``PARALLEL`` job requests at once, released together by a barrier."""
    start = threading.Barrier(PARALLEL)

    def one(index: int):
        client = api()
        payload = {
            "video_id": video_ids[index % len(video_ids)],
            "at_seconds": 1.0,
            "kind": "restyle",
            "prompt": "turn it into a watercolour painting",
        }
        start.wait(timeout=60)
        try:
            return client.post("/api/v1/remix/jobs", payload, format="json")
        finally:
            connections.close_all()  # back to the pool: 50 threads share a few connections

    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        return list(pool.map(one, range(PARALLEL)))


def _assert_refusals_are_429_with_retry_after(refused) -> None:
    for response in refused:
        assert response.status_code == 429, response.content
        body = response.json()
        assert body["code"] == "rate_limited"
        assert set(body) == {"message", "code", "extra"}
        retry_after = int(response["Retry-After"])
        assert 1 <= retry_after <= WINDOW
        assert body["extra"]["retry_after"] == retry_after


@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_remix_requests_accept_exactly_the_per_user_limit(
    redis_limits, remix_queue, requester_with_token, video_factory
):
    requester, api = requester_with_token
    # Spread over videos so that only the per-user limit can bind.
    videos = [video_factory() for _ in range(PARALLEL // VIDEO_LIMIT + 1)]

    responses = _burst(api, [video.pk for video in videos])

    accepted = [response for response in responses if response.status_code == 201]
    assert len(accepted) == USER_LIMIT, sorted(response.status_code for response in responses)
    _assert_refusals_are_429_with_retry_after(
        [response for response in responses if response.status_code != 201]
    )
    accepted_ids = {response.json()["id"] for response in accepted}
    jobs = RemixJob.objects.filter(requester=requester)
    assert set(jobs.values_list("pk", flat=True)) == accepted_ids
    assert set(jobs.values_list("status", flat=True)) == {RemixJob.Status.QUEUED}
    assert sorted(remix_queue()) == sorted(accepted_ids)


@pytest.mark.django_db(transaction=True)
def test_fifty_parallel_remixes_of_one_video_accept_exactly_the_per_video_limit(
    redis_limits, remix_queue, requester_with_token, video_factory, settings
):
    settings.CLIPMIX_RATE_LIMITS = {
        **settings.CLIPMIX_RATE_LIMITS,
        "remix_user": f"{PARALLEL * 2}/{WINDOW}",
    }
    requester, api = requester_with_token
    video = video_factory()

    responses = _burst(api, [video.pk])

    accepted = [response for response in responses if response.status_code == 201]
    assert len(accepted) == VIDEO_LIMIT, sorted(response.status_code for response in responses)
    _assert_refusals_are_429_with_retry_after(
        [response for response in responses if response.status_code != 201]
    )
    assert RemixJob.objects.filter(requester=requester, video=video).count() == VIDEO_LIMIT
    assert len(remix_queue()) == VIDEO_LIMIT
