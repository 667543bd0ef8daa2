# cython: annotation_typing=False
# (compiled for speed, but public: the validators take str and int subclasses too)
"""Payment card numbers (PAN): Luhn check digit and the issuer's number range (IIN).

The examples are the card networks' published test numbers.

>>> validate('4111 1111 1111 1111')
'4111111111111111'
>>> issuer('5555555555554444')
'Mastercard'
>>> issuer('378282246310005')
'American Express'
>>> is_valid('4111 1111 1111 1112')
False
>>> is_valid('9111 1111 1111 1111')  # no network uses 9
False
>>> format('4111111111111111')
'4111 1111 1111 1111'
>>> mask('4111111111111111')
'**** **** **** 1111'
"""

from __future__ import annotations

from varna.detect.identifiers import luhn
from varna.detect.identifiers.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

# (issuer, lowest prefix, highest prefix, allowed lengths). Prefixes are
# compared on as many leading digits as they have.
_RANGES: tuple[tuple[str, int, int, tuple[int, ...]], ...] = (
    ("Visa", 4, 4, (13, 16, 19)),
    ("Mastercard", 51, 55, (16,)),
    ("Mastercard", 2221, 2720, (16,)),
    ("American Express", 34, 34, (15,)),
    ("American Express", 37, 37, (15,)),
    ("Diners Club", 36, 36, (14, 16, 19)),
    ("Diners Club", 300, 305, (14, 16, 19)),
    ("Diners Club", 38, 39, (14, 16, 19)),
    ("Discover", 6011, 6011, (16, 19)),
    ("Discover", 644, 649, (16, 19)),
    ("Discover", 65, 65, (16, 19)),
    ("JCB", 3528, 3589, (16, 19)),
    ("Maestro", 50, 50, (12, 13, 14, 15, 16, 17, 18, 19)),
    ("Maestro", 56, 58, (12, 13, 14, 15, 16, 17, 18, 19)),
    ("Maestro", 67, 67, (12, 13, 14, 15, 16, 17, 18, 19)),
    ("UnionPay", 62, 62, (16, 17, 18, 19)),
)


# The number of leading digits each range compares.
_WIDTHS = tuple(len(str(low)) for _, low, _, _ in _RANGES)
_SEPARATORS = str.maketrans("", "", " -\u00a0")


def compact(number: str) -> str:
    """Return the digits without spaces or hyphens."""
    return number.translate(_SEPARATORS)


def issuer(number: str) -> str | None:
    """Return the card network for the number's prefix and length, if any."""
    digits = compact(number)
    for (name, low, high, lengths), width in zip(_RANGES, _WIDTHS, strict=True):
        if len(digits) in lengths and low <= int(digits[:width] or 0) <= high:
            return name
    return None


def _problem(digits: str) -> type[ValidationError] | None:
    """What is wrong with compact ``digits`` as a card number, if anything."""
    if not digits.isascii() or not digits.isdigit():
        return InvalidFormat
    if not 12 <= len(digits) <= 19:
        return InvalidLength
    if issuer(digits) is None:
        return InvalidComponent
    if luhn.checksum(digits) != 0:
        return InvalidChecksum
    return None


def validate(number: str) -> str:
    """Return the compact form of a plausible payment card number."""
    digits = compact(number)
    problem = _problem(digits)
    if problem is not None:
        raise problem()
    return digits


def is_valid(number: str) -> bool:
    """Return whether ``number`` is a plausible payment card number (no
    exception is raised and caught: the scanner asks this of every long run of
    digits)."""
    return _problem(compact(number)) is None


def format(number: str) -> str:
    """Return the number in the groups printed on the card."""
    digits = validate(number)
    if len(digits) == 15:
        return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def mask(number: str) -> str:
    """Return the display form allowed by PCI DSS: only the last four digits."""
    digits = compact(number)
    hidden = "".join("*" if c.isdigit() else c for c in digits[:-4])
    grouped = " ".join(hidden[i : i + 4] for i in range(0, len(hidden), 4))
    return f"{grouped} {digits[-4:]}".strip()
