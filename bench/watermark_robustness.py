"""Robustness of the remix watermark (``clipmix-tile-v2``) against common handling.

Four sets of images, each normalised to a short side of 512 px like a published remix:
photographs (the photos shipped in scikit-image's and scikit-learn's wheels and crops of them at
other framings), frames of PyAV-made demo videos, remix outputs of every kind and style from the
effects engine (captioned), and flat graphics, cartoons and text-heavy memes drawn here. Each is
marked as publishing marks it (``watermark_embed_checked``, JPEG 92), attacked, and read with
``watermark_read``; "detected" means the keyed mark gave the right remix id. Then the
false-positive rate on unmarked images (originals, crops, flips, re-encodes, noise), forged marks
(invisible-watermark's public ``dwtDctSvd`` with a valid-looking legacy payload), PSNR, the
perceptual-hash distances the verifier relies on, and the time to embed and check at 512 px
(CPU time of the process and wall time, both). Then chains of remixes of remixes to the longest
(``CHAIN_MAX_DEPTH``), each level made from its parent's published image by the effects engine
(caption-only at every level, or other kinds between caption-only ones), captioned, labelled
and marked with its parent's marks replaced: whether every level reads back as itself (never
as an ancestor), the attack table on the deepest level, and its PSNR against the same chain
made without any mark.

Run: .venv/bin/python bench/watermark_robustness.py [--images 300] [--unmarked 2000] [--forged 200]
[--chains 40] [--only all|chains|timing]. ``--only timing`` times embed + check alone (40 images,
twice; a minute on an idle machine). The last line is one JSON object.
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
import sklearn.datasets
from django.conf import settings
from PIL import Image, ImageDraw, ImageEnhance, ImageFont

from apps.provenance import watermark_legacy
from apps.provenance.fingerprint import MATCH_DISTANCE, image_phash, image_phashes, phash_nearest
from apps.provenance.label import label_draw, label_text
from apps.provenance.verification import mark_names_remix
from apps.provenance.watermark import (
    SCHEME,
    WatermarkError,
    watermark_embed_checked,
    watermark_marks_remove,
    watermark_read,
    watermark_read_keyed,
)
from apps.remix.captions import caption_draw
from apps.remix.engines.base import EngineRefusal, RemixRequest
from apps.remix.engines.effects import STYLES, EffectsEngine
from apps.remix.models import CHAIN_MAX_DEPTH
from apps.videos.demo import synthetic_video_write
from apps.videos.media import evenly_spaced_times, video_frames_at
from bench._common import json_last_line, machine, percentile

SIDE = 512
QUALITY = 92


def _normalised(image: Image.Image) -> Image.Image:
    image = image.convert("RGB")
    scale = SIDE / min(image.size)
    size = (max(SIDE, round(image.width * scale)), max(SIDE, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def _photo_sources() -> list[Image.Image]:
    folders = [
        Path(skimage.data.__file__).parent,
        Path(sklearn.datasets.__file__).parent / "images",
    ]
    sources = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix in {".png", ".jpg"} and "chessboard" not in path.name:
                image = Image.open(path)
                if min(image.size) >= 128:
                    sources.append(image.convert("RGB"))
    return sources


def photos(count: int, rng: np.random.Generator) -> list[Image.Image]:
    sources = _photo_sources()
    images = [_normalised(image) for image in sources]
    while len(images) < count:  # other framings: crops of 40-90 % of a side, any aspect
        source = sources[len(images) % len(sources)]
        width = int(source.width * rng.uniform(0.4, 0.9))
        height = int(source.height * rng.uniform(0.4, 0.9))
        left = int(rng.integers(0, source.width - width + 1))
        top = int(rng.integers(0, source.height - height + 1))
        images.append(_normalised(source.crop((left, top, left + width, top + height))))
    return images[:count]


def frames(count: int, folder: Path) -> list[Image.Image]:
    found: list[Image.Image] = []
    videos = max(1, -(-count // 4))
    for index in range(videos):
        path = synthetic_video_write(
            folder / f"{index}.mp4", seconds=2, width=576, height=1024, fps=12,
            title=f"Clip {index}", hue=index / videos,
        )  # fmt: skip
        found += video_frames_at(path, evenly_spaced_times(2.0, 4))
    return [_normalised(frame) for frame in found[:count]]


PROMPTS = {
    "restyle": [f"make it {style}" for style in STYLES],
    "background": ["put me on a beach at sunset", "in space with stars", "in a snowy forest"],
    "face": ["give me sunglasses", "add a party hat", "clown nose"],
    "caption_only": [""],
}
CAPTIONS = ["Monday mood", "When the build is green", "", "Me explaining memes to my cat"]


def remixes(count: int, bases: list[Image.Image]) -> list[Image.Image]:
    engine = EffectsEngine()
    requests = [
        (kind, prompt) for kind, prompts in PROMPTS.items() for prompt in prompts
    ]  # every kind and every style
    outputs = []
    for index in range(count):
        kind, prompt = requests[index % len(requests)]
        caption = CAPTIONS[index % len(CAPTIONS)] or ("Top text" if kind == "caption_only" else "")
        request = RemixRequest(kind=kind, prompt=prompt, caption=caption, seed=index)  # type: ignore[arg-type]
        try:
            output = engine.generate(bases[index % len(bases)], request, lambda *_: None)
        except EngineRefusal:  # no face or person in this base: a restyle is what gets made
            request = RemixRequest(kind="restyle", prompt="cartoon", caption=caption, seed=index)
            output = engine.generate(bases[index % len(bases)], request, lambda *_: None)
        outputs.append(_normalised(caption_draw(output.image, caption)))
    return outputs


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def graphics(count: int, rng: np.random.Generator) -> list[Image.Image]:
    """Flat colour with shapes (slides), cartoons (flat fills with black outlines) and
    text-heavy memes (white or black backgrounds, lines of text)."""
    palette = [(255, 255, 255), (0, 0, 0), (255, 0, 0), (0, 160, 255), (255, 220, 0),
               (40, 120, 200), (128, 128, 128), (30, 200, 90), (250, 250, 250)]  # fmt: skip
    images = []
    for index in range(count):
        width, height = [(512, 512), (512, 910), (720, 512)][index % 3]
        kind = index % 3
        colour = lambda: palette[int(rng.integers(len(palette)))]  # noqa: E731
        image = Image.new("RGB", (width, height), colour())
        draw = ImageDraw.Draw(image)
        if kind == 0:  # a slide: flat colour, a few shapes, a title
            for _ in range(int(rng.integers(1, 4))):
                x, y = int(rng.integers(0, width - 100)), int(rng.integers(0, height - 100))
                size = int(rng.integers(60, 220))
                draw.rectangle([x, y, x + size, y + size], fill=colour())
            draw.text((30, 30), f"Slide {index}", fill=colour(), font=_font(36))
        elif kind == 1:  # a cartoon: flat fills with thick outlines
            for _ in range(int(rng.integers(3, 9))):
                x, y = int(rng.integers(0, width - 60)), int(rng.integers(0, height - 60))
                size = int(rng.integers(50, 260))
                shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
                shape([x, y, x + size, y + size], fill=colour(), outline=(0, 0, 0), width=6)
        else:  # a text-heavy meme
            background = (255, 255, 255) if rng.random() < 0.6 else (0, 0, 0)
            image.paste(background, (0, 0, width, height))
            ink = (0, 0, 0) if background == (255, 255, 255) else (255, 255, 255)
            size = int(rng.integers(22, 40))
            for line in range(height // (size + 12)):
                words = " ".join(rng.choice(["WHEN", "THE", "BUILD", "IS", "GREEN", "ON",
                                             "FRIDAY", "me:", "nobody:", "cat"], 5))  # fmt: skip
                draw.text((20, 10 + line * (size + 12)), words, fill=ink, font=_font(size))
        images.append(image)
    return images


def _jpeg(quality: int) -> Callable[[Image.Image], Image.Image]:
    def attack(image: Image.Image) -> Image.Image:
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=quality)
        return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")

    return attack


def _png(image: Image.Image) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _scale(factor: float) -> Callable[[Image.Image], Image.Image]:
    def attack(image: Image.Image) -> Image.Image:
        size = (round(image.width * factor), round(image.height * factor))
        return image.resize(size, Image.Resampling.BICUBIC)

    return attack


def _half_and_back(image: Image.Image) -> Image.Image:
    return _scale(0.5)(image).resize(image.size, Image.Resampling.BICUBIC)


def _centre_crop(area: float) -> Callable[[Image.Image], Image.Image]:
    def attack(image: Image.Image) -> Image.Image:
        side = area**0.5
        width, height = round(image.width * side), round(image.height * side)
        left, top = (image.width - width) // 2, (image.height - height) // 2
        return image.crop((left, top, left + width, top + height))

    return attack


def _enhance(kind: type, factor: float) -> Callable[[Image.Image], Image.Image]:
    return lambda image: kind(image).enhance(factor)


def _screenshot(image: Image.Image) -> Image.Image:
    return _jpeg(80)(_scale(0.75)(image))


ATTACKS: dict[str, Callable[[Image.Image], Image.Image]] = {
    "none (PNG)": _png,
    "JPEG 85": _jpeg(85),
    "JPEG 75": _jpeg(75),
    "JPEG 50": _jpeg(50),
    "0.5x and back": _half_and_back,
    "0.5x": _scale(0.5),
    "crop 80 % area": _centre_crop(0.8),
    "brightness +20 %": _enhance(ImageEnhance.Brightness, 1.2),
    "brightness -20 %": _enhance(ImageEnhance.Brightness, 0.8),
    "contrast +20 %": _enhance(ImageEnhance.Contrast, 1.2),
    "contrast -20 %": _enhance(ImageEnhance.Contrast, 0.8),
    "screenshot (0.75x + JPEG 80)": _screenshot,
}
TARGETS = {
    "none (PNG)": 1.0, "JPEG 85": None, "JPEG 75": 0.99, "JPEG 50": 0.95,
    "0.5x and back": 0.99, "0.5x": 0.99, "crop 80 % area": 0.90,
    "brightness +20 %": 0.95, "brightness -20 %": 0.95, "contrast +20 %": 0.95,
    "contrast -20 %": 0.95, "screenshot (0.75x + JPEG 80)": 0.97,
}  # fmt: skip


def _psnr(a: Image.Image, b: Image.Image) -> float:
    difference = np.asarray(a, np.float64) - np.asarray(b, np.float64)
    return float(10 * np.log10(255**2 / max(np.mean(difference**2), 1e-12)))


def robustness(sets: dict[str, list[Image.Image]]) -> dict:
    hits = {name: dict.fromkeys(ATTACKS, 0) for name in sets}
    distances: list[int] = []
    psnr, check_ms, check_cpu_ms, refused = [], [], [], 0
    remix_id = 1000
    for name, images in sets.items():
        for image in images:
            remix_id += 7919
            try:
                jpeg, took, used = _timed_check(image, remix_id)
            except WatermarkError:
                refused += 1
                continue
            check_ms.append(took)
            check_cpu_ms.append(used)
            published = Image.open(io.BytesIO(jpeg)).convert("RGB")
            psnr.append(_psnr(_jpeg(QUALITY)(image), published))
            stored = image_phashes(published)
            for attack, apply in ATTACKS.items():
                copy = apply(published)
                reading = watermark_read(copy)
                hits[name][attack] += reading.keyed and reading.remix_id == remix_id
                distances.append(phash_nearest(image_phash(copy), stored))
    counts = {name: len(images) for name, images in sets.items()}
    total = sum(counts.values())
    print(f"\nDetection (right remix id, keyed mark) on {total} marked images")
    header = "".join(f"{name[:10]:>11}" for name in sets)
    print(f"{'attack':<30}{header}{'all':>8}{'target':>8}")
    figures: dict = {}
    for attack in ATTACKS:
        per_set = {name: hits[name][attack] / max(counts[name], 1) for name in sets}
        overall = sum(hits[name][attack] for name in sets) / total
        target = TARGETS[attack]
        cells = "".join(f"{per_set[name]:>11.1%}" for name in sets)
        print(f"{attack:<30}{cells}{overall:>8.1%}{'' if target is None else f'{target:.0%}':>8}")
        figures[attack] = {"all": round(overall, 4), **{k: round(v, 4) for k, v in per_set.items()}}
    print(f"refused by the read-back check: {refused}")
    print(
        f"PSNR vs the unmarked image at JPEG {QUALITY}: median {statistics.median(psnr):.1f} dB, "
        f"5th percentile {percentile(psnr, 0.05):.1f}, min {min(psnr):.1f}"
    )
    print(
        f"embed + read-back check (512 px short side): p50 {statistics.median(check_ms):.0f} ms, "
        f"p95 {percentile(check_ms, 0.95):.0f} ms wall; CPU time (both cores) p50 "
        f"{statistics.median(check_cpu_ms):.0f} ms"
    )
    within = sum(d <= MATCH_DISTANCE for d in distances) / len(distances)
    print(
        f"perceptual hash, attacked copy vs its stored remix: median distance "
        f"{statistics.median(distances)}, 99th percentile {percentile(distances, 0.99)}, "
        f"within {MATCH_DISTANCE}: {within:.1%}"
    )
    return {
        "marked": counts,
        "detected": figures,
        "refused": refused,
        "psnr_db": {
            "p50": round(statistics.median(psnr), 2),
            "min": round(min(psnr), 2),
            "p5": round(percentile(psnr, 0.05), 2),
        },
        "embed_check_ms": {
            "p50": round(statistics.median(check_ms), 1),
            "p95": round(percentile(check_ms, 0.95), 1),
            "cpu_p50": round(statistics.median(check_cpu_ms), 1),
            "cpu_p95": round(percentile(check_cpu_ms, 0.95), 1),
        },
        "phash_attacked": {
            "p50": statistics.median(distances),
            "p99": percentile(distances, 0.99),
            "within_threshold": round(within, 4),
        },
    }


def unmarked_set(bases: list[Image.Image], total: int, rng: np.random.Generator) -> list:
    variants: list[Callable[[Image.Image], Image.Image]] = [
        lambda image: image,
        lambda image: image.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
        _centre_crop(0.7),
        _jpeg(60),
        _scale(0.6),
        _screenshot,
    ]
    images = []
    for index in range(total * 9 // 10):
        images.append(variants[index // len(bases) % len(variants)](bases[index % len(bases)]))
    while len(images) < total:
        images.append(Image.fromarray(rng.integers(0, 256, (512, 640, 3), dtype=np.uint8)))
    return images


def false_positives(images: list[Image.Image], stored: list[list[int]]) -> dict:
    keyed = sum(watermark_read_keyed(image) is not None for image in images)
    legacy = sum(watermark_legacy.watermark_read(image).present for image in images[:200])
    # Pairs of different pictures that the perceptual hash would take for the same one.
    pairs = [(a, b) for a in range(len(stored)) for b in range(a + 1, len(stored))]
    matched = sum(
        min(phash_nearest(x, stored[b]) for x in stored[a]) <= MATCH_DISTANCE for a, b in pairs
    )
    print(f"\nFalse positives on {len(images)} unmarked images: keyed mark {keyed}")
    print(f"legacy dwtDctSvd decoder on the first 200: {legacy} (never accepted without a match)")
    print(
        f"perceptual hash: {matched} of {len(pairs)} pairs of different marked-set images "
        f"within {MATCH_DISTANCE} bits"
    )
    return {
        "unmarked": len(images),
        "false_positives": keyed,
        "legacy_reads": legacy,
        "phash_pairs": len(pairs),
        "phash_pairs_matching": matched,
    }


def forgeries(images: list[Image.Image], stored: list[list[int]]) -> dict:
    """What someone without the key can do: stamp a valid-looking payload with the public
    library on a picture that is not that remix. Accepted = what the verifier's own rule
    (``mark_names_remix``) would let the mark name. Every remix in the sets was published with
    the keyed mark, as every remix is now: that is the target row. The same forgeries are also
    judged as if the remixes they name were published before it (with the legacy mark), to show
    that even then a forged mark can only agree with the perceptual hash, never overrule it."""
    accepted = legacy_reads = legacy_era_accepted = legacy_era_overruling = 0
    for index, image in enumerate(images):
        claimed = (index + 1) % len(stored)  # a picture that is not that remix
        forged = _jpeg(90)(watermark_legacy.watermark_embed(image, remix_id=claimed + 1))
        reading = watermark_read(forged)
        legacy_reads += reading.scheme == "dwtDctSvd"
        named = (reading.remix_id or 0) - 1
        if not reading.present or not 0 <= named < len(stored):
            continue
        phash = image_phash(forged)
        distances = [phash_nearest(phash, hashes) for hashes in stored]
        distance = distances[named]
        nearest_other = min(d for i, d in enumerate(distances) if i != named)
        judged = {"distance": distance, "nearest_other": nearest_other}
        accepted += mark_names_remix(reading, published_scheme=SCHEME, **judged)
        if mark_names_remix(reading, published_scheme=watermark_legacy.METHOD, **judged):
            legacy_era_accepted += 1
            legacy_era_overruling += min(distances) < distance
    print(
        f"\nForged marks: {len(images)} images, {legacy_reads} read as legacy marks, "
        f"{accepted} accepted (every remix published with the keyed mark); if the named "
        f"remixes were legacy-era ones: {legacy_era_accepted} accepted, "
        f"{legacy_era_overruling} of them naming another remix than the perceptual hash"
    )
    return {
        "forged": len(images),
        "forged_accepted": accepted,
        "forged_legacy_reads": legacy_reads,
        "forged_legacy_era_accepted": legacy_era_accepted,
        "forged_legacy_era_overruling": legacy_era_overruling,
    }


def _timed_check(image: Image.Image, remix_id: int, **options) -> tuple[bytes, float, float]:
    """(the checked JPEG, wall ms, CPU ms of this process: all its threads, both cores)."""
    start, cpu = time.perf_counter(), time.process_time()
    jpeg = watermark_embed_checked(image, remix_id=remix_id, quality=QUALITY, **options)
    return jpeg, (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def timing(images: list[Image.Image], rounds: int = 2) -> dict:
    """Embed + read-back check alone, ``rounds`` times over ``images``: wall and CPU time."""
    wall, cpu = [], []
    watermark_embed_checked(images[0], remix_id=1, quality=QUALITY)  # warm: the key's plan
    for round_ in range(rounds):
        for index, image in enumerate(images):
            _, took, used = _timed_check(image, 10_000 + round_ * 1000 + index)
            wall.append(took)
            cpu.append(used)
    print(
        f"\nembed + read-back check alone, {len(wall)} runs at 512 px: wall p50 "
        f"{statistics.median(wall):.1f} ms, p95 {percentile(wall, 0.95):.1f}; CPU p50 "
        f"{statistics.median(cpu):.1f} ms, p95 {percentile(cpu, 0.95):.1f} "
        f"(load average {os.getloadavg()[0]:.2f})"
    )
    return {
        "timing_runs": len(wall),
        "timing_wall_ms": _p50_p95(wall),
        "timing_cpu_ms": _p50_p95(cpu),
    }


def _p50_p95(values: list[float]) -> dict:
    return {"p50": round(statistics.median(values), 1), "p95": round(percentile(values, 0.95), 1)}


def _chain_kinds(index: int) -> list[tuple[str, str]]:
    """Caption-only at every level (the hard case: the picture barely changes), or another
    kind at every other level."""
    levels = CHAIN_MAX_DEPTH + 1
    if index % 2 == 0:
        return [("caption_only", "")] * levels
    others = [(kind, prompts[index % len(prompts)]) for kind, prompts in PROMPTS.items()]
    others = [pair for pair in others if pair[0] != "caption_only"]
    return [
        others[(index // 2 + level) % len(others)] if level % 2 == 0 else ("caption_only", "")
        for level in range(levels)
    ]


def _made(engine: EffectsEngine, image: Image.Image, kind: str, prompt: str, level: int,
          seed: int) -> tuple[Image.Image, str]:  # fmt: skip
    """(what a remix makes of ``image`` before its mark: the engine, caption, visible label;
    the kind made)."""
    request = RemixRequest(kind=kind, prompt=prompt, caption="", seed=seed)  # type: ignore[arg-type]
    try:
        made = engine.generate(image, request, lambda *_: None).image
    except EngineRefusal:  # no face or person: a caption-only remix is what gets made
        kind = "caption_only"
        request = RemixRequest(kind=kind, prompt="", caption="", seed=seed)
        made = engine.generate(image, request, lambda *_: None).image
    return label_draw(caption_draw(made, f"Level {level}"), label_text("effects")), kind


def chains(count: int, bases: list[Image.Image]) -> dict:
    engine = EffectsEngine()
    levels = CHAIN_MAX_DEPTH + 1
    reads, ancestor_reads, refused = [0] * levels, 0, 0
    deepest: list[tuple[Image.Image, int]] = []
    psnr_never_marked, psnr_cleaned, wall, cpu = [], [], [], []
    psnr_levels: list[list[float]] = [[] for _ in range(levels)]
    remix_id = 5_000_000
    for index in range(count):
        image = twin = bases[(index * 7) % len(bases)]  # twin: the same chain never marked
        ids: list[int] = []
        for level, (kind, prompt) in enumerate(_chain_kinds(index)):
            remix_id += 7919
            made, kind = _made(engine, image, kind, prompt, level, index)
            replaces = tuple(ids[::-1])
            try:
                jpeg, took, used = _timed_check(made, remix_id, replaces=replaces)
            except WatermarkError:
                refused += 1
                break
            if level:
                wall.append(took)
                cpu.append(used)
            # The twin makes the kind the marked chain made (a face found in one and not in
            # the other would compare two different pictures).
            twin = _jpeg(QUALITY)(_made(engine, twin, kind, prompt, level, index)[0])
            image = Image.open(io.BytesIO(jpeg)).convert("RGB")
            ids.append(remix_id)
            psnr_levels[level].append(_psnr(twin, image))
            reading = watermark_read(image)
            reads[level] += reading.keyed and reading.remix_id == remix_id
            ancestor_reads += reading.remix_id in ids[:-1]
        else:
            deepest.append((image, remix_id))
            psnr_never_marked.append(_psnr(twin, image))
            cleaned, _ = watermark_marks_remove(made, known=tuple(ids[-2::-1]))
            psnr_cleaned.append(_psnr(_jpeg(QUALITY)(cleaned), image))
    print(f"\nChains: {count} chains of {levels} levels (depth 0 to {CHAIN_MAX_DEPTH})")
    for level in range(levels):
        print(
            f"  level {level}: reads back as itself {reads[level] / count:.1%}; PSNR vs the "
            f"chain never marked: median {statistics.median(psnr_levels[level]):.1f} dB, min "
            f"{min(psnr_levels[level]):.1f}"
        )
    print(f"  an ancestor's id read instead: {ancestor_reads}; refused: {refused}")
    print(f"Attacks on the deepest level ({len(deepest)} images)")
    attacked = {}
    for attack, apply in ATTACKS.items():
        hits = 0
        for published, own in deepest:
            reading = watermark_read(apply(published))
            hits += reading.keyed and reading.remix_id == own
        attacked[attack] = round(hits / max(len(deepest), 1), 4)
        target = TARGETS[attack]
        print(
            f"  {attack:<30}{attacked[attack]:>8.1%}{'' if target is None else f'{target:.0%}':>8}"
        )
    print(
        f"PSNR of the deepest level vs the same chain never marked (both JPEG {QUALITY} at "
        f"every level): median {statistics.median(psnr_never_marked):.1f} dB, min "
        f"{min(psnr_never_marked):.1f}; vs its own input with the earlier marks taken out: "
        f"median {statistics.median(psnr_cleaned):.1f}, min {min(psnr_cleaned):.1f}"
    )
    print(
        f"embed + check with the parent's marks replaced (levels 1-{CHAIN_MAX_DEPTH}): wall p50 "
        f"{statistics.median(wall):.0f} ms, CPU p50 {statistics.median(cpu):.0f} ms"
    )
    return {
        "chains": count,
        "chain_levels_read_back": [round(hit / count, 4) for hit in reads],
        "chain_ancestor_reads": ancestor_reads,
        "chain_refused": refused,
        "chain_deepest_detected": attacked,
        "chain_psnr_never_marked_by_level_p50_db": [
            round(statistics.median(values), 2) for values in psnr_levels
        ],
        "chain_psnr_never_marked_db": {
            "p50": round(statistics.median(psnr_never_marked), 2),
            "min": round(min(psnr_never_marked), 2),
        },
        "chain_psnr_cleaned_db": {
            "p50": round(statistics.median(psnr_cleaned), 2),
            "min": round(min(psnr_cleaned), 2),
        },
        "chain_embed_check_ms": {
            "p50": round(statistics.median(wall), 1),
            "cpu_p50": round(statistics.median(cpu), 1),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=300, help="marked images, all sets")
    parser.add_argument("--unmarked", type=int, default=2000)
    parser.add_argument("--forged", type=int, default=200)
    parser.add_argument("--chains", type=int, default=40, help="chains to the longest")
    parser.add_argument("--only", choices=["all", "chains", "timing"], default="all")
    args = parser.parse_args()
    settings.CLIPMIX_WATERMARK_KEY = settings.CLIPMIX_WATERMARK_KEY or "bench-watermark-key"
    started = time.perf_counter()
    if args.only == "timing":  # the draw the embedding was tuned on, not the benchmark's
        tuning = np.random.default_rng(11)
        figures = timing([*photos(20, tuning), *graphics(20, tuning)])
        figures["wall_s"] = round(time.perf_counter() - started, 1)
        json_last_line({"benchmark": "watermark_robustness", **figures, **machine()})
        return
    rng = np.random.default_rng(2026)
    images = args.images if args.only == "all" else max(8, args.chains)
    quarter = max(1, images // 4)
    with tempfile.TemporaryDirectory() as folder:
        photo_set = photos(quarter + images % 4, rng)
        frame_set = frames(quarter, Path(folder))
    sets = {
        "photos": photo_set,
        "frames": frame_set,
        "remixes": remixes(quarter, [*frame_set, *photo_set]),
        "graphics": graphics(quarter, rng),
    }
    everything = [image for images in sets.values() for image in images]
    figures: dict = {}
    if args.only == "all":
        figures |= robustness(sets)
        stored = [image_phashes(image) for image in everything]
        figures |= false_positives(unmarked_set(everything, args.unmarked, rng), stored)
        figures |= forgeries((everything * 4)[: args.forged], stored)
    if args.chains:
        figures |= chains(args.chains, everything)
    figures["wall_s"] = round(time.perf_counter() - started, 1)
    json_last_line({"benchmark": "watermark_robustness", **figures, **machine()})


if __name__ == "__main__":
    main()
