"""`varna relay`: the SMTP relay in front of the mail server.

Exit status: 0 stopped normally, 2 bad configuration (message on stderr), 3 the
listening port could not be bound.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

# The storage of guard events and quarantine lives in the web app (Django); the
# relay's workers import it by name, only when the configuration needs it.
STORE_FACTORY = "varna.relay.cli:open_store"


def register(subparsers: Any) -> None:
    relay = subparsers.add_parser(
        "relay",
        help="starta SMTP-reläet som granskar utgående e-post",
        description="Startar Värnas SMTP-relä: tar emot e-post (t.ex. från Postfix eller "
        "Microsoft 365), granskar varje meddelande och skickar det vidare, stoppar det eller "
        "lägger det i karantän. Alla inställningar och standardvärden beskrivs i "
        "src/varna/relay/default_relay.toml; flaggorna går före filen.",
    )
    relay.add_argument("--config", type=Path, help="konfigurationsfil (TOML)")
    relay.add_argument("--listen", metavar="ADRESS:PORT", help="var reläet tar emot e-post")
    relay.add_argument("--upstream", metavar="VÄRD:PORT", help="vart godkänd e-post skickas")
    relay.add_argument("--workers", type=int, help="antal arbetsprocesser (0 = en per kärna)")
    relay.add_argument("--metrics", metavar="ADRESS:PORT", help="mätvärden över HTTP (port 0 = av)")
    relay.add_argument(
        "--block",
        choices=("reject", "quarantine"),
        help="stoppade meddelanden: avvisa eller karantän",
    )
    relay.add_argument("--policy", type=Path, help="policyfil för granskningen")
    relay.add_argument(
        "--no-events", action="store_true", help="spara inga spärrhändelser i databasen"
    )
    relay.add_argument(
        "--check", action="store_true", help="kontrollera inställningarna och avsluta"
    )
    relay.set_defaults(handler=_relay)


def _host_port(value: str, flag: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise SystemExit(f"{flag} ska skrivas ADRESS:PORT, t.ex. 127.0.0.1:10025")
    return host.strip("[]") or "127.0.0.1", int(port)


def overrides_from(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    overrides: dict[str, dict[str, Any]] = {}
    if args.listen:
        host, port = _host_port(args.listen, "--listen")
        overrides["listen"] = {"address": host, "port": port}
    if args.upstream:
        host, port = _host_port(args.upstream, "--upstream")
        overrides["upstream"] = {"host": host, "port": port}
    if args.metrics:
        host, port = _host_port(args.metrics, "--metrics")
        overrides["metrics"] = {"address": host, "port": port}
    if args.workers is not None:
        overrides["process"] = {"workers": args.workers}
    if args.block:
        overrides["actions"] = {"block": args.block}
    if args.policy:
        overrides["judging"] = {"policy": str(args.policy)}
    if args.no_events:
        overrides["events"] = {"record": False}
    return overrides


def _relay(args: argparse.Namespace) -> int:
    from varna.policy import PolicyError, load_policy
    from varna.relay import logs
    from varna.relay.config import RelayConfigError, load_config
    from varna.relay.server import server_tls_context
    from varna.relay.supervisor import Supervisor

    try:
        config = load_config(args.config, overrides_from(args))
        load_policy(config.judging.policy or None)
        server_tls_context(config.tls)
        if config.needs_store:
            _check_store(quarantine=config.actions.block == "quarantine")
    except (RelayConfigError, PolicyError) as error:
        print(f"varna relay: {error}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:  # certificate files, TLS
        print(f"varna relay: TLS-certifikatet kan inte användas: {error}", file=sys.stderr)
        return 2
    if args.check:
        print(
            "Inställningarna är giltiga: "
            f"tar emot på {config.listen.address}:{config.listen.port}, "
            f"skickar vidare till {config.upstream.host}:{config.upstream.port}, "
            f"stoppade meddelanden: {config.actions.block}, {config.worker_count} arbetsprocesser."
        )
        return 0
    logs.configure(config.process.log_format, config.process.log_level)
    supervisor = Supervisor(config, STORE_FACTORY if config.needs_store else "")
    try:
        supervisor.bind()
    except OSError as error:
        print(
            f"varna relay: kan inte ta emot på {config.listen.address}:{config.listen.port}: "
            f"{error.strerror}",
            file=sys.stderr,
        )
        return 3
    return supervisor.run()


def _check_store(*, quarantine: bool) -> None:
    """Settings and quarantine key, checked before any worker starts."""
    from django.core.exceptions import ImproperlyConfigured

    from varna.relay.config import RelayConfigError

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "varna.web.settings")
    try:
        import django

        django.setup()
        from varna.web.guard.store import check_ready

        check_ready(quarantine=quarantine)
    except ImproperlyConfigured as error:  # names the environment variable
        raise RelayConfigError(str(error)) from error


def open_store() -> Any:
    """The store for one worker process (spawned fresh): set up Django, then import
    the models – in that order."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "varna.web.settings")
    import django

    django.setup()
    from varna.web.guard.store import DjangoStore

    return DjangoStore()
