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


# Pieces of labels and payment words, in both cases and with the characters
# that case-insensitive matching folds ("K" Kelvin, "ſ" long s, "İ"), word
# characters that are no letters, and separators.
_LABEL_PIECES = st.sampled_from(
    ["OCR", "ocr", "Faktura", "fakturanr", "Ref", "ref", "art. nr", "Art nr", "ärende-id",
     "ÄRENDEID", "kund-id", "Tel", "tel.", "bg", "BG", "pg", "Bankgiro", "plusgironr", "nr",
     "nummer", "no", "id", ":", " ", "  ", ".", "-", "#", "=", "\t", "\n", "x", "_", "9", "٣",
     "K", "ſ", "İ", "sms", "Swish", "kod", "och", "personnummer", "é"]
)  # fmt: skip
_LABELLED_TEXTS = st.lists(_LABEL_PIECES, max_size=12).map("".join)


@settings(max_examples=600)
@given(_LABELLED_TEXTS, st.data())
def test_a_label_at_a_word_start_is_what_the_label_expression_finds(text: str, data) -> None:
    high = data.draw(st.integers(0, len(text)))
    low = data.draw(st.integers(0, high))
    expected = numbers._LABEL_BEFORE.search(text, low, high)
    found = numbers._at_word_start(
        numbers._LABEL_AT, numbers._LABEL_OPENINGS, text, low, high, False
    )
    assert (found is None) == (expected is None)
    if found is not None and expected is not None:
        assert found.span() == expected.span()


@settings(max_examples=600)
@given(_LABELLED_TEXTS, st.data())
def test_payment_words_at_word_starts_are_what_the_payment_expression_finds(
    text: str, data
) -> None:
    high = data.draw(st.integers(0, len(text)))
    low = data.draw(st.integers(0, high))
    every = [m.span() for m in numbers._PAYMENT_WORDS.finditer(text, low, high)]
    first = numbers._at_word_start(
        numbers._PAYMENT_AT, numbers._PAYMENT_OPENINGS, text, low, high, False
    )
    last = numbers._at_word_start(
        numbers._PAYMENT_AT, numbers._PAYMENT_OPENINGS, text, low, high, True
    )
    assert (first.span() if first else None) == (every[0] if every else None)
    assert (last.span() if last else None) == (every[-1] if every else None)


def test_every_label_word_opens_with_two_letters() -> None:
    # _openings relies on it: a pair of ASCII characters that opens none of
    # them opens no match.
    for word in numbers._LABEL_WORDS.split("|"):
        assert word[:2].isalpha(), word
    assert numbers._LABEL_OPENINGS[128 * ord("o") + ord("c")] == 1
    assert numbers._LABEL_OPENINGS[128 * ord("p") + ord("e")] == 0


def test_labels_and_payment_words_are_found_where_they_start_words() -> None:
    text = "Faktura nr: 8706092395, Bankgiro 123 och ärende-id 9001012385 ocr"
    label = numbers._at_word_start(numbers._LABEL_AT, numbers._LABEL_OPENINGS, text, 0, 12, False)
    assert label is not None
    assert label.span() == (0, 12)
    last = numbers._at_word_start(
        numbers._PAYMENT_AT, numbers._PAYMENT_OPENINGS, text, 0, len(text), True
    )
    assert last is not None
    assert last.group() == "ocr"
    assert (
        numbers._at_word_start(numbers._LABEL_AT, numbers._LABEL_OPENINGS, "xocr", 0, 4, False)
        is None
    )
