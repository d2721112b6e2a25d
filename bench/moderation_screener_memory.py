"""A screening process's start-up and memory: the text screener warmed in this fresh process
(rules, classifier, tuned encoder built), one screening, then the process's resident memory.

Run: .venv/bin/python bench/moderation_screener_memory.py   (about five seconds; run it a few
times, each in a fresh process). Needs the database the settings name (the rules).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

from apps.moderation.screening.text import text_screen, text_screener_warm


def resident_mb() -> int:
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return int(status.split("VmRSS:")[1].split()[0]) // 1024


def main() -> None:
    started = time.perf_counter()
    text_screener_warm()
    warm = time.perf_counter() - started
    text_screen(prompt="give the cat a party hat", caption="monday mood")
    print(f"warm-up {warm:.2f} s, resident memory after one screening {resident_mb()} MB")


if __name__ == "__main__":
    main()
