"""Real Celery worker processes on the Redis broker, for the tests that need one."""

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from kombu import pools

from config.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[1]


def services_required() -> bool:
    """Whether a test that needs PostgreSQL or Redis must fail, not skip, without them: under
    CI, except in the run that checks the embedded default on purpose (``.ci/run`` sets
    ``CLIPMIX_TEST_EMBEDDED``)."""
    return bool(os.environ.get("CI")) and not os.environ.get("CLIPMIX_TEST_EMBEDDED")


def _test_database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def celery_connections_forget() -> None:
    """Celery keeps pooled broker connections and producers for the broker it first used; a
    test that changes the broker, or one whose pool a worker test closed, must start afresh."""
    # The app's pool is kombu's global pool for that broker: closing it without dropping it
    # from kombu's registry left a closed pool for the next publish ("Acquire on closed pool").
    pools.reset()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


def real_services_require(*, postgresql: bool = False) -> None:
    """Skip a test without the real services its workers need, except where they are required
    (``services_required``): Redis as the broker, and PostgreSQL where workers and the test
    share a server."""
    missing = []
    if not os.environ.get("REDIS_URL"):
        missing.append("REDIS_URL is not set: no broker for a real worker")
    if postgresql and connection.vendor != "postgresql":
        # SQLite is the embedded mode: jobs run in-process, one at a time, nothing to restart.
        missing.append("DATABASE_URL is not PostgreSQL: workers need a shared server")
    if missing:
        if services_required():
            pytest.fail(f"These tests need real services in CI: {'; '.join(missing)}")
        pytest.skip("; ".join(missing))


def process_group_stop(process: subprocess.Popen[str]) -> None:
    """SIGTERM to a process and its children, SIGKILL if they are not gone in 20 s."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextmanager
def celery_worker(
    queues: str, log_path: Path, extra_env: dict[str, str] | None = None
) -> Iterator[subprocess.Popen[str]]:
    """A worker consuming ``queues`` on the test database and media folder (or what ``extra_env``
    says instead); the test process publishes to it (eager mode off) until the block ends.
    Skips without ``REDIS_URL``, except under CI, where it fails."""
    real_services_require()
    env = {
        **os.environ,
        "DATABASE_URL": _test_database_url(),
        "CLIPMIX_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CLIPMIX_C2PA_CERT_CHAIN": settings.CLIPMIX_C2PA_CERT_CHAIN,
        "CLIPMIX_C2PA_PRIVATE_KEY": settings.CLIPMIX_C2PA_PRIVATE_KEY,
        "CLIPMIX_C2PA_TRUST_ANCHORS": settings.CLIPMIX_C2PA_TRUST_ANCHORS,
        "CLIPMIX_WATERMARK_KEY": settings.CLIPMIX_WATERMARK_KEY,
        "ORT_DISABLE_TELEMETRY": "1",
        **(extra_env or {}),
    }
    log = log_path.open("w")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", queues,
         "--pool", "solo", "--without-gossip", "--without-mingle", "--loglevel", "INFO"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    celery_connections_forget()
    celery_app.conf.task_always_eager = False
    try:
        yield worker
    finally:
        process_group_stop(worker)
        log.close()


# Redis that is down: the discard port, where nothing listens.
DEAD_REDIS = "redis://127.0.0.1:9/0"
DEAD_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": DEAD_REDIS}
}
DEAD_CHANNEL_LAYER = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": [DEAD_REDIS]},
    }
}


@contextmanager
def broker_unreachable(*, publish_retry: bool = True) -> Iterator[None]:
    """Celery publishes to a broker that is not there (with its own publish retries unless
    ``publish_retry`` is false, which fails fast), instead of running tasks eagerly."""
    conf = celery_app.conf
    saved = conf.broker_url, conf.task_always_eager, conf.task_publish_retry
    conf.broker_url, conf.task_always_eager, conf.task_publish_retry = (
        DEAD_REDIS,
        False,
        publish_retry,
    )
    celery_connections_forget()
    try:
        yield
    finally:
        conf.broker_url, conf.task_always_eager, conf.task_publish_retry = saved
        celery_connections_forget()
