"""Lexicon terms added after the third blind set (bench --set blind3): religious
conversion, ethnic groups, arson and injuries."""

import pytest

from tests.detect.test_lexicons import hits


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("Hon konverterade till islam förra året.", "religion", "konverterade"),
        ("Sonen är konvertit och rädd för släkten.", "religion", "konvertit"),
        ("Han har lämnat kristendomen.", "religion", "kristendomen"),
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
    ],
)
def test_file_conversion_languages_and_nationality_are_not_sensitive(text):
    assert hits(text) == []
