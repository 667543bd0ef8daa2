"""ENISA's severity score, SE = DPC × EI + CB, on small worked cases."""

from __future__ import annotations

import pytest

from varna.assess import Band, Facts, assess
from varna.assess.severity import band_of


def severity_of(**facts):
    known = {
        "breach_types": ["confidentiality"],
        "subjects": {"count": 10, "groups": ["employees"], "vulnerable": False},
        "exposure": "none",
        "malicious": False,
        "unintelligible": "none",
        "identifiability": "maximum",
        "already_public": False,
        "contained": False,
        "duration_days": 1,
    }
    return assess(Facts.from_json({**known, **facts})).severity


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (0.25, Band.LOW),
        (1.99, Band.LOW),
        (2.0, Band.MEDIUM),
        (2.99, Band.MEDIUM),
        (3.0, Band.HIGH),
        (3.99, Band.HIGH),
        (4.0, Band.VERY_HIGH),
        (6.0, Band.VERY_HIGH),
    ],
)
def test_it_bands_the_score_as_enisa_does(score, band):
    assert band_of(score) is band


def test_the_most_critical_kind_of_data_sets_the_base_score():
    assert severity_of(data=["basic", "contact"]).dpc == 1
    assert severity_of(data=["basic", "location"]).dpc == 2
    assert severity_of(data=["contact", "financial"]).dpc == 3
    assert severity_of(data=["contact", "health"]).dpc == 4


def test_vulnerable_people_raise_and_public_data_lowers_the_base_score():
    children = {"count": 10, "groups": ["children"]}

    assert severity_of(data=["basic"], subjects=children).dpc == 2
    assert severity_of(data=["basic"], already_public=True).dpc == 1  # never below 1
    assert severity_of(data=["financial"], already_public=True).dpc == 2
    assert severity_of(data=["health"], subjects=children).dpc == 4  # never above 4


def test_ease_of_identification_multiplies_and_encryption_makes_it_negligible():
    assert severity_of(data=["financial"], identifiability="significant").ei == 0.75
    assert severity_of(data=["financial"], unintelligible="pseudonymised").ei == 0.5
    assert severity_of(data=["financial"], unintelligible="encrypted").ei == 0.25


def test_the_circumstances_add_up():
    graded = severity_of(
        breach_types=["confidentiality", "integrity", "availability"],
        data=["financial"],
        exposure="unknown_recipients",
        integrity="recoverable",
        availability="permanent",
        malicious=True,
    )

    assert graded.cb == 0.5 + 0.25 + 0.5 + 0.5
    assert graded.score == 3 * 1.0 + 1.75
    assert graded.band is Band.VERY_HIGH


def test_known_recipients_weigh_less_than_unknown_ones_and_ciphertext_nothing():
    assert severity_of(data=["basic"], exposure="known_recipients").cb == 0.25
    assert severity_of(data=["basic"], exposure="public").cb == 0.5
    assert severity_of(data=["basic"], exposure="public", unintelligible="encrypted").cb == 0


def test_it_matches_the_worked_example_of_the_contract():
    # The output example in issue 7: DPC 3 × EI 0.75 + CB 0.5 = 2.75, medium.
    graded = severity_of(
        data=["financial"],
        identifiability="significant",
        exposure="public",
    )

    assert (graded.score, graded.band, graded.dpc, graded.ei, graded.cb) == (
        2.75,
        Band.MEDIUM,
        3,
        0.75,
        0.5,
    )
