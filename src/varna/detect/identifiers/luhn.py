# cython: annotation_typing=False
# (compiled for speed, but public: the validators take str and int subclasses too)
"""The Luhn (mod 10) check digit, used by personnummer, organisationsnummer,
payment cards and several Swedish account numbers.

>>> checksum('9001012385')
0
>>> calc_check_digit('900101238')
'5'
>>> validate('9001012385')
'9001012385'
>>> is_valid('9001012384')
False
>>> validate('9OO1012385')
Traceback (most recent call last):
    ...
varna.detect.identifiers.exceptions.InvalidFormat: fel format
"""

from __future__ import annotations

from varna.detect.identifiers.exceptions import InvalidChecksum, InvalidFormat, ValidationError

# Digit sums of 2*d for d in 0..9, used for every second digit from the right.
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def checksum(number: str) -> int:
    """Return the Luhn sum of the digits modulo 10 (0 for a valid number)."""
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = ord(char) - 48
        total += _DOUBLED[digit] if position % 2 else digit
    return total % 10


def calc_check_digit(number: str) -> str:
    """Return the digit that makes ``number`` + digit pass the Luhn check."""
    return str((10 - checksum(number + "0")) % 10)


def validate(number: str) -> str:
    """Return ``number`` if it is all ASCII digits and passes the Luhn check."""
    if not number or not number.isascii() or not number.isdigit():
        raise InvalidFormat()
    if checksum(number) != 0:
        raise InvalidChecksum()
    return number


def is_valid(number: str) -> bool:
    """Return whether ``number`` passes the Luhn check."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False
