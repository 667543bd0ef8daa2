"""Context words around a candidate, in the manner of Microsoft Purview's
supporting elements: words that make a hit more likely (``personnummer``) and
words that say the number is something else (``OCR``, ``faktura``, ``tel``).

The nearest word wins: "Faktura till eleven, personnummer 900101-2385" is a
personnummer, "personnummer finns på fakturan, OCR 9001012385" is not.

The keywords are keys of the scanner's automaton, so they are found in the
same pass as everything else; :class:`ContextIndex` keeps their positions and
answers "which keyword is nearest" with a binary search. On the word buffer
dots and hyphens are spaces, so "Pers.nr" and "p-nr" are the keys "pers nr"
and "p nr".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import NamedTuple

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

# group -> {mode: words}. "exact": the whole word; "prefix": a word starting
# with it (faktur → fakturanummer); "infix": anywhere in a word (konto → lönekonto).
KEYWORDS: dict[str, dict[str, str]] = {
    PERSONNUMMER: {
        "exact": "personnummer personnumret personnumren personnumrets personnr persnr pnr "
        "persnummer samordningsnummer samordningsnumret samordningsnr födelsenummer "
        "födelsedatum född idnummer person|pers nr|p nr|person nr|id nummer|samordnings nr",
        "prefix": "personuppgift",
    },
    NOT_PERSONNUMMER: {
        "exact": "ref bg pg orgnr kr sek vat pin kod tel tfn mob fax växel sms iban swish dnr "
        "löpnummer belopp summa kronor tidpunkt kl klockan datum version build artnr"
        "|org nr|art nr",
        "prefix": "ocr faktur referens bankgiro plusgiro postgiro organisations artikel order "
        "beställning kund avtal telefon mobil konto clearing ärende diarie serie lager "
        "betalning moms lösenord tidsstämpel logg",
    },
    PHONE: {
        "exact": "tel tfn mob nås sms växel fax direkt kontaktnummer phone mobile",
        "prefix": "telefon mobil ring",
    },
    BANK: {
        "exact": "clnr kontonr bank banken bankens iban",
        "prefix": "clearing utbetalning lön",
        "infix": "konto",
    },
    NOT_BANK: {
        "exact": "bg pg tel",
        "prefix": "ocr bankgiro plusgiro faktur referens telefon mobil order kund",
    },
    CARD: {
        "exact": "kortnr visa mastercard amex maestro cvc cvv",
        "infix": "kort",
    },
    NOT_CARD: {
        "exact": "ref dnr",
        "prefix": "ocr faktur referens order kund ärende serie",
    },
}


def _split(words: str) -> list[str]:
    """Space-separated words; "|" separates multi-word keywords at the end."""
    single, _, multi = words.partition("|")
    return single.split() + [m for m in multi.split("|") if m]


def automaton_keys() -> Iterable[tuple[str, tuple[str, str]]]:
    """Yield (automaton key, (group, mode)) for every keyword and letter case."""
    for group, modes in KEYWORDS.items():
        for mode, words in modes.items():
            for word in _split(words):
                for form in dict.fromkeys((word, word[:1].upper() + word[1:], word.upper())):
                    yield form, (group, mode)


class Nearest(NamedTuple):
    """The keyword closest to a candidate and its distance in characters."""

    word: str
    distance: int


class ContextIndex:
    """Where each group's keywords are in one text, for nearest-keyword questions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def add(self, group: str, start: int, end: int) -> None:
        self._spans.setdefault(group, []).append((start, end))

    def nearest(self, group: str, start: int, end: int) -> Nearest | None:
        """The keyword of ``group`` closest to ``text[start:end]`` within the window."""
        spans = self._spans.get(group)
        if not spans:
            return None
        best: Nearest | None = None
        index = bisect.bisect_left(spans, (start, -1))
        # Keywords are found in order, so the one just before is the nearest before.
        back = index - 1
        while back >= 0 and spans[back][1] > start:
            back -= 1
        if back >= 0 and start - spans[back][1] <= BEFORE:
            s, e = spans[back]
            best = Nearest(self.text[s:e], start - e)
        forward = bisect.bisect_left(spans, (end, -1))
        if forward < len(spans) and spans[forward][0] - end <= AFTER:
            s, e = spans[forward]
            if best is None or s - end < best.distance:
                best = Nearest(self.text[s:e], s - end)
        return best


def wins(support: Nearest | None, against: Nearest | None) -> bool:
    """Whether the supporting word is at least as close as the contradicting one."""
    if against is None:
        return True
    return support is not None and support.distance <= against.distance
