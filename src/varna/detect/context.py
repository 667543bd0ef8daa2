"""Context words around a candidate, in the manner of Microsoft Purview's
supporting elements: words that make a hit more likely (``personnummer``) and
words that say the number is something else (``OCR``, ``faktura``, ``tel``).

The nearest word wins: "Faktura till eleven, personnummer 900101-2385" is a
personnummer, "personnummer finns på fakturan, OCR 9001012385" is not.

:func:`around` runs a small Aho–Corasick automaton of all keywords over the
word buffer around a candidate (in lower case: the automaton folds it) and
returns the nearest keyword of every group.
"""

from __future__ import annotations

import cython

from varna.detect.automaton import KeyAutomaton

# Characters looked at before and after a candidate.
BEFORE = 60
AFTER = 25

PERSONNUMMER = "personnummer"
NOT_PERSONNUMMER = "not_personnummer"
PHONE = "phone"
BANK = "bank"
NOT_BANK = "not_bank"
CARD = "card"
NOT_CARD = "not_card"

# (words, groups, whether longer words count). Matched in lower case on the
# word buffer, where every non-letter is a space: "Pers.nr" is "pers nr".
_KEYWORDS: list[tuple[str, tuple[str, ...], bool]] = [
    ("personnummer personnumret personnumren personnumrets personnr persnr pnr persnummer"
     "|pers nr|person nr|p nr|pers nummer", (PERSONNUMMER,), False),
    ("samordningsnummer samordningsnumret samordningsnr födelsenummer födelsedatum född"
     " idnummer person|samordnings nr|id nummer", (PERSONNUMMER,), False),
    ("personuppgift", (PERSONNUMMER,), True),
    ("ocr faktur referens order kund", (NOT_PERSONNUMMER, NOT_BANK, NOT_CARD), True),
    ("ref", (NOT_PERSONNUMMER, NOT_CARD), False),
    ("bankgiro plusgiro postgiro", (NOT_PERSONNUMMER, NOT_BANK), True),
    ("bg pg orgnr artnr|org nr|art nr", (NOT_PERSONNUMMER, NOT_BANK), False),
    ("organisations artikel beställning avtal ärende diarie serie lager betalning moms lösenord"
     " tidsstämpel logg", (NOT_PERSONNUMMER,), True),
    ("kr sek vat pin kod dnr belopp summa kronor tidpunkt kl klockan datum version build"
     " löpnummer swish", (NOT_PERSONNUMMER,), False),
    ("tel tfn mob", (NOT_PERSONNUMMER, PHONE, NOT_BANK), False),
    ("telefon mobil", (NOT_PERSONNUMMER, PHONE, NOT_BANK), True),
    ("fax växel sms", (NOT_PERSONNUMMER, PHONE), False),
    ("ring nås direkt kontaktnummer phone mobile", (PHONE,), True),
    ("konto clearing clnr iban", (NOT_PERSONNUMMER, BANK), True),
    ("bank banken bankens löne lönen utbetalning lönekonto bankkonto sparkonto personkonto"
     " privatkonto", (BANK,), True),
    ("kort kortnr kortnummer betalkort kreditkort bankkort visa mastercard amex maestro cvc cvv",
     (CARD,), False),
]  # fmt: skip


def _keys() -> tuple[list[bytes], list[tuple[str, ...]], list[bool]]:
    """Automaton keys: a space, the word, and a space unless longer words count."""
    keys: list[bytes] = []
    groups: list[tuple[str, ...]] = []
    longers: list[bool] = []
    for words, key_groups, longer in _KEYWORDS:
        single, _, multi = words.partition("|")
        for word in single.split() + multi.split("|"):
            if word:
                keys.append(f" {word}{'' if longer else ' '}".encode("latin-1"))
                groups.append(key_groups)
                longers.append(longer)
    return keys, groups, longers


_KEYS, _GROUPS, _LONGER = _keys()
# Lower-case letters for the word buffer (which holds Latin-1 letters and spaces).
_LOWER = bytes(ord(chr(i).lower()) if chr(i).isupper() and len(chr(i).lower()) == 1
               and ord(chr(i).lower()) < 256 else i for i in range(256))  # fmt: skip
_AUTOMATON = KeyAutomaton(_KEYS, fold=_LOWER)


@cython.final
@cython.cclass
class Nearest:
    """The keyword closest to a candidate and its distance in characters.

    A final extension type when compiled: :func:`around` makes one per
    keyword it meets, and a Python class costs several times more to make.
    """

    word = cython.declare(str, visibility="readonly")
    distance = cython.declare(cython.Py_ssize_t, visibility="readonly")

    def __init__(self, word: str, distance: cython.Py_ssize_t) -> None:
        self.word = word
        self.distance = distance

    def __repr__(self) -> str:
        return f"Nearest(word={self.word!r}, distance={self.distance})"


# Per automaton key: 1 if longer words count ("telefon" in "telefonnummer").
_LONGER_FLAGS = bytes(_LONGER)


def around(
    text: str, words: bytes, start: cython.Py_ssize_t, end: cython.Py_ssize_t
) -> dict[str, Nearest]:
    """The nearest keyword of each group within the window around ``text[start:end]``.

    ``words`` is the word buffer of ``text`` (see :mod:`varna.detect.buffers`).
    The candidate itself is made of digits, which are spaces in the word
    buffer, so one automaton pass over the whole window finds the keywords on
    both sides.
    """
    best: dict[str, Nearest] = {}
    size: cython.Py_ssize_t = len(words)
    # Typed copies: module constants are Python objects to compiled code.
    before: cython.Py_ssize_t = BEFORE
    after: cython.Py_ssize_t = AFTER
    window_start: cython.Py_ssize_t = max(0, start - before)
    window_end: cython.Py_ssize_t = min(len(text), end + after)
    # The window framed by the letter (or space) before it, so that a key's
    # leading space can only match at the start of a word, and a space after
    # it; frame[i] is text[offset + i].
    offset: cython.Py_ssize_t = window_start - 1
    letters: cython.p_const_uchar = words
    groups_of: list[tuple[str, ...]] = _GROUPS
    longer_flags: bytes = _LONGER_FLAGS
    longer: cython.p_const_uchar = longer_flags
    match: cython.longlong
    index: cython.Py_ssize_t
    key_start: cython.Py_ssize_t
    key_end: cython.Py_ssize_t
    word_start: cython.Py_ssize_t
    word_end: cython.Py_ssize_t
    near: Nearest
    for match in _AUTOMATON.find_overlapping(words, window_start, window_end):
        index = match & 0xFFFF
        key_start = match >> 24
        key_end = key_start + (match >> 16 & 0xFF)
        # The key's leading space is the character before the word, its
        # trailing space the one after.
        word_start = offset + key_start + 1
        if longer[index]:
            word_end = offset + key_end  # to the end of the word
            while word_end < size and letters[word_end] != 0x20:
                word_end += 1
        else:
            word_end = offset + key_end - 1
        if word_end <= start:
            near = Nearest(text[word_start:word_end], start - word_end)
            for group in groups_of[index]:
                best[group] = near  # later matches are nearer
        elif word_start >= end:
            near = Nearest(text[word_start:word_end], word_start - end)
            for group in groups_of[index]:
                previous = best.get(group)
                if previous is None or near.distance < previous.distance:
                    best[group] = near
    return best


def wins(support: Nearest | None, against: Nearest | None) -> bool:
    """Whether the supporting word is at least as close as the contradicting one."""
    if against is None:
        return True
    return support is not None and support.distance <= against.distance
