"""Organisationsnummer, the Swedish number of a legal entity.

Ten digits ``NNNNNN-NNNC`` with a Luhn check digit, like a personnummer, but
the "month" digits are 20 or more, so it can never be a date. Municipalities
have numbers starting with 21 (e.g. ``212000-xxxx``). A sole trader uses the
personnummer, which this module does not accept. The numbers below come from
Skatteverket's test set of organisation numbers.

>>> validate('802005-1952')
'8020051952'
>>> format('8020051952')
'802005-1952'
>>> is_valid('802005-1953')
False
>>> is_valid('19802005-1952')  # the 16 prefix is allowed with 12 digits
False
>>> validate('16802005-1952')
'8020051952'
"""

from __future__ import annotations

from varna.detect.identifiers import luhn
from varna.detect.identifiers.exceptions import (
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)


def compact(number: str) -> str:
    """Return the ten digits, without separators or the optional ``16`` prefix."""
    cleaned = "".join(c for c in number.strip() if c not in " -\u2013")
    if not cleaned.isascii() or not cleaned.isdigit():
        raise InvalidFormat()
    if len(cleaned) == 12:
        if not cleaned.startswith("16"):
            raise InvalidComponent()
        cleaned = cleaned[2:]
    if len(cleaned) != 10:
        raise InvalidLength()
    return cleaned


def validate(number: str) -> str:
    """Return the compact form of a valid organisationsnummer."""
    digits = compact(number)
    if int(digits[2:4]) < 20:
        raise InvalidComponent()
    luhn.validate(digits)
    return digits


def is_valid(number: str) -> bool:
    """Return whether ``number`` is a valid organisationsnummer."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:
    """Return the written form ``NNNNNN-NNNN``."""
    digits = validate(number)
    return f"{digits[:6]}-{digits[6:]}"
