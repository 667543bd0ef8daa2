"""Safe display forms of findings: enough to recognise, never the whole value.

>>> mask('personnummer', '199001012385')
'19900101-23**'
>>> mask('name', 'Anna-Karin Svensson')
'A. S.'
>>> mask('phone', '070-123 45 67')
'070-*** ** 67'
>>> mask('email_address', 'anna.svensson@kommun.se')
'a***@kommun.se'
>>> mask('payment_card', '4111 1111 1111 1111')
'**** **** **** 1111'
>>> mask('health', 'diabetes')
'diabetes'
>>> mask('address', 'Storgatan 12, 123 45 Storstad')
'S. **, *** ** S.'
"""

from __future__ import annotations

import re

from varna.detect.finding import SENSITIVE_KINDS
from varna.detect.identifiers import payment_card

_DIGITS = re.compile(r"\D+")


_DIGIT = re.compile(r"\d")
_TO_STARS = str.maketrans("0123456789", "**********")


def _stars_but_last(value: str, keep_start: int, keep_end: int) -> str:
    """Replace digits with '*' except the first ``keep_start`` and last ``keep_end`` digits."""
    positions = [m.start() for m in _DIGIT.finditer(value)]
    if len(positions) <= keep_start + keep_end:
        return value
    first = positions[keep_start - 1] + 1 if keep_start else 0
    last = positions[-keep_end] if keep_end else len(value)
    return value[:first] + value[first:last].translate(_TO_STARS) + value[last:]


def _initials(value: str) -> str:
    words = value.replace("-", " ").split()
    firsts = [w for w in words if w[:1].isupper()] or words
    parts = [firsts[0][0] + "."]
    if len(firsts) > 1:
        parts.append(firsts[-1][0] + ".")
    return " ".join(parts)


_ADDRESS_WORD = re.compile(r"[^\W\d_]+")


def _initial(match: re.Match[str]) -> str:
    return match.group()[0].upper() + "."


def _address(value: str) -> str:
    """Words to initials, digits to stars: "Storgatan 12, 123 45 Storstad" → "S. **, *** ** S."."""
    return _ADDRESS_WORD.sub(_initial, " ".join(value.split())).translate(_TO_STARS)


def mask(kind: str, value: str) -> str:
    """Return a display form of ``value`` that does not reveal it."""
    if kind in SENSITIVE_KINDS:
        return value
    if kind in ("personnummer", "samordningsnummer"):
        digits = value if len(value) == 12 and value.isdigit() else _DIGITS.sub("", value)
        if len(digits) == 12:
            return f"{digits[:8]}-{digits[8:10]}**"
        return _stars_but_last(value, 6, 0)
    if kind == "name":
        return _initials(value) if value.strip() else ""
    if kind == "phone":
        return _stars_but_last(value, 3, 2)
    if kind == "email_address":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    if kind == "payment_card":
        return payment_card.mask(value)
    if kind == "bank_account":
        return _stars_but_last(value, 4 if not value[:2].isalpha() else 0, 2)
    if kind == "address":
        return _address(value)
    return "*" * len(value)
