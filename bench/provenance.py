"""Watermark robustness of the earlier dwtDctSvd mark (kept to read old remixes; the current
mark is measured by bench/watermark_robustness.py) and provenance timings.

Marks at least 50 different images of 512 px or more (photos shipped inside scikit-image's
wheel, and frames of PyAV-made videos), attacks each copy (JPEG 95/85/75/50, resize to 50 %,
a 10 % crop), and prints bit accuracy and detection rate per attack; then the false-positive
rate on 200 unmarked images (photos, frames, noise), and the time to embed, sign, and verify.

Run: .venv/bin/python bench/provenance.py [--frames 40] [--unmarked 200]
The last line is one JSON object.
"""

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

import numpy as np
import skimage.data
from PIL import Image

from apps.provenance.keys import development_chain_create
from apps.provenance.signing import RemixProvenance, jpeg_sign
from apps.provenance.verification import credentials_read
from apps.provenance.watermark_legacy import (
    payload_for,
    watermark_embed,
    watermark_payload_decode,
    watermark_read,
)
from apps.videos.demo import synthetic_video_write
from apps.videos.media import evenly_spaced_times, video_frames_at
from bench._common import json_last_line, machine

PHOTO_DIR = Path(skimage.data.__file__).parent


def _at_least_512(image: Image.Image) -> Image.Image:
    image = image.convert("RGB")
    scale = max(1.0, 512 / min(image.size))
    size = (round(image.width * scale), round(image.height * scale))
    return image.resize(size, Image.Resampling.LANCZOS) if scale > 1 else image


def photos() -> list[Image.Image]:
    files = sorted(p for p in PHOTO_DIR.iterdir() if p.suffix in {".png", ".jpg"})
    return [_at_least_512(Image.open(path)) for path in files]


def video_frames(count: int, folder: Path) -> list[Image.Image]:
    frames: list[Image.Image] = []
    videos = max(1, count // 4)
    for index in range(videos):
        path = synthetic_video_write(
            folder / f"{index}.mp4",
            seconds=2,
            width=576,
            height=1024,
            fps=12,
            title=f"Clip {index}",
            hue=index / videos,
        )
        frames += video_frames_at(path, evenly_spaced_times(2.0, 4))
    return frames[:count]


def _jpeg(quality: int) -> Callable[[Image.Image], Image.Image]:
    def attack(image: Image.Image) -> Image.Image:
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality)
        return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")

    return attack


def _resize_half(image: Image.Image) -> Image.Image:
    return image.resize((image.width // 2, image.height // 2), Image.Resampling.LANCZOS)


def _crop_10(image: Image.Image) -> Image.Image:
    dx, dy = round(image.width * 0.05), round(image.height * 0.05)
    return image.crop((dx, dy, image.width - dx, image.height - dy))


ATTACKS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "none": lambda image: image,
    "JPEG 95": _jpeg(95),
    "JPEG 85": _jpeg(85),
    "JPEG 75": _jpeg(75),
    "JPEG 50": _jpeg(50),
    "resize 50 %": _resize_half,
    "crop 10 %": _crop_10,
}


def _bit_accuracy(decoded: bytes, expected: bytes) -> float:
    got = np.unpackbits(np.frombuffer(decoded, dtype=np.uint8))
    want = np.unpackbits(np.frombuffer(expected, dtype=np.uint8))
    return float((got == want).mean())


def robustness(images: list[Image.Image]) -> dict:
    results: dict[str, list[tuple[float, bool]]] = {name: [] for name in ATTACKS}
    embed_ms: list[float] = []
    for index, image in enumerate(images):
        remix_id = 1000 + index * 7919
        start = time.perf_counter()
        marked = watermark_embed(image, remix_id=remix_id)
        embed_ms.append((time.perf_counter() - start) * 1000)
        for name, attack in ATTACKS.items():
            copy = attack(marked)
            if min(copy.size) < 256:
                results[name].append((0.0, False))
                continue
            accuracy = _bit_accuracy(watermark_payload_decode(copy), payload_for(remix_id))
            results[name].append((accuracy, watermark_read(copy).remix_id == remix_id))
    print(f"\nWatermark robustness on {len(images)} images (short side >= 512 px)")
    print(f"{'attack':<14}{'bit accuracy':>14}{'detected':>10}")
    figures = {}
    for name, rows in results.items():
        accuracy = statistics.mean(row[0] for row in rows)
        detected = sum(row[1] for row in rows) / len(rows)
        print(f"{name:<14}{accuracy:>14.3f}{detected:>10.1%}")
        figures[name] = {"bit_accuracy": round(accuracy, 3), "detected": round(detected, 3)}
    print(f"embed: median {statistics.median(embed_ms):.0f} ms per image")
    return {
        "marked": len(images),
        "attacks": figures,
        "embed_p50_ms": round(statistics.median(embed_ms), 1),
    }


def false_positives(unmarked: list[Image.Image]) -> dict:
    hits = sum(watermark_read(image).present for image in unmarked)
    print(
        f"\nFalse positives: {hits} of {len(unmarked)} unmarked images ({hits / len(unmarked):.1%})"
    )
    return {"unmarked": len(unmarked), "false_positives": hits}


def unmarked_set(
    photo_set: list[Image.Image], frames: list[Image.Image], total: int
) -> list[Image.Image]:
    rng = np.random.default_rng(2026)
    images = [*photo_set, *frames]
    # Crops and flips of the photos and frames, then noise, up to ``total``.
    while len(images) < total * 3 // 4:
        base = images[len(images) % (len(photo_set) + len(frames))]
        flipped = base.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        images.append(_at_least_512(flipped.crop((0, 0, flipped.width * 3 // 4, flipped.height))))
    while len(images) < total:
        noise = rng.integers(0, 256, (512 + len(images) % 64, 640, 3), dtype=np.uint8)
        images.append(Image.fromarray(noise))
    return images[:total]


def timings(image: Image.Image, folder: Path) -> dict:
    from django.conf import settings

    paths = development_chain_create(folder / "keys")
    settings.CLIPMIX_C2PA_CERT_CHAIN = str(paths["chain"])
    settings.CLIPMIX_C2PA_PRIVATE_KEY = str(paths["key"])
    settings.CLIPMIX_C2PA_TRUST_ANCHORS = str(paths["root"])
    frame = io.BytesIO()
    image.save(frame, format="JPEG")
    provenance = RemixProvenance(
        remix_id=1, engine="diffusion", engine_detail="bench", requester_handle="bench",
        requester_url="https://clipmix.example/@bench", source_creator_handle="creator",
        source_video_url="https://clipmix.example/v/1", at_seconds=1.0,
        source_frame_jpeg=frame.getvalue(), caption="bench",
    )  # fmt: skip
    marked = io.BytesIO()
    watermark_embed(image, remix_id=1).save(marked, format="JPEG", quality=92)
    sign_ms, read_ms = [], []
    for _ in range(20):
        start = time.perf_counter()
        signed = jpeg_sign(marked.getvalue(), provenance)
        sign_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        assert credentials_read(signed, "image/jpeg").trusted
        read_ms.append((time.perf_counter() - start) * 1000)
    print(f"\nC2PA on a {image.width}x{image.height} JPEG, 20 runs after one warm-up:")
    print(f"sign (with ingredient and thumbnails): median {statistics.median(sign_ms[1:]):.1f} ms")
    print(f"read and validate: median {statistics.median(read_ms[1:]):.1f} ms")
    return {
        "c2pa_sign_p50_ms": round(statistics.median(sign_ms[1:]), 1),
        "c2pa_read_p50_ms": round(statistics.median(read_ms[1:]), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=40)
    parser.add_argument("--unmarked", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        photo_set = photos()
        frames = video_frames(args.frames, Path(folder))
        marked_set = [*photo_set, *frames]
        figures = robustness(marked_set)
        # The originals of the marked images, before marking, are among the unmarked set.
        figures |= false_positives(unmarked_set(photo_set, frames, args.unmarked))
        figures |= timings(frames[0], Path(folder))
    json_last_line({"benchmark": "provenance", **figures, **machine()})


if __name__ == "__main__":
    main()
