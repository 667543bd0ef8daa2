"""Everything written with digits: personnummer and samordningsnummer, telephone
numbers, bank accounts (clearing + account, IBAN), payment cards and postal codes.

One regular expression over the shape buffer (digits as ``0``; see
:mod:`varna.detect.buffers`) finds *runs*: at least seven digits with at most
two separators between neighbours, or a postal code followed by a
capitalised word. Dates, times, amounts and years are shorter, so the Python
work below only happens where an identifier may actually be. Each run is then
read on the real text: personnummer first, then the other identifiers, each
with its validator and its context words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import cython

from varna.detect import context
from varna.detect.context import (
    AFTER,
    BANK,
    BEFORE,
    CARD,
    NOT_BANK,
    NOT_CARD,
    NOT_PERSONNUMMER,
    PHONE,
    around,
    wins,
)
from varna.detect.context import PERSONNUMMER as PERSONNUMMER_WORDS
from varna.detect.identifiers import bank_account, iban, luhn, payment_card, phone
from varna.detect.identifiers.personnummer import (
    COORDINATION_OFFSET,
    infer_century,
    is_possible_birth_date,
)

if cython.compiled:  # C calls (finding.pxd, buffers.pxd)
    from cython.cimports.varna.detect.buffers import find_byte
    from cython.cimports.varna.detect.finding import Finding, build_finding
else:
    from varna.detect.buffers import find_byte
    from varna.detect.finding import Finding, build_finding

# A digit not preceded by a digit, then six more digits, each after at most
# three of the separators numbers are written with ("070 - 123 45 67"); or a postal code ("123 45")
# followed by a capitalised word.
RUN = re.compile(rb"0(?<!00)(?:(?:[ \-+?()/]{0,3}0){6,}|00 ?00(?= {1,2}Aa))")

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
# The last four digits may be written as two pairs ("850709-98 05"); that form
# only counts next to a personnummer word.
PERSONNUMMER = re.compile(
    rf"(?<![\d])(\d{{6}}(?:\d{{2}})?)"
    rf"(?:[ \u00a0]?([-+{_DASHES}])[ \u00a0]?|[ \u00a0]|)(\d\d(?:[ \u00a0]?)\d\d)(?![\d])"
)
_NOT_DIGIT = re.compile(r"\D+")
POSTAL_CODE = re.compile(r"[1-9]\d{2}[ \u00a0]?\d{2}")
TOWN_AFTER = re.compile(r"[ \u00a0\t]{1,2}[A-ZÅÄÖ][a-zåäöé]+")
CLEARING_BEFORE = re.compile(r"(?<!\d)(\d{4}(?:-\d)?)[ ,]{1,3}\Z")
# How a card number is grouped when it is grouped at all.
CARD_GROUPING = re.compile(r"\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?|\d{4}[ -]\d{6}[ -]\d{5}|\d+")
_TABLE_CELL = re.compile(r"\d(?:[^\s]|\s(?!\s))*\d|\d")
_YEARS = (1870, 2100)

# Words that name another kind of number. Only these, written right before it,
# overrule a number that looks like a personnummer and passes its checks (a valid
# date and check digit): "OCR: 8706092395", "Ordernr 870609-2395", "tel 0701234567".
# The other negative context words ("kr", "belopp", "summa", "datum", "kund",
# "konto") come with amounts, dates and customer lists — exactly what payslips,
# invoice lists and payroll files that do carry personnummer are made of — so they
# no longer drop a valid one. Organisation-number words are not here either: a
# real organisationsnummer never passes the date check (month >= 20), and a sole
# trader's is the owner's personnummer.
_LABEL_WORDS = (
    r"ocr|faktur\w*|referens\w*|ref|order\w*|beställning\w*|bankgiro\w*|plusgiro\w*"
    r"|postgiro\w*|bg|pg|artikel\w*|artnr|art\.? ?nr|ärendenummer\w*|ärendenr|ärende-?id"
    r"|diarienummer\w*|dnr|serienummer\w*|serienr|löpnummer\w*|lösenord\w*|pin|kod"
    r"|version|build|tidsstämpel\w*|tidpunkt\w*|logg\w*|tel|tfn|mob|telefon\w*|mobil\w*|fax|växel\w*"
    r"|sms|kundnummer\w*|kundnr|kund-?id|avtalsnummer\w*|avtalsnr|lagernummer\w*"
)
_LABEL_BEFORE = re.compile(
    rf"(?<!\w)(?:{_LABEL_WORDS})[ \t.:#=\-]{{0,3}}(?:(?:nr|nummer|no|id)[ \t.:#=\-]{{0,3}})?\Z",
    re.IGNORECASE,
)
# Payment-reference words that mark a whole block of numbers (a column header,
# "Betala till bankgiro …"), not only the number right after them; they also
# overrule a ten- or twelve-digit run written without a separator nearby.
_PAYMENT = r"ocr\w*|bankgiro\w*|plusgiro\w*|bg|pg"
_PAYMENT_WORDS = re.compile(rf"(?<!\w)(?:{_PAYMENT})(?!\w)", re.I)
# Both without their leading (?<!\w), for _at_word_start: tried at each word
# start alone, instead of by a case-insensitive search at every position.
_LABEL_AT = re.compile(_LABEL_BEFORE.pattern.removeprefix(r"(?<!\w)"), re.IGNORECASE)
_PAYMENT_AT = re.compile(_PAYMENT_WORDS.pattern.removeprefix(r"(?<!\w)"), re.IGNORECASE)


def _openings(words: str) -> bytes:
    """A table of the ASCII letter pairs that words of the alternation ``words``
    open with, in lower case: ``table[128 * first + second]`` is 1 for each.

    Every alternative opens with two letters (a test checks it); case-insensitively
    an ASCII letter matches only its two cases, so two ASCII characters that are
    no such pair open no match. Other characters are left to the expression.
    """
    table = bytearray(128 * 128)
    for word in words.split("|"):
        opening = word[:2].encode("utf-8")
        if len(opening) == 2:  # both ASCII
            table[128 * opening[0] + opening[1]] = 1
    return bytes(table)


_LABEL_OPENINGS = _openings(_LABEL_WORDS)
_PAYMENT_OPENINGS = _openings(_PAYMENT)


@cython.cclass
class Context:
    """The nearest context keyword of each group around a run, looked up on first use."""

    _text: str
    _words: bytes
    _start: cython.Py_ssize_t
    _end: cython.Py_ssize_t
    _found: dict[str, context.Nearest] | None

    def __init__(
        self, text: str, words: bytes, start: cython.Py_ssize_t, end: cython.Py_ssize_t
    ) -> None:
        self._text, self._words, self._start, self._end = text, words, start, end
        self._found = None

    @cython.ccall
    def get(self, group: str) -> context.Nearest | None:
        if self._found is None:
            self._found = around(self._text, self._words, self._start, self._end)
        return self._found.get(group)


@cython.cfunc
def _decimal_count(chunk: str) -> cython.Py_ssize_t:
    """``len(_NOT_DIGIT.sub("", chunk))``, without making the string."""
    count: cython.Py_ssize_t = 0
    char: cython.Py_UCS4
    for char in chunk:
        if char.isdecimal():  # what \d matches in a str pattern
            count += 1
    return count


@cython.ccall
def six_together(chunk: str) -> cython.bint:
    """Whether six decimals stand together in ``chunk``: what ``PERSONNUMMER``
    needs before it can match at all ("070-569 19 74" has at most three)."""
    together: cython.Py_ssize_t = 0
    char: cython.Py_UCS4
    for char in chunk:
        if char.isdecimal():
            together += 1
            if together == 6:
                return True
        else:
            together = 0
    return False


@cython.ccall
def digits_of(chunk: str) -> str:
    """``_NOT_DIGIT.sub("", chunk)``: the decimals of ``chunk``, by a loop in C."""
    if not chunk.isascii():
        return _NOT_DIGIT.sub("", chunk)  # other scripts' decimals are rare
    out = bytearray(len(chunk))
    at: cython.p_uchar = out
    count: cython.Py_ssize_t = 0
    char: cython.Py_UCS4
    for char in chunk:
        if "0" <= char <= "9":
            at[count] = ord(char)
            count += 1
    return out[:count].decode("ascii")


def runs(shape: bytes) -> list[tuple[int, int]]:
    """(start, end) of every digit run in the shape buffer: what ``RUN.finditer`` finds."""
    return [(packed >> 32, packed & 0xFFFFFFFF) for packed in _runs(shape)]


@cython.boundscheck(False)
@cython.wraparound(False)
def _runs(shape: bytes) -> list[int]:
    """:func:`runs`, each as ``start << 32 | end``, read byte by byte.

    ``RUN`` is the definition; this loop is the same search without a regular
    expression (a test compares them): find a ``0`` that does not follow one,
    follow the chain of digits with at most three separators between them,
    and take it if it has seven digits; otherwise take a postal code followed
    by a capitalised word, if one starts there; otherwise go on from the next
    ``0``.
    """
    found: list[int] = []
    size: cython.Py_ssize_t = len(shape)
    data: cython.p_const_uchar = shape
    at: cython.Py_ssize_t = find_byte(data, size, 0x30, 0)
    i: cython.Py_ssize_t
    gap: cython.Py_ssize_t
    digits: cython.Py_ssize_t
    end: cython.Py_ssize_t
    while at != -1:
        if at and data[at - 1] == 0x30:
            at = find_byte(data, size, 0x30, at + 1)
            continue
        # The chain: digits, and between them at most three separators.
        digits = 0
        i = at
        end = at
        while i < size and data[i] == 0x30:
            while i < size and data[i] == 0x30:
                digits += 1
                i += 1
            end = i
            gap = 0
            while i < size and gap < 3 and _is_separator(data[i]):
                gap += 1
                i += 1
        if digits < 7:
            end = _postal_code_before_word(data, size, at)
        if end < 0:
            at = find_byte(data, size, 0x30, at + 1)
        else:
            found.append(at << 32 | end)
            at = find_byte(data, size, 0x30, end)
    return found


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _is_separator(byte: cython.uchar) -> cython.bint:
    """One of the characters ``RUN`` allows between digits: space, - + ? ( ) or /."""
    return (
        byte == 0x20 or byte == 0x2D or byte == 0x2B or byte == 0x3F or byte == 0x28
        or byte == 0x29 or byte == 0x2F
    )  # fmt: skip


@cython.cfunc
@cython.exceptval(check=False)
@cython.boundscheck(False)
@cython.wraparound(False)
def _postal_code_before_word(
    data: cython.p_const_uchar, size: cython.Py_ssize_t, at: cython.Py_ssize_t
) -> cython.Py_ssize_t:
    """End of ``000 ?00`` at ``at`` when one or two spaces and ``Aa`` follow, else -1."""
    if at + 5 > size or data[at + 1] != 0x30 or data[at + 2] != 0x30:
        return -1
    i: cython.Py_ssize_t = at + 3
    if data[i] == 0x20:
        i += 1
    if i + 2 > size or data[i] != 0x30 or data[i + 1] != 0x30:
        return -1
    end: cython.Py_ssize_t = i + 2
    i = end
    if i < size and data[i] == 0x20:
        i += 1
        if i < size and data[i] == 0x20:
            i += 1
    if i == end or i + 2 > size:
        return -1
    return end if data[i] == 0x41 and data[i + 1] == 0x61 else -1


def find_numbers(text: str, shape: bytes, words: bytes, today: date) -> list[Finding]:
    """Return every number-shaped identifier in ``text``."""
    hits: list[Finding] = []
    start: cython.Py_ssize_t
    end: cython.Py_ssize_t
    count: cython.Py_ssize_t
    keywords: Context
    packed: cython.longlong
    low: cython.longlong = 0xFFFFFFFF  # typed: masked in C when compiled
    for packed in _runs(shape):
        start = packed >> 32
        end = packed & low
        chunk = text[start:end]
        count = _decimal_count(chunk)
        keywords = Context(text, words, start, end)
        found = None
        if count >= 10 and six_together(chunk):
            found = _personnummer_in(text, start, chunk, today, keywords)
        if found:
            hits.extend(found)
            if len(found) == 1 and found[0].start == start and found[0].end == end:
                continue
            for piece_start, piece_end in _leftovers(chunk, found, start):
                hit = _other_number(text, keywords, piece_start, piece_end)
                if hit is not None:
                    hits.append(hit)
            continue
        if "  " in chunk:
            for cell in _TABLE_CELL.finditer(chunk):
                cell_start, cell_end = start + cell.start(), start + cell.end()
                cell_keywords = Context(text, words, cell_start, cell_end)
                hit = _other_number(text, cell_keywords, cell_start, cell_end)
                if hit is not None:
                    hits.append(hit)
            continue
        hit = _other_number(text, keywords, start, end, chunk, count)
        if hit is not None:
            hits.append(hit)
    return hits


def _leftovers(chunk: str, found: list[Finding], offset: int) -> Iterator[tuple[int, int]]:
    """The table cells of a run that are not the personnummer found in it."""
    taken = [(h.start - offset, h.end - offset) for h in found]
    for cell in _TABLE_CELL.finditer(chunk):
        a, b = cell.span()
        if not any(x < b and a < y for x, y in taken):
            yield offset + a, offset + b


def _personnummer_in(
    text: str, start: cython.Py_ssize_t, chunk: str, today: date, keywords: Context
) -> list[Finding]:
    hits = []
    for match in PERSONNUMMER.finditer(chunk):
        hit = _personnummer(
            text, keywords, start + match.start(), start + match.end(), match, today
        )
        if hit is not None:
            hits.append(hit)
    return hits


def _personnummer(
    text: str,
    keywords: Context,
    start: cython.Py_ssize_t,
    end: cython.Py_ssize_t,
    match: re.Match[str],
    today: date,
) -> Finding | None:
    head, separator, tail = match.group(1), match.group(2) or "", match.group(3)
    paired = len(tail) == 5  # "98 05"
    if paired:
        tail = tail[:2] + tail[3:]
    short = head[-6:]
    month, day = int(short[2:4]), int(short[4:6])
    if month > 12 or day == 0 or 31 < day < COORDINATION_OFFSET or day > 91:
        return None  # organisationsnummer (month >= 20), or not a date at all
    if len(head) == 8:
        year = int(head[:4])
    else:
        year = infer_century(short, "+" if separator == "+" else "-", today)
    kind = "personnummer"
    if day >= COORDINATION_OFFSET:
        kind = "samordningsnummer"
    elif month == 0:
        return None
    if not _YEARS[0] <= year <= today.year or not is_possible_birth_date(year, month, day):
        return None
    if tail.startswith("000"):
        return None  # serial number 000 is never issued
    if (year, month, day % COORDINATION_OFFSET) > (today.year, today.month, today.day):  # future
        return None
    support = keywords.get(PERSONNUMMER_WORDS)
    if paired and support is None:
        return None
    written = match.group(0)[len(head) : match.start(3) - match.start()]
    checked = luhn.checksum(short + tail) == 0
    if checked:
        if _labelled_otherwise(text, start, end, support, separated=bool(written)):
            return None
    elif not wins(support, keywords.get(NOT_PERSONNUMMER)):
        return None
    value = f"{year:04d}{short[2:]}{tail}"
    pattern = ("ÅÅÅÅMMDD" if len(head) == 8 else "ÅÅMMDD") + (written.strip() or written[:1])
    reasons = [f"mönster {pattern}{'NN NN' if paired else 'NNNN'}", "giltigt datum"]
    if not checked:
        if support is None:
            return None
        reasons.append("kontrollsiffran stämmer inte (skrivfel?)")
        reasons.append(f"kontextord ”{support.word}”")
        return build_finding(kind, start, end, value, 0.45, ", ".join(reasons))
    reasons.append("kontrollsiffra stämmer (Luhn)")
    score = 0.9 if (written or len(head) == 8) else 0.8
    if support is not None:
        score = min(0.99, score + 0.08)
        reasons.append(f"kontextord ”{support.word}”")
    elif not written and len(head) == 6 and short.startswith("07"):
        score = 0.6  # ten digits starting 07 may just as well be a mobile number
    return build_finding(kind, start, end, value, score, ", ".join(reasons))


def _labelled_otherwise(
    text: str,
    start: cython.Py_ssize_t,
    end: cython.Py_ssize_t,
    support: context.Nearest | None,
    *,
    separated: bool,
) -> bool:
    """Whether a valid-looking personnummer is labelled as another kind of number.

    A label right before the number counts for every written form; a payment
    reference word elsewhere in the context window only for a run of digits
    without a separator (an OCR column under its header). A personnummer word
    at least as near wins.
    """
    distance: int | None = None
    line_start = text.rfind("\n", max(0, start - BEFORE), start) + 1
    label = _at_word_start(
        _LABEL_AT, _LABEL_OPENINGS, text, max(line_start, start - 40), start, False
    )
    if label is not None:
        distance = start - label.end()
    elif not separated:
        window_start = max(0, start - BEFORE)
        before = _at_word_start(_PAYMENT_AT, _PAYMENT_OPENINGS, text, window_start, start, True)
        after_end = min(len(text), end + AFTER)
        after = _at_word_start(_PAYMENT_AT, _PAYMENT_OPENINGS, text, end, after_end, False)
        if before is not None:
            distance = start - before.end()
        if after is not None and (distance is None or after.start() - end < distance):
            distance = after.start() - end
    if distance is None:
        return False
    return support is None or support.distance > distance


@cython.ccall
def _at_word_start(
    pattern: re.Pattern[str],
    openings: bytes,
    text: str,
    low: cython.Py_ssize_t,
    high: cython.Py_ssize_t,
    last: cython.bint,
) -> re.Match[str] | None:
    r"""The first (``last``: the last) match of ``pattern`` in ``text[low:high]``
    that starts a word: ``pattern.match(text, p, high)`` at each word start p
    that may open one of its words (see :func:`_openings`).

    For a pattern whose matches start with a word character, this is what
    ``(?<!\w)`` + pattern finds with ``search(text, low, high)``, and, when its
    matches are whole words (they cannot overlap), the last of ``finditer``;
    a test holds it to both. A case-insensitive alternation of many words is
    slow to try, so it is tried only where one of them may start.
    """
    table: cython.p_const_uchar = openings
    step: cython.Py_ssize_t = -1 if last else 1
    at: cython.Py_ssize_t = high - 1 if last else low
    first: cython.Py_ssize_t
    second: cython.Py_ssize_t
    while low <= at < high:
        first = ord(text[at])
        if (
            at + 1 < high
            and _is_word_char(first)
            and (at == 0 or not _is_word_char(ord(text[at - 1])))
        ):
            second = ord(text[at + 1])
            if (
                first >= 0x80
                or second >= 0x80
                or table[128 * _ascii_lower(first) + _ascii_lower(second)]
            ):
                found = pattern.match(text, at, high)
                if found is not None:
                    return found
        at += step
    return None


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _is_word_char(code: cython.Py_ssize_t) -> cython.bint:
    r"""What ``\w`` matches in a str pattern: alphanumeric or ``_``."""
    if code < 0x80:
        return 0x30 <= code <= 0x39 or 0x41 <= code <= 0x5A or 0x61 <= code <= 0x7A or code == 0x5F
    return chr(code).isalnum()


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _ascii_lower(code: cython.Py_ssize_t) -> cython.Py_ssize_t:
    return code + 0x20 if 0x41 <= code <= 0x5A else code


def _other_number(
    text: str,
    keywords: Context,
    start: cython.Py_ssize_t,
    end: cython.Py_ssize_t,
    chunk: str | None = None,
    count: cython.Py_ssize_t = -1,
) -> Finding | None:
    """The identifier in ``text[start:end]`` (``chunk``, with ``count`` digits, if known)."""
    if chunk is None:
        chunk = text[start:end]
    if count < 0:
        count = _decimal_count(chunk)
    if count < 5 or count > 40:
        return None
    if count == 5:
        return _postal_code(text, start, end)
    digits = digits_of(chunk)
    before = text[start - 2 : start] if start >= 2 else ""
    if before.isalpha():
        return _iban(text, start, end, before)
    if 13 <= count <= 19:
        card = _payment_card(keywords, start, end, chunk, digits)
        if card is not None:
            return card
    return _phone(text, keywords, start, end, chunk, digits) or _bank_account(
        text, keywords, start, end, digits
    )


def _iban(
    text: str, start: cython.Py_ssize_t, end: cython.Py_ssize_t, prefix: str
) -> Finding | None:
    if not prefix.isascii() or (start >= 3 and text[start - 3].isalnum()):
        return None
    candidate = prefix + text[start:end]
    if not iban.is_valid(candidate):
        return None
    value = iban.compact(candidate)
    why = "IBAN, kontrollsiffror stämmer (mod 97)"
    return build_finding("bank_account", start - 2, end, value, 0.95, why)


def _payment_card(
    keywords: Context, start: cython.Py_ssize_t, end: cython.Py_ssize_t, chunk: str, digits: str
) -> Finding | None:
    if not payment_card.is_valid(digits) or not CARD_GROUPING.fullmatch(chunk):
        return None
    against = keywords.get(NOT_CARD)
    support = keywords.get(CARD)
    if not wins(support, against):
        return None
    reasons = [f"kortnummer ({payment_card.issuer(digits)})", "kontrollsiffra stämmer (Luhn)"]
    score = 0.9
    if support is not None:
        score = 0.97
        reasons.append(f"kontextord ”{support.word}”")
    return build_finding("payment_card", start, end, chunk, score, ", ".join(reasons))


def _phone(
    text: str,
    keywords: Context,
    start: cython.Py_ssize_t,
    end: cython.Py_ssize_t,
    chunk: str,
    digits: str,
) -> Finding | None:
    international = start > 0 and text[start - 1] == "+"
    national = phone.national_number(digits, international)
    if national is None:
        return None
    if international or (start > 0 and text[start - 1] == "("):
        start -= 1
    support = keywords.get(PHONE)
    mobile = len(national) == 9 and national[0] == "7" and national[1] in "02369"
    grouped = not chunk.isdigit()
    if not (support or international or grouped or mobile):
        return None
    reasons = ["telefonnummer" + (" (mobil)" if mobile else "")]
    score = 0.75
    if support is not None:
        score = 0.9
        reasons.append(f"kontextord ”{support.word}”")
    return build_finding("phone", start, end, text[start:end], score, ", ".join(reasons))


def _bank_account(
    text: str, keywords: Context, start: cython.Py_ssize_t, end: cython.Py_ssize_t, digits: str
) -> Finding | None:
    if not 7 <= len(digits) <= 16:
        return None
    # CLEARING_BEFORE ends in a space or comma right before the run.
    clearing = (
        CLEARING_BEFORE.search(text, max(0, start - 12), start)
        if start and text[start - 1] in " ,"
        else None
    )
    if clearing is None and len(digits) < 9:
        return None  # too short without a clearing number: no need for the context
    support = keywords.get(BANK)
    if support is None:
        return None
    against = keywords.get(NOT_BANK)
    if not wins(support, against):
        return None
    if clearing is not None and len(digits) <= 10:
        start = clearing.start(1)
        digits = clearing.group(1).replace("-", "") + digits
    elif len(digits) < 9:
        return None
    return _bank_hit(start, end, text[start:end], digits, support.word)


def _bank_hit(start: int, end: int, chunk: str, digits: str, word: str) -> Finding | None:
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
    return build_finding("bank_account", start, end, chunk, score, ", ".join(reasons))


@cython.cfunc
def _postal_code(text: str, start: cython.Py_ssize_t, end: cython.Py_ssize_t) -> Finding | None:
    town_end: cython.Py_ssize_t = postal_code_and_town(text, start, end)
    if town_end < 0:
        return None
    value = text[start:town_end]
    return build_finding("address", start, town_end, value, 0.5, "postnummer och ort")


@cython.ccall
def postal_code_and_town(
    text: str, start: cython.Py_ssize_t, end: cython.Py_ssize_t
) -> cython.Py_ssize_t:
    """Where the town after the postal code ``text[start:end]`` ends, or -1.

    The same as ``POSTAL_CODE.fullmatch(text[start:end])``, then
    ``TOWN_AFTER.match(text, end)`` and no letter or digit right before
    ``start`` (a test compares them), read character by character: this runs
    for every five-digit number.
    """
    size: cython.Py_ssize_t = len(text)
    length: cython.Py_ssize_t = end - start
    char: cython.Py_UCS4
    if length != 5 and length != 6:
        return -1
    # [1-9]\d{2}[ \u00a0]?\d{2}
    if text[start] not in "123456789":
        return -1
    if not (text[start + 1].isdecimal() and text[start + 2].isdecimal()):
        return -1
    rest: cython.Py_ssize_t = start + 3
    if length == 6:
        if text[rest] not in " \u00a0":
            return -1
        rest += 1
    if not (text[rest].isdecimal() and text[rest + 1].isdecimal()):
        return -1
    # [ \u00a0\t]{1,2}[A-ZÅÄÖ][a-zåäöé]+
    at: cython.Py_ssize_t = end
    while at < size and at - end < 2 and text[at] in " \u00a0\t":
        at += 1
    if at == end or at >= size:
        return -1
    char = text[at]
    if not ("A" <= char <= "Z" or char in "ÅÄÖ"):
        return -1
    at += 1
    town_start: cython.Py_ssize_t = at
    while at < size and ("a" <= text[at] <= "z" or text[at] in "åäöé"):
        at += 1
    if at == town_start:
        return -1
    if start and text[start - 1].isalnum():
        return -1
    return at
