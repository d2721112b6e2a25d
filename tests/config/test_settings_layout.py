"""The settings package: split by environment, nothing written on import, the version from the
project's metadata, and the command that prepares embedded mode."""

import os
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_settings_writes_nothing(tmp_path):
    shutil.copytree(ROOT / "config" / "settings", tmp_path / "config" / "settings")
    (tmp_path / "config" / "__init__.py").write_text("")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    before = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*"))
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CLIPMIX_"))}
    clean.pop("DATABASE_URL", None)

    result = subprocess.run(
        [sys.executable, "-B", "-c", "import config.settings as s; print(s.CLIPMIX_VERSION)"],
        cwd=tmp_path,
        env={**clean, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*")) == before


def test_the_version_is_the_projects(settings):
    with (ROOT / "pyproject.toml").open("rb") as pyproject:
        version = tomllib.load(pyproject)["project"]["version"]

    assert version == settings.CLIPMIX_VERSION


def test_development_prepare_makes_var_and_a_private_secret_key_once(settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    settings.STATIC_ROOT = tmp_path / "var" / "static"

    call_command("development_prepare")
    key = tmp_path / "var" / "secret_key"
    first = key.read_text()
    call_command("development_prepare")

    assert settings.STATIC_ROOT.is_dir()
    assert len(first) >= 50
    assert key.read_text() == first
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
