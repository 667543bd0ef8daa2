"""Phone numbers, e-mail addresses, street addresses, bank accounts and cards."""

from __future__ import annotations

from varna.detect import scan


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in scan(text) if f.kind != "name"]


def test_it_finds_phone_numbers_in_their_usual_forms():
    text = "Ring 070-123 45 67, 08-123 456 78, +46 70 123 45 67 eller (031) 12 34 56."
    assert [k for k, _ in found(text)] == ["phone"] * 4
    assert ("phone", "+46 70 123 45 67") in found(text)


def test_it_finds_an_e_mail_address():
    assert found("Skriv till anna.svensson@kommun.se.") == [
        ("email_address", "anna.svensson@kommun.se")
    ]
    assert found("Priset är 5 @ 10 kr") == []


def test_it_finds_a_street_address_with_postal_code():
    text = "Adressen är Storgatan 12 B, 123 45 Storstad."
    assert found(text) == [("address", "Storgatan 12 B, 123 45 Storstad")]


def test_a_street_name_without_a_number_is_not_an_address():
    assert found("Vi ses på Storgatan i morgon.") == []


def test_it_finds_a_bank_account_with_clearing_number():
    text = "Lönen sätts in på konto 8327-9, 123 456 789-0."
    assert found(text) == [("bank_account", "8327-9, 123 456 789-0")]


def test_it_finds_a_swedish_iban_and_checks_it():
    assert found("IBAN: SE45 5000 0000 0583 9825 7466") == [
        ("bank_account", "SE45 5000 0000 0583 9825 7466")
    ]
    assert found("IBAN: SE45 5000 0000 0583 9825 7467") == []


def test_it_finds_a_payment_card_but_not_a_luhn_valid_ocr_number():
    assert found("Kortnummer 4111 1111 1111 1111") == [("payment_card", "4111 1111 1111 1111")]
    assert found("OCR 4111111111111111") == []
    assert found("Kort 4111 1111 1111 1112") == []
