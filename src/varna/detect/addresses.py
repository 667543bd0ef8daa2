"""Street addresses: a street name, a house number and perhaps postal code and town.

The automaton finds the street word ("…gatan", "…vägen", "Box"); the rest is
read from the text around it. A street name without a number is not an
address ("vi ses på Storgatan"); postal code and town on their own are found
by :mod:`varna.detect.numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from varna.detect import buffers

STREET_WORDS = (
    "gatan", "gata", "vägen", "väg", "gränd", "gränden", "torget", "torg", "stigen",
    "backen", "backe", "allén", "allé", "leden", "esplanaden", "promenaden", "kajen",
    "slingan", "stråket",
)  # fmt: skip
_UPPER = buffers.UPPER
_LOWER = buffers.LOWER
HOUSE_NUMBER = re.compile(
    r"[ \t]{1,2}\d{1,4}(?:[ \t]?[A-Za-z](?![\wåäöÅÄÖ]))?(?![\d\w])"
    r"(?:,?[ \t]*(?:lgh|lägenhet)\.?[ \t]*\d{4})?"
)
POSTAL_AND_TOWN = re.compile(
    rf",?[ \t]*(?:\r?\n[ \t]*)?(?:SE-?)?[1-9]\d{{2}}[ \u00a0]?\d{{2}}"
    rf"[ \t]{{1,2}}[{_UPPER}][{_LOWER}]+"
)
PREVIOUS_CAPITALISED = re.compile(rf"(?:[{_UPPER}][{_LOWER}]+[ \t]){{1,3}}\Z")


class AddressHit:
    """An address found around a street word (a plain class: cheap to make compiled)."""

    __slots__ = ("end", "explanation", "score", "start")

    def __init__(self, start: int, end: int, score: float, explanation: str) -> None:
        self.start = start
        self.end = end
        self.score = score
        self.explanation = explanation


def _house_number_follows(text: str, end: int) -> bool:
    """Cheap test before the regular expressions: a digit right after one or two spaces."""
    return text[end + 1 : end + 2].isdigit() or text[end + 2 : end + 3].isdigit()


def street_keys() -> Iterable[tuple[str, tuple[str, str]]]:
    """Automaton keys: street words (ending a word, lower case) and "Box"."""
    for word in dict.fromkeys(STREET_WORDS):
        yield f"{word} ", ("street", word)
    yield "Box ", ("street", "Box")


def street_address(
    text: str, word_start: int, word_end: int, street_word: str
) -> AddressHit | None:
    """Read an address whose street word ends at ``word_end`` (word starts at ``word_start``)."""
    if not _house_number_follows(text, word_end):
        return None  # HOUSE_NUMBER needs a digit after one or two spaces
    word = text[word_start:word_end]
    if not word[:1].isupper() and street_word != "Box":
        if word != street_word:
            return None
        # "Drottning Kristinas väg": the capitalised words before belong to the name.
        before = PREVIOUS_CAPITALISED.search(text[max(0, word_start - 60) : word_start])
        if before is None:
            return None
        word_start -= len(before.group())
    elif word == street_word.capitalize() and street_word != "Box":
        return None  # "Vägen" or "Torget" alone starts a sentence, not an address
    number = HOUSE_NUMBER.match(text, word_end)
    if number is None:
        return None
    end = number.end()
    postal = POSTAL_AND_TOWN.match(text, end)
    if street_word == "Box" and postal is None:
        return None
    if postal is not None:
        return AddressHit(word_start, postal.end(), 0.9, "gatuadress, postnummer och ort")
    return AddressHit(word_start, end, 0.8, "gatuadress med nummer")
