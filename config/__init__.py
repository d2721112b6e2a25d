import os

# OpenMP threads (the text encoder's C engine, torch) wait for work by sleeping, not spinning:
# spinning burnt about 20x the CPU of the work itself on a busy machine (845 ms against 43 ms
# for one prompt, docs/benchmarks.md), taken from the web and worker processes beside it. Read
# once, when the OpenMP runtime loads, so it is set here, before any of them is imported.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from config.celery import app as celery_app

__all__ = ["celery_app"]
