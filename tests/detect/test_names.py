"""Person names: fixed personas in the situations e-mails put them in."""

from __future__ import annotations

from varna.detect import scan


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.kind == "name"]


def test_it_finds_a_first_name_and_surname():
    assert names("I går ringde Anna Svensson från skolan.") == ["Anna Svensson"]


def test_it_finds_a_first_name_in_a_greeting():
    assert names("Hej Kalle!\nTack för senast.") == ["Kalle"]


def test_it_finds_a_name_after_a_role_word():
    assert names("Vårdnadshavare Sara Ali har ringt.") == ["Sara Ali"]
    assert names("Eleven Mohammed kommer senare i dag.") == ["Mohammed"]


def test_it_finds_the_name_under_a_sign_off():
    text = "Med vänliga hälsningar\nPer Andersson\nRektor, Bäckskolan"
    assert names(text) == ["Per Andersson"]


def test_it_finds_hyphenated_and_multi_part_names():
    assert names("Kontakta Anna-Karin Lindqvist Berg om schemat.") == ["Anna-Karin Lindqvist Berg"]
    assert names("Ärendet gäller Ebba von Sydow.") == ["Ebba von Sydow"]


def test_a_surname_seen_with_a_first_name_is_found_again_alone():
    text = "Lina Zetterqvist börjar i dag. Zetterqvist har arbetat i Lund."
    assert names(text) == ["Lina Zetterqvist", "Zetterqvist"]


def test_first_names_that_are_everyday_words_need_a_surname():
    assert names("Per capita är kostnaden låg. Hans bil är röd. Bo i Malmö.") == []
    assert names("Per Andersson och Hans Larsson kommer.") == ["Per Andersson", "Hans Larsson"]


def test_places_and_organisations_are_not_names():
    assert names("Vi åker till Paris och Berlin med Volvo.") == []
    assert names("Mötet hålls i Stockholm hos Skatteverket.") == []


def test_a_name_is_masked_to_initials():
    (finding,) = [f for f in scan("Hej Anna Svensson!") if f.kind == "name"]
    assert finding.masked == "A. S."
    assert finding.value == "Anna Svensson"


def test_the_explanation_never_contains_the_name():
    text = "Hej Anna Svensson! Lina Zetterqvist och Zetterqvist, Ebba von Sydow."
    for finding in scan(text):
        assert finding.value not in finding.explanation
        for word in finding.value.split():
            assert word not in finding.explanation
