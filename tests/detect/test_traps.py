"""Numbers that look like personnummer but are not, and must not be reported as such."""

from __future__ import annotations

import pytest

from tests.detect.conftest import TODAY, personnummer_sample, skatteverket
from varna.detect import scan

NUMBER = personnummer_sample()[500]
TEN = NUMBER[2:]


def kinds(text: str) -> list[str]:
    return [f.kind for f in scan(text, today=TODAY)]


@pytest.mark.parametrize(
    "text",
    [
        f"OCR: {TEN}",
        f"Betala till bankgiro 5050-1055 med OCR-nummer {TEN}.",
        f"Fakturanummer {TEN}",
        f"Artikelnummer {TEN} är slut i lager.",
        f"Ordernr {TEN[:6]}-{TEN[6:]}",
        f"Ring mig på tel {TEN}",
        f"Kundnummer: {TEN}",
    ],
)
def test_context_words_say_it_is_another_number(text):
    assert "personnummer" not in kinds(text)


def test_the_nearest_context_word_wins():
    text = f"Fakturan gäller eleven med personnummer {TEN[:6]}-{TEN[6:]}."
    assert "personnummer" in kinds(text)


def test_organisation_numbers_are_not_personnummer():
    for org in skatteverket()["organisationsnummer"]:
        assert kinds(f"Leverantören {org['separated_format']} fakturerar.") == []
    assert kinds("Kommunens organisationsnummer är 212000-1355.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mötet är 2024-05-17 kl. 13.30 i sal 204.",
        "Diarienummer BUN 2024/1187",
        "Postnummer 123 45",
        "Summa: 1 234 567 kronor",
        "Bankgiro 5050-1055, plusgiro 4 78 93-2",
        "Version 1.2.3.4567 släpptes 20240517.",
        "Tidsstämpel 20240517-1030",
    ],
)
def test_dates_amounts_and_payment_numbers_are_not_personal_data(text):
    assert not {"personnummer", "samordningsnummer", "payment_card"} & set(kinds(text))


def test_a_phone_number_is_a_phone_number():
    found = scan("Nås på 070-123 45 67 eller 08-123 456 78.", today=TODAY)
    assert [f.kind for f in found] == ["phone", "phone"]
