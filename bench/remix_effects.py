"""Effects engine latency: every restyle style, backdrop scene and face effect at 512 px.

Runs ``EffectsEngine.generate`` on two real inputs, the portrait of a person that ships with
scikit-image (512 x 512) and a frame of a synthetic PyAV video (360 x 640, worked at 512 x 910;
restyles and captions only: it has no face or person for the other kinds),
after one untimed warm-up run per case, and prints p50/p95 in ms per kind and style. The last line
is one JSON object. ``--save DIR`` also writes each output as a PNG (to look at them).

Run: ORT_DISABLE_TELEMETRY=1 .venv/bin/python bench/remix_effects.py [--rounds 5] [--save DIR]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()  # the engines read where the model files are from the settings

import av
import skimage.data
from PIL import Image

from apps.remix.engines.base import RemixRequest
from apps.remix.engines.effects import EffectsEngine
from apps.videos.demo import synthetic_video_write
from bench._common import json_last_line, machine, percentile

CASES: list[tuple[str, str, str]] = [
    ("restyle", "cartoon", "make me a cartoon"),
    ("restyle", "sketch", "pencil sketch"),
    ("restyle", "colour pencil", "coloured pencil drawing"),
    ("restyle", "pixel art", "pixel art"),
    ("restyle", "watercolour", "acuarela"),
    ("restyle", "comic", "comic book"),
    ("restyle", "neon", "cyberpunk neon"),
    ("restyle", "vintage", "vintage photo"),
    ("restyle", "noir", "film noir"),
    ("restyle", "oil painting (neural)", "peinture à l'huile"),
    ("restyle", "starry night (neural)", "van gogh starry night"),
    ("restyle", "old master (neural)", "a Rembrandt"),
    ("restyle", "impasto", "impasto"),
    ("restyle", "pop art", "pop art"),
    ("restyle", "anime", "anime"),
    ("restyle", "pink cartoon", "pink cartoon"),
    ("background", "beach", "put me on a beach"),
    ("background", "beach at sunset", "beach at sunset"),
    ("background", "sunset", "puesta de sol"),
    ("background", "space", "in space"),
    ("background", "snow", "im Schnee"),
    ("background", "city", "city"),
    ("background", "night city", "night city"),
    ("background", "forest", "forêt"),
    ("background", "desert", "desert"),
    ("background", "underwater", "underwater"),
    ("background", "mountains", "montanhas"),
    ("background", "bokeh (default)", "somewhere nice"),
    ("face", "sunglasses", "sunglasses"),
    ("face", "glow", "glow"),
    ("face", "clown nose", "clown nose"),
    ("face", "cartoon face", "cartoon face"),
    ("face", "blush", "blush"),
    ("face", "pixelate", "anonymise"),
    ("face", "big eyes", "big eyes"),
    ("face", "moustache", "moustache"),
    ("caption_only", "caption only", ""),
]


def pyav_frame() -> Image.Image:
    with tempfile.TemporaryDirectory() as folder:
        path = synthetic_video_write(Path(folder) / "clip.mp4", seconds=1, title="Clipmix")
        with av.open(str(path)) as container:
            frame = next(container.decode(video=0))
            return frame.to_image().convert("RGB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--save", type=Path, default=None)
    args = parser.parse_args()

    inputs = {
        "astronaut": Image.fromarray(skimage.data.astronaut()).convert("RGB"),
        "pyav": pyav_frame(),
    }
    engine = EffectsEngine()
    results: dict[str, dict[str, float | str]] = {}
    all_timings: list[float] = []
    for kind, label, prompt in CASES:
        request = RemixRequest(kind=kind, prompt=prompt, seed=7)  # type: ignore[arg-type]
        timings = []
        detail = ""
        for input_name, frame in inputs.items():
            if kind in ("face", "background") and input_name == "pyav":
                continue  # moving shapes, nobody in them: those kinds are refused there
            output = engine.generate(frame, request, lambda percent, stage: None)  # warm-up
            detail = output.detail if input_name == "astronaut" else detail
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                name = f"{kind}-{label}-{input_name}".replace(" ", "_").replace("(", "")
                output.image.save(args.save / f"{name.replace(')', '')}.png")
            for _ in range(args.rounds):
                start = time.perf_counter()
                engine.generate(frame, request, lambda percent, stage: None)
                timings.append((time.perf_counter() - start) * 1000)
        p50 = statistics.median(timings)
        p95 = percentile(timings, 0.95)
        all_timings += timings
        results[f"{kind}/{label}"] = {
            "p50_ms": round(p50, 1),
            "p95_ms": round(p95, 1),
            "detail": detail,
        }
        print(f"{kind:12} {label:18} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  ({detail})")
    overall = {
        "p50_ms": round(statistics.median(all_timings), 1),
        "p95_ms": round(percentile(all_timings, 0.95), 1),
        "max_ms": round(max(all_timings), 1),
    }
    print(
        f"inputs: astronaut 512x512, PyAV frame 360x640 -> 512x910; {args.rounds} rounds each; "
        f"{os.cpu_count()} CPUs; overall p50 {overall['p50_ms']} ms, p95 {overall['p95_ms']} ms, "
        f"max {overall['max_ms']} ms"
    )
    json_last_line(
        {
            "benchmark": "remix_effects",
            "rounds": args.rounds,
            "overall": overall,
            "cases": results,
            **machine(),
        }
    )


if __name__ == "__main__":
    main()
