"""Latency of the check API under concurrency: `varna serve` (gunicorn, gthread)
on a real socket, a fresh SQLite database and API token, and 20 concurrent
clients (keep-alive, spread over several processes) posting messages without
attachments from the development corpus. Prints requests/s and p50/p95/p99.

    python bench/api_load.py --requests 4000 --concurrency 20
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.relay_load import corpus  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    directory: Path, port: int, workers: int, threads: int, database_url: str
) -> tuple[Any, str]:
    environ = {
        "PATH": os.environ["PATH"],
        "DEBUG": "false",
        "SECRET_KEY": "api-bench-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "VARNA_DATA_DIR": str(directory),
        "DATABASE_URL": database_url or f"sqlite:///{directory / 'varna.sqlite3'}",
        "LOG_LEVEL": "WARNING",
    }
    varna = [sys.executable, "-m", "varna"]
    subprocess.run([*varna, "manage", "migrate", "--noinput", "-v0"], env=environ, check=True)
    subprocess.run([*varna, "manage", "collectstatic", "--noinput", "-v0"], env=environ, check=True)
    created = subprocess.run(
        [*varna, "manage", "api_token", "create", "bench"],
        env=environ,
        check=True,
        capture_output=True,
        text=True,
    )
    token = created.stdout.strip().splitlines()[-1]
    server = subprocess.Popen(
        [
            *varna,
            "serve",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
        ],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=open(directory / "serve.log", "wb"),  # noqa: SIM115
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server, token
        except OSError:
            time.sleep(0.2)
    raise SystemExit("varna serve did not start; see serve.log")


def client_process(
    port: int, token: str, bodies: list[bytes], count: int, threads: int, rate: float, out: Any
) -> None:
    latencies: list[float] = []
    verdicts: Counter[str] = Counter()
    errors = 0
    lock = threading.Lock()
    per_thread = count // threads

    def worker(offset: int) -> None:
        nonlocal errors
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "message/rfc822"}
        interval = threads / rate if rate else 0.0  # this thread's share of the rate
        next_at = time.perf_counter() + interval * random.random()  # spread the threads
        for i in range(per_thread):
            body = bodies[(offset + i) % len(bodies)]
            if interval:
                next_at += interval
                time.sleep(max(0.0, next_at - time.perf_counter()))
            started = time.perf_counter()
            try:
                connection.request("POST", "/api/v1/check", body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
                elapsed = time.perf_counter() - started
                ok = response.status == 200
            except OSError:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            with lock:
                if ok:
                    latencies.append(elapsed)
                    verdicts[json.loads(data)["verdict"]] += 1
                else:
                    errors += 1
        connection.close()

    pool = [threading.Thread(target=worker, args=(k * 7,)) for k in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    out.put((latencies, dict(verdicts), errors))


def warm_up(port: int, token: str, bodies: list[bytes], connections: int) -> None:
    """Every worker process and thread judges a few messages before timing starts."""

    def run() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "message/rfc822"}
        for body in bodies[:20]:
            connection.request("POST", "/api/v1/check", body=body, headers=headers)
            connection.getresponse().read()
        connection.close()

    threads = [threading.Thread(target=run) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--client-processes", type=int, default=4)
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="requests/s in total (open loop); 0 = as fast as the clients can (closed loop)",
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=8, help="threads per worker")
    parser.add_argument(
        "--database-url", default="", help="e.g. postgres://…; default: SQLite in a temp dir"
    )
    args = parser.parse_args(argv)
    bodies = [sample.raw for sample in corpus(with_attachments=False)]
    directory = Path(tempfile.mkdtemp(prefix="varna-api-bench-"))
    port = free_port()
    server, token = start_server(directory, port, args.workers, args.threads, args.database_url)
    try:
        warm_up(port, token, bodies, args.workers * args.threads)
        context = multiprocessing.get_context("fork")
        results = context.Queue()
        per_process = args.concurrency // args.client_processes
        count = args.requests // args.client_processes
        processes = [
            context.Process(
                target=client_process,
                args=(
                    port,
                    token,
                    bodies,
                    count,
                    per_process,
                    args.rate / args.client_processes,
                    results,
                ),
            )
            for _ in range(args.client_processes)
        ]
        started = time.perf_counter()
        for process in processes:
            process.start()
        collected = [results.get() for _ in processes]
        seconds = time.perf_counter() - started
        for process in processes:
            process.join()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    latencies = sorted(x for part in collected for x in part[0])
    verdicts: Counter[str] = Counter()
    for part in collected:
        verdicts.update(part[1])
    errors = sum(part[2] for part in collected)
    print(f"requests:     {len(latencies)} ok, {errors} failed, verdicts {dict(verdicts)}")
    print(
        f"concurrency:  {per_process * args.client_processes} clients, "
        f"server {args.workers} workers x {args.threads} threads"
    )
    print(f"throughput:   {len(latencies) / seconds:.0f} requests/s")
    print(
        "latency:      "
        f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {latencies[int(0.95 * (len(latencies) - 1))] * 1000:.1f} ms, "
        f"p99 {latencies[int(0.99 * (len(latencies) - 1))] * 1000:.1f} ms, "
        f"max {latencies[-1] * 1000:.1f} ms"
    )
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
