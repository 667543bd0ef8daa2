"""The facts of a personal-data incident, as the register stores them.

`Facts.from_json` is the only way in from the outside world: it accepts the
JSON object described in issue 7, rejects unknown fields and bad values with a
`FactsError`, and keeps a missing (or ``null``) field as ``None`` — "unknown" —
which the engine treats in the most cautious way.

Error messages name the field but never echo the rejected value: a value typed
into the wrong field could be a personnummer.

>>> facts = Facts.from_json({"data": ["contact"], "exposure": "known_recipients"})
>>> facts.exposure
<Exposure.KNOWN_RECIPIENTS: 'known_recipients'>
>>> facts.malicious is None
True
>>> try:
...     Facts.from_json({"exposure": "everyone"})
... except FactsError as error:
...     print(error.swedish.split(";")[0])
Vem som kan ha tagit del av uppgifterna: ogiltigt värde
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)


class FactsError(ValueError):
    """Facts that cannot be assessed. ``str()`` is English for developers,
    ``.swedish`` is the same message for the person who filled in the form."""

    def __init__(self, field: str, english: str, swedish: str) -> None:
        super().__init__(f"{field}: {english}" if field else english)
        self.field = field
        self.swedish = f"{_swedish_field(field)}: {swedish}" if field else swedish


class BreachType(StrEnum):
    CONFIDENTIALITY = "confidentiality"
    INTEGRITY = "integrity"
    AVAILABILITY = "availability"


class DataCategory(StrEnum):
    BASIC = "basic"
    CONTACT = "contact"
    IDENTITY_NUMBER = "identity_number"
    FINANCIAL = "financial"
    BEHAVIOURAL = "behavioural"
    LOCATION = "location"
    CREDENTIALS = "credentials"
    HEALTH = "health"
    OTHER_SPECIAL = "other_special"
    CRIMINAL = "criminal"
    SOCIAL_WELFARE = "social_welfare"
    SECRECY = "secrecy"
    PROTECTED_IDENTITY = "protected_identity"


class SubjectGroup(StrEnum):
    EMPLOYEES = "employees"
    PUPILS = "pupils"
    CHILDREN = "children"
    GUARDIANS = "guardians"
    PATIENTS = "patients"
    CLIENTS = "clients"
    CITIZENS = "citizens"
    CUSTOMERS = "customers"


class Exposure(StrEnum):
    """Who may have seen the data, from least to most exposed."""

    NONE = "none"
    TRUSTED_RECIPIENT = "trusted_recipient"
    KNOWN_RECIPIENTS = "known_recipients"
    UNKNOWN_RECIPIENTS = "unknown_recipients"
    PUBLIC = "public"

    @property
    def rank(self) -> int:
        return list(Exposure).index(self)


class Unintelligible(StrEnum):
    """How the data was protected, from strongest to no protection.

    ``encrypted`` means state-of-the-art encryption whose key was not
    compromised; ``hashed`` means a salted state-of-the-art hash (passwords).
    Anything weaker is ``pseudonymised`` or ``none``.
    """

    ENCRYPTED = "encrypted"
    HASHED = "hashed"
    PSEUDONYMISED = "pseudonymised"
    NONE = "none"


class Availability(StrEnum):
    NONE = "none"
    TEMPORARY = "temporary"
    PERMANENT = "permanent"


class Integrity(StrEnum):
    NONE = "none"
    RECOVERABLE = "recoverable"
    UNRECOVERABLE = "unrecoverable"


class Identifiability(StrEnum):
    NEGLIGIBLE = "negligible"
    LIMITED = "limited"
    SIGNIFICANT = "significant"
    MAXIMUM = "maximum"


@dataclass(frozen=True)
class Subjects:
    """The people the data is about. ``None`` = unknown."""

    count: int | None = None
    groups: frozenset[SubjectGroup] | None = None
    vulnerable: bool | None = None


@dataclass(frozen=True)
class Facts:
    """What is known about one incident. Every ``None`` means "unknown"."""

    breach_types: frozenset[BreachType] | None = None
    data: frozenset[DataCategory] | None = None
    subjects: Subjects = field(default_factory=Subjects)
    records: int | None = None
    exposure: Exposure | None = None
    malicious: bool | None = None
    unintelligible: Unintelligible | None = None
    contained: bool | None = None
    availability: Availability | None = None
    integrity: Integrity | None = None
    identifiability: Identifiability | None = None
    already_public: bool | None = None
    duration_days: float | None = None
    discovered_at: datetime | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Facts:
        """Parse the incident facts of the JSON contract; see the module doc."""
        if not isinstance(data, Mapping):
            raise FactsError(
                "", "the facts must be a JSON object", "Uppgifterna måste vara ett JSON-objekt."
            )
        _reject_unknown(data, _TOP_LEVEL_FIELDS, prefix="")
        return cls(
            breach_types=_enum_set(data, "breach_types", BreachType),
            data=_enum_set(data, "data", DataCategory),
            subjects=_subjects(data.get("subjects")),
            records=_count(data, "records"),
            exposure=_enum(data, "exposure", Exposure),
            malicious=_bool(data, "malicious"),
            unintelligible=_enum(data, "unintelligible", Unintelligible),
            contained=_bool(data, "contained"),
            availability=_enum(data, "availability", Availability),
            integrity=_enum(data, "integrity", Integrity),
            identifiability=_enum(data, "identifiability", Identifiability),
            already_public=_bool(data, "already_public"),
            duration_days=_duration(data, "duration_days"),
            discovered_at=_moment(data, "discovered_at"),
        )

    def to_json(self) -> dict[str, Any]:
        """The facts in the input shape, leaving out what is unknown.

        ``Facts.from_json(facts.to_json()) == facts`` for every facts value.
        """
        out: dict[str, Any] = {}
        if self.breach_types is not None:
            out["breach_types"] = [t.value for t in BreachType if t in self.breach_types]
        if self.data is not None:
            out["data"] = [c.value for c in DataCategory if c in self.data]
        subjects: dict[str, Any] = {}
        if self.subjects.count is not None:
            subjects["count"] = self.subjects.count
        if self.subjects.groups is not None:
            subjects["groups"] = [g.value for g in SubjectGroup if g in self.subjects.groups]
        if self.subjects.vulnerable is not None:
            subjects["vulnerable"] = self.subjects.vulnerable
        if subjects:
            out["subjects"] = subjects
        for name in _SCALAR_FIELDS:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, StrEnum):
                value = value.value
            elif isinstance(value, datetime):
                value = value.isoformat()
            out[name] = value
        return out


_TOP_LEVEL_FIELDS = (
    "breach_types",
    "data",
    "subjects",
    "records",
    "exposure",
    "malicious",
    "unintelligible",
    "contained",
    "availability",
    "integrity",
    "identifiability",
    "already_public",
    "duration_days",
    "discovered_at",
)
_SCALAR_FIELDS = _TOP_LEVEL_FIELDS[3:]
_SUBJECT_FIELDS = ("count", "groups", "vulnerable")

_SWEDISH_FIELD_NAMES = {
    "breach_types": "Typ av incident",
    "data": "Typ av uppgifter",
    "subjects": "Berörda personer",
    "subjects.count": "Antal berörda personer",
    "subjects.groups": "Grupper av berörda",
    "subjects.vulnerable": "Särskilt sårbara personer",
    "records": "Antal poster",
    "exposure": "Vem som kan ha tagit del av uppgifterna",
    "malicious": "Avsiktligt angrepp",
    "unintelligible": "Skydd av uppgifterna (kryptering)",
    "contained": "Uppgifterna återtagna eller raderade",
    "availability": "Förlust av tillgång",
    "integrity": "Ändrade uppgifter",
    "identifiability": "Hur lätt personerna kan identifieras",
    "already_public": "Uppgifterna redan offentliga",
    "duration_days": "Antal dagar",
    "discovered_at": "Tidpunkt då incidenten upptäcktes",
}
_SAFE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]{0,39}")


def _swedish_field(name: str) -> str:
    return _SWEDISH_FIELD_NAMES.get(name, f"Fältet ”{name}”")


def _shown(name: object) -> str:
    """A field name fit for an error message; anything odd is not echoed."""
    text = str(name)
    return text if _SAFE_NAME.fullmatch(text) else "(unprintable name)"


def _reject_unknown(data: Mapping[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
    for key in data:
        if key not in allowed:
            name = prefix + _shown(key)
            raise FactsError(
                name,
                f"unknown field; allowed fields: {', '.join(prefix + a for a in allowed)}",
                "okänt fält – kontrollera stavningen.",
            )


def _values(enum: type[E]) -> str:
    return ", ".join(member.value for member in enum)


def _enum(data: Mapping[str, Any], name: str, enum: type[E], prefix: str = "") -> E | None:
    value = data.get(name)
    if value is None:
        return None
    for member in enum:
        if value == member.value:
            return member
    raise FactsError(
        prefix + name,
        f"must be one of {_values(enum)}",
        f"ogiltigt värde; tillåtna värden är {_values(enum)}.",
    )


def _enum_set(
    data: Mapping[str, Any], name: str, enum: type[E], prefix: str = ""
) -> frozenset[E] | None:
    value = data.get(name)
    if value is None:
        return None
    full = prefix + name
    if not isinstance(value, list):
        raise FactsError(full, "must be a list", "ska vara en lista.")
    if not value:
        # An empty list would silently mean "nothing happened"; leave the field
        # out instead when it is not known.
        raise FactsError(
            full,
            "must not be empty; leave the field out when it is unknown",
            "får inte vara tom; utelämna fältet om det är okänt.",
        )
    members: set[E] = set()
    for item in value:
        member = _enum({name: item}, name, enum, prefix)
        assert member is not None
        members.add(member)
    return frozenset(members)


def _bool(data: Mapping[str, Any], name: str, prefix: str = "") -> bool | None:
    value = data.get(name)
    if value is None or isinstance(value, bool):
        return value
    raise FactsError(prefix + name, "must be true or false", "ska vara true eller false.")


def _count(data: Mapping[str, Any], name: str, prefix: str = "") -> int | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise FactsError(
            prefix + name, "must be a whole number, 0 or more", "ska vara ett heltal, 0 eller mer."
        )
    return value


def _duration(data: Mapping[str, Any], name: str) -> float | None:
    value = data.get(name)
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value < 0
    ):
        raise FactsError(name, "must be a number of days, 0 or more", "ska vara ett antal dagar.")
    return float(value)


def _moment(data: Mapping[str, Any], name: str) -> datetime | None:
    value = data.get(name)
    if value is None:
        return None
    moment: datetime
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise FactsError(
                name,
                "must be an ISO 8601 date and time, e.g. 2024-11-21T16:38:00+01:00",
                "ska vara datum och tid, t.ex. 2024-11-21T16:38:00+01:00.",
            ) from None
    else:
        raise FactsError(name, "must be a string", "ska vara datum och tid som text.")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise FactsError(
            name,
            "needs a UTC offset, e.g. +01:00, so that the deadline is exact",
            "saknar tidszon (t.ex. +01:00); utan den går fristen inte att räkna ut exakt.",
        )
    return moment


def _subjects(value: object) -> Subjects:
    if value is None:
        return Subjects()
    if not isinstance(value, Mapping):
        raise FactsError("subjects", "must be an object", "ska vara ett objekt.")
    _reject_unknown(value, _SUBJECT_FIELDS, prefix="subjects.")
    return Subjects(
        count=_count(value, "count", "subjects."),
        groups=_enum_set(value, "groups", SubjectGroup, "subjects."),
        vulnerable=_bool(value, "vulnerable", "subjects."),
    )
