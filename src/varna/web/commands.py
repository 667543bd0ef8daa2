"""`varna serve` and `varna manage`: run the web application."""

from __future__ import annotations

import argparse
import os
from typing import Any

SETTINGS_MODULE = "varna.web.settings"


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="starta webbapplikationen (registret och kontroll-API:t)",
        description="Startar webbapplikationen med gunicorn. Inställningar läses från "
        "miljövariabler (se docs/DEPLOYMENT.md).",
    )
    serve.add_argument("--bind", default="127.0.0.1:8000", help="adress:port (127.0.0.1:8000)")
    serve.add_argument("--workers", type=int, default=2, help="antal processer (2)")
    serve.add_argument("--threads", type=int, default=2, help="trådar per process (2)")
    serve.set_defaults(handler=_serve)

    manage = subparsers.add_parser(
        "manage",
        help="kör ett Django-administrationskommando (migrate, load_demo, …)",
        add_help=False,
    )
    manage.add_argument("django_args", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=_manage)


def _serve(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS_MODULE)
    from varna.web.server import run_gunicorn

    run_gunicorn(bind=args.bind, workers=args.workers, threads=args.threads)
    return 0


def _manage(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS_MODULE)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["varna manage", *args.django_args])
    return 0
