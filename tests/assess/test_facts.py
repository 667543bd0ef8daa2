"""Reading the facts: unknown fields and bad values are refused with a clear
message in English and in Swedish; what is missing stays "unknown"."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from varna.assess import Facts, FactsError
from varna.assess.facts import DataCategory, Exposure, Subjects

# A personnummer from Skatteverket's test set (allPins.json in
# /work/shared/data/testpersonnummer), reserved for testing: no real person's.
TEST_PERSONNUMMER = "19900101-2385"


def rejected(data: object) -> FactsError:
    with pytest.raises(FactsError) as caught:
        Facts.from_json(data)  # type: ignore[arg-type]
    return caught.value


def test_it_reads_the_example_of_the_contract():
    facts = Facts.from_json(
        {
            "breach_types": ["confidentiality"],
            "data": ["contact", "health"],
            "subjects": {"count": 268, "groups": ["pupils"], "vulnerable": True},
            "records": 268,
            "exposure": "known_recipients",
            "malicious": False,
            "unintelligible": "none",
            "contained": True,
            "availability": "none",
            "integrity": "none",
            "identifiability": "maximum",
            "already_public": False,
            "duration_days": 1,
            "discovered_at": "2024-11-21T16:38:00+01:00",
        }
    )

    assert facts.data == frozenset({DataCategory.CONTACT, DataCategory.HEALTH})
    assert facts.exposure is Exposure.KNOWN_RECIPIENTS
    assert facts.subjects.count == 268
    assert facts.discovered_at == datetime.fromisoformat("2024-11-21T16:38:00+01:00")


def test_it_keeps_missing_and_null_fields_as_unknown():
    assert Facts.from_json({}) == Facts()
    assert Facts.from_json({"malicious": None, "subjects": None}) == Facts()
    assert Facts.from_json({"subjects": {"count": None}}).subjects == Subjects()


def test_it_refuses_an_unknown_field_and_names_it():
    error = rejected({"exposure": "none", "severity": "low"})

    assert error.field == "severity"
    assert "unknown field" in str(error)
    assert "okänt fält" in error.swedish
    assert "severity" in error.swedish


def test_it_refuses_an_unknown_field_among_the_subjects():
    error = rejected({"subjects": {"count": 3, "ages": [7, 8]}})

    assert error.field == "subjects.ages"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"breach_types": "confidentiality"}, "breach_types"),
        ({"breach_types": []}, "breach_types"),
        ({"breach_types": ["leak"]}, "breach_types"),
        ({"data": ["basic", "dna"]}, "data"),
        ({"subjects": {"groups": ["teachers"]}}, "subjects.groups"),
        ({"subjects": {"count": -1}}, "subjects.count"),
        ({"subjects": {"count": 2.5}}, "subjects.count"),
        ({"subjects": {"vulnerable": "yes"}}, "subjects.vulnerable"),
        ({"subjects": ["pupils"]}, "subjects"),
        ({"records": True}, "records"),
        ({"records": "268"}, "records"),
        ({"exposure": "everyone"}, "exposure"),
        ({"malicious": 1}, "malicious"),
        ({"unintelligible": "password"}, "unintelligible"),
        ({"contained": "true"}, "contained"),
        ({"availability": "gone"}, "availability"),
        ({"integrity": "changed"}, "integrity"),
        ({"identifiability": "high"}, "identifiability"),
        ({"already_public": 0}, "already_public"),
        ({"duration_days": -2}, "duration_days"),
        ({"duration_days": float("nan")}, "duration_days"),
        ({"duration_days": "1"}, "duration_days"),
        ({"discovered_at": "21/11/2024 16:38"}, "discovered_at"),
        ({"discovered_at": "2024-11-21T16:38:00"}, "discovered_at"),
        ({"discovered_at": 1732203480}, "discovered_at"),
    ],
)
def test_it_refuses_a_bad_value_naming_the_field_in_both_languages(data, field):
    error = rejected(data)

    assert error.field == field
    assert str(error).startswith(f"{field}: ")
    assert error.swedish
    assert error.swedish != str(error)


def test_it_refuses_facts_that_are_not_an_object():
    error = rejected(["confidentiality"])

    assert "JSON-objekt" in error.swedish


def test_it_never_echoes_a_rejected_value_which_could_be_personal_data():
    error = rejected({"exposure": TEST_PERSONNUMMER})
    assert TEST_PERSONNUMMER not in str(error)
    assert TEST_PERSONNUMMER not in error.swedish

    error = rejected({TEST_PERSONNUMMER: "x"})
    assert TEST_PERSONNUMMER not in str(error)
    assert TEST_PERSONNUMMER not in error.swedish


def test_it_accepts_an_aware_datetime_from_python_callers():
    moment = datetime(2024, 3, 30, 23, 30, tzinfo=ZoneInfo("Europe/Stockholm"))

    assert Facts.from_json({"discovered_at": moment}).discovered_at == moment


def test_the_facts_survive_a_round_trip_through_json():
    data = {
        "breach_types": ["confidentiality", "availability"],
        "data": ["basic", "protected_identity"],
        "subjects": {"count": 4, "groups": ["clients"], "vulnerable": True},
        "exposure": "public",
        "duration_days": 0.5,
        "discovered_at": "2024-10-27T02:30:00+01:00",
    }
    facts = Facts.from_json(data)

    assert facts.to_json() == data
    assert Facts.from_json(facts.to_json()) == facts
