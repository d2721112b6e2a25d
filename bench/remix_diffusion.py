"""Diffusion engine timings on the tiny random-weight pipeline.

Builds the tiny pipeline into a temporary directory, then measures: importing torch and
diffusers, loading the pipeline through the engine's cache (``from_pretrained``), and, at 64 and
256 px, the time per denoising step (between two step callbacks) and per whole remix of each
kind. The tiny model's images are noise: this measures the plumbing, not a real model.

Run: .venv/bin/python bench/remix_diffusion.py [--steps 4] [--repeats 3]
Prints a table; the last line is one JSON object.
"""

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import skimage.data
from PIL import Image

from apps.remix.engines.base import Kind, RemixRequest
from apps.remix.engines.diffusion import (
    DiffusionEngine,
    device_choose,
    pipeline_get,
    pipelines_forget,
)
from bench._common import json_last_line, machine
from tests.remix.tiny_pipeline import tiny_pipeline_save

KINDS: tuple[Kind, ...] = ("restyle", "face", "background")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=4, help="denoising steps per remix")
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()

    started = time.perf_counter()
    import diffusers  # noqa: F401 — timed: the engine pays it on its first remix
    import torch

    import_s = time.perf_counter() - started
    device = device_choose()
    frame = Image.fromarray(skimage.data.astronaut())
    results: dict[str, object] = {
        "device": device,
        "torch_threads": torch.get_num_threads(),
        "import_s": round(import_s, 2),
    }
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        model = str(tiny_pipeline_save(Path(folder) / "tiny-sd"))
        results["build_and_save_s"] = round(time.perf_counter() - started, 2)
        size_mb = sum(p.stat().st_size for p in Path(model).rglob("*") if p.is_file()) / 1e6
        results["saved_mb"] = round(size_mb, 1)

        loads = []
        for _ in range(arguments.repeats + 1):
            pipelines_forget()
            started = time.perf_counter()
            pipeline_get(model, device)
            loads.append(time.perf_counter() - started)
        results["load_first_s"] = round(loads[0], 3)
        results["load_median_s"] = round(statistics.median(loads[1:]), 3)
        print(
            f"device {device}, import {import_s:.2f} s, load {loads[0]:.3f} s first, "
            f"{results['load_median_s']} s median after"
        )

        print(f"{'size':>5} {'kind':<11} {'per step ms':>12} {'remix ms':>9}")
        for size in (64, 256):
            engine = DiffusionEngine(model, steps=arguments.steps, strength=1.0, size=size)
            engine.generate(frame, RemixRequest("restyle", "warm-up"), lambda *_: None)
            for kind in KINDS:
                steps, totals = [], []
                for repeat in range(arguments.repeats):
                    marks: list[float] = []

                    def mark(percent: int, stage: str, marks: list[float] = marks) -> None:
                        if stage.startswith("Generating"):
                            marks.append(time.perf_counter())

                    started = time.perf_counter()
                    engine.generate(frame, RemixRequest(kind, "a beach", seed=repeat), mark)
                    totals.append(time.perf_counter() - started)
                    steps += [later - earlier for earlier, later in itertools.pairwise(marks)]
                step_ms = statistics.median(steps) * 1000
                total_ms = statistics.median(totals) * 1000
                results[f"{kind}_{size}px_step_ms"] = round(step_ms, 1)
                results[f"{kind}_{size}px_remix_ms"] = round(total_ms, 1)
                print(f"{size:>5} {kind:<11} {step_ms:>12.1f} {total_ms:>9.1f}")
    results["steps"] = arguments.steps
    json_last_line({"benchmark": "remix_diffusion", **results, **machine()})


if __name__ == "__main__":
    main()
