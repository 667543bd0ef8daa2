# cython: annotation_typing=False
# (compiled for speed, but public: the validators take str and int subclasses too)
"""Personnummer, the Swedish personal identity number (and its samordningsnummer form).

A personnummer is a birth date, a three-digit serial number and a Luhn check
digit: ``YYMMDD-NNNC``. People write it in many ways: with or without the
century, with a hyphen, an en dash, a space or nothing before the last four
digits, and with ``+`` instead of ``-`` once the person has turned 100. A
samordningsnummer (coordination number) is the same thing with 60 added to the
day of birth. This module accepts both; :mod:`.samordningsnummer` accepts only
the latter. A samordningsnummer may leave the month or the day unknown:
month ``00``, day ``60``.

The compact form is always twelve digits, ``YYYYMMDDNNNC``; for ten-digit
forms the century is inferred from the separator and today's date.

All numbers below come from Skatteverket's test set.

>>> compact('900101-2385', today=date(2026, 11, 22))
'199001012385'
>>> validate('19900101-2385')
'199001012385'
>>> validate('000229-2399', today=date(2026, 11, 22))  # leap day in 2000
'200002292399'
>>> validate('090527+1474', today=date(2026, 11, 22))  # over 100: '+'
'190905271474'
>>> validate('090527-1474', today=date(2026, 11, 22))  # same digits, '-': born 2009
'200905271474'
>>> validate('19900101–2385')  # en dash
'199001012385'
>>> validate('19900101-2384')
Traceback (most recent call last):
    ...
varna.detect.identifiers.exceptions.InvalidChecksum: kontrollsiffran stämmer inte
>>> validate('19900230-2385')
Traceback (most recent call last):
    ...
varna.detect.identifiers.exceptions.InvalidComponent: en del av numret är omöjlig
>>> is_valid('730288-9931')  # a samordningsnummer (day 28 + 60)
True
>>> is_samordningsnummer('730288-9931')
True
>>> format('9001012385', today=date(2026, 11, 22))
'19900101-2385'
>>> format_short('190905271474', today=date(2026, 11, 22))
'090527+1474'
>>> birth_date('730288-9931', today=date(2026, 11, 22))
datetime.date(1973, 2, 28)
"""

from __future__ import annotations

import calendar
from datetime import date

from varna.detect.identifiers import luhn
from varna.detect.identifiers.exceptions import (
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

# Characters people put between the date and the last four digits. '+' is
# special: it says the person is 100 or older.
SEPARATORS = frozenset("-+ \u00a0\u2010\u2011\u2012\u2013\u2014\u2212")
# Day numbers above this are samordningsnummer (day of birth + 60).
COORDINATION_OFFSET = 60


def _split(number: str) -> tuple[str, str]:
    """Return (digits, separator) where separator is '+' or '-'."""
    number = number.strip()
    separator = "-"
    digits = []
    for char in number:
        if "0" <= char <= "9":
            digits.append(char)
        elif char in SEPARATORS:
            if char == "+":
                separator = "+"
        else:
            raise InvalidFormat()
    joined = "".join(digits)
    if len(joined) not in (10, 12):
        raise InvalidLength()
    return joined, separator


def _real_day(day: int) -> int:
    return day - COORDINATION_OFFSET if day >= COORDINATION_OFFSET else day


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _is_real_date(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2 and calendar.isleap(year):
        return day <= 29
    return day <= _DAYS_IN_MONTH[month]


def is_possible_birth_date(year: int, month: int, day: int) -> bool:
    """Whether month and day (day with 60 added for a samordningsnummer) can be in a number.

    A samordningsnummer may leave the month (00) or the day (60) unknown, and
    Skatteverket does not hold it to the length of the month (its test set has
    numbers for 30 February), so any day 1-31 is accepted for it.
    """
    if day >= COORDINATION_OFFSET:
        return 0 <= month <= 12 and day - COORDINATION_OFFSET <= 31
    return _is_real_date(year, month, day)


def infer_century(yymmdd: str, separator: str, today: date) -> int:
    """Return the full year of birth for a ten-digit number.

    The birth date is the latest one not after ``today``; ``+`` moves it a
    further hundred years back.
    """
    yy, month, day = int(yymmdd[0:2]), int(yymmdd[2:4]), _real_day(int(yymmdd[4:6]))
    year = today.year - (today.year - yy) % 100
    # A birthday later this year (or an impossible date such as 29 February
    # in a non-leap year) still counts as this century; compare month/day only.
    if (month, day) > (today.month, today.day) and year == today.year:
        year -= 100
    if separator == "+":
        year -= 100
    return year


def compact(number: str, *, today: date | None = None) -> str:
    """Return the twelve-digit form, inferring the century for ten-digit forms."""
    digits, separator = _split(number)
    if len(digits) == 12:
        return digits
    year = infer_century(digits[:6], separator, today or date.today())
    return f"{year:04d}{digits[2:]}"


def validate(number: str, *, today: date | None = None) -> str:
    """Return the twelve-digit form of a valid personnummer or samordningsnummer."""
    digits = compact(number, today=today)
    if digits[:2] not in ("18", "19", "20"):
        raise InvalidComponent()
    year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    if not is_possible_birth_date(year, month, day):
        raise InvalidComponent()
    if digits[8:11] == "000":
        raise InvalidComponent()  # serial number 000 is never issued
    luhn.validate(digits[2:])
    return digits


def is_valid(number: str, *, today: date | None = None) -> bool:
    """Return whether ``number`` is a valid personnummer or samordningsnummer."""
    try:
        return bool(validate(number, today=today))
    except ValidationError:
        return False


def is_samordningsnummer(number: str, *, today: date | None = None) -> bool:
    """Return whether ``number`` is a valid number with the day raised by 60."""
    try:
        digits = validate(number, today=today)
    except ValidationError:
        return False
    return int(digits[6:8]) >= COORDINATION_OFFSET


def birth_date(number: str, *, today: date | None = None) -> date:
    """Return the date of birth (for a samordningsnummer: with 60 taken off the day).

    An unknown month or day (samordningsnummer only) is given as the first, a
    day past the end of the month as its last day.
    """
    digits = validate(number, today=today)
    year, month, day = int(digits[0:4]), int(digits[4:6]) or 1, _real_day(int(digits[6:8])) or 1
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def format(number: str, *, today: date | None = None) -> str:
    """Return the long written form ``YYYYMMDD-NNNN``."""
    digits = validate(number, today=today)
    return f"{digits[:8]}-{digits[8:]}"


def format_short(number: str, *, today: date | None = None) -> str:
    """Return the ten-digit written form, with ``+`` for people aged 100 or more."""
    digits = validate(number, today=today)
    today = today or date.today()
    born = birth_date(digits)
    hundredth = (
        date(born.year + 100, born.month, born.day)
        if _is_real_date(born.year + 100, born.month, born.day)
        else date(born.year + 100, 3, 1)
    )
    separator = "+" if today >= hundredth else "-"
    return f"{digits[2:8]}{separator}{digits[8:]}"
