"""What the detector reports: one :class:`Finding` per piece of personal data."""

from __future__ import annotations

from dataclasses import Field, FrozenInstanceError, dataclass
from typing import Any, ClassVar

import cython

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


@dataclass(frozen=True)
class _Fields:
    """Finding's fields, as a dataclass: what ``dataclasses.fields``, ``asdict``
    and ``replace`` read from Finding (see ``Finding.__dataclass_fields__``)."""

    kind: str
    start: int
    end: int
    value: str
    score: float
    explanation: str
    masked: str


@cython.final
@cython.cclass
class Finding:
    """One piece of personal data found in a text.

    ``text[start:end]`` is exactly what was matched. ``value`` is the
    normalised value (twelve digits for personnummer and samordningsnummer,
    the matched words otherwise); ``masked`` is safe to show and log.

    Behaves as a frozen dataclass of these seven fields (equality, hash,
    repr, pickling, ``dataclasses.asdict`` and ``replace``). Compiled, it is a
    C struct (fields in ``finding.pxd``): the scanner makes thousands per
    megabyte, and a C object is made and read several times faster than a
    Python one. ``masked`` is made when first read: most findings are never
    shown to anyone.
    """

    if not cython.compiled:
        __slots__ = ("_masked", "end", "explanation", "kind", "score", "start", "value")
        kind: str
        start: int
        end: int
        value: str
        score: float
        explanation: str
        _masked: str | None

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]] = _Fields.__dataclass_fields__
    __dataclass_params__: ClassVar[object] = _Fields.__dataclass_params__  # type: ignore[attr-defined]
    __match_args__: ClassVar[tuple[str, ...]] = _Fields.__match_args__

    @cython.annotation_typing(False)
    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        value: str,
        score: float,
        explanation: str,
        masked: str | None = None,
    ) -> None:
        # Public, so str subclasses (Django's SafeString) are taken as their
        # text, as scan() takes them; the C fields hold exact str.
        _fill(self, _text(kind), start, end, _text(value), score, _text(explanation),
              None if masked is None else _text(masked))  # fmt: skip

    @property
    def masked(self) -> str:
        if self._masked is None:
            from varna.detect.masking import mask  # masking needs this module

            masked = mask(self.kind, self.value)
            _keep_masked(self, masked)
            return masked
        return self._masked

    def _fields(self) -> tuple[str, int, int, str, float, str, str]:
        return (self.kind, self.start, self.end, self.value, self.score, self.explanation,
                self.masked)  # fmt: skip

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not Finding:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Finding(kind={self.kind!r}, start={self.start!r}, end={self.end!r}, "
            f"value={self.value!r}, score={self.score!r}, explanation={self.explanation!r}, "
            f"masked={self.masked!r})"
        )

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        return (Finding, (self.kind, self.start, self.end, self.value, self.score,
                          self.explanation, self._masked))  # fmt: skip


@cython.annotation_typing(False)
def _text(value: str) -> str:
    """``value`` as an exact str (a TypeError for anything that is no str)."""
    return value if type(value) is str else str.__str__(value)


_FIELD_SLOTS = ("kind", "start", "end", "value", "score", "explanation", "_masked")


@cython.cfunc
def _fill(
    finding: Finding,
    kind: str,
    start: cython.Py_ssize_t,
    end: cython.Py_ssize_t,
    value: str,
    score: cython.double,
    explanation: str,
    masked: str | None,
) -> cython.void:
    """Set the fields of ``finding``: C assignments when compiled, past the
    frozen ``__setattr__`` when interpreted."""
    if cython.compiled:
        finding.kind = kind
        finding.start = start
        finding.end = end
        finding.value = value
        finding.score = score
        finding.explanation = explanation
        finding._masked = masked
    else:
        fields = (kind, start, end, value, score, explanation, masked)
        for name, field in zip(_FIELD_SLOTS, fields, strict=True):
            object.__setattr__(finding, name, field)


@cython.cfunc
def _keep_masked(finding: Finding, masked: str) -> cython.void:
    """Store the masked form made on first read (past ``__setattr__``, as :func:`_fill`)."""
    if cython.compiled:
        finding._masked = masked
    else:
        object.__setattr__(finding, "_masked", masked)


@cython.ccall
def build_finding(
    kind: str,
    start: cython.Py_ssize_t,
    end: cython.Py_ssize_t,
    value: str,
    score: cython.double,
    why: str,
) -> Finding:
    """Return ``Finding(kind, start, end, value, score, why)``, quickly: no
    ``__init__`` call, the masked form left to be made when first read."""
    finding: Finding = Finding.__new__(Finding)
    _fill(finding, kind, start, end, value, score, why, None)
    return finding
