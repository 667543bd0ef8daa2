# cython: annotation_typing=False
# (compiled for speed, but public: the validators take str and int subclasses too)
"""Swedish bank account numbers: a clearing number followed by an account number.

The clearing number (four digits; five for Swedbank's 8xxx-x series) names the
bank, and the bank decides how long the account number is and how its check
digit works ("type 1" with modulus 11 over clearing and account, "type 2"
with a check over the account alone), as described in Bankgirot's manual
"Bankernas kontonummeruppbyggnad". Banks add clearing series now and then, so
an unknown series is reported as :class:`InvalidComponent`, never guessed.

>>> bank('5000 1234567')
'SEB'
>>> format('50001234567')
'5000-1234567'
>>> split('8327-9, 123 456 789-0')
('83279', '1234567890')
>>> bank('8327-9, 123 456 789-0')
'Swedbank'
>>> checksum_ok('3300', '9001012385')  # Nordea personkonto: the personnummer, mod 10
True
>>> validate('3300 9001012385')
'3300-9001012385'
>>> is_valid('0999 1234567')
False
"""

from __future__ import annotations

from typing import NamedTuple

from varna.detect.identifiers import luhn
from varna.detect.identifiers.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)


class ClearingSeries(NamedTuple):
    low: int
    high: int
    bank: str
    account_type: int  # 1: check over clearing + account; 2: check over account only
    comment: int  # the manual's sub-rule within the type


SERIES: tuple[ClearingSeries, ...] = (
    ClearingSeries(1100, 1199, "Nordea", 1, 1),
    ClearingSeries(1200, 1399, "Danske Bank", 1, 1),
    ClearingSeries(1400, 2099, "Nordea", 1, 1),
    ClearingSeries(2300, 2399, "Ålandsbanken", 1, 2),
    ClearingSeries(2400, 2499, "Danske Bank", 1, 1),
    ClearingSeries(3000, 3299, "Nordea", 1, 1),
    ClearingSeries(3300, 3300, "Nordea", 2, 3),
    ClearingSeries(3301, 3399, "Nordea", 1, 1),
    ClearingSeries(3400, 3409, "Länsförsäkringar Bank", 1, 1),
    ClearingSeries(3410, 3781, "Nordea", 1, 1),
    ClearingSeries(3782, 3782, "Nordea", 2, 3),
    ClearingSeries(3783, 3999, "Nordea", 1, 1),
    ClearingSeries(4000, 4999, "Nordea", 1, 2),
    ClearingSeries(5000, 5999, "SEB", 1, 1),
    ClearingSeries(6000, 6999, "Handelsbanken", 2, 2),
    ClearingSeries(7000, 7999, "Swedbank", 1, 1),
    ClearingSeries(8000, 8999, "Swedbank", 2, 3),
    ClearingSeries(9020, 9029, "Länsförsäkringar Bank", 1, 2),
    ClearingSeries(9040, 9049, "Citibank", 1, 2),
    ClearingSeries(9060, 9069, "Länsförsäkringar Bank", 1, 1),
    ClearingSeries(9100, 9109, "Nordnet Bank", 1, 2),
    ClearingSeries(9120, 9124, "SEB", 1, 1),
    ClearingSeries(9130, 9149, "SEB", 1, 1),
    ClearingSeries(9150, 9169, "Skandiabanken", 1, 2),
    ClearingSeries(9170, 9179, "Ikano Bank", 1, 1),
    ClearingSeries(9180, 9189, "Danske Bank", 2, 1),
    ClearingSeries(9190, 9199, "DNB Bank", 1, 2),
    ClearingSeries(9230, 9239, "Marginalen Bank", 1, 1),
    ClearingSeries(9250, 9259, "SBAB", 1, 1),
    ClearingSeries(9260, 9269, "DNB Bank", 1, 2),
    ClearingSeries(9270, 9279, "ICA Banken", 1, 1),
    ClearingSeries(9280, 9289, "Resurs Bank", 1, 1),
    ClearingSeries(9390, 9399, "Landshypotek", 1, 2),
    ClearingSeries(9400, 9449, "Forex Bank", 1, 1),
    ClearingSeries(9460, 9469, "Santander Consumer Bank", 1, 1),
    ClearingSeries(9470, 9479, "BNP Paribas", 1, 2),
    ClearingSeries(9500, 9549, "Nordea (Plusgirot)", 2, 3),
    ClearingSeries(9550, 9569, "Avanza Bank", 1, 2),
    ClearingSeries(9570, 9579, "Sparbanken Syd", 2, 1),
    ClearingSeries(9580, 9589, "Aion Bank", 1, 1),
    ClearingSeries(9590, 9599, "Erik Penser Bank", 1, 2),
    ClearingSeries(9630, 9639, "Lån & Spar Bank", 1, 1),
    ClearingSeries(9640, 9649, "Nordax Bank", 1, 2),
    ClearingSeries(9660, 9669, "Svea Bank", 1, 2),
    ClearingSeries(9670, 9679, "JAK Medlemsbank", 1, 2),
    ClearingSeries(9680, 9689, "BlueStep Finans", 1, 1),
    ClearingSeries(9700, 9709, "Ekobanken", 1, 2),
    ClearingSeries(9780, 9789, "Klarna Bank", 1, 2),
    ClearingSeries(9880, 9889, "Riksgälden", 1, 2),
    ClearingSeries(9960, 9969, "Nordea (Plusgirot)", 2, 3),
)


def series(clearing: str) -> ClearingSeries | None:
    """Return the clearing series a (four- or five-digit) clearing number belongs to."""
    if len(clearing) < 4 or not clearing[:4].isdigit():
        return None
    number = int(clearing[:4])
    for entry in SERIES:
        if entry.low <= number <= entry.high:
            return entry
    return None


def compact(number: str) -> str:
    """Return only the digits."""
    digits = "".join(c for c in number if c.isdigit())
    if not digits.isascii():
        raise InvalidFormat()
    return digits


def split(number: str) -> tuple[str, str]:
    """Return (clearing, account); Swedbank's 8xxx series has a five-digit clearing."""
    digits = compact(number)
    width = 5 if digits.startswith("8") and len(digits) >= 11 else 4
    if len(digits) < width + 5:
        raise InvalidLength()
    return digits[:width], digits[width:]


def _mod11(digits: str) -> bool:
    total = sum(int(d) * (i % 10 + 1) for i, d in enumerate(reversed(digits)))
    return total % 11 == 0


def checksum_ok(clearing: str, account: str) -> bool:
    """Return whether the account's check digit is right for its clearing series."""
    entry = series(clearing)
    if entry is None:
        return False
    if entry.account_type == 1:
        if len(account) != 7:
            return False
        return _mod11(clearing[1:4] + account if entry.comment == 1 else clearing[:4] + account)
    if entry.comment == 2:
        return len(account) <= 9 and _mod11(account.zfill(9))
    if len(clearing) == 5 and not luhn.is_valid(clearing):
        return False
    return len(account) <= 10 and luhn.is_valid(account.zfill(10))


def validate(number: str) -> str:
    """Return ``clearing-account`` for a valid Swedish bank account number."""
    clearing, account = split(number)
    entry = series(clearing)
    if entry is None:
        raise InvalidComponent()
    expected = 7 if entry.account_type == 1 else (9 if entry.comment == 2 else 10)
    if len(account) > expected:
        raise InvalidLength()
    if not checksum_ok(clearing, account):
        raise InvalidChecksum()
    return f"{clearing}-{account}"


def is_valid(number: str) -> bool:
    """Return whether ``number`` is a valid Swedish bank account number."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def bank(number: str) -> str | None:
    """Return the name of the bank behind the clearing number, if known."""
    try:
        clearing, _ = split(number)
    except ValidationError:
        return None
    entry = series(clearing)
    return entry.bank if entry else None


def format(number: str) -> str:
    """Return ``clearing-account`` without checking the check digit."""
    clearing, account = split(number)
    return f"{clearing}-{account}"
