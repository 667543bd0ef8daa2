"""Run the WSGI application under gunicorn from inside the `varna` command."""

from __future__ import annotations

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
        from varna.web.wsgi import application

        return application


def run_gunicorn(*, bind: str, workers: int, threads: int) -> None:
    # Check settings and database before forking, so that a configuration
    # error stops the command with a readable message instead of N dead workers.
    import django
    from django.core.management import call_command

    django.setup()
    call_command("check", "--deploy" if not _debug() else "--fail-level=ERROR")
    print(f"Värna lyssnar på http://{bind}/  (avsluta med Ctrl+C)", flush=True)
    _VarnaServer(
        {
            "bind": bind,
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread",
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
    ).run()


def _debug() -> bool:
    from django.conf import settings

    return bool(settings.DEBUG)
