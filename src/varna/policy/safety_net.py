"""A second look at identifier-shaped numbers the scanner let go.

The scanner weighs context: a valid personnummer next to words like "kr",
"belopp" or "kund" may be dropped as an amount or a customer number. For a guard a
missed personnummer is the costly error, and those words are exactly what a
payslip, an invoice list or a debt-collection file contains. So every number
written the way only personnummer and samordningsnummer are written —
``ÅÅMMDD-NNNN``, ``ÅÅMMDD+NNNN``, ``ÅÅÅÅMMDD-NNNN`` or twelve digits from 18/19/20 —
that detect's own validators accept is judged as one. Samordningsnummer with an
unknown birth month (``00``), which Skatteverket issues, are accepted too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from varna.detect import Finding, mask
from varna.detect.identifiers import luhn, personnummer

_SHAPE = re.compile(
    r"(?<![\w+\-])(?:(?P<long>(?:18|19|20)\d{6})|(?P<short>\d{6}))(?P<sep>[-+])(?P<tail>\d{4})"
    r"(?![\w\-])"
    r"|(?<![\w+\-])(?P<bare>(?:18|19|20)\d{10})(?![\w\-])"
)
_IDENTIFIER_KINDS = frozenset({"personnummer", "samordningsnummer"})
_EXPLANATION = "giltigt personnummer eller samordningsnummer (datum och kontrollsiffra)"


def _coordination(digits: str) -> bool:
    """Ten digits (YYMMDDNNNN) of a samordningsnummer, the birth month possibly unknown."""
    month, day = int(digits[2:4]), int(digits[4:6])
    return 0 <= month <= 12 and 61 <= day <= 91 and luhn.checksum(digits) == 0


def _value(match: re.Match[str], today: date) -> str | None:
    if match.group("bare"):
        twelve = match.group("bare")
        return twelve if _accept(twelve[2:], twelve, today) else None
    head = match.group("long") or match.group("short")
    ten = head[-6:] + match.group("tail")
    if match.group("long"):
        return (
            head + match.group("tail") if _accept(ten, head + match.group("tail"), today) else None
        )
    written = f"{head}{match.group('sep')}{match.group('tail')}"
    if not _accept(ten, written, today):
        return None
    century = _century(head, match.group("sep"), today)
    return f"{century}{ten}"


def _accept(ten: str, written: str, today: date) -> bool:
    if _coordination(ten):
        return True
    try:
        return bool(personnummer.is_valid(written, today=today))
    except Exception:  # a validator must never stop the guard
        return False


def _century(head: str, separator: str, today: date) -> str:
    year = int(head[:2])
    century = today.year // 100
    if year > today.year % 100:
        century -= 1
    if separator == "+":
        century -= 1
    return str(century)


def missed_identifiers(
    text: str, findings: Sequence[Finding], *, today: date | None = None
) -> list[Finding]:
    """Identifier findings for valid numbers that ``findings`` does not already cover."""
    if not any(c.isdigit() for c in text):
        return []
    today = today or date.today()
    covered = [(f.start, f.end) for f in findings if f.kind in _IDENTIFIER_KINDS]
    extra: list[Finding] = []
    for match in _SHAPE.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in covered):
            continue
        value = _value(match, today)
        if value is None:
            continue
        kind = "samordningsnummer" if int(value[6:8]) > 60 else "personnummer"
        extra.append(
            Finding(kind, match.start(), match.end(), value, 0.9, _EXPLANATION, mask(kind, value))
        )
    return extra
