"""Fault tests: real Celery worker processes (prefork, one child each) on the Redis broker and
the test database, whose engine (``tests.faults.engines.FaultEngine``) pauses or crashes when
the prompt asks it to.

Two workers serve the whole folder (starting one costs seconds on a busy machine); a test that
kills one starts its replacement. They read and write one media folder, which every test of the
folder shares. The web side of these tests is this process (Django's test client), or, where a
test needs a long-lived server with pooled connections, ``web_server`` (Daphne in its own
process). This process counts its rate limits in a local-memory cache: clearing a Redis cache
empties its whole database, which here is also the broker's.
"""

import asyncio
import base64
import http.client
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings as django_settings
from django.test import override_settings

from apps.remix.models import RemixJob
from apps.remix.services import requesting as remix_requesting
from apps.videos import services as video_services
from config.celery import app as celery_app
from tests.faults.engines import PAUSED
from tests.workers import (
    ROOT,
    _test_database_url,
    celery_connections_forget,
    process_group_stop,
    real_services_require,
)

# An unacknowledged message goes back to the queue this long after its delivery: production's
# hour, so that only the stalled-job check (apps/remix/recovery.py) can rescue the job of a
# worker killed whole, as in production.
VISIBILITY_TIMEOUT = 3600
# The workers stamp a running job this often (production: every 15 s).
HEARTBEAT_SECONDS = 1
WORKER_START_SECONDS = 120


class Worker:
    """One ``celery worker`` (its main process and its pool child, in one process group)."""

    def __init__(self, name: str, folder: Path, env: dict[str, str]) -> None:
        self.name = name
        self.log_path = folder / f"{name}.log"
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", "remix",
             "-n", f"{name}@%h", "--pool", "prefork", "--concurrency", "1",
             "--without-gossip", "--without-mingle", "--loglevel", "INFO"],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )  # fmt: skip

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait_ready(self) -> None:
        deadline = time.monotonic() + WORKER_START_SECONDS
        while " ready." not in self.log():
            assert self.alive(), f"worker {self.name} exited: {self.log()[-3000:]}"
            assert time.monotonic() < deadline, f"worker {self.name} never got ready"
            time.sleep(0.2)

    def kill(self) -> None:
        """SIGKILL, main process and child at once: nothing is acknowledged or requeued."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self._log.close()

    def stop(self) -> None:
        if self.alive():
            process_group_stop(self.process)
        self._log.close()


class Workers:
    """The folder's workers; ``start`` adds one (e.g. to replace a killed one)."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder, self.env, self.all = folder, env, []
        self.fault_dir = Path(env["CLIPMIX_FAULT_DIR"])
        self.media_root = Path(env["CLIPMIX_MEDIA_ROOT"])

    def start(self, count: int = 1) -> list[Worker]:
        started = [Worker(f"fault{len(self.all) + i}", self.folder, self.env) for i in range(count)]
        self.all += started
        for worker in started:
            worker.wait_ready()
        return started

    @property
    def running(self) -> list[Worker]:
        return [worker for worker in self.all if worker.alive()]

    def logs(self, *, tail: int = 2500) -> str:
        """Every worker's log (its last ``tail`` characters; 0: all of it), for a failure
        message or for counting what they did."""
        return "\n".join(f"--- {w.name}\n{w.log()[-tail:]}" for w in self.all)

    def wait_for(self, condition: Callable[[], Any], *, seconds: float = 90) -> Any:
        """Poll ``condition`` until it returns something true; every worker must stay up."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            result = condition()
            if result:
                return result
            dead = [w.name for w in self.all if not w.alive() and w.process.returncode != -9]
            assert not dead, f"workers {dead} exited:\n{self.logs()}"
            time.sleep(0.2)
        raise AssertionError(f"timed out; the workers said:\n{self.logs()}")

    def paused_pid(self, seed: int) -> int:
        """Wait until the job with ``seed`` is paused mid-generation; the pid running it."""
        marker = self.fault_dir / f"paused-{seed}"
        self.wait_for(marker.exists)
        return int(marker.read_text())

    def release(self, seed: int) -> None:
        (self.fault_dir / f"release-{seed}").touch()


@pytest.fixture(scope="package")
def _web_cache_local() -> Iterator[None]:
    with override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    ):
        yield


@pytest.fixture(autouse=True)
def _faults_web(_web_cache_local: None) -> None:
    """Every test here: the web side's rate limits in local memory (see the module)."""


@pytest.fixture(scope="package")
def _workers(
    django_db_setup: None, chain_paths: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workers]:
    real_services_require(postgresql=True)
    folder = tmp_path_factory.mktemp("faults")
    (folder / "media").mkdir()
    (folder / "signals").mkdir()
    _broker_queues_empty()
    env = {
        **os.environ,
        "DATABASE_URL": _test_database_url(),
        "CLIPMIX_MEDIA_ROOT": str(folder / "media"),
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CELERY_BROKER_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
        "CLIPMIX_REMIX_HEARTBEAT_SECONDS": str(HEARTBEAT_SECONDS),
        "CLIPMIX_C2PA_CERT_CHAIN": str(chain_paths["chain"]),
        "CLIPMIX_C2PA_PRIVATE_KEY": str(chain_paths["key"]),
        "CLIPMIX_C2PA_TRUST_ANCHORS": str(chain_paths["root"]),
        "CLIPMIX_WATERMARK_KEY": "test-watermark-key-not-for-production",
        "CLIPMIX_REMIX_ENGINE_CLASS": "tests.faults.engines.FaultEngine",
        "CLIPMIX_REMIX_MAX_ATTEMPTS": str(django_settings.CLIPMIX_REMIX_MAX_ATTEMPTS),
        "CLIPMIX_FAULT_DIR": str(folder / "signals"),
        "ORT_DISABLE_TELEMETRY": "1",
    }
    workers = Workers(folder, env)
    try:
        workers.start(2)
        yield workers
    finally:
        for worker in workers.all:
            worker.stop()
        _broker_queues_empty()  # nothing of ours left for the next tests' workers


@pytest.fixture
def workers(_workers: Workers, settings: Any, _isolated: None) -> Iterator[Workers]:
    """The folder's two workers (a dead one replaced), publishing to them from this test."""
    missing = 2 - len(_workers.running)
    if missing > 0:
        _workers.start(missing)
    settings.MEDIA_ROOT = _workers.media_root
    celery_app.conf.task_always_eager = False
    celery_connections_forget()
    yield _workers
    celery_connections_forget()


class WebServer:
    """The site under Daphne in a process of its own (pooled database connections, as in
    production), on the test database and the workers' media folder."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.log_path = folder / "web.log"
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(self.port),
             "config.asgi:application"],
            cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + WORKER_START_SECONDS
        while self.request("GET", "/healthz", check=False)[0] != 200:
            assert self.process.poll() is None, f"the web server exited: {self.log()}"
            assert time.monotonic() < deadline, f"the web server never answered: {self.log()}"
            time.sleep(0.3)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-3000:]

    def request(
        self, method: str, path: str, body: Any = None, *, token: str = "", check: bool = True
    ) -> tuple[int, Any]:
        """(status, the JSON body or the text); 0 when nothing answers."""
        headers = {"Content-Type": "application/json"} | (
            {"Authorization": f"Token {token}"} if token else {}
        )
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            connection.request(method, path, json.dumps(body) if body else None, headers)
            response = connection.getresponse()
            status, content = response.status, response.read().decode(errors="replace")
        except OSError:
            if check:
                raise
            return 0, ""
        finally:
            connection.close()
        if "json" in response.getheader("Content-Type", ""):
            return status, json.loads(content)
        return status, content

    def stop(self) -> None:
        process_group_stop(self.process)
        self._log.close()


@pytest.fixture
def web_server(workers: Workers) -> Iterator[WebServer]:
    server = WebServer(workers.folder, workers.env)
    yield server
    server.stop()


def broker() -> redis.Redis:
    return redis.Redis.from_url(os.environ["REDIS_URL"])


def _broker_queues_empty() -> None:
    """Only this run's own database index, and only the remix queue's keys."""
    client = broker()
    client.delete("remix", "unacked", "unacked_index")


def redeliver_unacknowledged() -> str:
    """Put the one message a worker holds unacknowledged back in the remix queue, as the broker
    does once its visibility timeout passes (without waiting for it); that message's task id."""
    client = broker()
    held = client.hvals("unacked")
    assert len(held) == 1, f"expected one message held by a worker, found {len(held)}"
    message, _exchange, _routing_key = json.loads(held[0])
    message["headers"]["redelivered"] = True
    message["properties"]["delivery_info"]["redelivered"] = True
    client.rpush("remix", json.dumps(message))  # the next one out, as kombu restores it
    return message["headers"]["id"]


def database_restart() -> int:
    """Drop every connection to the test database, as a restart of PostgreSQL does, without
    stopping the server (other databases share it); how many were dropped."""
    with psycopg.connect(_test_database_url(), autocommit=True) as admin:
        pids = [
            pid
            for (pid,) in admin.execute(
                "SELECT pid FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ]
        admin.execute("SELECT pg_terminate_backend(pid) FROM unnest(%s::int[]) AS pid", [pids])
        # Terminating only signals them: wait until they are gone, as after a restart.
        deadline = time.monotonic() + 30
        alive = "SELECT 1 FROM pg_stat_activity WHERE pid = ANY(%s)"
        while admin.execute(alive, [pids]).fetchone():
            assert time.monotonic() < deadline, "the terminated connections did not go away"
            time.sleep(0.05)
    return len(pids)


def finished_job(job_id: int) -> RemixJob | None:
    """The job, once it has ended (for ``Workers.wait_for``)."""
    job = RemixJob.objects.get(pk=job_id)
    return job if job.is_finished else None


def unacknowledged_forget(job_id: int) -> int:
    """Drop the messages for ``job_id`` that a killed worker held unacknowledged (the broker
    would hand them out again only after the hour-long visibility timeout); how many."""
    client = broker()
    forgotten = 0
    for tag, held in client.hgetall("unacked").items():
        message, _exchange, _routing_key = json.loads(held)
        if json.loads(base64.b64decode(message["body"]))[0] == [job_id]:
            forgotten += client.hdel("unacked", tag)
            client.zrem("unacked_index", tag)
    return forgotten


def broker_idle() -> bool:
    """Nothing waiting in the remix queue and nothing delivered but unacknowledged."""
    client = broker()
    return client.llen("remix") == 0 and client.hlen("unacked") == 0


@pytest.fixture
def ready_video(user_factory: Callable[..., Any], upload_of: Callable[..., Any]) -> Callable:
    """``ready_video(owner)``: a real video, uploaded and processed here (in-process)."""

    def make(owner: Any) -> Any:
        eager = celery_app.conf.task_always_eager
        celery_app.conf.task_always_eager = True
        try:
            video = video_services.video_upload(owner=owner, upload=upload_of("mp4"))
        finally:
            celery_app.conf.task_always_eager = eager
        video.refresh_from_db()
        assert video.status == video.Status.READY
        return video

    return make


_seeds = itertools.count(1000)  # the fault engine finds a job's signal files by its seed


def remix_request(requester: Any, video: Any, *, fault: str = "") -> Any:
    """A remix requested as the API does (consent, screening, rate limits, queued after
    commit); ``fault`` goes into the prompt for the fault engine. The seed is unique."""
    return remix_requesting.remix_job_create(
        requester=requester,
        video=video,
        at_seconds=0.2,
        kind="restyle",
        prompt=f"pixel art {fault}".strip(),
        caption="Level up",
        seed=next(_seeds),
    )


class Listener:
    """A channel on the real channel layer, joined to ``groups``: what reached them."""

    def __init__(self, *groups: str) -> None:
        self.layer = get_channel_layer()
        self.channel = f"faults.listener.{uuid.uuid4().hex}"
        for group in groups:
            async_to_sync(self.layer.group_add)(group, self.channel)

    def events(self, *, wait: float = 1.0) -> list[dict[str, Any]]:
        async def drain() -> list[dict[str, Any]]:
            received = []
            while True:
                try:
                    received.append(await asyncio.wait_for(self.layer.receive(self.channel), wait))
                except TimeoutError:
                    return received

        return async_to_sync(drain)()


@contextmanager
def paused_job(workers: Workers, requester: Any, video: Any) -> Iterator[Any]:
    """A job paused in the middle of its generation; released when the block ends."""
    job = remix_request(requester, video, fault="fault:pause")
    workers.paused_pid(job.seed)
    job.refresh_from_db()
    assert (job.status, job.stage) == ("running", PAUSED)
    try:
        yield job
    finally:
        workers.release(job.seed)
