"""Every sampled Skatteverket number is found in every way people write it."""

from __future__ import annotations

import pytest

from tests.detect.conftest import TODAY, personnummer_sample, samordningsnummer_sample
from varna.detect import scan
from varna.detect.identifiers import personnummer

PINS = personnummer_sample()
COORDS = samordningsnummer_sample()
# Where a number sits: prose, a CSV cell, a table row, brackets, end of sentence.
SURROUNDINGS = [
    "Personnummer: {}.",
    "Eleven ({}) har flyttat.",
    "Namn;{};Klass 7B",
    "| Kalle | {} | 7B |",
    "{},",
    "Hon har pnr {}!",
    "\t{}\n",
]


def written_forms(number: str) -> list[tuple[str, bool]]:
    """(written form, whether the twelve digits can be recovered from it)."""
    short = personnummer.format_short(number, today=TODAY)
    separator = short[6]
    ten = number[2:8] + number[8:]
    # Without a separator the century of someone aged 100+ cannot be known.
    exact = separator == "-"
    return [
        (f"{number[:8]}-{number[8:]}", True),
        (number, True),
        (short, True),
        (short.replace(separator, "–") if separator == "-" else short, True),
        (ten, exact),
        (f"{number[2:8]} {number[8:]}", exact),
    ]


def found_numbers(text: str) -> list[str]:
    return [
        f.value for f in scan(text, today=TODAY) if f.kind in ("personnummer", "samordningsnummer")
    ]


@pytest.mark.parametrize("surrounding", SURROUNDINGS)
def test_every_sampled_personnummer_is_found_in_every_written_form(surrounding):
    missed = []
    for number in PINS:
        for written, exact in written_forms(number):
            values = found_numbers(surrounding.format(written))
            expected = number if exact else None
            if (
                len(values) != 1
                or (expected and values[0] != expected)
                or values[0][2:] != number[2:]
            ):
                missed.append(written)
    assert missed == []


def test_every_sampled_samordningsnummer_is_found_as_one():
    for number in COORDS:
        for written, exact in written_forms(number):
            findings = scan(f"Samordningsnummer {written} gäller.", today=TODAY)
            kinds = [f.kind for f in findings if f.kind.endswith("nummer")]
            assert kinds == ["samordningsnummer"], written
            if exact:
                assert findings[0].value == number


def test_a_finding_shows_only_the_birth_date_and_two_digits():
    number = PINS[100]
    (finding,) = scan(f"pnr {number}", today=TODAY)
    assert finding.masked == f"{number[:8]}-{number[8:10]}**"
    assert number not in finding.masked
    assert number not in finding.explanation


def test_a_typo_in_the_check_digit_next_to_the_word_personnummer_is_reported_lower():
    number = PINS[200]
    typo = number[:-1] + str((int(number[-1]) + 1) % 10)
    (finding,) = scan(f"Personnummer {typo[:8]}-{typo[8:]}", today=TODAY)
    assert finding.kind == "personnummer"
    assert finding.score < 0.5
    assert "skrivfel" in finding.explanation
    assert scan(f"Beställning {typo[:8]}-{typo[8:]}", today=TODAY) == []


# Born in the 1980s: the short form needs no "+".
ADULT = next(pin for pin in PINS if pin.startswith("198"))


def test_the_last_four_digits_written_in_pairs_are_found_next_to_a_personnummer_word():
    number = ADULT
    paired = f"{number[2:8]}-{number[8:10]} {number[10:]}"
    assert found_numbers(f"Elevens pnr {paired} enligt ansökan.") == [number]
    assert found_numbers(f"Personnummer: {number[:8]}-{number[8:10]} {number[10:]}") == [number]


def test_the_last_four_digits_in_pairs_without_a_personnummer_word_are_no_personnummer():
    number = ADULT
    assert found_numbers(f"Referens {number[2:8]}-{number[8:10]} {number[10:]}") == []
