"""The Swedish the engine speaks: factors, reasons and the words they use.

Reasons are read by a municipal GDPR coordinator, a teacher or a social worker,
so they are short plain sentences that name the factor behind them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from varna.assess.facts import DataCategory, Identifiability, SubjectGroup


class Factor(StrEnum):
    """What a reason is about; lets the register (and tests) tell reasons apart."""

    SEVERITY = "severity"
    NO_DISCLOSURE = "no_disclosure"
    ENCRYPTION = "encryption"
    PROTECTED_IDENTITY = "protected_identity"
    SPECIAL_CATEGORIES = "special_categories"
    VULNERABLE_SUBJECTS = "vulnerable_subjects"
    FRAUD_ENABLING_DATA = "fraud_enabling_data"
    MALICIOUS = "malicious"
    WIDE_EXPOSURE = "wide_exposure"
    VOLUME = "volume"
    DURATION = "duration"
    IDENTIFIABILITY = "identifiability"
    ALREADY_PUBLIC = "already_public"
    TRUSTED_RECIPIENT = "trusted_recipient"
    CONFIRMED_DELETION = "confirmed_deletion"
    LIMITED_DISCLOSURE = "limited_disclosure"
    BACKUP = "backup"
    AVAILABILITY_LOSS = "availability_loss"
    INTEGRITY_LOSS = "integrity_loss"
    UNKNOWN_FACTS = "unknown_facts"
    CONCLUSION = "conclusion"


@dataclass(frozen=True)
class Reason:
    factor: Factor
    text: str


CATEGORY_WORDS: dict[DataCategory, str] = {
    DataCategory.BASIC: "grundläggande uppgifter som namn",
    DataCategory.CONTACT: "kontaktuppgifter",
    DataCategory.IDENTITY_NUMBER: "personnummer eller andra identitetsuppgifter",
    DataCategory.FINANCIAL: "ekonomiska uppgifter",
    DataCategory.BEHAVIOURAL: "uppgifter om vanor och beteende",
    DataCategory.LOCATION: "platsuppgifter",
    DataCategory.CREDENTIALS: "inloggningsuppgifter",
    DataCategory.HEALTH: "uppgifter om hälsa",
    DataCategory.OTHER_SPECIAL: "andra känsliga personuppgifter (t.ex. etniskt ursprung, "
    "religion eller sexualliv)",
    DataCategory.CRIMINAL: "uppgifter om lagöverträdelser",
    DataCategory.SOCIAL_WELFARE: "uppgifter från socialtjänsten",
    DataCategory.SECRECY: "uppgifter som omfattas av sekretess",
    DataCategory.PROTECTED_IDENTITY: "uppgifter om personer med skyddad identitet",
}
GROUP_WORDS: dict[SubjectGroup, str] = {
    SubjectGroup.EMPLOYEES: "anställda",
    SubjectGroup.PUPILS: "elever",
    SubjectGroup.CHILDREN: "barn",
    SubjectGroup.GUARDIANS: "vårdnadshavare",
    SubjectGroup.PATIENTS: "patienter",
    SubjectGroup.CLIENTS: "klienter inom socialtjänsten",
    SubjectGroup.CITIZENS: "invånare",
    SubjectGroup.CUSTOMERS: "kunder",
}
IDENTIFIABILITY_WORDS = {
    Identifiability.NEGLIGIBLE: "nästan omöjligt",
    Identifiability.LIMITED: "svårt",
    Identifiability.SIGNIFICANT: "ganska lätt",
    Identifiability.MAXIMUM: "lätt",
}
BAND_WORDS = {"low": "låg", "medium": "medelhög", "high": "hög", "very_high": "mycket hög"}
UNKNOWN_WORDS = {
    "breach_types": "vilken typ av incident det är",
    "data": "vilka uppgifter som berörs",
    "subjects.count": "hur många som berörs",
    "subjects.vulnerable": "om de berörda är särskilt sårbara",
    "exposure": "vem som kan ha tagit del av uppgifterna",
    "malicious": "om incidenten var avsiktlig",
    "unintelligible": "om uppgifterna var krypterade",
    "contained": "om uppgifterna har återtagits eller raderats",
    "availability": "om uppgifterna kan återställas",
    "integrity": "om ändrade uppgifter kan rättas",
    "identifiability": "hur lätt personerna kan identifieras",
    "already_public": "om uppgifterna redan var offentliga",
    "duration_days": "hur länge incidenten pågick",
    "discovered_at": "när incidenten upptäcktes",
}


def number(value: float) -> str:
    """A number the Swedish way: 2,75 and 1 000.

    >>> number(2.75), number(1.0), number(12500)
    ('2,75', '1', '12\\xa0500')
    """
    if value == int(value):
        return f"{int(value):,}".replace(",", "\u00a0")
    return f"{value:.2f}".rstrip("0").replace(".", ",")


def days(value: float) -> str:
    if math.isinf(value):
        return "okänd tid"
    if value < 1:
        return "mindre än ett dygn"
    return "1 dag" if value == 1 else f"{number(value)} dagar"


def listing(words: Iterable[str]) -> str:
    """Join words as Swedish does: "a, b och c".

    >>> listing(["hälsa"]), listing(["a", "b", "c"])
    ('hälsa', 'a, b och c')
    """
    items = list(words)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def categories(data: Iterable[DataCategory]) -> str:
    chosen = set(data)
    return listing(CATEGORY_WORDS[c] for c in DataCategory if c in chosen)


def groups(chosen: Iterable[SubjectGroup]) -> str:
    picked = set(chosen)
    return listing(GROUP_WORDS[g] for g in SubjectGroup if g in picked)


def moment(value: datetime) -> str:
    """Date and time as written in Swedish documents, in the given offset."""
    return value.strftime("%Y-%m-%d kl. %H:%M")
