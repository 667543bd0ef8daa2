"""Names after the fifth blind set (bench --set blind5): rooms named like people."""

from __future__ import annotations

import pytest

from varna.detect import scan


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text) if f.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Vi ses kl 13 i rum Lind på andra våningen.",
        "Utbildningen hålls i konferensrummet Berg.",
        "Mötet flyttas till samlingssalen Holm efter lunch.",
        "Kören övar i lokal Ek varje tisdag.",
        "Styrgruppen sitter i Rum Björk i dag.",
    ],
)
def test_a_room_named_like_a_person_is_no_person(text):
    assert names(text) == []


def test_a_person_named_beside_a_room_is_still_found():
    assert names("Malin Lind har bokat rum Ek till fredag.") == ["Malin Lind"]


def test_a_surname_after_a_word_ending_in_a_room_word_is_still_a_surname():
    assert names("Efter besöket i centrum Lind skrev hon protokollet.") == ["Lind"]


def test_the_payroll_header_karens_is_no_first_name_in_the_genitive():
    assert names("Namn\tSjukdagar\tKarens\nGreta Holmqvist\t2\tja") == ["Greta Holmqvist"]
    assert names("Hej Karen!\nKaren Holm har slutat.") == ["Karen", "Karen Holm"]
