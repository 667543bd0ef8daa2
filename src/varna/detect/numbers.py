"""Everything written with digits: personnummer and samordningsnummer, telephone
numbers, bank accounts (clearing + account, IBAN), payment cards and postal codes.

One regular expression over the shape buffer (digits as ``0``; see
:mod:`varna.detect.buffers`) finds *runs*: at least five digits with at most
two separators between neighbours. Runs are rare in prose, so the Python work
below only happens where a number actually is. Each run is then read on the
real text: personnummer first, then the other identifiers, each with its
validator and its context words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from varna.detect import context
from varna.detect.identifiers import bank_account, iban, luhn, payment_card, phone
from varna.detect.identifiers.personnummer import COORDINATION_OFFSET, infer_century

# A digit not preceded by a digit, then at least four more digits, each after
# at most two of the separators numbers are written with.
RUN = re.compile(rb"0(?<!00)(?:[ \-+?()]{0,2}0){4,}")

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
PERSONNUMMER = re.compile(
    rf"(?<![\d])(\d{{6}}(?:\d{{2}})?)"
    rf"(?:[ \u00a0]?([-+{_DASHES}])[ \u00a0]?|[ \u00a0]|)(\d{{4}})(?![\d])"
)
POSTAL_CODE = re.compile(r"[1-9]\d{2}[ \u00a0]?\d{2}")
TOWN_AFTER = re.compile(r"[ \u00a0\t]{1,2}[A-ZÅÄÖ][a-zåäöé]+")
# How a card number is grouped when it is grouped at all.
CARD_GROUPING = re.compile(r"\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?|\d{4}[ -]\d{6}[ -]\d{5}|\d+")
PHONE_GROUPED = re.compile(r"(?:\+|00)?[\d()]{1,5}[ \-/)(\u2013]+\d")


class NumberHit(NamedTuple):
    """One identifier found in a run."""

    kind: str
    start: int
    end: int
    value: str
    score: float
    explanation: str


def runs(shape: bytes) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every digit run in the shape buffer."""
    for match in RUN.finditer(shape):
        yield match.span()


def find_numbers(text: str, shape: bytes, today: date) -> list[NumberHit]:
    """Return every number-shaped identifier in ``text``."""
    hits: list[NumberHit] = []
    spans = list(runs(shape))
    joined = _join_bank_accounts(text, spans)
    for start, end in spans:
        if start in joined:
            hit = joined[start]
            if hit is not None:
                hits.append(hit)
            continue
        hits.extend(_classify_run(text, start, end, today))
    return hits


def _classify_run(text: str, start: int, end: int, today: date) -> list[NumberHit]:
    hits: list[NumberHit] = []
    chunk = text[start:end]
    for match in PERSONNUMMER.finditer(chunk):
        hit = _personnummer(text, start + match.start(), start + match.end(), match, today)
        if hit is not None:
            hits.append(hit)
    if hits:
        # The run held personnummer; what is left is read piece by piece.
        pieces = _pieces_between(chunk, [(h.start - start, h.end - start) for h in hits])
    else:
        pieces = [(0, len(chunk))]
    for piece_start, piece_end in pieces:
        for sub_start, sub_end in _split_wide_gaps(chunk, piece_start, piece_end):
            hit = _other_number(text, start + sub_start, start + sub_end)
            if hit is not None:
                hits.append(hit)
    return hits


def _pieces_between(chunk: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces, pos = [], 0
    for a, b in sorted(taken):
        if a > pos:
            pieces.append((pos, a))
        pos = max(pos, b)
    if pos < len(chunk):
        pieces.append((pos, len(chunk)))
    return pieces


def _split_wide_gaps(chunk: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a piece where two spaces separate digits (table columns)."""
    piece = chunk[start:end]
    for match in re.finditer(r"\d(?:[^\s]|\s(?!\s))*\d|\d", piece):
        yield start + match.start(), start + match.end()


def _personnummer(
    text: str, start: int, end: int, match: re.Match[str], today: date
) -> NumberHit | None:
    head, separator, tail = match.group(1), match.group(2) or "", match.group(3)
    if len(head) == 8:
        if head[:2] not in ("18", "19", "20"):
            return None
        year = int(head[:4])
        short = head[2:]
    else:
        short = head
        year = infer_century(short, "+" if separator == "+" else "-", today)
    month, day = int(short[2:4]), int(short[4:6])
    kind = "personnummer"
    if day > COORDINATION_OFFSET:
        kind = "samordningsnummer"
        day -= COORDINATION_OFFSET
    if not _is_date(year, month, day) or date(year, month, day) > today or year < 1870:
        return None
    support = context.nearest(context.PERSONNUMMER_WORDS, text, start, end)
    against = context.nearest(context.NOT_PERSONNUMMER_WORDS, text, start, end)
    if not context.wins(support, against):
        return None
    value = f"{year:04d}{short[2:]}{tail}"
    written_separator = match.group(0)[len(head) : -4]
    pattern = ("ÅÅÅÅMMDD" if len(head) == 8 else "ÅÅMMDD") + (
        written_separator.strip() or written_separator[:1]
    )
    pattern += "NNNN"
    reasons = [f"mönster {pattern}", "giltigt datum"]
    if luhn.checksum(short + tail) != 0:
        if support is None:
            return None
        reasons.append("kontrollsiffran stämmer inte (skrivfel?)")
        reasons.append(f"kontextord ”{support.word}”")
        return NumberHit(kind, start, end, value, 0.45, ", ".join(reasons))
    reasons.append("kontrollsiffra stämmer (Luhn)")
    score = 0.9 if (separator or len(head) == 8) else 0.8
    if support is not None:
        score = min(0.99, score + 0.08)
        reasons.append(f"kontextord ”{support.word}”")
    elif not separator and len(head) == 6 and short.startswith("07"):
        score = 0.6  # ten digits starting 07 may just as well be a mobile number
    return NumberHit(kind, start, end, value, score, ", ".join(reasons))


def _is_date(year: int, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    days = (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return day <= days[month - 1]


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _other_number(text: str, start: int, end: int) -> NumberHit | None:
    chunk = text[start:end]
    digits = "".join(c for c in chunk if "0" <= c <= "9")
    if len(digits) < 5 or len(digits) > 40:
        return None
    return (
        _iban(text, start, end)
        or _payment_card(text, start, end, chunk, digits)
        or _phone(text, start, end, chunk, digits)
        or _bank_account(text, start, end, chunk, digits)
        or _postal_code(text, start, end, chunk)
    )


def _iban(text: str, start: int, end: int) -> NumberHit | None:
    prefix = text[max(0, start - 2) : start]
    if len(prefix) != 2 or not prefix.isalpha() or not prefix.isascii():
        return None
    if start >= 3 and text[start - 3].isalnum():
        return None
    candidate = prefix + text[start:end]
    if not iban.is_valid(candidate):
        return None
    value = iban.compact(candidate)
    return NumberHit(
        "bank_account", start - 2, end, value, 0.95, "IBAN, kontrollsiffror stämmer (mod 97)"
    )


def _payment_card(text: str, start: int, end: int, chunk: str, digits: str) -> NumberHit | None:
    if not 13 <= len(digits) <= 19 or not payment_card.is_valid(digits):
        return None
    if not CARD_GROUPING.fullmatch(chunk):
        return None
    against = context.nearest(context.NOT_CARD_WORDS, text, start, end)
    support = context.nearest(context.CARD_WORDS, text, start, end)
    if not context.wins(support, against):
        return None
    reasons = [f"kortnummer ({payment_card.issuer(digits)})", "kontrollsiffra stämmer (Luhn)"]
    score = 0.9
    if support is not None:
        score = 0.97
        reasons.append(f"kontextord ”{support.word}”")
    return NumberHit("payment_card", start, end, chunk, score, ", ".join(reasons))


def _phone(text: str, start: int, end: int, chunk: str, digits: str) -> NumberHit | None:
    plus = start > 0 and text[start - 1] == "+"
    if plus:
        start -= 1
        chunk = "+" + chunk
    if start > 0 and text[start - 1] == "(" and chunk[:1] == "0":
        start -= 1
        chunk = "(" + chunk
    if not phone.is_valid(chunk):
        return None
    support = context.nearest(context.PHONE_WORDS, text, start, end)
    grouped = PHONE_GROUPED.match(chunk) is not None
    international = plus or digits.startswith("00")
    mobile = phone.is_mobile(chunk)
    if not (support or international or grouped or mobile):
        return None
    if not international and not digits.startswith("0"):
        return None
    reasons = ["telefonnummer" + (" (mobil)" if mobile else "")]
    score = 0.75
    if support is not None:
        score = 0.9
        reasons.append(f"kontextord ”{support.word}”")
    return NumberHit("phone", start, end, chunk, score, ", ".join(reasons))


def _bank_account(text: str, start: int, end: int, chunk: str, digits: str) -> NumberHit | None:
    if not 9 <= len(digits) <= 16:
        return None
    support = context.nearest(context.BANK_WORDS, text, start, end)
    if support is None:
        return None
    return _bank_hit(start, end, chunk, digits, support.word)


def _bank_hit(start: int, end: int, chunk: str, digits: str, word: str) -> NumberHit | None:
    try:
        clearing, account = bank_account.split(digits)
    except ValueError:
        return None
    entry = bank_account.series(clearing)
    if entry is None:
        return None
    reasons = [f"clearingnummer ({entry.bank})", f"kontextord ”{word}”"]
    score = 0.8
    if bank_account.checksum_ok(clearing, account):
        score = 0.9
        reasons.append("kontrollsiffra stämmer")
    return NumberHit("bank_account", start, end, chunk, score, ", ".join(reasons))


def _join_bank_accounts(text: str, spans: list[tuple[int, int]]) -> dict[int, NumberHit | None]:
    """Clearing and account written as two runs ("8327-9, 123 456 789-0")."""
    joined: dict[int, NumberHit | None] = {}
    for (a_start, a_end), (b_start, b_end) in itertools.pairwise(spans):
        gap = text[a_end:b_start]
        clearing = "".join(c for c in text[a_start:a_end] if c.isdigit())
        if len(gap) > 3 or gap.strip(" ,") or len(clearing) not in (4, 5):
            continue
        support = context.nearest(context.BANK_WORDS, text, a_start, b_end)
        if support is None:
            continue
        digits = clearing + "".join(c for c in text[b_start:b_end] if c.isdigit())
        hit = _bank_hit(a_start, b_end, text[a_start:b_end], digits, support.word)
        if hit is not None:
            joined[a_start] = hit
            joined[b_start] = None
    return joined


def _postal_code(text: str, start: int, end: int, chunk: str) -> NumberHit | None:
    if not POSTAL_CODE.fullmatch(chunk):
        return None
    town = TOWN_AFTER.match(text, end)
    if town is None:
        return None
    before = text[max(0, start - 3) : start]
    if before and before[-1].isalnum() and not before.endswith("SE-"):
        return None
    return NumberHit(
        "address", start, town.end(), text[start : town.end()], 0.5, "postnummer och ort"
    )
