"""What the detector reports: one :class:`Finding` per piece of personal data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Special categories (GDPR art. 9), criminal offences (art. 10) and the
# Swedish categories that secrecy law protects.
SENSITIVE_KINDS = frozenset(
    {
        "health",
        "ethnicity",
        "political",
        "religion",
        "union",
        "genetic_biometric",
        "sexual",
        "criminal",
        "social_welfare",
        "secrecy",
        "protected_identity",
    }
)
IDENTIFIER_KINDS = frozenset(
    {
        "personnummer",
        "samordningsnummer",
        "name",
        "phone",
        "email_address",
        "address",
        "bank_account",
        "payment_card",
    }
)
KINDS = SENSITIVE_KINDS | IDENTIFIER_KINDS
# What each kind is called in Swedish, for people.
KIND_LABELS = {
    "personnummer": "personnummer",
    "samordningsnummer": "samordningsnummer",
    "health": "hälsa",
    "ethnicity": "etniskt ursprung",
    "political": "politisk åsikt",
    "religion": "religion",
    "union": "fackmedlemskap",
    "genetic_biometric": "genetik/biometri",
    "sexual": "sexualliv",
    "criminal": "lagöverträdelse",
    "social_welfare": "socialtjänst",
    "secrecy": "sekretess",
    "protected_identity": "skyddad identitet",
    "name": "namn",
    "phone": "telefonnummer",
    "email_address": "e-postadress",
    "address": "adress",
    "bank_account": "bankkonto",
    "payment_card": "betalkort",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data found in a text.

    ``text[start:end]`` is exactly what was matched. ``value`` is the
    normalised value (twelve digits for personnummer and samordningsnummer,
    the matched words otherwise); ``masked`` is safe to show and log.
    """

    kind: str
    start: int
    end: int
    value: str
    score: float
    explanation: str
    masked: str


class _MaskedOnFirstRead:
    """Finding's ``masked`` attribute: the slot, filled when first read.

    The scanner leaves ``masked`` empty (see :class:`FindingBuilder`), since
    most findings are never shown to anyone. A data descriptor in place of the
    slot's own, rather than ``__getattr__`` on the class: with ``__getattr__``
    every attribute read of every finding (``start``, ``kind`` …) pays for a
    second lookup, ~2.4× the cost of a plain slot read.
    """

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot  # the member descriptor the slot came with

    def __get__(self, finding: Finding | None, owner: type | None = None) -> Any:
        if finding is None:
            return self
        try:
            return self._slot.__get__(finding, owner)
        except AttributeError:  # the empty slot: make the masked form now
            from varna.detect.masking import mask  # masking needs this module

            masked = mask(finding.kind, finding.value)
            self._slot.__set__(finding, masked)
            return masked

    def __set__(self, finding: Finding, value: str) -> None:
        self._slot.__set__(finding, value)


# Replaces the slot's descriptor after the dataclass is made (the dataclass
# needs the plain field to build __init__, __eq__ and __repr__).
type.__setattr__(Finding, "masked", _MaskedOnFirstRead(Finding.__dict__["masked"]))


class FindingBuilder:
    """Builds a :class:`Finding` without the cost of a frozen dataclass ``__init__``.

    A frozen dataclass sets every field through ``object.__setattr__``, which
    costs several microseconds per finding; the scanner creates thousands per
    megabyte. This class has exactly Finding's slots, so after plain attribute
    assignment the object can take Finding's class (CPython allows
    ``__class__`` assignment between classes with the same slot layout). The
    result is an ordinary, frozen ``Finding``; a test checks it equals one made
    by the constructor. ``masked`` is left empty: Finding makes it when it is
    first read.

    Use: ``built = FindingBuilder(...); built.__class__ = Finding``, inline in
    hot loops (a helper function would cost as much as it saves).
    """

    __slots__ = ("end", "explanation", "kind", "masked", "score", "start", "value")

    def __init__(self, kind: str, start: int, end: int, value: str, score: float, why: str) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.value = value
        self.score = score
        self.explanation = why


def build_finding(kind: str, start: int, end: int, value: str, score: float, why: str) -> Finding:
    """Return ``Finding(kind, start, end, value, score, why, mask(kind, value))``, quickly."""
    built = FindingBuilder(kind, start, end, value, score, why)
    built.__class__ = Finding  # type: ignore[assignment]
    return built  # type: ignore[return-value]
