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

from varna.detect.finding import SENSITIVE_KINDS
from varna.detect.identifiers import payment_card


def _stars_but_last(value: str, keep_start: int, keep_end: int) -> str:
    """Replace digits with '*' except the first ``keep_start`` and last ``keep_end`` digits."""
    total = sum(c.isdigit() for c in value)
    out, seen = [], 0
    for char in value:
        if char.isdigit():
            seen += 1
            hidden = keep_start < seen <= total - keep_end
            out.append("*" if hidden else char)
        else:
            out.append(char)
    return "".join(out)


def _initials(value: str) -> str:
    words = value.replace("-", " ").split()
    firsts = [w for w in words if w[:1].isupper()] or words
    parts = [firsts[0][0] + "."]
    if len(firsts) > 1:
        parts.append(firsts[-1][0] + ".")
    return " ".join(parts)


def _address(value: str) -> str:
    out = []
    for word in value.replace("\n", " ").split():
        trail = "," if word.endswith(",") else ""
        core = word.rstrip(",")
        if core[:1].isalpha():
            out.append(core[0].upper() + "." + trail)
        else:
            out.append("".join("*" if c.isdigit() else c for c in core) + trail)
    return " ".join(out)


def mask(kind: str, value: str) -> str:
    """Return a display form of ``value`` that does not reveal it."""
    if kind in SENSITIVE_KINDS:
        return value
    if kind in ("personnummer", "samordningsnummer"):
        digits = "".join(c for c in value if c.isdigit())
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
