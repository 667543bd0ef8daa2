"""The hand-written readers in numbers.py agree with the regular expressions they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from varna.detect import numbers

# Characters around postal codes and towns, including the near misses: other
# spaces and digits, letters outside [A-ZÅÄÖ] and [a-zåäöé], Arabic-Indic digits.
CHARACTERS = st.sampled_from(list("0123456789 \u00a0\t\n-,AZÅÄÖÉaåäöéøÆ٣١x"))


def town_end_by_regex(text: str, start: int, end: int) -> int:
    if not numbers.POSTAL_CODE.fullmatch(text[start:end]):
        return -1
    town = numbers.TOWN_AFTER.match(text, end)
    if town is None or (start and text[start - 1].isalnum()):
        return -1
    return town.end()


@settings(max_examples=400)
@given(st.lists(CHARACTERS, max_size=16).map("".join))
def test_postal_code_and_town_reads_what_the_regular_expressions_match(text: str) -> None:
    for start in range(len(text)):
        for end in (start + 5, start + 6):
            if end <= len(text):
                expected = town_end_by_regex(text, start, end)
                assert numbers.postal_code_and_town(text, start, end) == expected


def test_postal_code_and_town_examples() -> None:
    assert numbers.postal_code_and_town("123 45 Storstad", 0, 6) == 15
    assert numbers.postal_code_and_town("12345  Ödeby.", 0, 5) == 12
    assert numbers.postal_code_and_town("023 45 Storstad", 0, 6) == -1  # no leading zero
    assert numbers.postal_code_and_town("123 45   Storstad", 0, 6) == -1  # three spaces
    assert numbers.postal_code_and_town("x12345 Storstad", 1, 6) == -1  # part of a code
    assert numbers.postal_code_and_town("123 45 storstad", 0, 6) == -1  # no capital


# Shape-buffer characters: digits, the separators RUN allows, letters and others.
_SHAPES = st.text(alphabet="0000 -+?()/Aa,\n", max_size=300)


@settings(max_examples=500)
@given(_SHAPES)
def test_the_run_reader_finds_what_the_run_expression_finds(shape):
    data = shape.encode("ascii")
    assert numbers.runs(data) == [m.span() for m in numbers.RUN.finditer(data)]


@pytest.mark.parametrize(
    "shape",
    ["000 00 Aa", "000 00  Aa", "000 00   Aa", "00000 Aa", "0 000 00 Aa", "000000 Aa",
     "00-00-00 0000", "000 - 000 00 00", "0000    000", "00000 aA", "000 00 A"],
)  # fmt: skip
def test_the_run_reader_agrees_on_postal_codes_and_separators(shape):
    data = shape.encode("ascii")
    assert numbers.runs(data) == [m.span() for m in numbers.RUN.finditer(data)]


@settings(max_examples=400)
@given(st.lists(CHARACTERS, max_size=24).map("".join))
def test_digits_of_a_run_are_what_the_expression_leaves(text: str) -> None:
    assert numbers.digits_of(text) == numbers._NOT_DIGIT.sub("", text)


@settings(max_examples=400)
@given(st.lists(CHARACTERS, max_size=24).map("".join))
def test_six_decimals_together_is_what_a_personnummer_needs_to_match(text: str) -> None:
    assert numbers.six_together(text) == bool(re.search(r"\d{6}", text))
    if not numbers.six_together(text):
        assert numbers.PERSONNUMMER.search(text) is None


def test_a_grouped_phone_number_has_no_six_digits_together() -> None:
    assert not numbers.six_together("076-569 19 74")
    assert numbers.six_together("850709-9805")
    assert numbers.digits_of("076-569 19 74") == "0765691974"
    assert numbers.digits_of("٣١-12") == "٣١12"  # Arabic-Indic digits count, as \d does
