import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.detect.conftest import skatteverket
from varna.detect.identifiers import bank_account, iban, luhn, orgnr, payment_card, phone
from varna.detect.identifiers.exceptions import InvalidComponent, InvalidLength

# The card networks' and banks' published test numbers.
CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005", "4012888888881881"]


def test_skatteverkets_organisation_numbers_validate_and_round_trip():
    for org in skatteverket()["organisationsnummer"]:
        number = orgnr.validate(org["separated_format"])
        assert orgnr.validate(orgnr.format(number)) == number


def test_an_organisation_number_needs_a_month_of_twenty_or_more():
    with pytest.raises(InvalidComponent):
        orgnr.validate("900101-2385")


@pytest.mark.parametrize("card", CARDS)
def test_test_cards_validate_and_round_trip(card):
    number = payment_card.validate(card)
    assert payment_card.validate(payment_card.format(number)) == number
    assert payment_card.mask(number).endswith(number[-4:])
    assert number[:6] not in payment_card.mask(number)


@given(st.text(alphabet="0123456789", min_size=15, max_size=15))
def test_a_card_number_with_a_luhn_digit_and_a_visa_prefix_validates(body):
    number = "4" + body[:14]
    number += luhn.calc_check_digit(number)
    assert payment_card.is_valid(number)
    assert payment_card.validate(payment_card.format(number)) == number


def test_iban_round_trips_and_rejects_a_changed_digit():
    value = iban.validate("SE45 5000 0000 0583 9825 7466")
    assert iban.validate(iban.format(value)) == value
    assert not iban.is_valid("SE45 5000 0000 0583 9825 7476")
    with pytest.raises(InvalidLength):
        iban.validate("SE45 5000 0000 0583 9825 74")


@given(st.text(alphabet="0123456789", min_size=7, max_size=9).filter(lambda s: s[0] != "0"))
def test_swedish_phone_numbers_round_trip_through_the_written_form(national):
    e164 = "+46" + national
    assert phone.validate(phone.format(e164)) == e164


def test_phone_numbers_are_read_in_the_usual_written_forms():
    for written in ("070-123 45 67", "0701234567", "+46 70 123 45 67", "0046701234567"):
        assert phone.validate(written) == "+46701234567"
    assert phone.is_mobile("070-123 45 67")
    assert not phone.is_valid("123 45")


def test_bank_accounts_know_the_bank_and_the_check_digit():
    assert bank_account.bank("6000 123456789") == "Handelsbanken"
    assert bank_account.checksum_ok("3300", "9001012385")  # Nordea personkonto
    assert not bank_account.checksum_ok("3300", "9001012384")
    assert bank_account.split("8327-9 123 456 789-0") == ("83279", "1234567890")
    with pytest.raises(InvalidComponent):
        bank_account.validate("0999 1234567")


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_a_handelsbanken_account_with_its_mod_11_digit_validates(body):
    # Type 2, comment 2: modulus 11 over the nine-digit account.
    for check in "0123456789":
        account = body[:8] + check
        if bank_account.checksum_ok("6000", account):
            assert bank_account.validate(bank_account.format("6000" + account))
            return
