from hypothesis import given
from hypothesis import strategies as st

from varna.detect.identifiers import luhn

digits = st.text(alphabet="0123456789", min_size=1, max_size=30)


@given(digits)
def test_the_check_digit_it_calculates_always_validates(number):
    assert luhn.is_valid(number + luhn.calc_check_digit(number))


@given(digits)
def test_exactly_one_check_digit_validates(number):
    valid = [d for d in "0123456789" if luhn.is_valid(number + d)]
    assert valid == [luhn.calc_check_digit(number)]


def test_it_rejects_anything_but_ascii_digits():
    assert not luhn.is_valid("")
    assert not luhn.is_valid("12 34")
    assert not luhn.is_valid("١٢٣")  # Arabic-Indic digits are digits, but not ours
