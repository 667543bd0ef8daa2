"""Lexicon terms added after the third blind set (bench --set blind3): religious
conversion, ethnic groups, arson and injuries."""

import pytest

from tests.detect.test_lexicons import hits
from varna.detect import scan


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("Hon konverterade till islam förra året.", "religion", "konverterade"),
        ("Sonen är konvertit och rädd för släkten.", "religion", "konvertit"),
        ("Han har lämnat kristendomen.", "religion", "kristendomen"),
        ("Hon döpte sig i frikyrkan i fjol.", "religion", "döpte sig"),
        ("Mannen är pashtun och familjen tadzjiker.", "ethnicity", "pashtun"),
        ("Mannen är pashtun och familjen tadzjiker.", "ethnicity", "tadzjiker"),
        ("Hon är kurd från Irak.", "ethnicity", "kurd"),
        ("Familjen är jezidier.", "ethnicity", "jezidier"),
    ],
)
def test_conversion_and_ethnic_groups_are_found(text, kind, word):
    assert (kind, word) in hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jag har konverterat filen till PDF.",
        "Vi behöver en tolk på kurdiska och en på dari.",
        "Tolken talar hazaragi och pashto.",
        "Han är afghansk medborgare.",
        "Gatan döptes om till Lindvägen.",
    ],
)
def test_file_conversion_languages_and_nationality_are_not_sensitive(text):
    assert hits(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vi tror att grannen anlade branden i källaren.", "anlade branden"),
        ("Utredningen visar att branden var anlagd.", "branden var anlagd"),
        ("Han har tidigare hotat att skjuta sin bror.", "hotat att skjuta"),
        ("Hon dömdes för mordbrand 2019.", "mordbrand"),
    ],
)
def test_arson_and_threats_of_violence_are_offences(text, word):
    assert ("criminal", word) in hits(text)


def test_a_park_laid_out_long_ago_is_not_arson():
    assert hits("Parken är anlagd på 1920-talet och rustas nu upp.") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cyklisten fick en huvudskada och opererades.", "huvudskada"),
        ("Pojken fick brännskador på båda händerna.", "brännskador"),
        ("Han hittades medvetslös i trapphuset.", "medvetslös"),
        ("Hon är svårt skadad efter olyckan.", "svårt skadad"),
    ],
)
def test_injuries_to_a_person_are_health(text, word):
    assert ("health", word) in hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lägenheten har en vattenskada i badrummet.",
        "Bilen blev svårt skadad i krocken men ingen kom till skada.",
    ],
)
def test_damage_to_buildings_and_cars_is_not_health(text):
    assert hits(text) == []


def test_driving_under_the_influence_is_an_offence():
    assert ("criminal", "körde påverkad") in hits("Grannen körde påverkad i går kväll.")


def test_a_law_named_after_a_person_is_no_name():
    found = scan("Händelsen anmäls enligt lex Sarah, se bilagan lex_Maria_2024.pdf.")
    assert [f.value for f in found if f.kind == "name"] == []


def test_a_first_name_after_other_words_is_still_a_name():
    found = scan("Vi pratade med Sarah om schemat.")
    assert [f.value for f in found if f.kind == "name"] == ["Sarah"]


@pytest.mark.parametrize(
    "text",
    [
        "Kan du avgöra om protokollen behöver sekretessprövas innan de lämnas ut?",
        "Vi gör en menprövning av varje sida.",
        "Enligt offentlighets- och sekretesslagen ska begäran behandlas skyndsamt.",
    ],
)
def test_reviewing_documents_for_secrecy_is_procedure_not_secret_data(text):
    assert [kind for kind, _ in hits(text)] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Uppgifterna om henne är sekretessbelagda.", "sekretessbelagda"),
        ("Sekretessen gäller även mot föräldrarna.", "Sekretessen"),
        ("Det råder socialtjänstsekretess kring familjen.", "socialtjänstsekretess"),
    ],
)
def test_secrecy_itself_is_still_found(text, word):
    assert ("secrecy", word) in hits(text)
