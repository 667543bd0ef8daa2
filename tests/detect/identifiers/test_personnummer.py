from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.detect.conftest import TODAY, personnummer_sample, samordningsnummer_sample, skatteverket
from varna.detect.identifiers import personnummer, samordningsnummer
from varna.detect.identifiers.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

PINS = personnummer_sample()
COORDS = samordningsnummer_sample()


def test_every_sampled_skatteverket_number_is_valid():
    assert all(personnummer.is_valid(p) for p in PINS)
    assert all(samordningsnummer.is_valid(c) for c in COORDS)
    assert not any(personnummer.is_samordningsnummer(p) for p in PINS)


@given(st.sampled_from(PINS))
def test_validate_round_trips_the_long_format(number):
    assert personnummer.validate(personnummer.format(number)) == number


@given(st.sampled_from(PINS + COORDS))
def test_validate_round_trips_the_short_format_with_the_right_separator(number):
    short = personnummer.format_short(number, today=TODAY)
    assert personnummer.validate(short, today=TODAY) == number


@given(st.sampled_from(PINS), st.sampled_from(["-", "–", " ", "", "\u2011"]))
def test_any_separator_gives_the_same_twelve_digits(number, separator):
    written = number[:8] + separator + number[8:]
    assert personnummer.compact(written) == number


def test_the_plus_sign_means_a_hundred_years_older():
    assert personnummer.validate("090527+1474", today=TODAY) == "190905271474"
    assert personnummer.validate("090527-1474", today=TODAY) == "200905271474"


def test_it_knows_leap_years():
    assert personnummer.is_valid("20000229-2399")  # 2000 is a leap year
    leap_days = [p for p in PINS if p[4:8] == "0229"]
    assert leap_days
    for number in leap_days:
        assert personnummer.birth_date(number) == date(int(number[:4]), 2, 29)
    with pytest.raises(InvalidComponent):
        personnummer.validate("19000229-2399")  # 1900 was not


def test_skatteverkets_valid_and_invalid_cases_are_classified_as_listed():
    for case in skatteverket()["cases"]:
        written = str(case["long_format"])
        if " " in written:
            # The list calls "19090527 1474" invalid; people do write a space, so we accept it.
            assert personnummer.is_valid(written)
            continue
        assert personnummer.is_valid(written) == case["valid"], case["separated_long"]


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("19900101-238", InvalidLength),
        ("19900101-2384", InvalidChecksum),
        ("19901301-2385", InvalidComponent),
        ("1990O101-2385", InvalidFormat),
        ("17900101-2385", InvalidComponent),
    ],
)
def test_it_says_what_is_wrong(number, error):
    with pytest.raises(error):
        personnummer.validate(number)


def test_error_messages_never_contain_the_number():
    with pytest.raises(ValidationError) as raised:
        personnummer.validate("19900101-2384")
    assert "2384" not in str(raised.value)
    assert "900101" not in str(raised.value)


def test_a_samordningsnummer_has_sixty_added_to_the_day():
    number = COORDS[0]
    assert samordningsnummer.validate(number) == number
    born = personnummer.birth_date(number)
    assert born.day == int(number[6:8]) - 60
    with pytest.raises(InvalidComponent):
        samordningsnummer.validate(PINS[0])


def test_organisation_numbers_are_not_personnummer():
    for org in skatteverket()["organisationsnummer"]:
        assert not personnummer.is_valid(org["separated_format"], today=TODAY)
