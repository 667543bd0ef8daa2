"""Context words around a candidate, in the manner of Microsoft Purview's
supporting elements: words that make a hit more likely (``personnummer``) and
words that say the number is something else (``OCR``, ``faktura``, ``tel``).

The nearest word wins: "Faktura till eleven, personnummer 900101-2385" is a
personnummer, "personnummer finns på fakturan, OCR 9001012385" is not.

All keywords are one compiled regular expression with a named group per
keyword, anchored at word starts; :func:`around` runs it once over the window
of a candidate and returns the nearest keyword of every group.
"""

from __future__ import annotations

import re
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

# (regular expression for the word, groups, whether longer words count).
# The expressions are matched case-insensitively at the start of a word.
_KEYWORDS: list[tuple[str, tuple[str, ...], bool]] = [
    (r"personnum(?:mer|ret|ren|rets)", (PERSONNUMMER,), False),
    (r"pers(?:on)?\.?[ -]?(?:nr|nummer)\.?", (PERSONNUMMER,), False),
    (r"p[.-]?nr", (PERSONNUMMER,), False),
    (r"samordnings(?:nummer|numret|-?nr)", (PERSONNUMMER,), False),
    (r"födelse(?:nummer|datum)", (PERSONNUMMER,), False),
    (r"född|id-?nummer|person", (PERSONNUMMER,), False),
    (r"personuppgift", (PERSONNUMMER,), True),
    (r"ocr", (NOT_PERSONNUMMER, NOT_BANK, NOT_CARD), True),
    (r"faktur|referens|order", (NOT_PERSONNUMMER, NOT_BANK, NOT_CARD), True),
    (r"kund", (NOT_PERSONNUMMER, NOT_BANK, NOT_CARD), True),
    (r"ref", (NOT_PERSONNUMMER, NOT_CARD), False),
    (r"bankgiro|plusgiro|postgiro", (NOT_PERSONNUMMER, NOT_BANK), True),
    (r"bg|pg", (NOT_PERSONNUMMER, NOT_BANK), False),
    (r"org\.?[ -]?nr\.?|organisations", (NOT_PERSONNUMMER,), True),
    (r"art(?:ikel|\.?[ -]?nr)", (NOT_PERSONNUMMER,), True),
    (r"beställning|avtal|ärende|diarie|serie|lager|betalning|moms|lösenord",
     (NOT_PERSONNUMMER,), True),
    (r"tidsstämpel|logg", (NOT_PERSONNUMMER,), True),
    (r"kr|sek|vat|pin|kod|dnr|belopp|summa|kronor|tidpunkt|kl|klockan|datum|version|build",
     (NOT_PERSONNUMMER,), False),
    (r"löpnummer|swish", (NOT_PERSONNUMMER,), False),
    (r"tel|tfn|mob", (NOT_PERSONNUMMER, PHONE, NOT_BANK), False),
    (r"telefon|mobil", (NOT_PERSONNUMMER, PHONE, NOT_BANK), True),
    (r"fax|växel|sms", (NOT_PERSONNUMMER, PHONE), False),
    (r"ring|nås|direkt|kontaktnummer|phone|mobile", (PHONE,), True),
    (r"konto|kontonr|clearing|clnr|iban", (NOT_PERSONNUMMER, BANK), True),
    (r"bank(?:en|ens)?|löne|lönen|utbetalning", (BANK,), True),
    (r"\w{0,8}konto", (BANK,), True),
    (r"kort(?:nr|nummer)?|betalkort|kreditkort|bankkort|visa|mastercard|amex|maestro|cvc|cvv",
     (CARD,), False),
]  # fmt: skip
_LETTER = r"[^\W\d_]"
_PATTERN = re.compile(
    rf"(?<!{_LETTER})(?:"
    + "|".join(
        rf"(?P<k{i}>(?:{expression}){_LETTER}*)"
        if longer
        else rf"(?P<k{i}>(?:{expression}))(?!{_LETTER})"
        for i, (expression, _, longer) in enumerate(_KEYWORDS)
    )
    + ")",
    re.IGNORECASE,
)
_GROUPS = [groups for _, groups, _ in _KEYWORDS]


class Nearest(NamedTuple):
    """The keyword closest to a candidate and its distance in characters."""

    word: str
    distance: int


def around(text: str, start: int, end: int) -> dict[str, Nearest]:
    """The nearest keyword of each group within the window around ``text[start:end]``."""
    best: dict[str, Nearest] = {}
    for match in _PATTERN.finditer(text, max(0, start - BEFORE), start):
        near = Nearest(match.group(), start - match.end())
        for group in _GROUPS[int(match.lastgroup[1:])]:  # type: ignore[index]
            best[group] = near  # later matches are nearer
    for match in _PATTERN.finditer(text, end, min(len(text), end + AFTER)):
        near = Nearest(match.group(), match.start() - end)
        for group in _GROUPS[int(match.lastgroup[1:])]:  # type: ignore[index]
            if group not in best or near.distance < best[group].distance:
                best[group] = near
    return best


def wins(support: Nearest | None, against: Nearest | None) -> bool:
    """Whether the supporting word is at least as close as the contradicting one."""
    if against is None:
        return True
    return support is not None and support.distance <= against.distance
