# cython: annotation_typing=False
# (compiled for speed, but public: the validators take str and int subclasses too)
"""IBAN, the international bank account number, checked with ISO 7064 mod 97-10.

Swedish IBANs are 24 characters: ``SE``, two check digits, a three-digit bank
code and a 17-digit account. Other countries are accepted with their lengths.
The example is the one banks publish for documentation.

>>> validate('SE45 5000 0000 0583 9825 7466')
'SE4550000000058398257466'
>>> format('se4550000000058398257466')
'SE45 5000 0000 0583 9825 7466'
>>> is_valid('SE45 5000 0000 0583 9825 7467')
False
>>> is_valid('SE45 5000 0000 0583 9825 746')
False
"""

from __future__ import annotations

from varna.detect.identifiers.exceptions import (
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

# Lengths for the countries a Swedish municipality meets most; others must be 15-34.
COUNTRY_LENGTHS = {
    "SE": 24,
    "NO": 15,
    "DK": 18,
    "FI": 18,
    "DE": 22,
    "GB": 22,
    "FR": 27,
    "ES": 24,
    "NL": 18,
    "PL": 28,
    "EE": 20,
    "LV": 21,
    "LT": 20,
    "IS": 26,
}


def compact(number: str) -> str:
    """Return the IBAN without spaces or hyphens, in upper case."""
    return "".join(c for c in number if c not in " -\u00a0").upper()


def checksum(number: str) -> int:
    """Return the mod 97 remainder of the rearranged IBAN (1 when valid)."""
    rearranged = number[4:] + number[:4]
    remainder = 0
    for char in rearranged:
        value = ord(char) - 48 if char.isdigit() else ord(char) - 55
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder


def validate(number: str) -> str:
    """Return the compact form of a valid IBAN."""
    iban = compact(number)
    if not iban.isascii() or not iban.isalnum() or len(iban) < 5:
        raise InvalidFormat()
    if not (iban[:2].isalpha() and iban[2:4].isdigit()):
        raise InvalidFormat()
    expected = COUNTRY_LENGTHS.get(iban[:2])
    if (expected and len(iban) != expected) or not 15 <= len(iban) <= 34:
        raise InvalidLength()
    if checksum(iban) != 1:
        raise InvalidChecksum()
    return iban


def is_valid(number: str) -> bool:
    """Return whether ``number`` is a valid IBAN."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:
    """Return the IBAN in groups of four, as printed on paper."""
    iban = validate(number)
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
