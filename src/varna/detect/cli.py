"""`varna scan-text FILE... | -`: show what the detector finds in text files.

Humans get a table in Swedish; ``--json`` prints one JSON object per finding
(JSON lines). The matched text itself is shown only with ``--reveal``, so the
output can be pasted into a ticket without spreading the personal data.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from varna.detect.finding import KIND_LABELS


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scan-text",
        help="leta efter personuppgifter i textfiler",
        description="Letar efter personuppgifter (personnummer, namn, hälsa, socialtjänst …) "
        "i textfiler och visar vad som hittades. Ange - för att läsa från standard in. "
        "Själva uppgifterna visas bara med --reveal.",
    )
    parser.add_argument("files", nargs="+", metavar="FIL", help="textfil, eller - för standard in")
    parser.add_argument("--json", action="store_true", help="skriv en JSON-rad per fynd")
    parser.add_argument(
        "--reveal", action="store_true", help="visa de funna uppgifterna i klartext"
    )
    parser.set_defaults(handler=_handle)


def read_text(path: str, stdin: TextIO) -> tuple[str, str | None]:
    """Return (text, note). Files that are not UTF-8 are read as Windows-1252."""
    if path == "-":
        return stdin.read(), None
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "inte UTF-8, läst som Windows-1252"


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "filen finns inte"
    if isinstance(error, IsADirectoryError):
        return "det är en mapp, inte en fil"
    if isinstance(error, PermissionError):
        return "behörighet saknas"
    return "filen kunde inte läsas"


def _handle(args: argparse.Namespace) -> int:
    try:
        return _scan_files(args)
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; that is not an error.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps Python quiet at exit
        return 0


def _scan_files(args: argparse.Namespace) -> int:
    from varna.detect import scan

    out = sys.stdout
    status = 0
    for path in args.files:
        name = "standard in" if path == "-" else path
        try:
            text, note = read_text(path, sys.stdin)
        except OSError as error:
            print(f"varna: kan inte läsa {name}: {_reason(error)}", file=sys.stderr)
            status = 2
            continue
        if note:
            print(f"varna: {name}: {note}", file=sys.stderr)
        findings = scan(text)
        if args.json:
            for f in findings:
                line, column = _line_and_column(text, f.start)
                record: dict[str, object] = {
                    "file": name,
                    "kind": f.kind,
                    "start": f.start,
                    "end": f.end,
                    "line": line,
                    "column": column,
                    "score": f.score,
                    "masked": f.masked,
                    "explanation": f.explanation,
                }
                if args.reveal:
                    record["text"] = text[f.start : f.end]
                    record["value"] = f.value
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        _print_table(out, name, text, findings, reveal=args.reveal)
    return status


def _print_table(out: TextIO, name: str, text: str, findings: list[Any], *, reveal: bool) -> None:
    count = len(findings)
    print(f"{name}: {count} fynd", file=out)
    if not findings:
        return
    rows = [("Rad:kol", "Typ", "Säkerhet", "Uppgift", "Varför")]
    for f in findings:
        line, column = _line_and_column(text, f.start)
        shown = text[f.start : f.end] if reveal else f.masked
        shown = " ".join(shown.split())
        if len(shown) > 40:
            shown = shown[:39] + "…"
        rows.append(
            (f"{line}:{column}", KIND_LABELS.get(f.kind, f.kind), f"{f.score:.0%}", shown,
             f.explanation)
        )  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        print("  " + "  ".join(cells) + "  " + row[4], file=out)
