"""Facts with every unknown replaced by its most cautious value.

The rest of the engine reads only `Circumstances`, so the rule "a missing
fact never makes the result milder" is enforced in one place: each unknown
becomes the value at the risky end of its scale, and is remembered in
``unknown`` so that the reasons can say what to find out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from varna.assess.facts import (
    Availability,
    BreachType,
    DataCategory,
    Exposure,
    Facts,
    Identifiability,
    Integrity,
    SubjectGroup,
    Unintelligible,
)

# Subjects whose data calls for extra care (EDPB 01/2021; IMY's guidance).
VULNERABLE_GROUPS = frozenset(
    {SubjectGroup.CHILDREN, SubjectGroup.PUPILS, SubjectGroup.PATIENTS, SubjectGroup.CLIENTS}
)
# Art. 9 and 10 data, and what Swedish law protects as strongly: social services
# records, data under secrecy, protected identities.
SPECIAL_CATEGORIES = frozenset(
    {
        DataCategory.HEALTH,
        DataCategory.OTHER_SPECIAL,
        DataCategory.CRIMINAL,
        DataCategory.SOCIAL_WELFARE,
        DataCategory.SECRECY,
        DataCategory.PROTECTED_IDENTITY,
    }
)
# Data that lets someone commit fraud or steal an identity.
FRAUD_ENABLING = frozenset(
    {DataCategory.IDENTITY_NUMBER, DataCategory.FINANCIAL, DataCategory.CREDENTIALS}
)

LARGE_VOLUME = 1000  # people; "a large number" in WP250 and EDPB 01/2021
LIMITED_VOLUME = 50  # people; "a low number of data subjects"
SHORT_OUTAGE_DAYS = 1.0  # restored within a day (EDPB case 1: a few hours)
LONG_EXPOSURE_DAYS = 30.0  # exposed for a month or more (EDPB case 18: months)


@dataclass(frozen=True)
class Circumstances:
    breach_types: frozenset[BreachType]
    data: frozenset[DataCategory]
    subject_count: int | None  # None: unknown, treated as large
    groups: frozenset[SubjectGroup]
    vulnerable: bool
    exposure: Exposure
    malicious: bool
    unintelligible: Unintelligible
    contained: bool
    availability: Availability
    integrity: Integrity
    identifiability: Identifiability
    already_public: bool
    duration_days: float  # math.inf when unknown
    discovered_at: datetime | None
    records: int | None
    unknown: tuple[str, ...]  # names of the facts that were missing

    @property
    def confidentiality(self) -> bool:
        return BreachType.CONFIDENTIALITY in self.breach_types

    @property
    def readable(self) -> bool:
        """Could whoever got the data read it?"""
        return self.unintelligible not in (Unintelligible.ENCRYPTED, Unintelligible.HASHED)

    @property
    def disclosed(self) -> bool:
        """Readable data reached someone who should not have it."""
        return self.confidentiality and self.exposure is not Exposure.NONE and self.readable

    @property
    def special(self) -> frozenset[DataCategory]:
        return self.data & SPECIAL_CATEGORIES

    @property
    def fraud_enabling(self) -> frozenset[DataCategory]:
        return self.data & FRAUD_ENABLING

    @property
    def sensitive(self) -> bool:
        return bool(self.special) or self.vulnerable

    @property
    def large(self) -> bool:
        return self.subject_count is None or self.subject_count >= LARGE_VOLUME

    @property
    def limited(self) -> bool:
        return self.subject_count is not None and self.subject_count <= LIMITED_VOLUME

    @property
    def wide(self) -> bool:
        return self.exposure.rank >= Exposure.UNKNOWN_RECIPIENTS.rank


def resolve(facts: Facts) -> Circumstances:
    """Replace every unknown by its most cautious value."""
    types = facts.breach_types if facts.breach_types is not None else frozenset(BreachType)
    confidentiality = BreachType.CONFIDENTIALITY in types
    subjects = facts.subjects
    relevance = {
        "breach_types": True,
        "data": True,
        "subjects.count": True,
        "subjects.vulnerable": subjects.groups is None,
        "exposure": confidentiality,
        "malicious": True,
        "unintelligible": confidentiality,
        "contained": confidentiality,
        "availability": BreachType.AVAILABILITY in types,
        "integrity": BreachType.INTEGRITY in types,
        "identifiability": True,
        "already_public": confidentiality,
        "duration_days": True,
        "discovered_at": True,
    }
    values = {
        "breach_types": facts.breach_types,
        "data": facts.data,
        "subjects.count": subjects.count,
        "subjects.vulnerable": subjects.vulnerable,
        "exposure": facts.exposure,
        "malicious": facts.malicious,
        "unintelligible": facts.unintelligible,
        "contained": facts.contained,
        "availability": facts.availability,
        "integrity": facts.integrity,
        "identifiability": facts.identifiability,
        "already_public": facts.already_public,
        "duration_days": facts.duration_days,
        "discovered_at": facts.discovered_at,
    }
    unknown = tuple(name for name, value in values.items() if value is None and relevance[name])

    availability = facts.availability
    if availability is None:
        relevant = relevance["availability"]
        availability = Availability.PERMANENT if relevant else Availability.NONE
    integrity = facts.integrity
    if integrity is None:
        integrity = Integrity.UNRECOVERABLE if relevance["integrity"] else Integrity.NONE
    # A loss described in detail counts even if its type was not ticked.
    if availability is not Availability.NONE:
        types |= {BreachType.AVAILABILITY}
    if integrity is not Integrity.NONE:
        types |= {BreachType.INTEGRITY}

    groups = subjects.groups or frozenset()
    vulnerable = (
        subjects.vulnerable is True
        or bool(groups & VULNERABLE_GROUPS)
        or (subjects.vulnerable is None and subjects.groups is None)
    )
    no_exposure = Exposure.PUBLIC if confidentiality else Exposure.NONE
    return Circumstances(
        breach_types=types,
        data=facts.data if facts.data is not None else frozenset(DataCategory),
        subject_count=subjects.count,
        groups=groups,
        vulnerable=vulnerable,
        exposure=facts.exposure if facts.exposure is not None else no_exposure,
        malicious=facts.malicious is not False,
        unintelligible=facts.unintelligible or Unintelligible.NONE,
        contained=facts.contained is True,
        availability=availability,
        integrity=integrity,
        identifiability=facts.identifiability or Identifiability.MAXIMUM,
        already_public=facts.already_public is True,
        duration_days=facts.duration_days if facts.duration_days is not None else math.inf,
        discovered_at=facts.discovered_at,
        records=facts.records,
        unknown=unknown,
    )
