"""Image screening latency: NudeNet plus our thresholds, with and without the face check.

Screens 512 px images (the photos shipped inside scikit-image's wheel, and flat skin-coloured
images) after a warm-up, and prints p50/p95 in ms for ``image_screen`` without and with the
public-figure face check, and for ``output_image_screen`` (fingerprint, look-up against 1,000
stored blocked hashes, then screening). The last line is one JSON object.

Run: .venv/bin/python bench/moderation_image.py [--rounds 10] [--blocked 1000]
Uses a throwaway test database (SQLite in memory by default).
"""

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

import skimage.data
from django.db import connection
from django.test.utils import setup_test_environment
from PIL import Image

from apps.moderation.models import BlockedImageHash, Category
from apps.moderation.screening.image import image_screen, image_screener_warm
from apps.moderation.services.images import output_image_screen
from bench._common import json_last_line, machine, percentile

SIDE = 512
PHOTOS = [
    "astronaut",
    "coffee",
    "chelsea",
    "rocket",
    "camera",
    "immunohistochemistry",
    "retina",
    "logo",
    "brick",
    "grass",
    "gravel",
    "horse",
    "clock",
    "moon",
    "coins",
    "hubble_deep_field",
]
SKIN_TONES = [(224, 172, 140), (198, 134, 66), (141, 85, 36), (255, 219, 172)]


def images() -> list[Image.Image]:
    found = []
    for name in PHOTOS:
        pixels = getattr(skimage.data, name)()
        found.append(Image.fromarray(pixels).convert("RGB").resize((SIDE, SIDE)))
    found += [Image.new("RGB", (SIDE, SIDE), tone) for tone in SKIN_TONES]
    return found


def measure(screen: Callable[[Image.Image], object], batch: list[Image.Image], rounds: int):
    timings = []
    for _ in range(rounds):
        for image in batch:
            start = time.perf_counter()
            screen(image)
            timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), percentile(timings, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--blocked", type=int, default=1000)
    args = parser.parse_args()

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    batch = images()
    rng = random.Random(0)
    BlockedImageHash.objects.bulk_create(
        BlockedImageHash(
            sha256=f"{rng.getrandbits(256):064x}",
            perceptual_hash=f"{rng.getrandbits(64):016x}",
            category=Category.SEXUAL_NONCONSENSUAL,
        )
        for _ in range(args.blocked)
    )

    start = time.perf_counter()
    image_screener_warm()
    warm_ms = (time.perf_counter() - start) * 1000
    for image in batch[:3]:
        image_screen(image=image, public_figure_face_check=True)

    verdicts = [str(image_screen(image=image).verdict) for image in batch]
    plain = measure(lambda image: image_screen(image=image), batch, args.rounds)
    faces = measure(
        lambda image: image_screen(image=image, public_figure_face_check=True), batch, args.rounds
    )
    service = measure(lambda image: output_image_screen(image=image), batch, args.rounds)

    print(f"{len(batch)} images of {SIDE} px, {args.rounds} rounds, {os.cpu_count()} CPUs")
    print(f"warm-up (load NudeNet and the cascade, one run each): {warm_ms:.0f} ms")
    print(f"verdicts without the face check: {sorted(set(verdicts))}")
    rows = [
        ("image_screen", plain),
        ("image_screen, face check", faces),
        (f"output_image_screen ({args.blocked} blocked hashes)", service),
    ]
    for label, (p50, p95) in rows:
        print(f"{label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    json_last_line(
        {
            "benchmark": "moderation_image",
            "images": len(batch),
            "side_px": SIDE,
            "rounds": args.rounds,
            "warm_ms": round(warm_ms, 1),
            "p50_ms": round(plain[0], 1),
            "p95_ms": round(plain[1], 1),
            "face_check_p50_ms": round(faces[0], 1),
            "face_check_p95_ms": round(faces[1], 1),
            "service_p50_ms": round(service[0], 1),
            "service_p95_ms": round(service[1], 1),
            **machine(),
        }
    )


if __name__ == "__main__":
    main()
