"""The legal judgement on top of the severity score: how likely is a risk?

Articles 33 and 34 GDPR as the EDPB applies them (Guidelines 9/2022, formerly
WP250, and the 18 worked examples of Guidelines 01/2021): notify the authority
unless the breach is *unlikely to result in a risk*; inform the people affected
when it is *likely to result in a high risk*.

The breach is judged along its three sides — confidentiality, availability,
integrity — and the worst side decides. Each side returns a level
(0 unlikely, 1 risk, 2 high risk) with the reasons that moved it. Every rule is
monotone: making any fact riskier can only keep or raise a level, so the
property tests can prove the engine never rewards bad news.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from varna.assess.circumstances import LONG_EXPOSURE_DAYS, SHORT_OUTAGE_DAYS, Circumstances
from varna.assess.facts import (
    Availability,
    BreachType,
    DataCategory,
    Exposure,
    Identifiability,
    Integrity,
    Unintelligible,
)
from varna.assess.severity import Band, Severity
from varna.assess.wording import (
    IDENTIFIABILITY_WORDS,
    Factor,
    Reason,
    categories,
    days,
    groups,
    number,
)


class Risk(StrEnum):
    UNLIKELY = "unlikely"
    RISK = "risk"
    HIGH_RISK = "high_risk"


RISK_BY_LEVEL = (Risk.UNLIKELY, Risk.RISK, Risk.HIGH_RISK)
LEVEL_BY_BAND = {Band.LOW: 0, Band.MEDIUM: 1, Band.HIGH: 2, Band.VERY_HIGH: 2}


@dataclass
class Side:
    """The level one side of the breach reaches, and why."""

    level: int = 0
    reasons: list[Reason] = field(default_factory=list)

    def say(self, factor: Factor, text: str) -> None:
        self.reasons.append(Reason(factor, text))

    def at_least(self, level: int) -> None:
        self.level = max(self.level, level)


def judge(c: Circumstances, severity: Severity) -> tuple[Risk, list[Reason]]:
    sides = (confidentiality(c, severity), availability(c), integrity(c))
    level = max(side.level for side in sides)
    reasons = [reason for side in sides for reason in side.reasons]
    return RISK_BY_LEVEL[level], reasons


def confidentiality(c: Circumstances, severity: Severity) -> Side:
    side = Side()
    if not c.confidentiality:
        return side
    if c.exposure is Exposure.NONE:
        side.say(
            Factor.NO_DISCLOSURE,
            "Inget tyder på att någon obehörig har fått del av uppgifterna eller fört ut dem.",
        )
    if not c.readable:
        side.say(Factor.ENCRYPTION, _unreadable(c))
    if c.exposure is Exposure.NONE or not c.readable:
        return side
    if DataCategory.PROTECTED_IDENTITY in c.data:
        return _protected_identity(c, side)
    if c.already_public and not c.sensitive:
        side.say(
            Factor.ALREADY_PUBLIC,
            "Uppgifterna var redan offentliga, till exempel publicerade på kommunens "
            "webbplats, så att de spreds ger mottagarna nästan ingen ny information.",
        )
        return side
    if not c.malicious and c.exposure is Exposure.TRUSTED_RECIPIENT:
        return _trusted_recipient(c, side)
    if not c.malicious and c.exposure is Exposure.KNOWN_RECIPIENTS and c.contained:
        side.say(
            Factor.CONFIRMED_DELETION,
            "Uppgifterna gick av misstag till kända mottagare, och de har raderats "
            "eller lämnats tillbaka.",
        )
        if c.sensitive or c.fraud_enabling:
            _aggravating(c, side)
            side.at_least(1)
        return side
    return _disclosure(c, severity, side)


def _unreadable(c: Circumstances) -> str:
    if c.unintelligible is Unintelligible.HASHED:
        return (
            "Lösenorden var skyddade med en stark, saltad hashfunktion, så den som kom åt "
            "dem kan i praktiken inte läsa dem."
        )
    return (
        "Uppgifterna var skyddade med stark kryptering och nyckeln har inte kommit i "
        "orätta händer, så den som kom åt dem kan inte läsa dem."
    )


def _protected_identity(c: Circumstances, side: Side) -> Side:
    side.say(
        Factor.PROTECTED_IDENTITY,
        "Uppgifterna gäller personer med skyddad identitet (sekretessmarkering, "
        "kvarskrivning eller fingerade personuppgifter). Om de sprids kan personerna "
        "utsättas för fara.",
    )
    if not c.malicious and c.exposure is Exposure.TRUSTED_RECIPIENT and c.contained:
        side.say(
            Factor.TRUSTED_RECIPIENT,
            "Mottagaren har tystnadsplikt och har bekräftat att uppgifterna är raderade, "
            "så risken bedöms inte som hög.",
        )
        side.at_least(1)
    else:
        side.at_least(2)
    return side


def _trusted_recipient(c: Circumstances, side: Side) -> Side:
    side.say(
        Factor.TRUSTED_RECIPIENT,
        "Uppgifterna gick av misstag till en betrodd mottagare som har tystnadsplikt.",
    )
    if c.contained:
        side.say(
            Factor.CONFIRMED_DELETION,
            "Mottagaren har bekräftat att uppgifterna är raderade eller tillbakalämnade.",
        )
        if c.sensitive:
            _aggravating(c, side)
            side.at_least(1)
        return side
    if c.sensitive or c.fraud_enabling or c.large:
        _aggravating(c, side)
        side.at_least(1)
    return side


def _disclosure(c: Circumstances, severity: Severity, side: Side) -> Side:
    """Readable data reached people who should not have it, and it is not back."""
    side.level = LEVEL_BY_BAND[severity.band]
    _aggravating(c, side)
    long_exposure = c.duration_days >= LONG_EXPOSURE_DAYS
    if c.malicious or c.wide or c.sensitive or c.fraud_enabling or c.large or long_exposure:
        side.at_least(1)
    if c.special and (c.wide or c.malicious or c.vulnerable or c.large):
        side.at_least(2)
    if c.vulnerable and (c.wide or c.malicious):
        side.at_least(2)
    if (
        c.fraud_enabling
        and (c.wide or c.large)
        and (c.malicious or c.exposure is Exposure.PUBLIC or c.large)
    ):
        side.at_least(2)
    limited = (
        not c.malicious
        and c.exposure is Exposure.KNOWN_RECIPIENTS
        and c.limited
        and not (c.vulnerable and c.special)
    )
    if limited and side.level > 1:
        side.level = 1
        side.say(
            Factor.LIMITED_DISCLOSURE,
            f"Uppgifterna gick av misstag till kända mottagare och gäller ett fåtal "
            f"personer ({number(c.subject_count or 0)}), så risken bedöms inte som hög.",
        )
    return side


def _aggravating(c: Circumstances, side: Side) -> None:
    """Name every present factor that makes a disclosure riskier."""
    if c.special:
        side.say(
            Factor.SPECIAL_CATEGORIES,
            f"Det gäller känsliga uppgifter: {categories(c.special)}. De kräver särskilt skydd.",
        )
    if c.vulnerable:
        who = f" ({groups(c.groups)})" if c.groups else ""
        side.say(
            Factor.VULNERABLE_SUBJECTS,
            f"De berörda är särskilt sårbara{who}, så följderna kan bli allvarligare.",
        )
    if c.fraud_enabling:
        side.say(
            Factor.FRAUD_ENABLING_DATA,
            f"Uppgifterna ({categories(c.fraud_enabling)}) kan användas för bedrägerier "
            "eller identitetsstöld.",
        )
    if c.malicious:
        side.say(
            Factor.MALICIOUS,
            "Någon tog del av uppgifterna avsiktligt (till exempel vid ett intrång, en stöld "
            "eller bedrägeri), så de kan komma att missbrukas.",
        )
    if c.exposure is Exposure.PUBLIC:
        side.say(Factor.WIDE_EXPOSURE, "Uppgifterna kan ha blivit tillgängliga för vem som helst.")
    elif c.exposure is Exposure.UNKNOWN_RECIPIENTS:
        side.say(
            Factor.WIDE_EXPOSURE,
            "Det går inte att veta vilka eller hur många som har fått tillgång till uppgifterna.",
        )
    if c.subject_count is not None and c.large:
        side.say(
            Factor.VOLUME,
            f"Många personer berörs ({number(c.subject_count)}), vilket ökar risken.",
        )
    if LONG_EXPOSURE_DAYS <= c.duration_days < math.inf:
        side.say(
            Factor.DURATION,
            f"Uppgifterna var åtkomliga länge ({days(c.duration_days)}), vilket ökar "
            "risken att de har missbrukats.",
        )
    if c.identifiability in (Identifiability.NEGLIGIBLE, Identifiability.LIMITED):
        side.say(
            Factor.IDENTIFIABILITY,
            f"Det är {IDENTIFIABILITY_WORDS[c.identifiability]} att koppla uppgifterna till "
            "enskilda personer, vilket minskar risken.",
        )


def availability(c: Circumstances) -> Side:
    """Lost access matters most where people depend on the records: care,
    support and decisions built on special categories of data (EDPB case 03)."""
    side = Side()
    if BreachType.AVAILABILITY not in c.breach_types:
        return side
    if c.availability is Availability.NONE:
        side.say(
            Factor.BACKUP,
            "Uppgifterna finns kvar eller kunde återställas, till exempel från en "
            "säkerhetskopia, så ingen har förlorat tillgången till dem.",
        )
        return side
    why = _why_access_matters(c)
    if c.availability is Availability.PERMANENT:
        side.say(
            Factor.AVAILABILITY_LOSS,
            "Uppgifterna har gått förlorade och kan inte återställas." + why,
        )
        side.at_least(2 if c.special else 1)
        return side
    if c.duration_days < SHORT_OUTAGE_DAYS:
        if c.special:
            side.say(
                Factor.AVAILABILITY_LOSS,
                "Uppgifterna var otillgängliga en kort stund (mindre än ett dygn)." + why,
            )
            side.at_least(1)
        else:
            side.say(
                Factor.BACKUP,
                "Uppgifterna kunde återställas snabbt (inom ett dygn), till exempel från en "
                "säkerhetskopia, så de berörda märkte knappt något.",
            )
        return side
    side.say(
        Factor.AVAILABILITY_LOSS,
        f"Uppgifterna var otillgängliga under {days(c.duration_days)}." + why,
    )
    side.at_least(2 if c.special else 1)
    return side


def _why_access_matters(c: Circumstances) -> str:
    if c.special:
        return (
            f" Eftersom det gäller {categories(c.special)} kan det till exempel försena "
            "vård, stöd eller beslut."
        )
    return ""


def integrity(c: Circumstances) -> Side:
    side = Side()
    if c.integrity is Integrity.NONE:
        return side
    if c.integrity is Integrity.RECOVERABLE:
        side.say(Factor.INTEGRITY_LOSS, "Uppgifter har ändrats men kan rättas.")
        if c.malicious or c.special:
            side.at_least(1)
        return side
    side.say(
        Factor.INTEGRITY_LOSS,
        "Uppgifter har ändrats eller förstörts och kan inte rättas, så beslut kan komma att "
        "fattas på felaktiga uppgifter.",
    )
    side.at_least(2 if c.special else 1)
    return side
