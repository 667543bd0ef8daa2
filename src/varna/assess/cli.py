"""`varna assess FILE.json`: print the recommendation for one incident.

Reads the facts (issue 7's input JSON) from a file, or from standard input when
FILE is ``-``, and prints the recommendation as JSON in the contract's key
order. Errors go to standard error in Swedish.

Exit status:
    0  the recommendation was printed
    2  wrong use of the command (argparse)
    3  the file could not be read (missing, unreadable, not UTF-8)
    4  the file is not a JSON object
    5  the facts were rejected (unknown field or bad value)
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK = 0
EXIT_UNREADABLE = 3
EXIT_NOT_JSON = 4
EXIT_BAD_FACTS = 5


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "assess",
        help="bedöm risken med en personuppgiftsincident och om den ska anmälas",
        description="Läser fakta om en incident (JSON) och skriver ut allvarlighetsgrad, risk, "
        "om incidenten ska anmälas till IMY och de berörda informeras, sista tidpunkt för "
        "anmälan och skälen – som JSON.",
        epilog="Slutstatus: 0 klart, 2 fel användning, 3 filen gick inte att läsa, "
        "4 filen är inte ett JSON-objekt, 5 uppgifterna godtogs inte.",
    )
    parser.add_argument("file", metavar="FIL", help="JSON-fil med fakta, eller - för stdin")
    parser.set_defaults(handler=_assess)


def _assess(args: argparse.Namespace) -> int:
    from varna.assess import Facts, FactsError, assess

    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as error:
        return _fail(f"kunde inte läsa {_where(args.file)} ({_os_reason(error)}).", EXIT_UNREADABLE)
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except (json.JSONDecodeError, _DuplicateKeyError) as error:
        return _fail(f"{_where(args.file)} är inte giltig JSON: {error}.", EXIT_NOT_JSON)
    if not isinstance(data, dict):
        return _fail(f"{_where(args.file)} ska innehålla ett JSON-objekt {{…}}.", EXIT_NOT_JSON)
    try:
        facts = Facts.from_json(data)
    except FactsError as error:
        return _fail(error.swedish, EXIT_BAD_FACTS)
    json.dump(assess(facts).to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.buffer.read().decode("utf-8")
    with open(path, encoding="utf-8") as file:
        return file.read()


def _where(path: str) -> str:
    return "standard in" if path == "-" else f"filen {path}"


def _os_reason(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "texten är inte UTF-8"
    if isinstance(error, FileNotFoundError):
        return "filen finns inte"
    if isinstance(error, PermissionError):
        return "behörighet saknas"
    if isinstance(error, IsADirectoryError):
        return "det är en katalog"
    return error.__class__.__name__


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse a key given twice: json would silently keep only the last one."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKeyError("ett fält förekommer två gånger")
        out[key] = value
    return out


def _fail(message: str, status: int) -> int:
    print(f"varna assess: {message}", file=sys.stderr)
    return status
