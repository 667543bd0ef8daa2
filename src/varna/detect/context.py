"""Context words around a candidate, in the manner of Microsoft Purview's
supporting elements: words that make a hit more likely (``personnummer``) and
words that say the number is something else (``OCR``, ``faktura``, ``tel``).

The nearest word wins: "Faktura till Anna, personnummer 900101-2385" is a
personnummer, "personnummer finns på fakturan, OCR 9001012385" is not.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Characters looked at before and after a candidate.
BEFORE = 60
AFTER = 25

PERSONNUMMER_WORDS = re.compile(
    r"(?<!\w)(?:person\s?(?:nummer|numret|numren|numrets|nr\.?|n:r)|pers\.?\s?nr\.?|p-?nr"
    r"|personnr|pnr|samordnings(?:nummer|numret|nr)|födelse(?:nummer|datum)"
    r"|född|id-?nummer|personuppgift\w*|pers\.?\s?nummer)(?!\w)"
)
NOT_PERSONNUMMER_WORDS = re.compile(
    r"(?<!\w)(?:ocr\w*|faktur\w*|ref|referens\w*|bankgiro\w*|bg|plusgiro\w*|pg|postgiro\w*"
    r"|org\.?\s?nr\.?|orgnr|organisations\w*|artikel\w*|art\.?\s?nr\.?|artnr|order\w*|beställning\w*"
    r"|kund\w*|avtal\w*|tel\.?|telefon\w*|tfn|mobil\w*|mob|fax|växel|sms|konto\w*"
    r"|clearing\w*|iban|swish|ärende\w*|dnr|diarie\w*|serie\w*|löpnummer|lager\w*"
    r"|betalning\w*|belopp|summa|kronor|kr|sek|moms\w*|vat|pin|lösenord|kod"
    r"|tidsstämpel\w*|tidpunkt|kl|klockan|datum|version|build|logg\w*)(?!\w)"
)
PHONE_WORDS = re.compile(
    r"(?<!\w)(?:tel\.?|telefon\w*|tfn|mobil\w*|mob|ring\w*|nås|sms\w*|växel|fax|direkt"
    r"|kontaktnummer|phone|mobile)(?!\w)"
)
BANK_WORDS = re.compile(
    r"(?<!\w)(?:\w*konto\w*|clearing\w*|clnr|kontonr|bank|banken|bankens|iban"
    r"|utbetalning\w*|lön\w*)(?!\w)"
)
NOT_BANK_WORDS = re.compile(
    r"(?<!\w)(?:ocr\w*|bankgiro\w*|bg|plusgiro\w*|pg|faktur\w*|referens\w*|tel\.?"
    r"|telefon\w*|mobil\w*|order\w*|kund\w*)(?!\w)"
)
CARD_WORDS = re.compile(
    r"(?<!\w)(?:\w*kort\w*|kortnr|visa|mastercard|amex|american express|maestro|cvc|cvv)(?!\w)"
)
NOT_CARD_WORDS = re.compile(
    r"(?<!\w)(?:ocr\w*|faktur\w*|referens\w*|ref|order\w*|kund\w*|ärende\w*|dnr|serie\w*)(?!\w)"
)


class Nearest(NamedTuple):
    """The keyword closest to a candidate and its distance in characters."""

    word: str
    distance: int


def nearest(pattern: re.Pattern[str], text: str, start: int, end: int) -> Nearest | None:
    """Return the keyword of ``pattern`` closest to ``text[start:end]``, if any is near."""
    best: Nearest | None = None
    window_start = max(0, start - BEFORE)
    before = text[window_start:start].lower()
    for match in pattern.finditer(before):
        distance = len(before) - match.end()
        if best is None or distance < best.distance:
            best = Nearest(match.group(), distance)
    after = text[end : end + AFTER].lower()
    following = pattern.search(after)
    if following is not None and (best is None or following.start() < best.distance):
        best = Nearest(following.group(), following.start())
    return best


def wins(support: Nearest | None, against: Nearest | None) -> bool:
    """Whether the supporting word is at least as close as the contradicting one."""
    if against is None:
        return True
    return support is not None and support.distance <= against.distance
