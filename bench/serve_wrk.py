"""The feed and the video page under each ASGI server, loaded by a native generator (wrk).

Sets up a throwaway PostgreSQL database and Redis database with the demo data (12 PyAV-made
videos) plus 50 comments with replies on one video, and logs the demo user ``viewer`` in (a
session in the database). Then, for each server in ``--servers`` (Daphne, Uvicorn with its
``websockets`` protocol, Granian; each serving HTTP and websockets for the same
``config.asgi:application``, ``DJANGO_ENV=production``), starts it on a free loopback port
with ``--workers`` processes, and loads, at 1, 8 and 32 keep-alive connections, for
``--seconds`` each after a short warm-up:

- ``/healthz`` (the "hello" view: no database, no template, only the middleware; the
  server's and framework's ceiling, the baseline every page is compared with in the same run),
- ``/`` (the feed) and ``/v/<id>`` (the video page, 20 of 50 comment threads) anonymously,
- the same two logged in as ``viewer`` (``bench/wrk/clipmix.lua`` sends the session and CSRF
  cookies, as a browser does after its first page).

wrk (Debian's ``wrk``, one thread) is pinned with ``taskset`` to the last core and the
server to the others, so the load generator does not compete with the server it measures
(on a shared machine other work still does: the 1-minute load average is printed beside
every server's figures and recorded in the JSON). Prints requests/s, p50, p99 and errors
(socket errors, and responses that were not 2xx/3xx) per address and level, each page's
ratio to ``/healthz`` of the same server, a comparison of the servers, and last one JSON
line. Stops every server and drops the data whatever happens.

Run: .venv/bin/python bench/serve_wrk.py [--servers daphne,uvicorn,granian] [--levels 1,8,32]
     [--seconds 3] [--keep] [--reuse] [--workers N] [--database clipmix_bench] [--redis-db 3]
Needs ``wrk`` and ``taskset`` (apt-get install wrk), PostgreSQL on 127.0.0.1:5432 (trust
auth) and Redis on 127.0.0.1:6379.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._common import (
    HOST,
    ROOT,
    SERVERS,
    asgi_server,
    database_drop,
    database_prepare,
    json_last_line,
    machine,
    manage,
    production_environment,
    redis_flush,
    stop_on_sigterm,
    target_arguments,
)

LUA = ROOT / "bench" / "wrk" / "clipmix.lua"

# A session for the demo user ``viewer``, as a log-in would make it, and the CSRF cookie a
# browser holds after its first page; prints the Cookie header's value.
_SESSION = """
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client
from apps.accounts.models import User
client = Client()
client.force_login(User.objects.get(username="viewer"))
print(f"sessionid={client.cookies['sessionid'].value}; csrftoken={_get_new_csrf_string()}")
"""


# The video with the comments, in a database an earlier ``--keep`` run prepared.
_VIDEO = """
from apps.videos.models import Video
print(Video.objects.order_by("id").first().pk)
"""


def cpu_split(no_pin: bool) -> tuple[str | None, str | None, int]:
    """(wrk's cores, the server's cores, the server's share of cores): wrk on the last core,
    the server on the rest; nothing pinned on one core or with ``--no-pin``."""
    count = os.cpu_count() or 1
    if no_pin or count < 2:
        return None, None, count
    return str(count - 1), f"0-{count - 2}" if count > 2 else "0", count - 1


def wrk(
    port: int, path: str, *, connections: int, seconds: int, cookie: str, cpu: str | None
) -> dict:
    """One wrk run (one thread, ``connections`` keep-alive connections) of ``path``."""
    command = [
        "wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
        "-s", str(LUA), f"http://{HOST}:{port}{path}",
    ]  # fmt: skip
    if cpu is not None:
        command = ["taskset", "-c", cpu, *command]
    result = subprocess.run(
        command,
        env={**os.environ, "CLIPMIX_WRK_COOKIE": cookie},
        capture_output=True,
        text=True,
        check=False,
        timeout=seconds + 60,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("WRK_JSON ")), None)
    if result.returncode != 0 or line is None:
        sys.exit(f"wrk failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    raw = json.loads(line.removeprefix("WRK_JSON "))
    socket_errors = raw["connect"] + raw["read"] + raw["write"] + raw["timeout"]
    return {
        "requests": raw["requests"],
        "rps": round(raw["requests"] / (raw["duration_us"] / 1e6), 1),
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p99_ms": round(raw["p99_us"] / 1000, 1),
        "max_ms": round(raw["max_us"] / 1000, 1),
        "socket_errors": socket_errors,
        "not_2xx_3xx": raw["status"],
    }


def loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def server_run(
    kind: str, *, env: dict[str, str], folder: Path, args: argparse.Namespace,
    addresses: list[tuple[str, str, str]], levels: list[int], pins: tuple, workers: int,
) -> dict:  # fmt: skip
    """Every address at every level on one server; its figures and the load around them."""
    wrk_cpu, server_cpus, _ = pins
    results: dict[str, dict[str, dict]] = {}
    load_before = loadavg()
    with asgi_server(
        kind, env, folder / f"{kind}.log", workers=workers, cpus=server_cpus
    ) as server:
        for _, path, cookie in addresses:  # warm-up: templates, pools, caches, every worker
            wrk(server.port, path, connections=4, seconds=args.warmup_seconds, cookie=cookie,
                cpu=wrk_cpu)  # fmt: skip
        server.wait_idle()
        print(
            f"\n{kind}: {workers} worker process(es) on cores {server_cpus or 'any'}, wrk on "
            f"core {wrk_cpu or 'any'}; load average {load_before}"
        )
        print(
            f"{'conns':>5} {'address':<24}{'requests':>9}{'req/s':>8}{'p50 ms':>8}"
            f"{'p99 ms':>8}{'errors':>8}{'× hello':>8}"
        )
        for level in levels:
            for name, path, cookie in addresses:
                result = wrk(
                    server.port, path, connections=level, seconds=args.seconds, cookie=cookie,
                    cpu=wrk_cpu,
                )  # fmt: skip
                server.wait_idle()  # requests wrk left in flight are not the next cell's
                hello = results.get("hello", {}).get(str(level), result)
                result["ratio_to_hello"] = round(result["rps"] / hello["rps"], 3)
                results.setdefault(name, {})[str(level)] = result
                errors = result["socket_errors"] + result["not_2xx_3xx"]
                label = path if not cookie else f"{path} (logged in)"
                print(
                    f"{level:>5} {label:<24}{result['requests']:>9}{result['rps']:>8.0f}"
                    f"{result['p50_ms']:>8.1f}{result['p99_ms']:>8.1f}{errors:>8}"
                    f"{result['ratio_to_hello']:>8.2f}"
                )
        rss_mib = round(server.rss_kib() / 1024, 1)
    log = (folder / f"{kind}.log").read_text(errors="replace")
    return {
        "workers": workers,
        "server_cpus": server_cpus,
        "wrk_cpu": wrk_cpu,
        "loadavg_before": load_before,
        "loadavg_after": loadavg(),
        "rss_mib_after": rss_mib,
        "results": results,
        "log_tail": log[-1500:] if "Traceback" in log else "",
    }


def comparison(figures: dict[str, dict], levels: list[int]) -> None:
    print("\nServers compared (req/s, p99 ms in brackets; ratio = page req/s / /healthz req/s)")
    print(
        f"{'server':<9}{'conns':>6}{'/healthz':>16}{'feed':>16}{'video':>16}"
        f"{'video logged in':>18}{'video ×':>9}{'feed ×':>8}"
    )
    for kind, run in figures.items():
        for level in levels:
            cells = [run["results"][name][str(level)] for name in ("hello", "feed", "video")]
            logged = run["results"]["video_in"][str(level)]
            text = [f"{c['rps']:.0f} ({c['p99_ms']:.0f})" for c in (*cells, logged)]
            print(
                f"{kind:<9}{level:>6}{text[0]:>16}{text[1]:>16}{text[2]:>16}{text[3]:>18}"
                f"{cells[2]['ratio_to_hello']:>9.2f}{cells[1]['ratio_to_hello']:>8.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", default=",".join(SERVERS), help="comma-separated")
    parser.add_argument("--levels", default="1,8,32", help="connections, comma-separated")
    parser.add_argument("--seconds", type=int, default=3, help="per address and level")
    parser.add_argument("--warmup-seconds", type=int, default=1, help="per address")
    parser.add_argument(
        "--workers", type=int, default=0, help="server processes (default: its cores)"
    )
    parser.add_argument("--no-pin", action="store_true", help="let wrk and the server share")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--reuse", action="store_true", help="use the database a --keep run left (no set-up)"
    )
    target_arguments(parser)
    args = parser.parse_args()
    levels = [int(level) for level in args.levels.split(",")]
    servers = [kind.strip() for kind in args.servers.split(",") if kind.strip()]
    for tool in ("wrk", *([] if args.no_pin else ["taskset"])):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed: apt-get install wrk (taskset is util-linux)")
    pins = cpu_split(args.no_pin)
    workers = args.workers or pins[2]
    stop_on_sigterm()

    started = time.monotonic()
    figures: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as folder:
        env = production_environment(
            database=args.database,
            redis_db=args.redis_db,
            media_root=str(Path(folder) / "media"),
            extra={"CLIPMIX_MODERATION_WARM_UP": "false"},  # nothing here screens text
        )
        try:
            if args.reuse:
                video_id = int(manage(env, "shell", "-c", _VIDEO).strip().splitlines()[-1])
            else:
                video_id = database_prepare(env, database=args.database, redis_db=args.redis_db)
            session = manage(env, "shell", "-c", _SESSION).strip().splitlines()[-1]
            prepared_s = time.monotonic() - started
            cookie = session
            addresses = [
                ("hello", "/healthz", ""),
                ("feed", "/", ""),
                ("video", f"/v/{video_id}", ""),
                ("feed_in", "/", cookie),
                ("video_in", f"/v/{video_id}", cookie),
            ]
            print(
                f"DJANGO_ENV=production, PostgreSQL ({args.database}) + Redis (db "
                f"{args.redis_db}); wrk, 1 thread, keep-alive, {args.seconds} s per address "
                f"and level; data prepared in {prepared_s:.0f} s"
            )
            for kind in servers:
                figures[kind] = server_run(
                    kind, env=env, folder=Path(folder), args=args, addresses=addresses,
                    levels=levels, pins=pins, workers=workers,
                )  # fmt: skip
                redis_flush(args.redis_db)  # every server starts with a cold page cache
        finally:
            if not args.keep:
                database_drop(args.database)
                redis_flush(args.redis_db)
    comparison(figures, levels)
    errors = sum(
        cell["socket_errors"] + cell["not_2xx_3xx"]
        for run in figures.values()
        for per_level in run["results"].values()
        for cell in per_level.values()
    )
    for kind, run in figures.items():
        if run["log_tail"]:
            print(f"\n{kind} logged a traceback:\n{run['log_tail']}")
    print(f"\nerrors: {errors}; uptime: {loadavg()}; total {time.monotonic() - started:.0f} s")
    json_last_line(
        {
            "benchmark": "serve_wrk",
            "video_id": video_id,
            "levels": levels,
            "seconds": args.seconds,
            "servers": figures,
            "errors": errors,
            "ok": errors == 0,
            "prepare_s": round(prepared_s, 1),
            "total_s": round(time.monotonic() - started, 1),
            **machine(),
        }
    )
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
