"""The import contracts of docs/architecture.md (``.importlinter``) hold, and fail when an
import runs the wrong way."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / ".importlinter"), "--no-cache"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_apps_keep_every_import_contract():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "reversed_import", "broken"),
    [
        ("core/models.py", "from apps.accounts.models import User", "Core imports no app"),
        ("videos/selectors.py", "from apps.privacy import policy", "Videos' domain never"),
        ("comments/models.py", "from apps.remix.models import RemixJob", "never import remix"),
        ("accounts/services.py", "from apps.realtime import consumers", "Realtime is imported"),
        ("moderation/services/cases.py", "from apps.comments.models import Comment", "Moderation"),
        ("privacy/policy.py", "from apps.remix import selectors", "Domain apps import only"),
        ("comments/moderation.py", "from apps.moderation.screening import text", "screeners"),
    ],
)
def test_an_import_running_the_wrong_way_breaks_a_contract(
    tmp_path, module, reversed_import, broken
):
    def not_python(folder: str, names: list[str]) -> list[str]:
        return [name for name in names if Path(folder, name).suffix not in {".py", ""}]

    shutil.copytree(ROOT / "apps", tmp_path / "apps", ignore=not_python)
    shutil.copy(ROOT / ".importlinter", tmp_path / ".importlinter")
    target = tmp_path / "apps" / module
    target.write_text(target.read_text() + f"\n{reversed_import}  # noqa\n")

    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert broken in result.stdout.split("Broken contracts")[-1]
