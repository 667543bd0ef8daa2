"""The legal judgement on everyday municipal incidents: which factor tips the
result, and that the reasons say so in Swedish."""

from __future__ import annotations

from typing import Any

from varna.assess import Factor, Facts, Risk, assess


def judged(**facts: Any):
    known: dict[str, Any] = {
        "breach_types": ["confidentiality"],
        "data": ["basic", "contact"],
        "subjects": {"count": 1, "groups": ["citizens"], "vulnerable": False},
        "exposure": "known_recipients",
        "malicious": False,
        "unintelligible": "none",
        "contained": False,
        "identifiability": "maximum",
        "already_public": False,
        "duration_days": 1,
        "discovered_at": "2024-09-02T14:05:00+02:00",
    }
    return assess(Facts.from_json({**known, **facts}))


def says(recommendation, *words: str) -> bool:
    text = " ".join(recommendation.reasons)
    return all(word in text for word in words)


def test_a_protected_address_sent_to_the_wrong_person_is_always_a_high_risk():
    rec = judged(data=["basic", "protected_identity"], subjects={"count": 1})

    assert rec.risk is Risk.HIGH_RISK
    assert Factor.PROTECTED_IDENTITY in rec.factors
    assert says(rec, "skyddad identitet", "fara")


def test_a_social_services_decision_in_the_wrong_envelope_calls_for_informing_the_client():
    rec = judged(
        data=["basic", "social_welfare"],
        subjects={"count": 1, "groups": ["clients"]},
    )

    assert (rec.notify_authority, rec.notify_subjects) == (True, True)
    assert says(rec, "socialtjänsten", "sårbara")


def test_a_class_list_of_names_sent_to_the_wrong_guardians_is_a_risk_but_not_a_high_one():
    rec = judged(subjects={"count": 60, "groups": ["pupils"]})

    assert rec.risk is Risk.RISK
    assert Factor.VULNERABLE_SUBJECTS in rec.factors
    assert says(rec, "elever")


def test_pupils_names_in_an_intruders_hands_are_a_high_risk():
    rec = judged(
        subjects={"count": 60, "groups": ["pupils"]},
        exposure="unknown_recipients",
        malicious=True,
    )

    assert rec.risk is Risk.HIGH_RISK


def test_a_lost_unencrypted_usb_stick_with_staff_names_must_be_notified_but_not_told():
    rec = judged(subjects={"count": 30, "groups": ["employees"]}, exposure="unknown_recipients")

    assert rec.risk is Risk.RISK
    assert says(rec, "Det går inte att veta vilka")


def test_the_same_stick_encrypted_need_not_be_notified():
    rec = judged(
        subjects={"count": 30, "groups": ["employees"]},
        exposure="unknown_recipients",
        unintelligible="encrypted",
    )

    assert rec.risk is Risk.UNLIKELY
    assert says(rec, "kryptering")


def test_a_three_day_outage_of_the_school_platform_is_a_risk_but_not_a_high_one():
    rec = judged(
        breach_types=["availability"],
        subjects={"count": 900, "groups": ["pupils"]},
        availability="temporary",
        duration_days=3,
    )

    assert rec.risk is Risk.RISK
    assert says(rec, "otillgängliga under 3 dagar")


def test_lost_patient_records_are_a_high_risk_because_care_depends_on_them():
    rec = judged(
        breach_types=["availability"],
        data=["basic", "health"],
        subjects={"count": 900, "groups": ["patients"]},
        availability="permanent",
    )

    assert rec.risk is Risk.HIGH_RISK
    assert says(rec, "gått förlorade", "uppgifter om hälsa", "vård")


def test_a_brief_outage_restored_from_backup_need_not_be_notified():
    rec = judged(breach_types=["availability"], availability="temporary", duration_days=0.1)

    assert rec.risk is Risk.UNLIKELY
    assert Factor.BACKUP in rec.factors


def test_hard_to_identify_data_is_named_as_lowering_the_risk():
    rec = judged(
        data=["financial"],
        subjects={"count": 200, "groups": ["customers"]},
        identifiability="limited",
    )

    assert rec.risk is Risk.RISK
    assert Factor.IDENTIFIABILITY in rec.factors
    assert says(rec, "svårt att koppla uppgifterna")


def test_personnummer_of_many_published_by_mistake_is_a_high_risk():
    rec = judged(
        data=["basic", "identity_number"],
        subjects={"count": 4000, "groups": ["citizens"]},
        exposure="public",
    )

    assert rec.risk is Risk.HIGH_RISK
    assert says(rec, "4\u00a0000", "identitetsstöld")


def test_with_nothing_known_it_recommends_everything_and_says_what_to_find_out():
    rec = assess(Facts.from_json({}))

    assert (rec.risk, rec.notify_authority, rec.notify_subjects) == (Risk.HIGH_RISK, True, True)
    assert rec.authority_deadline is None
    assert Factor.UNKNOWN_FACTS in rec.factors
    assert says(rec, "vilka uppgifter som berörs", "när incidenten upptäcktes", "försiktiga")


def test_the_conclusion_gives_the_deadline_in_the_offset_of_the_discovery():
    rec = judged(exposure="public")

    assert rec.notify_authority
    assert says(rec, "senast 2024-09-05 kl. 14:05")
