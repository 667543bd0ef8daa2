"""`assess(facts)`: severity, risk and a reasoned recommendation."""

from __future__ import annotations

from varna.assess.circumstances import resolve
from varna.assess.facts import Facts
from varna.assess.judgement import Risk, judge
from varna.assess.recommendation import Recommendation, authority_deadline
from varna.assess.severity import Severity, severity
from varna.assess.wording import (
    BAND_WORDS,
    UNKNOWN_WORDS,
    Factor,
    Reason,
    listing,
    moment,
    number,
)


def assess(facts: Facts) -> Recommendation:
    c = resolve(facts)
    graded = severity(c)
    risk, reasons = judge(c, graded)
    deadline = authority_deadline(c.discovered_at) if c.discovered_at else None
    notify_authority = risk is not Risk.UNLIKELY
    notify_subjects = risk is Risk.HIGH_RISK
    told = [_severity_reason(graded), *reasons]
    if c.unknown:
        told.append(
            Reason(
                Factor.UNKNOWN_FACTS,
                f"Det är inte känt {listing(UNKNOWN_WORDS[name] for name in c.unknown)}. "
                "Det okända har bedömts på det mest försiktiga sättet; komplettera uppgifterna "
                "och gör om bedömningen.",
            )
        )
    told.extend(_conclusion(risk, deadline_text=moment(deadline) if deadline else None))
    return Recommendation(
        severity=graded,
        risk=risk,
        notify_authority=notify_authority,
        notify_subjects=notify_subjects,
        authority_deadline=deadline,
        reasons=tuple(reason.text for reason in told),
        factors=tuple(reason.factor for reason in told),
    )


def _severity_reason(graded: Severity) -> Reason:
    return Reason(
        Factor.SEVERITY,
        f"Enligt ENISA:s metod är allvarlighetsgraden {number(graded.score)}, alltså "
        f"{BAND_WORDS[graded.band.value]}: uppgifternas känslighet {graded.dpc} av 4, "
        f"gånger hur lätt personerna kan identifieras ({number(graded.ei)}), "
        f"plus omständigheterna ({number(graded.cb)}).",
    )


def _conclusion(risk: Risk, deadline_text: str | None) -> list[Reason]:
    when = (
        f"senast {deadline_text} (72 timmar efter att incidenten upptäcktes)"
        if deadline_text
        else "inom 72 timmar från att incidenten upptäcktes – ange när det var, så räknas "
        "sista tidpunkten ut"
    )
    if risk is Risk.UNLIKELY:
        text = (
            "Sammantaget är det osannolikt att incidenten medför en risk för de berörda. "
            "Den behöver inte anmälas till IMY men ska dokumenteras internt "
            "(artikel 33.5 i dataskyddsförordningen)."
        )
    elif risk is Risk.RISK:
        text = (
            "Sammantaget kan incidenten medföra en risk för de berörda och bör anmälas till "
            f"IMY {when}. Risken bedöms inte som hög, så de berörda behöver inte informeras."
        )
    else:
        text = (
            "Sammantaget medför incidenten sannolikt en hög risk för de berörda. Den bör "
            f"anmälas till IMY {when}, och de berörda bör informeras utan onödigt dröjsmål "
            "om vad som hänt och vad de själva kan göra."
        )
    return [
        Reason(Factor.CONCLUSION, text),
        Reason(
            Factor.CONCLUSION,
            "Detta är en rekommendation. Beslutet fattas av den personuppgiftsansvarige.",
        ),
    ]
