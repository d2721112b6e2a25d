"""A real S3-compatible server for the tests: moto's standalone server (``moto[server]``), a
separate process on 127.0.0.1 that speaks the S3 protocol over HTTP, as a bucket in production
would. Nothing is mocked inside the process under test: boto3 talks HTTP to it."""

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.workers import process_group_stop

# Any keys do for moto; real ones come from the environment in production.
S3_KEYS = {"AWS_ACCESS_KEY_ID": "clipmix-test", "AWS_SECRET_ACCESS_KEY": "clipmix-test-secret"}
S3_REGION = "us-east-1"
# Where nothing listens (the discard port): an unreachable bucket.
DEAD_S3_ENDPOINT = "http://127.0.0.1:9"


def port_free() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_http(url: str, *, seconds: float = 30, process: subprocess.Popen[Any] | None = None):
    """Until ``url`` answers at all (any status), or fail."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"{process.args!r} exited with {process.returncode}")
        try:
            requests.get(url, timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


@contextmanager
def s3_server(log_path: Path) -> Iterator[str]:
    """moto's S3 server on a free loopback port; yields its endpoint URL. Skips where moto's
    server is not installed (never in CI, whose requirements include it: fails there)."""
    try:
        import moto.server  # noqa: F401
        import storages  # noqa: F401
    except ImportError as missing:
        from tests.workers import services_required

        if services_required():
            pytest.fail(f"moto[server] and django-storages are CI requirements: {missing}")
        pytest.skip(f"no S3 server to test against: {missing}")
    port = port_free()
    log = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    endpoint = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(endpoint, process=process)
        yield endpoint
    finally:
        process_group_stop(process)
        log.close()


def bucket_create(endpoint: str) -> str:
    """A new, empty bucket (one per test keeps tests apart on one server)."""
    name = f"clipmix-{uuid.uuid4().hex[:12]}"
    s3_client(endpoint).create_bucket(Bucket=name)
    return name


def s3_client(endpoint: str) -> Any:
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=S3_REGION,
        aws_access_key_id=S3_KEYS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=S3_KEYS["AWS_SECRET_ACCESS_KEY"],
    )


def bucket_names(endpoint: str, bucket: str) -> list[str]:
    listing = s3_client(endpoint).list_objects_v2(Bucket=bucket)
    return sorted(item["Key"] for item in listing.get("Contents", []))


def storage_url(endpoint: str, bucket: str) -> str:
    """``CLIPMIX_STORAGE_URL`` for ``bucket`` on ``endpoint`` (path-style, as for MinIO)."""
    return f"s3://{bucket}?endpoint_url={endpoint}&region_name={S3_REGION}&addressing_style=path"
