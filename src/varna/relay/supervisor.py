"""The relay process: binds the listening socket once, runs worker processes that
share it (one event loop each, so judging uses every core), restarts a worker
that dies, and serves ``/metrics`` and ``/healthz`` over HTTP."""

from __future__ import annotations

import asyncio
import importlib
import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
from collections.abc import Callable, MutableSequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.process import BaseProcess
from typing import Any

from varna.relay import logs, metrics
from varna.relay.config import RelayConfig
from varna.relay.custody import GuardStore
from varna.relay.examine import Examiner
from varna.relay.handler import Relay
from varna.relay.server import listening_socket, run_worker
from varna.relay.upstream import tls_context

log = logging.getLogger("varna.relay")
StoreFactory = Callable[[], GuardStore]


def load_factory(path: str) -> StoreFactory:
    """``"module:function"`` → the function (it must be importable in a fresh process)."""
    module, _, name = path.partition(":")
    factory: StoreFactory = getattr(importlib.import_module(module), name)
    return factory


def worker_main(
    config: RelayConfig,
    sock: socket.socket,
    storage: MutableSequence[float],
    row: int,
    store_factory: str,
    parent_pid: int,
) -> None:
    """Entry point of a worker process (spawned, so nothing is inherited but the socket)."""
    store = load_factory(store_factory)() if store_factory and config.needs_store else None
    # After Django's setup, which installs its own logging configuration.
    logs.configure(config.process.log_format, config.process.log_level)
    examiner = Examiner.from_policy_file(config.judging.policy)
    examiner.warm_up()
    upstream_tls = tls_context(config.upstream) if config.upstream.starttls != "off" else None
    relay = Relay(
        config,
        examiner,
        store=store,
        metrics=metrics.Metrics(storage, row),
        upstream_tls=upstream_tls,
    )
    log.info("worker ready", extra={"fields": {"worker": row, "pid": os.getpid()}})
    try:
        asyncio.run(run_worker(relay, sock, parent_pid))
    finally:
        relay.close()
        log.info("worker stopped", extra={"fields": {"worker": row}})


class Supervisor:
    def __init__(self, config: RelayConfig, store_factory: str = "") -> None:
        self.config = config
        self.store_factory = store_factory
        self.count = config.worker_count
        self.context = multiprocessing.get_context("spawn")
        # One row per worker, and the last one for the supervisor's own counters.
        self.storage: MutableSequence[float] = self.context.RawArray(
            "d", (self.count + 1) * metrics.WIDTH
        )
        self.own = metrics.Metrics(self.storage, self.count)
        self.workers: dict[int, BaseProcess] = {}
        self.started: dict[int, float] = {}
        self.failures: dict[int, int] = {}
        self.dead_since: dict[int, float] = {}
        self.stopping = threading.Event()
        self.sock: socket.socket | None = None
        self.http: ThreadingHTTPServer | None = None

    def bind(self, attempts: float = 10.0) -> None:
        """Bind the port, waiting a little for a previous relay's workers to let go."""
        deadline = time.monotonic() + attempts
        while True:
            try:
                self.sock = listening_socket(self.config.listen)
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def start_worker(self, row: int) -> None:
        process = self.context.Process(
            target=worker_main,
            args=(self.config, self.sock, self.storage, row, self.store_factory, os.getpid()),
            name=f"varna-relay-{row}",
            daemon=False,
        )
        process.start()
        self.workers[row] = process
        self.started[row] = time.monotonic()

    def serve_metrics(self) -> None:
        if not self.config.metrics.port:
            return
        supervisor = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/metrics":
                    body = metrics.render(supervisor.storage, supervisor.count + 1).encode()
                    self._send(200, body, "text/plain; version=0.0.4; charset=utf-8")
                elif self.path == "/healthz":
                    alive = all(p.is_alive() for p in supervisor.workers.values())
                    self._send(
                        200 if alive else 503, b"ok" if alive else b"workers down", "text/plain"
                    )
                else:
                    self._send(404, b"not found", "text/plain")

            def _send(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        address = (self.config.metrics.address, self.config.metrics.port)
        self.http = ThreadingHTTPServer(address, Handler)
        threading.Thread(target=self.http.serve_forever, name="varna-metrics", daemon=True).start()

    def run(self) -> int:
        if self.sock is None:
            self.bind()
        self.serve_metrics()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: self.stopping.set())
        for row in range(self.count):
            self.start_worker(row)
        log.info(
            "relay listening",
            extra={
                "fields": {
                    "address": self.config.listen.address,
                    "port": self.sock.getsockname()[1] if self.sock else None,
                    "workers": self.count,
                }
            },
        )
        while not self.stopping.wait(0.5):
            for row, process in list(self.workers.items()):
                if not process.is_alive() and not self.stopping.is_set():
                    self._restart(row, process)
        self.stop()
        return 0

    def _restart(self, row: int, process: BaseProcess) -> None:
        """Restart a dead worker; one that keeps dying at start (a broken database,
        say) is restarted after a growing pause instead of in a tight loop."""
        now = time.monotonic()
        if row not in self.dead_since:
            self.dead_since[row] = now
            lived = now - self.started.get(row, 0.0)
            self.failures[row] = self.failures.get(row, 0) + 1 if lived < 10 else 0
            log.error(
                "worker died",
                extra={"fields": {"worker": row, "exitcode": process.exitcode}},
            )
        failures = self.failures[row]
        if failures and now - self.dead_since[row] < min(2.0**failures, 30.0):
            return
        del self.dead_since[row]
        self.own.inc("varna_relay_worker_restarts_total")
        self.start_worker(row)

    def stop(self) -> None:
        for process in self.workers.values():
            if process.is_alive() and process.pid is not None:
                os.kill(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + self.config.process.shutdown_grace + 10
        for process in self.workers.values():
            process.join(max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(5)
        if self.http is not None:
            self.http.shutdown()
        if self.sock is not None:
            self.sock.close()
        log.info("relay stopped")
