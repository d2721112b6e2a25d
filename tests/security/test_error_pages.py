"""Whoever looks at the embedded default (`make run`) sees the product's own error pages: a
missing video, profile, credentials page or media file never shows Django's debug page, with
its URL patterns and server paths. The debug page is behind an explicit DJANGO_DEBUG=true."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

REPO = Path(__file__).resolve().parents[2]
MISSING = ["/v/999999", "/@nobody-here", "/credentials/999999", "/media/remixes/nothing.jpg"]


def _debug_with(environment: dict[str, str]) -> bool:
    """DEBUG as config.settings computes it in a fresh process with this environment (and
    nothing else of the test run's: pytest-django turns DEBUG off in its own process)."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CLIPMIX_"))}
    keep.pop("DATABASE_URL", None)
    keep.pop("REDIS_URL", None)
    keep.pop("EMAIL_URL", None)
    code = "from django.conf import settings; print(settings.DEBUG)"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=REPO,
        env={**keep, "DJANGO_SETTINGS_MODULE": "config.settings", **environment},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return result.stdout.strip().splitlines()[-1] == "True"


def test_the_embedded_default_has_debug_off_and_only_an_explicit_setting_turns_it_on():
    assert _debug_with({}) is False
    assert _debug_with({"DJANGO_DEBUG": "true"}) is True
    assert (
        _debug_with(
            {
                "DJANGO_DEBUG": "true",
                "DJANGO_ENV": "production",
                "DJANGO_SECRET_KEY": "x" * 50,
                "DJANGO_ALLOWED_HOSTS": "example.com",
                "DATABASE_URL": "sqlite:////tmp/unused.sqlite3",
                "REDIS_URL": "redis://127.0.0.1:6379/5",
                "EMAIL_URL": "smtp+tls://clipmix:secret@smtp.example:587",
            }
        )
        is False
    )


@pytest.mark.parametrize("path", MISSING)
def test_a_missing_page_or_file_is_the_products_404_in_the_embedded_default(
    client, db, settings, path
):
    settings.DEBUG = _debug_with({})

    response = client.get(path)

    assert response.status_code == 404
    page = response.content.decode()
    assert "Page not found" in page
    for leak in ("URLconf", "urlpatterns", "Traceback", str(django_settings.BASE_DIR)):
        assert leak not in page, leak
