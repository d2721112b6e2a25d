"""Settings read from the environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _settings(**environment: str) -> list[str]:
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.MEDIA_ROOT); print(settings.CLIPMIX_MODELS_DIR)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings", **environment},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.split()


def test_an_empty_folder_variable_means_the_default_not_the_current_folder():
    media, models = _settings(CLIPMIX_MEDIA_ROOT="", CLIPMIX_MODELS_DIR="")

    assert Path(media) == ROOT / "var" / "media"
    assert Path(models) == ROOT / "var" / "models"


def test_a_folder_variable_that_is_set_is_used(tmp_path):
    media, models = _settings(
        CLIPMIX_MEDIA_ROOT=str(tmp_path / "m"), CLIPMIX_MODELS_DIR=str(tmp_path / "v")
    )

    assert (Path(media), Path(models)) == (tmp_path / "m", tmp_path / "v")
