# cython: annotation_typing=False
# (compiled for speed, but public: the validators take str and int subclasses too)
"""Telephone numbers, Swedish and international.

Swedish numbers are written nationally with a leading 0 and an area code
(``08-123 456 78``, ``070-123 45 67``) or internationally with ``+46`` or
``0046`` instead of the 0. The national significant number (without the 0)
has 7 to 9 digits. International numbers are ``+`` or ``00``, a country code
and at most 15 digits in all.

>>> compact('070-123 45 67')
'+46701234567'
>>> compact('+46 (0)8-123 456 78')
'+46812345678'
>>> format('+46701234567')
'070-123 45 67'
>>> format('0812345678')
'08-123 456 78'
>>> is_mobile('0046 70 123 45 67')
True
>>> is_valid('12 34 56')
False
>>> validate('+47 22 33 44 55')
'+4722334455'
"""

from __future__ import annotations

from varna.detect.identifiers.exceptions import (
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

_IGNORED = frozenset(" -\u2010\u2011\u2012\u2013\u2212./()\u00a0")
# Two-digit Swedish area codes (after the 0); 8 is Stockholm, 7x are mobiles,
# everything else has three digits.
_TWO_DIGIT_AREAS = frozenset(
    """
    10 11 13 16 18 19 20 21 23 26 31 33
    35 36 40 42 44 46 54 60 63 90
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def compact(number: str) -> str:
    """Return the number in E.164 form: ``+`` and the digits."""
    raw = number.strip().replace("(0)", "")
    international = raw.startswith("+")
    digits = "".join(c for c in raw if c not in _IGNORED and c != "+")
    if not digits.isascii() or not digits.isdigit():
        raise InvalidFormat()
    if international:
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+46" + digits[1:]
    raise InvalidComponent()


def national_number(digits: str, international: bool) -> str | None:
    """Return the Swedish national significant number for a string of digits.

    ``international`` says a ``+`` came first. Returns ``""`` for a plausible
    foreign number and ``None`` when the digits cannot be a telephone number.

    >>> national_number('0701234567', False)
    '701234567'
    >>> national_number('46812345678', True)
    '812345678'
    >>> national_number('4722334455', True)
    ''
    >>> national_number('1234567', False) is None
    True
    """
    if not international:
        if digits.startswith("00"):
            return national_number(digits[2:], True)
        if not digits.startswith("0"):
            return None
        national = digits[1:]
    elif digits.startswith("46"):
        national = digits[2:]
        if national.startswith("0"):  # +46 (0)70 ...
            national = national[1:]
    else:
        return "" if 8 <= len(digits) <= 15 and digits[0] != "0" else None
    if 7 <= len(national) <= 9 and national[0] != "0":
        return national
    return None


def validate(number: str) -> str:
    """Return the E.164 form of a plausible telephone number."""
    e164 = compact(number)
    if e164.startswith("+46"):
        national = e164[3:]
        if not 7 <= len(national) <= 9:
            raise InvalidLength()
        if national.startswith("0"):
            raise InvalidComponent()
        return e164
    if not 8 <= len(e164) - 1 <= 15 or e164[1] == "0":
        raise InvalidLength()
    return e164


def is_valid(number: str) -> bool:
    """Return whether ``number`` is a plausible telephone number."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def is_mobile(number: str) -> bool:
    """Return whether ``number`` is a Swedish mobile number (070, 072, 073, 076, 079)."""
    try:
        e164 = validate(number)
    except ValidationError:
        return False
    return e164.startswith("+467") and e164[4] in "02369" and len(e164) == 12


# How Swedes group the subscriber digits after the area code, by length.
_GROUPS = {5: (3, 2), 6: (2, 2, 2), 7: (3, 2, 2), 8: (3, 3, 2), 9: (3, 2, 2, 2)}


def _group(rest: str) -> str:
    sizes = _GROUPS.get(len(rest), (len(rest),))
    parts, start = [], 0
    for size in sizes:
        parts.append(rest[start : start + size])
        start += size
    return " ".join(parts)


def format(number: str) -> str:
    """Return a Swedish number in the national written form, others in E.164."""
    e164 = validate(number)
    if not e164.startswith("+46"):
        return e164
    national = e164[3:]
    if national.startswith("8"):
        area = 1
    elif national.startswith("7") or national[:2] in _TWO_DIGIT_AREAS:
        area = 2
    else:
        area = 3
    return f"0{national[:area]}-{_group(national[area:])}"
