"""The remix pipeline, stage by stage (``stages``) and from request to published (``worker``).

Both parts request remixes through the real API (``POST /api/v1/remix/jobs``, logged in, in this
process) of a 4 s video of a person talking (the astronaut pan that ``seed_demo`` makes),
cycling through the image kinds (two restyles, one neural), on a fresh database.

``stages`` (Celery eager, so each job runs in this process): the effects engine, then the
diffusion engine on the tiny random-weight pipeline (``tests/remix/tiny_pipeline.py``) at
``--diffusion-size`` px and ``--diffusion-steps`` steps. Frame extraction, engine, caption and
output screening come from the job's own ``timings``; the watermark, the C2PA signature and
publishing (consent re-checked under lock, the comment, the notifications) are timed by
wrapping ``watermark_embed_checked`` (the mark, the JPEG and its read-back checks),
``jpeg_sign`` and ``_publish`` with a clock in this process. One untimed warm-up job per engine.

``voice``: as ``worker``, with voice remixes (issue 15) of a 4 s video of a person talking
(the astronaut pan with a spoken sound track, as ``seed_demo`` makes them), the five effects in
turn, each cutting a 4 s clip (its pictures captioned, labelled and watermarked, the MP4 signed).

``worker``: a real Celery worker (``celery -A config worker -Q remix``, prefork, production
settings) on the benchmark's Redis database, warmed up with two jobs per process; then
``--jobs`` remixes, ``--in-flight`` outstanding at a time. Latency runs from sending the request
to the job's ``finished_at`` as the worker stamps it on publishing (same machine clock):
p50/p95/p99, with the queue wait and the worker's own stage timings.

CPU time is printed beside wall time: the worker records each stage's CPU time
(``<stage>_cpu_ms`` in the job's ``timings``, ``time.process_time`` in the process that ran
it), this process clocks its own CPU per request, and ``worker`` and ``voice`` read the worker's
processes' CPU from /proc before and after the timed jobs. On a shared machine the wall figures
measure the neighbours too; the CPU figures do not (much).

The last line is one JSON object. The worker, the database and the Redis database are cleaned
up whatever happens.

Run: .venv/bin/python bench/remix_pipeline.py stages [--stage-jobs 12] [--diffusion-jobs 6]
         [--diffusion-size 64] [--diffusion-steps 4] [--database clipmix_bench] [--redis-db 3]
     .venv/bin/python bench/remix_pipeline.py worker [--jobs 50] [--in-flight 1]
         [--concurrency 2] [--database clipmix_bench] [--redis-db 3]
     .venv/bin/python bench/remix_pipeline.py voice [--jobs 20] [--in-flight 1] [--concurrency 2]
Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and Redis on 127.0.0.1:6379.
"""

import argparse
import functools
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    celery_worker,
    connections_close,
    database_create,
    database_drop,
    django_setup,
    json_last_line,
    machine,
    people_and_video,
    process_tree_cpu_seconds,
    production_environment,
    redis_flush,
    stop_on_sigterm,
    summary,
    target_arguments,
)

# Requests cycle through one of each kind, on a video of a person (the effects engine refuses
# `face` and `background` where nobody is in view), with a neural restyle among them.
REQUESTS = [
    {"kind": "restyle", "prompt": "make me a cartoon", "caption": "Monday mood"},
    {"kind": "restyle", "prompt": "oil painting", "caption": ""},
    {"kind": "background", "prompt": "put me on a beach at sunset", "caption": ""},
    {"kind": "face", "prompt": "glow", "caption": "Main character"},
    {"kind": "caption_only", "prompt": "", "caption": "That first morning sip be like"},
]
VOICE_REQUESTS = [
    {"kind": "voice", "prompt": "make me sound like a chipmunk", "caption": "Houston, squeak"},
    {"kind": "voice", "prompt": "a deeper voice", "caption": ""},
    {"kind": "voice", "prompt": "talk like a robot", "caption": "Beep"},
    {"kind": "voice", "prompt": "echo like in a stadium", "caption": ""},
    {"kind": "voice", "prompt": "an old telephone call", "caption": "Hello?"},
    # with a neural restyle of the picture: a painted keyframe every 6th frame, held between
    {"kind": "voice", "prompt": "a chipmunk as an oil painting", "caption": ""},
]
# What ``request_remix`` cycles through (``voice`` swaps in VOICE_REQUESTS).
ACTIVE_REQUESTS = REQUESTS
# The job's own ``timings`` (``sign_ms`` there is the whole finish: upscaling to 512 px, the
# watermark, JPEG encoding and the C2PA signature), then what this process clocks around them.
APP_STAGES = ("frame_ms", "engine_ms", "caption_ms", "screen_ms", "sign_ms")
STAGE_ORDER = (
    "frame_ms", "engine_ms", "caption_ms", "screen_ms", "watermark_ms", "c2pa_sign_ms",
    "sign_ms", "publish_ms", "request_ms", "job_ms",
)  # fmt: skip
# Clocked in this process around the functions ``stage_clocks`` wraps.
CLOCKED_STAGES = ("watermark_ms", "c2pa_sign_ms", "publish_ms")
JOBS_PATH = "/api/v1/remix/jobs"
# Many remixes of one video by one person: lift the per-hour limits.
RATE_LIMITS = {
    "CLIPMIX_RATE_LIMIT_REMIX_USER": "100000/3600",
    "CLIPMIX_RATE_LIMIT_REMIX_VIDEO": "100000/3600",
}
SIGNING_SETTINGS = (
    "CLIPMIX_C2PA_CERT_CHAIN",
    "CLIPMIX_C2PA_PRIVATE_KEY",
    "CLIPMIX_C2PA_TRUST_ANCHORS",
    "CLIPMIX_WATERMARK_KEY",
)
# Progress bars and advice from the model libraries, printed at every load.
QUIET = {
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "DIFFUSERS_VERBOSITY": "error",
    "TQDM_DISABLE": "1",
}


def _clocked(stages: dict[int, dict[str, float]], stage: str, job_id: Callable[..., int]):
    """Wrap a pipeline function so that each call's duration lands in ``stages[job][stage]``."""

    def wrap(function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = (time.perf_counter() - started) * 1000
                stages[job_id(*args, **kwargs)][stage] = round(elapsed, 1)

        return timed

    return wrap


@contextmanager
def stage_clocks() -> Iterator[dict[int, dict[str, float]]]:
    """The three steps the job's ``timings`` do not split out, timed per job in this process."""
    import apps.provenance.signing as signing
    import apps.remix.services.running as running

    stages: dict[int, dict[str, float]] = defaultdict(dict)
    originals = (signing.watermark_embed_checked, signing.jpeg_sign, running._publish)
    signing.watermark_embed_checked = _clocked(
        stages, "watermark_ms", lambda *a, **k: k["remix_id"]
    )(originals[0])
    signing.jpeg_sign = _clocked(stages, "c2pa_sign_ms", lambda data, prov: prov.remix_id)(
        originals[1]
    )
    running._publish = _clocked(stages, "publish_ms", lambda job: job.pk)(originals[2])
    try:
        yield stages
    finally:
        signing.watermark_embed_checked, signing.jpeg_sign, running._publish = originals


@contextmanager
def engine_used(engine: Any, model: str) -> Iterator[None]:
    """Jobs requested inside run on ``engine`` (the settings name the model, so jobs record
    the diffusion engine)."""
    from django.conf import settings

    import apps.remix.services.running as running

    original = running.engine_get, settings.CLIPMIX_REMIX_MODEL
    running.engine_get, settings.CLIPMIX_REMIX_MODEL = (lambda: engine), model
    try:
        yield
    finally:
        running.engine_get, settings.CLIPMIX_REMIX_MODEL = original


def request_remix(client: Any, video: Any, index: int) -> tuple[int, float, float, float]:
    """POST one remix request; returns the job id, the wall time it was sent, the API's
    response time and the CPU time this process spent on it, in ms."""
    kind = ACTIVE_REQUESTS[index % len(ACTIVE_REQUESTS)]
    at_seconds = 0.0 if kind["kind"] == "voice" else 0.5 + index % 3  # voice: the whole 4 s
    body = {"video_id": video.pk, "at_seconds": at_seconds, "seed": index, **kind}
    sent = time.time()
    started, cpu = time.perf_counter(), time.process_time()
    response = client.post(JOBS_PATH, body, content_type="application/json")
    api_ms = (time.perf_counter() - started) * 1000
    cpu_ms = (time.process_time() - cpu) * 1000
    if response.status_code != 201:
        sys.exit(f"The API refused a remix: {response.status_code} {response.content[:500]!r}")
    return response.json()["id"], sent, api_ms, cpu_ms


def _cpu(stage: str) -> str:
    return stage.removesuffix("_ms") + "_cpu_ms"


def stage_table(rows: list[dict[str, float]]) -> dict[str, dict]:
    """p50/p95 per stage, in the pipeline's order."""
    present = {name for row in rows for name in row}
    ordered = [name for name in STAGE_ORDER if name in present]
    ordered += sorted(present - {*STAGE_ORDER} - {_cpu(n) for n in present})
    # Each stage's CPU time (``<stage>_cpu_ms``, the worker's own clock) right under its wall time.
    names = [n for name in ordered for n in (name, _cpu(name)) if n in present]
    return {
        name: summary([row[name] for row in rows if name in row], (0.5, 0.95)) for name in names
    }


def stages_run(client: Any, video: Any, *, jobs: int, label: str) -> dict[str, Any]:
    """``jobs`` remixes (after one untimed warm-up) run in this process; per-stage p50/p95."""
    from apps.remix.models import RemixJob

    rows, statuses = [], []
    engine_by_kind: dict[str, list[float]] = defaultdict(list)
    with stage_clocks() as wrapped:
        for index in range(jobs + 1):
            job_id, _, api_ms, cpu_ms = request_remix(client, video, index)
            job = RemixJob.objects.get(pk=job_id)
            statuses.append(job.status)
            if index == 0 or job.status != RemixJob.Status.PUBLISHED:
                continue
            assert job.finished_at is not None  # published
            total_ms = (job.finished_at - job.created_at).total_seconds() * 1000
            if len(wrapped[job_id]) != len(CLOCKED_STAGES):  # the pipeline's names changed
                sys.exit(f"Only {sorted(wrapped[job_id])} of {CLOCKED_STAGES} were clocked")
            engine_by_kind[job.kind].append(job.timings["engine_ms"])
            rows.append(
                {
                    **{stage: job.timings[stage] for stage in APP_STAGES},
                    **wrapped[job_id],
                    "request_ms": round(api_ms, 1),
                    "request_cpu_ms": round(cpu_ms, 1),
                    "job_ms": round(total_ms, 1),
                }
            )
    table = stage_table(rows)
    print(f"\n{label}: {len(rows)} published of {jobs} timed ({statuses.count('published')} "
          f"of {len(statuses)} with the warm-up)")  # fmt: skip
    print(f"{'stage':<18}{'p50 ms':>9}{'p95 ms':>9}")
    for stage, figures in table.items():
        print(f"{stage:<18}{figures['p50']:>9.1f}{figures['p95']:>9.1f}")
    by_kind = {kind: round(statistics.median(ms), 1) for kind, ms in engine_by_kind.items()}
    print(f"engine p50 by kind (ms): {by_kind}")
    return {"jobs": jobs, "published": len(rows), "stages_ms": table, "engine_p50_ms": by_kind}


def diffusion_engine(folder: Path, *, size: int, steps: int) -> tuple[Any, str, float]:
    """The real ``DiffusionEngine`` on the tiny pipeline, built and saved into ``folder``."""
    started = time.perf_counter()
    from apps.remix.engines.diffusion import DiffusionEngine
    from tests.remix.tiny_pipeline import tiny_pipeline_save

    model = str(tiny_pipeline_save(folder / "tiny-sd"))
    engine = DiffusionEngine(model, steps=steps, strength=1.0, size=size)
    return engine, model, time.perf_counter() - started


def end_to_end(
    client: Any, video: Any, *, jobs: int, in_flight: int, deadline: float, worker: Any, log: Path
) -> dict[str, Any]:
    """Closed loop: ``in_flight`` requests outstanding until ``jobs`` have ended (or the time
    budget is spent); latency from sending the request to the published job's ``finished_at``."""
    from apps.remix.models import RemixJob

    pending: dict[int, float] = {}
    ended: list[tuple[RemixJob, float]] = []
    api_ms: list[float] = []
    api_cpu_ms: list[float] = []
    sent_count = 0
    worker_cpu_started = process_tree_cpu_seconds(worker.pid)
    while len(ended) < jobs:
        while sent_count < jobs and len(pending) < in_flight and time.monotonic() < deadline:
            job_id, sent, elapsed, cpu_ms = request_remix(client, video, 100 + sent_count)
            pending[job_id] = sent
            api_ms.append(elapsed)
            api_cpu_ms.append(cpu_ms)
            sent_count += 1
        if not pending:
            break
        if worker.poll() is not None:
            sys.exit(f"The worker exited:\n{log.read_text(errors='replace')[-3000:]}")
        if time.monotonic() > deadline + 60:
            sys.exit(
                f"Jobs still unfinished: {sorted(pending)}; the worker said:\n"
                f"{log.read_text(errors='replace')[-3000:]}"
            )
        finished = RemixJob.objects.filter(pk__in=pending).exclude(
            status__in=(RemixJob.Status.QUEUED, RemixJob.Status.RUNNING)
        )
        for job in finished:
            ended.append((job, pending.pop(job.pk)))
        time.sleep(0.01)

    # The worker's processes (the pool and its parent), on every job of this run, per job: what
    # the machine spent, whatever else ran on it (the wall figures depend on that load).
    worker_cpu_s = process_tree_cpu_seconds(worker.pid) - worker_cpu_started
    published = [(job, sent) for job, sent in ended if job.status == RemixJob.Status.PUBLISHED]
    latency, queue, run = [], [], []
    by_prompt: dict[str, list[float]] = defaultdict(list)
    for job, sent in published:
        assert job.started_at is not None  # a published job has both
        assert job.finished_at is not None
        latency.append((job.finished_at.timestamp() - sent) * 1000)
        by_prompt[f"{job.kind}: {job.prompt}"].append(latency[-1])
        queue.append((job.started_at - job.created_at).total_seconds() * 1000)
        run.append((job.finished_at - job.started_at).total_seconds() * 1000)
    stages = stage_table([job.timings for job, _ in published]) if published else {}
    return {
        "jobs": len(ended),
        "published": len(published),
        "not_published": sorted(
            f"{job.status}:{job.reason_code}" for job, _ in ended if job.status != "published"
        ),
        "in_flight": in_flight,
        "latency_ms": summary(latency, (0.5, 0.95, 0.99)),
        "latency_mean_ms": round(statistics.fmean(latency), 1) if latency else None,
        "latency_p50_by_request_ms": {
            prompt: round(statistics.median(ms), 1) for prompt, ms in sorted(by_prompt.items())
        },
        "request_ms": summary(api_ms, (0.5, 0.95)),
        "request_cpu_ms": summary(api_cpu_ms, (0.5, 0.95)),
        "worker_cpu_ms_per_job": round(worker_cpu_s * 1000 / max(1, len(ended)), 1),
        "queue_ms": summary(queue, (0.5, 0.95)),
        "worker_run_ms": summary(run, (0.5, 0.95)),
        "worker_stages_ms": stages,
        "comments": sum(1 for job, _ in published if job.comment_id),
    }


def _setup(args: argparse.Namespace, folder: str) -> tuple[Any, Any, dict[str, str]]:
    """A fresh database, Django in this process on it, signing keys, and a logged-in client of
    the fan who remixes the creator's video."""
    media_root = str(Path(folder) / "media")
    database, redis_db = args.database, args.redis_db
    target_env = production_environment(database=database, redis_db=redis_db, media_root=media_root)
    database_create(target_env, database=database, redis_db=redis_db)
    django_setup(
        database=database, redis_db=redis_db, media_root=media_root,
        extra={"CELERY_TASK_ALWAYS_EAGER": "true", "DJANGO_DEBUG": "false", **RATE_LIMITS, **QUIET},
    )  # fmt: skip
    from django.conf import settings
    from django.test import Client

    from apps.provenance.keys import development_chain_create

    keys = development_chain_create(Path(folder) / "keys")
    worker_env = production_environment(
        database=database,
        redis_db=redis_db,
        media_root=media_root,
        extra={
            "CLIPMIX_C2PA_CERT_CHAIN": str(keys["chain"]),
            "CLIPMIX_C2PA_PRIVATE_KEY": str(keys["key"]),
            "CLIPMIX_C2PA_TRUST_ANCHORS": str(keys["root"]),
            "CLIPMIX_WATERMARK_KEY": "bench-watermark-key",
            **RATE_LIMITS,
            **QUIET,
        },
    )
    for name in SIGNING_SETTINGS:
        setattr(settings, name, worker_env[name])
    creator, fan, video = people_and_video()
    video = speaking_video(creator)  # a person: every kind can be made of it
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(fan)
    print(f"video {video.pk}: {video.duration:.1f} s, {video.width}x{video.height}")
    return client, video, worker_env


def speaking_video(creator: Any) -> Any:
    """A ready 4 s video of the astronaut talking, which allows voice remixes."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import transaction

    from apps.privacy.models import RemixKind, VideoPrivacy
    from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write
    from apps.videos.services import video_upload
    from config.celery import app as celery_app

    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = photo_video_write(
                Path(folder) / "talk.mp4",
                demo_photo("astronaut"),
                focus=DEMO_PHOTOS["astronaut"][1],
                seconds=4,
                title="Talk",
                speech="Hello from the launch pad. Today we fly to the space station.",
            )
            upload = SimpleUploadedFile("talk.mp4", path.read_bytes(), "video/mp4")
            with transaction.atomic():
                video = video_upload(owner=creator, upload=upload, caption="Bench talk")
    finally:
        celery_app.conf.task_always_eager = eager
    VideoPrivacy.objects.filter(video=video).update(remix_kinds=list(RemixKind.values))
    video.refresh_from_db()
    if not video.is_ready:
        sys.exit(f"The benchmark's speaking video was not processed: {video.status}")
    return video


def stages(args: argparse.Namespace, client: Any, video: Any, folder: str) -> dict[str, Any]:
    effects = stages_run(client, video, jobs=args.stage_jobs, label="effects engine")
    engine, model, build_s = diffusion_engine(
        Path(folder), size=args.diffusion_size, steps=args.diffusion_steps
    )
    with engine_used(engine, model):
        diffusion = stages_run(
            client, video, jobs=args.diffusion_jobs,
            label=f"diffusion engine, tiny pipeline, {args.diffusion_size} px, "
            f"{args.diffusion_steps} steps",
        )  # fmt: skip
    diffusion.update(
        size_px=args.diffusion_size, steps=args.diffusion_steps, build_s=round(build_s, 1)
    )
    ok = effects["published"] == args.stage_jobs and diffusion["published"] == args.diffusion_jobs
    return {"effects": effects, "diffusion_tiny": diffusion, "ok": ok}


def worker_run(
    args: argparse.Namespace, client: Any, video: Any, worker_env: dict[str, str], folder: str
) -> dict[str, Any]:
    from config.celery import app as celery_app

    celery_app.conf.task_always_eager = False  # this process only requests and watches
    log = Path(folder) / "worker.log"
    deadline = time.monotonic() + args.budget_seconds
    with celery_worker(worker_env, "remix", log, concurrency=args.concurrency) as worker:
        warm_started = time.monotonic()
        end_to_end(
            client, video, jobs=2 * args.concurrency, in_flight=args.concurrency,
            deadline=deadline, worker=worker, log=log,
        )  # fmt: skip  # warm-up: every worker process loads its models once
        warm_s = time.monotonic() - warm_started
        e2e = end_to_end(
            client, video, jobs=args.jobs, in_flight=args.in_flight, deadline=deadline,
            worker=worker, log=log,
        )  # fmt: skip
    latency = e2e["latency_ms"]
    print(
        f"end to end through the worker ({args.concurrency} processes, {args.in_flight} in "
        f"flight): {e2e['published']} of {e2e['jobs']} published; request to published "
        f"p50 {latency['p50']} ms, p95 {latency['p95']} ms; queue p50 "
        f"{e2e['queue_ms']['p50']} ms, worker run p50 {e2e['worker_run_ms']['p50']} ms"
    )
    # CPU beside wall: on a shared machine the wall figures measure the neighbours too.
    print(
        f"CPU per job: request {e2e['request_cpu_ms']['p50']} ms p50 (wall "
        f"{e2e['request_ms']['p50']} ms), worker {e2e['worker_cpu_ms_per_job']} ms on average "
        f"(wall p50 {e2e['worker_run_ms']['p50']} ms); load average {os.getloadavg()[0]:.2f}"
    )
    print(f"{'worker stage':<18}{'p50 ms':>9}{'p95 ms':>9}")
    for stage, figures in e2e["worker_stages_ms"].items():
        print(f"{stage:<18}{figures['p50']:>9.1f}{figures['p95']:>9.1f}")
    e2e.update(worker_concurrency=args.concurrency, warm_up_s=round(warm_s, 1))
    return {"end_to_end": e2e, "ok": e2e["published"] == e2e["jobs"] >= args.jobs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "part", choices=("stages", "worker", "voice"), help="which benchmark to run"
    )
    parser.add_argument("--jobs", type=int, default=50, help="worker: jobs through the worker")
    parser.add_argument("--in-flight", type=int, default=1, help="worker: requests at once")
    parser.add_argument("--concurrency", type=int, default=2, help="worker: processes")
    parser.add_argument(
        "--budget-seconds", type=float, default=200, help="worker: stop sending after"
    )
    parser.add_argument("--stage-jobs", type=int, default=12, help="stages: effects jobs")
    parser.add_argument("--diffusion-jobs", type=int, default=6, help="stages: tiny-pipeline jobs")
    parser.add_argument("--diffusion-size", type=int, default=64, help="stages: short side, px")
    parser.add_argument("--diffusion-steps", type=int, default=4, help="stages: denoising steps")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    target_arguments(parser)
    args = parser.parse_args()
    if args.part == "voice":
        global ACTIVE_REQUESTS
        ACTIVE_REQUESTS = VOICE_REQUESTS
    stop_on_sigterm()
    started = time.monotonic()

    with tempfile.TemporaryDirectory() as folder:
        try:
            client, video, worker_env = _setup(args, folder)
            print(f"setup {time.monotonic() - started:.1f} s")
            if args.part == "stages":
                figures = stages(args, client, video, folder)
            else:
                figures = worker_run(args, client, video, worker_env, folder)
        finally:
            connections_close()
            if not args.keep:
                database_drop(args.database)
            redis_flush(args.redis_db)
    json_last_line(
        {
            "benchmark": f"remix_pipeline {args.part}",
            **figures,
            "total_s": round(time.monotonic() - started, 1),
            **machine(),
        }
    )
    if not figures["ok"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
