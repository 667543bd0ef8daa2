"""`varna check` and `varna redact`.

Exit status of ``varna check`` (the worst over all files):
0 every message may be sent (allow), 1 at least one warning (warn),
3 at least one message must not be sent (block), 4 an input could not be read
at all (missing file, broken .msg), 2 wrong usage or an unusable policy file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_ALLOW = 0
EXIT_WARN = 1
EXIT_USAGE = 2
EXIT_BLOCK = 3
EXIT_UNREADABLE = 4
_EXIT_BY_VERDICT = {"allow": EXIT_ALLOW, "warn": EXIT_WARN, "block": EXIT_BLOCK}


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check",
        help="granska e-postmeddelanden (.eml, .msg) innan de skickas",
        description="Granskar e-postmeddelanden och säger om de kan skickas (tillåt), bör "
        "kontrolleras (varna) eller inte får skickas (stoppa). Slutstatus: 0 tillåt, "
        "1 varna, 3 stoppa, 4 filen kunde inte läsas, 2 fel användning.",
    )
    check.add_argument("files", nargs="+", metavar="FIL", help="meddelanden; - läser stdin")
    check.add_argument("--json", action="store_true", help="en JSON-rad per fil")
    check.add_argument(
        "--reveal",
        action="store_true",
        help="visa fullständiga värden (t.ex. personnummer) i stället för maskade",
    )
    check.add_argument("--policy", metavar="FIL", help="policyfil (TOML)")
    check.add_argument(
        "--internal-domain",
        action="append",
        default=[],
        metavar="DOMÄN",
        help="egen domän (kan upprepas; ersätter policyfilens lista)",
    )
    check.add_argument(
        "--partner-domain",
        action="append",
        default=[],
        metavar="DOMÄN",
        help="samarbetspartners domän (kan upprepas)",
    )
    check.set_defaults(handler=_check)

    redact = subparsers.add_parser(
        "redact",
        help="skriv en avidentifierad kopia av ett meddelande",
        description="Skriver en avidentifierad kopia: personnummer maskeras, namn ersätts "
        "med [namn], meningar med känsliga uppgifter markeras.",
    )
    redact.add_argument("file", metavar="FIL")
    redact.add_argument("-o", "--output", required=True, metavar="UT", help="ny .eml-fil")
    redact.set_defaults(handler=_redact)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name).read_bytes()


def _check(args: argparse.Namespace) -> int:
    from varna.mail import UnreadableMessage, read_message
    from varna.policy import PolicyError, judge, load_policy
    from varna.policy.report import Palette, render

    try:
        policy = load_policy(
            args.policy, internal_domains=args.internal_domain, partner_domains=args.partner_domain
        )
    except PolicyError as error:
        print(f"varna check: {error}", file=sys.stderr)
        return EXIT_USAGE
    palette = Palette.for_stream(sys.stdout)
    status = EXIT_ALLOW
    for name in args.files:
        try:
            parsed = read_message(_read(name))
        except (OSError, UnreadableMessage) as error:
            reason = (
                getattr(error, "reason", None) or getattr(error, "strerror", None) or str(error)
            )
            _unreadable(name, reason, json_output=args.json)
            status = max(status, EXIT_UNREADABLE)
            continue
        verdict = judge(parsed, policy)
        if args.json:
            print(verdict.to_json(file=name, reveal=args.reveal), flush=True)
        else:
            print(render(name, verdict, palette, reveal=args.reveal), flush=True)
        status = max(status, _EXIT_BY_VERDICT[verdict.verdict])
    return status


def _unreadable(name: str, reason: str, *, json_output: bool) -> None:
    if json_output:
        import json

        print(
            json.dumps(
                {"file": name, "verdict": None, "error": reason, "findings": [], "advice": []},
                ensure_ascii=False,
            ),
            flush=True,
        )
    else:
        print(f"{name}: kunde inte läsas ({reason})", flush=True)


def _redact(args: argparse.Namespace) -> int:
    from varna.mail import UnreadableMessage
    from varna.policy.redact import redact_message

    try:
        raw = _read(args.file)
        redacted = redact_message(raw)
    except (OSError, UnreadableMessage) as error:
        reason = getattr(error, "reason", None) or getattr(error, "strerror", None) or str(error)
        print(f"varna redact: {args.file} kunde inte läsas ({reason})", file=sys.stderr)
        return EXIT_UNREADABLE
    Path(args.output).write_bytes(redacted)
    print(
        f"Avidentifierad kopia skriven till {args.output}. Läs igenom den innan du skickar.",
        file=sys.stderr,
    )
    return 0
