"""Run the WSGI application under gunicorn from inside the `varna` command.

Tuned for the check API on a small machine (2 cores), where a check is ~2 ms of
CPU and nothing else: about one worker process per core, few threads, the app
loaded once before forking, and every request on its own connection so that the
next request goes to whichever worker is free (see ``serve_options``).
"""

from __future__ import annotations

import gc
from typing import Any

from gunicorn.app.base import BaseApplication  # type: ignore[import-untyped]


class _VarnaServer(BaseApplication):  # type: ignore[misc]  # untyped base
    def __init__(self, options: dict[str, Any]) -> None:
        self._options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        """Load once in the master (``preload_app``) and fork workers ready to judge."""
        from django.db import connections

        from varna.web.guard.api import warm_up
        from varna.web.wsgi import application

        warm_up()
        # A forked worker must open its own database connections, never share one.
        connections.close_all()
        # The scanner's tables, the policy and Django live as long as the process:
        # keep them out of the cyclic garbage collector, whose full passes over them
        # stalled every thread of a worker for ~30 ms (and copied shared pages).
        gc.collect()
        gc.freeze()
        return application


def run_gunicorn(*, bind: str, workers: int, threads: int) -> None:
    # Check settings and database before forking, so that a configuration
    # error stops the command with a readable message instead of N dead workers.
    import django
    from django.core.management import call_command

    django.setup()
    call_command("check", "--deploy" if not _debug() else "--fail-level=ERROR")
    print(f"Värna lyssnar på http://{bind}/  (avsluta med Ctrl+C)", flush=True)
    _VarnaServer(serve_options(bind=bind, workers=workers, threads=threads)).run()


def serve_options(*, bind: str, workers: int, threads: int) -> dict[str, Any]:
    """gunicorn settings. The check API is CPU-bound and latency-bound: a worker
    takes a connection only when one of its threads is free (``worker_connections``)
    and answers without keep-alive, so waiting requests queue in the kernel's accept
    queue (first come, first served) and go to whichever worker frees up first.
    With keep-alive, a client's connection stays with the worker that accepted it,
    however busy that worker is: with 20 clients on 2 workers x 8 threads, p99 was
    3-4 times p50 (bench/api_load.py). Behind a reverse proxy (the documented setup)
    browsers keep their connections to the proxy, which by default opens one per
    request to Värna anyway."""
    return {
        "bind": bind,
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        "worker_connections": threads,
        "keepalive": 0,
        "preload_app": True,
        "accesslog": "-",
        # Path without the query string and no referrer: a search or a supplier's
        # link key must not end up in the access log.
        "access_log_format": '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(a)s"',
        "timeout": 60,
        "graceful_timeout": 20,
        # No control socket in the home directory: several instances
        # (and test runs) must be able to run side by side.
        "control_socket_disable": True,
    }


def _debug() -> bool:
    from django.conf import settings

    return bool(settings.DEBUG)
