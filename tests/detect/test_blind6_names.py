"""Names after the sixth blind set (bench --set blind6): hyphenated first names."""

from __future__ import annotations

import pytest

from varna.detect import scan


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.kind == "name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunstyrelsens ordförande Lars-Göran Ek (S) svarar.", ["Lars-Göran Ek"]),
        ("I går ringde Anna-Karin Lind om bygglovet.", ["Anna-Karin Lind"]),
        ("Mötet leds av Per-Olof Ek från kansliet.", ["Per-Olof Ek"]),
        ("Eva-Lotta kommer också.", ["Eva-Lotta"]),
    ],
)
def test_a_hyphenated_first_name_is_one_name(text, expected):
    assert names(text) == expected


def test_a_hyphen_between_places_is_no_name():
    assert names("Bussen Stockholm-Göteborg är försenad.") == []
