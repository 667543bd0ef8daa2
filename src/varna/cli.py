"""The `varna` command.

Each subcommand lives in a module that exposes ``register(subparsers)``; the
module adds its parser and sets ``handler`` (a callable taking the parsed
namespace and returning an exit status). Heavy imports happen inside the
handlers, so ``varna --version`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from varna import __version__

# Modules that contribute subcommands, in the order they appear in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "varna.web.commands",
    "varna.assess.cli",
    "varna.detect.cli",
    "varna.policy.commands",
    "varna.relay.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="varna",
        description="Värna – skyddar personuppgifter i e-post och håller registret "
        "över personuppgiftsincidenter.",
    )
    parser.add_argument("--version", action="version", version=f"varna {__version__}")
    subparsers = parser.add_subparsers(title="kommandon", metavar="KOMMANDO")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    status: int = handler(args)
    return status
