"""Samordningsnummer, the coordination number for people not (yet) registered in Sweden.

It is written like a personnummer, but the day of birth has 60 added. Every
helper here delegates to :mod:`.personnummer` and additionally insists on the
raised day (60 alone: the day is unknown). The number below comes from Skatteverket's test set.

>>> validate('730288-9931', today=date(2026, 11, 22))
'197302889931'
>>> validate('19900101-2385')
Traceback (most recent call last):
    ...
varna.detect.identifiers.exceptions.InvalidComponent: en del av numret är omöjlig
>>> format('197302889931')
'19730288-9931'
"""

from __future__ import annotations

from datetime import date

from varna.detect.identifiers import personnummer
from varna.detect.identifiers.exceptions import InvalidComponent, ValidationError

compact = personnummer.compact


def validate(number: str, *, today: date | None = None) -> str:
    """Return the twelve-digit form of a valid samordningsnummer."""
    digits = personnummer.validate(number, today=today)
    if int(digits[6:8]) < personnummer.COORDINATION_OFFSET:
        raise InvalidComponent()
    return digits


def is_valid(number: str, *, today: date | None = None) -> bool:
    """Return whether ``number`` is a valid samordningsnummer."""
    try:
        return bool(validate(number, today=today))
    except ValidationError:
        return False


def format(number: str, *, today: date | None = None) -> str:
    """Return the long written form ``YYYYMMDD-NNNN``."""
    digits = validate(number, today=today)
    return f"{digits[:8]}-{digits[8:]}"
