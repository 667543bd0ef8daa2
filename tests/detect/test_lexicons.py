"""Sensitive categories: inflections, compounds, acronyms and the classic false positives."""

from __future__ import annotations

import pytest

from varna.detect import SENSITIVE_KINDS, scan
from varna.detect.lexicon import load_terms, parse_line
from varna.detect.names import load_gazetteer


def hits(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan(text) if f.kind in SENSITIVE_KINDS]


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("Hon har fått diagnosen i våras.", "health", "diagnosen"),
        ("Han är diagnostiserad med autism.", "health", "diagnostiserad"),
        ("Eleven är sjukskriven hela veckan.", "health", "sjukskriven"),
        ("Sjukskrivningen förlängs.", "health", "Sjukskrivningen"),
        ("Barnet har barndiabetes.", "health", "barndiabetes"),
        ("Han har typ 2-diabetes.", "health", "diabetes"),
        ("Hon tar sertralin mot ångesten.", "health", "sertralin"),
        ("Familjen har försörjningsstöd.", "social_welfare", "försörjningsstöd"),
        ("En orosanmälan har kommit in.", "social_welfare", "orosanmälan"),
        ("Placering enligt LVU är aktuell.", "social_welfare", "LVU"),
        ("Hon har skyddad identitet.", "protected_identity", "skyddad identitet"),
        ("Det finns en sekretessmarkering.", "protected_identity", "sekretessmarkering"),
        ("Vi gjorde en polisanmälan i går.", "criminal", "polisanmälan"),
        ("Han är medlem i facket.", "union", "medlem i facket"),
        ("Hon bär hijab.", "religion", "hijab"),
        ("DNA-provet skickades i går.", "genetic_biometric", "DNA"),
    ],
)
def test_it_finds_the_term_in_its_inflected_or_compound_form(text, kind, word):
    assert (kind, word) in hits(text)


def test_it_finds_a_diagnosis_name_from_icd10se():
    assert ("health", "tonsillit") in hits("Han har haft tonsillit två gånger.")


def test_a_server_diagnosis_is_not_health():
    assert hits("Diagnosen av servern visade ett fel i nätverket.") == []


def test_acronyms_match_only_in_capitals():
    assert hits("Solen skiner, sol och bad.") == []
    assert ("social_welfare", "SoL") in hits("Insatsen ges enligt SoL.")


def test_words_that_only_contain_a_term_are_not_hits():
    assert hits("Vi åkte från Göteborg.") == []  # "rån"
    assert hits("Beroende på vädret ses vi i morgon.") == []


def test_every_lexicon_line_parses_and_every_kind_has_terms():
    terms = load_terms()
    assert {t.kind for t in terms} == SENSITIVE_KINDS
    assert len(terms) > 2000


def test_the_line_format_supports_scores_vetoes_and_markers():
    term = parse_line("*diagnos* @0.5 !server,datorn", "health", "test", 0.8)
    assert term is not None
    assert (term.compound, term.prefix, term.score) == (True, True, 0.5)
    assert term.vetoes == ("server", "datorn")
    assert parse_line("# a comment", "health", "test", 0.8) is None


def test_nicknames_are_short_forms_of_first_names():
    gazetteer = load_gazetteer()
    assert {"Kalle", "Pelle", "Mojje", "Jocke"} <= gazetteer.nicknames
    assert all(name in gazetteer.first for name in gazetteer.nicknames)
    assert all(name.endswith("e") and len(name) <= 6 for name in gazetteer.nicknames)
