"""Severity of a breach by ENISA's method (2013): SE = DPC × EI + CB.

ENISA, "Recommendations for a methodology of the assessment of severity of
personal data breaches", working document v1.0, December 2013. Encoded from the
method's published scales, not copied:

* DPC, data processing context: the most critical kind of data decides the base
  score (simple 1, behavioural 2, financial 3, sensitive 4), then context moves
  it within 1..4 — here: vulnerable subjects +1, data already public −1.
* EI, ease of identification: negligible 0.25, limited 0.5, significant 0.75,
  maximum 1. Data that nobody can read (strong encryption with the key safe, or
  a salted state-of-the-art hash) counts as negligible; pseudonymised data as
  at most limited.
* CB, circumstances of the breach, added: loss of confidentiality to known
  recipients +0.25, to an unknown number of recipients +0.5; integrity
  recoverable +0.25, unrecoverable +0.5; availability temporary +0.25,
  permanent +0.5; malicious intent +0.5. Disclosure of unreadable data adds
  nothing: what leaked was ciphertext.
* Bands: low < 2 ≤ medium < 3 ≤ high < 4 ≤ very high.

Every input moves the score in one direction only, so raising any fact never
lowers the severity.

>>> from varna.assess.facts import Facts
>>> from varna.assess.circumstances import resolve
>>> facts = Facts.from_json({"breach_types": ["confidentiality"], "data": ["financial"],
...     "subjects": {"count": 3, "vulnerable": False}, "exposure": "known_recipients",
...     "malicious": False, "identifiability": "significant", "already_public": False,
...     "unintelligible": "none"})
>>> severity(resolve(facts))
Severity(score=2.5, band=<Band.MEDIUM: 'medium'>, dpc=3, ei=0.75, cb=0.25)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from varna.assess.circumstances import Circumstances
from varna.assess.facts import (
    Availability,
    DataCategory,
    Exposure,
    Identifiability,
    Integrity,
    Unintelligible,
)


class Band(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"


@dataclass(frozen=True)
class Severity:
    score: float
    band: Band
    dpc: int
    ei: float
    cb: float


# ENISA's four data categories, with this product's vocabulary placed in them.
# Identity numbers are simple data raised one step (they open the door to
# identity theft); credentials take the level of what they open, which we do not
# know, so financial; social services records and data under secrecy are what
# Swedish law protects most, so sensitive and financial respectively.
DPC_BASE: dict[DataCategory, int] = {
    DataCategory.BASIC: 1,
    DataCategory.CONTACT: 1,
    DataCategory.IDENTITY_NUMBER: 2,
    DataCategory.BEHAVIOURAL: 2,
    DataCategory.LOCATION: 2,
    DataCategory.FINANCIAL: 3,
    DataCategory.CREDENTIALS: 3,
    DataCategory.SECRECY: 3,
    DataCategory.HEALTH: 4,
    DataCategory.OTHER_SPECIAL: 4,
    DataCategory.CRIMINAL: 4,
    DataCategory.SOCIAL_WELFARE: 4,
    DataCategory.PROTECTED_IDENTITY: 4,
}
EI_VALUE: dict[Identifiability, float] = {
    Identifiability.NEGLIGIBLE: 0.25,
    Identifiability.LIMITED: 0.5,
    Identifiability.SIGNIFICANT: 0.75,
    Identifiability.MAXIMUM: 1.0,
}
CONFIDENTIALITY_CB: dict[Exposure, float] = {
    Exposure.NONE: 0.0,
    Exposure.TRUSTED_RECIPIENT: 0.0,
    Exposure.KNOWN_RECIPIENTS: 0.25,
    Exposure.UNKNOWN_RECIPIENTS: 0.5,
    Exposure.PUBLIC: 0.5,
}
INTEGRITY_CB = {Integrity.NONE: 0.0, Integrity.RECOVERABLE: 0.25, Integrity.UNRECOVERABLE: 0.5}
AVAILABILITY_CB = {
    Availability.NONE: 0.0,
    Availability.TEMPORARY: 0.25,
    Availability.PERMANENT: 0.5,
}
MALICIOUS_CB = 0.5


def data_processing_context(c: Circumstances) -> int:
    base = max(DPC_BASE[category] for category in c.data)
    if c.vulnerable:
        base += 1
    if c.already_public:
        base -= 1
    return max(1, min(4, base))


def ease_of_identification(c: Circumstances) -> float:
    ei = EI_VALUE[c.identifiability]
    if not c.readable:
        return EI_VALUE[Identifiability.NEGLIGIBLE]
    if c.unintelligible is Unintelligible.PSEUDONYMISED:
        return min(ei, EI_VALUE[Identifiability.LIMITED])
    return ei


def circumstances_of_breach(c: Circumstances) -> float:
    cb = 0.0
    if c.confidentiality and c.readable:
        cb += CONFIDENTIALITY_CB[c.exposure]
    cb += INTEGRITY_CB[c.integrity]
    cb += AVAILABILITY_CB[c.availability]
    if c.malicious:
        cb += MALICIOUS_CB
    return cb


def band_of(score: float) -> Band:
    if score < 2:
        return Band.LOW
    if score < 3:
        return Band.MEDIUM
    if score < 4:
        return Band.HIGH
    return Band.VERY_HIGH


def severity(c: Circumstances) -> Severity:
    dpc = data_processing_context(c)
    ei = ease_of_identification(c)
    cb = circumstances_of_breach(c)
    # All parts are multiples of 0.25, so the arithmetic is exact.
    score = round(dpc * ei + cb, 2)
    return Severity(score=score, band=band_of(score), dpc=dpc, ei=ei, cb=cb)
