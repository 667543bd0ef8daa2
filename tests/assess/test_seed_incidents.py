"""The two real incidents Värna comes from (/work/shared/seeds): both
municipalities concluded that the incident did not have to be notified to IMY,
nor the people affected informed. The engine must agree, for their reasons."""

from __future__ import annotations

from varna.assess import Factor, Facts, Risk, assess

# 000 — Trelleborg, kommunledningsförvaltningen, 2023-02-07: an e-mail with the
# names of employees went unencrypted (the SEFOS add-in silently failed) to a
# manager in another administration, who forwarded it to other managers; all
# recipients deleted it on request. The document gives no time of day and no
# head count: the time is assumed, the count left unknown.
TRELLEBORG = {
    "breach_types": ["confidentiality"],
    "data": ["basic"],
    "subjects": {"groups": ["employees"], "vulnerable": False},
    "exposure": "known_recipients",
    "malicious": False,
    "unintelligible": "none",
    "contained": True,
    "identifiability": "maximum",
    "already_public": False,
    "duration_days": 1,
    "discovered_at": "2023-02-07T09:00:00+01:00",
}

# 002 — Alingsås, barn- och ungdomsnämnden, 2024-11-21 16:38: a survey supplier
# copied all 13 municipal representatives on 268 mailings, exposing the work
# e-mail addresses of preschool principals — for Alingsås, 12 principals whose
# addresses are published on the municipality's website anyway.
ALINGSAS = {
    "breach_types": ["confidentiality"],
    "data": ["contact"],
    "subjects": {"count": 12, "groups": ["employees"], "vulnerable": False},
    "records": 268,
    "exposure": "known_recipients",
    "malicious": False,
    "unintelligible": "none",
    "contained": False,
    "identifiability": "maximum",
    "already_public": True,
    "duration_days": 1,
    "discovered_at": "2024-11-21T16:38:00+01:00",
}


def test_it_agrees_with_trelleborg_that_the_deleted_e_mail_need_not_be_notified():
    recommendation = assess(Facts.from_json(TRELLEBORG))

    assert recommendation.risk is Risk.UNLIKELY
    assert not recommendation.notify_authority
    assert not recommendation.notify_subjects
    assert Factor.CONFIRMED_DELETION in recommendation.factors
    assert any("raderats" in reason for reason in recommendation.reasons)
    # The unknown head count is named, and did not tip the result.
    assert Factor.UNKNOWN_FACTS in recommendation.factors
    assert any("hur många som berörs" in reason for reason in recommendation.reasons)


def test_it_agrees_with_alingsas_that_already_published_work_addresses_need_not_be_notified():
    recommendation = assess(Facts.from_json(ALINGSAS))

    assert recommendation.risk is Risk.UNLIKELY
    assert (recommendation.notify_authority, recommendation.notify_subjects) == (False, False)
    assert Factor.ALREADY_PUBLIC in recommendation.factors
    assert any("redan offentliga" in reason for reason in recommendation.reasons)
    assert recommendation.to_json()["authority_deadline"] == "2024-11-24T16:38:00+01:00"
    assert Factor.UNKNOWN_FACTS not in recommendation.factors


def test_alingsas_would_not_need_notifying_even_if_the_addresses_were_not_published():
    # The investigation's other risk-reducing circumstances: few people, work
    # addresses only, recipients with no reason to misuse them.
    recommendation = assess(Facts.from_json({**ALINGSAS, "already_public": False}))

    assert recommendation.risk is Risk.UNLIKELY


def test_trelleborg_would_need_notifying_if_the_e_mail_had_held_health_data():
    recommendation = assess(Facts.from_json({**TRELLEBORG, "data": ["basic", "health"]}))

    assert recommendation.notify_authority
    assert Factor.SPECIAL_CATEGORIES in recommendation.factors
