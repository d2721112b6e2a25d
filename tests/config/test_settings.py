import os
import subprocess
import sys
from pathlib import Path

import pytest

from config.celery import QUEUES
from config.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_ENV": "production",
    "DJANGO_SECRET_KEY": "x7" * 30 + "-production-secret-for-the-deploy-check",
    "DJANGO_ALLOWED_HOSTS": "clipmix.example",
    "DATABASE_URL": "postgres://clipmix@127.0.0.1:5432/clipmix",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_URL": "smtp+tls://clipmix:secret@smtp.example:587",
}


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CLIPMIX_"))}
    clean.pop("DATABASE_URL", None)
    clean.pop("REDIS_URL", None)
    clean.pop("EMAIL_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "missing",
    ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "EMAIL_URL"],
)
def test_production_refuses_to_start_without_its_secrets(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_an_unknown_environment_name_is_refused():
    result = _manage("check", env={"DJANGO_ENV": "prod"})

    assert result.returncode != 0
    assert "DJANGO_ENV must be 'development' or 'production'" in result.stderr


def test_celery_is_json_only_with_late_acks_and_ordered_time_limits(settings):
    conf = celery_app.conf

    assert {queue.name for queue in conf.task_queues} == set(QUEUES)
    assert set(QUEUES) == {"default", "media", "remix", "moderation"}
    assert conf.accept_content == ["json"]
    assert conf.task_serializer == "json"
    assert conf.task_acks_late is True
    assert conf.task_reject_on_worker_lost is True
    assert conf.worker_prefetch_multiplier == 1
    visibility_timeout = conf.broker_transport_options["visibility_timeout"]
    assert conf.task_soft_time_limit < conf.task_time_limit < visibility_timeout


def test_opencv_is_the_headless_build_only():
    """invisible-watermark asks for the full opencv-python; only the headless cv2 may remain."""
    from importlib.metadata import PackageNotFoundError, distribution

    with pytest.raises(PackageNotFoundError):
        distribution("opencv-python")
    result = subprocess.run(
        [sys.executable, "-c", "import cv2; print(cv2.getBuildInformation())"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DISPLAY": "", "ORT_DISABLE_TELEMETRY": "1"},
    )
    assert result.returncode == 0, result.stderr
    gui = next(line for line in result.stdout.splitlines() if line.strip().startswith("GUI:"))
    assert gui.split(":", 1)[1].strip() == "NONE"


def test_production_on_a_bucket_passes_the_deploy_check_and_allows_its_signed_addresses():
    env = {
        **PRODUCTION_ENV,
        "CLIPMIX_STORAGE_URL": "s3://media/prod?endpoint_url=https://s3.example&region_name=eu",
    }
    script = (
        "from django.conf import settings as s; "
        "print(s.STORAGES['default']); print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )

    assert _manage("check", "--deploy", "--fail-level", "WARNING", env=env).returncode == 0
    shown = _manage("shell", "-c", script, env=env)

    assert "'BACKEND': 'apps.core.storage_s3.MediaS3Storage'" in shown.stdout, shown.stderr
    assert "'bucket_name': 'media', 'location': 'prod'" in shown.stdout
    assert "'https://s3.example', 'https://*.s3.example'" in shown.stdout


@pytest.mark.parametrize(
    "url", ["s3://key:secret@media", "https://media.example/bucket", "s3:///no-bucket"]
)
def test_a_storage_url_with_keys_or_without_a_bucket_is_refused(url):
    from environ import ImproperlyConfigured

    from config.settings.base import media_storage_config

    with pytest.raises(ImproperlyConfigured):
        media_storage_config(url)


def test_without_a_storage_url_media_stay_on_local_disk(settings):
    from config.settings.base import media_storage_config

    assert media_storage_config("") == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "DATABASE_URL names no database Clipmix can use"),
        ("nosuchdb://127.0.0.1/clipmix", "'nosuchdb' isn't an available database backend"),
    ],
)
def test_a_database_url_clipmix_cannot_use_is_a_readable_error(url, message):
    shown = _manage("check", env={"DATABASE_URL": url})

    assert shown.returncode == 1
    assert f"Configuration error: {message}" in shown.stderr
    assert "Traceback" not in shown.stderr
