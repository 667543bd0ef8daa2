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

# Two cheap passes instead of one pattern that starts with a digit class: the regex
# engine skips ahead to a literal-like first character, which matters on the
# digit-dense text of large spreadsheets.
_SEPARATED = re.compile(r"[-+]\d{4}(?![\w\-])")
_HEAD = re.compile(r"(?<![\w+\-])(?:(?P<long>(?:18|19|20)\d{6})|(?P<short>\d{6}))\Z")
_TWELVE = re.compile(r"[12][089]\d{10}")
_IDENTIFIER_KINDS = frozenset({"personnummer", "samordningsnummer"})
_EXPLANATION = "giltigt personnummer eller samordningsnummer (datum och kontrollsiffra)"


def _coordination(digits: str) -> bool:
    """Ten digits (YYMMDDNNNN) of a samordningsnummer, the birth month possibly unknown."""
    month, day = int(digits[2:4]), int(digits[4:6])
    return 0 <= month <= 12 and 61 <= day <= 91 and luhn.checksum(digits) == 0


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, written form) of every number shaped like an identifier."""
    found: list[tuple[int, int, str]] = []
    for match in _SEPARATED.finditer(text):
        head = _HEAD.search(text, max(0, match.start() - 9), match.start())
        if head is not None:
            found.append((head.start(), match.end(), text[head.start() : match.end()]))
    for match in _TWELVE.finditer(text):
        start, end = match.start(), match.end()
        before = text[start - 1 : start]
        after = text[end : end + 1]
        attached = (before and (before.isalnum() or before in "+-_")) or (
            after and (after.isalnum() or after in "-_")
        )
        if match.group(0)[:2] in ("18", "19", "20") and not attached:
            found.append((start, end, match.group(0)))
    return found


def _value(written: str, today: date) -> str | None:
    if written.isdigit():
        return written if _accept(written[2:], written, today) else None
    head, separator, tail = written[:-5], written[-5], written[-4:]
    ten = head[-6:] + tail
    if not _accept(ten, written, today):
        return None
    if len(head) == 8:
        return head + tail
    return f"{_century(head, separator, today)}{ten}"


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
    for start, end, written in _candidates(text):
        if any(s < end and start < e for s, e in covered):
            continue
        value = _value(written, today)
        if value is None:
            continue
        kind = "samordningsnummer" if int(value[6:8]) > 60 else "personnummer"
        extra.append(Finding(kind, start, end, value, 0.9, _EXPLANATION, mask(kind, value)))
    return extra
