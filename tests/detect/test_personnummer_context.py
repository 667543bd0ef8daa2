"""Context words around a valid personnummer: words that come with amounts, dates
and customer lists do not drop it; a label naming another kind of number does."""

from __future__ import annotations

import pytest

from tests.detect.conftest import TODAY, personnummer_sample
from varna.detect import scan

NUMBER = personnummer_sample()[1488]  # born 1987: the short forms need no "+"
TEN = NUMBER[2:]
SHORT = f"{TEN[:6]}-{TEN[6:]}"
LONG = f"{NUMBER[:8]}-{NUMBER[8:]}"
EN_DASH = f"{TEN[:6]}\u2013{TEN[6:]}"


def personnummer_found(text: str) -> list[str]:
    return [f.value for f in scan(text, today=TODAY) if f.kind == "personnummer"]


@pytest.mark.parametrize("written", [SHORT, LONG, EN_DASH, f"{TEN[:6]} {TEN[6:]}"])
@pytest.mark.parametrize(
    "template",
    [
        "Lönespecifikation maj\nSara Nilsson, {n}\nBruttolön 32 400 kr",
        "Kund: Erik Berg, {n}, belopp 1 250 kr, förfallen 2024-04-30",
        "Summa att betala för {n}: 640 kronor",
        "Datum;Namn;Nummer\n2024-05-13;Eva Ek;{n}",
        "Konto 8327-9 123 456 789-0 tillhör {n}",
        "Avtal med enskild firma, org.nr {n}, moms 25 %",
        "Fakturan avser Gunnel Åberg, {n}, avgift för maj",
    ],
)
def test_a_separated_personnummer_is_kept_among_amounts_dates_and_customer_words(template, written):
    assert personnummer_found(template.format(n=written)) == [NUMBER]


@pytest.mark.parametrize(
    "text",
    [
        f"Jenny Ås;{TEN};8327;9123456;28450,00",
        f"Kund: Erik Berg {TEN} belopp 1 250 kr",
        f"Lön 32 400 kr till {NUMBER}",
    ],
)
def test_a_bare_personnummer_is_kept_among_amounts_and_customer_words(text):
    assert personnummer_found(text) == [NUMBER]


@pytest.mark.parametrize(
    "text",
    [
        f"OCR: {TEN}",
        f"OCR-nummer {NUMBER}",
        f"Fakturanr. {TEN}",
        f"Artikelnummer: {TEN}",
        f"Referens {TEN}",
        f"Ordernummer {SHORT}",
        f"Tel. {TEN}",
        f"Tidsstämpel i loggen: {LONG}",
        f"Kundnummer: {TEN}",
    ],
)
def test_a_label_right_before_the_number_says_it_is_another_number(text):
    assert personnummer_found(text) == []


def test_a_payment_reference_header_covers_the_bare_numbers_below_it():
    text = f"OCR\tBelopp\n{TEN}\t1 250 kr"
    assert personnummer_found(text) == []


def test_a_payment_reference_word_further_away_does_not_hide_a_separated_personnummer():
    text = f"Betala med OCR-nummeret på avin. Gäller Erik Berg, {SHORT}."
    assert personnummer_found(text) == [NUMBER]


def test_a_personnummer_word_nearer_than_the_label_wins():
    text = f"OCR-nummer saknas på avin, personnummer {TEN}"
    assert personnummer_found(text) == [NUMBER]


def test_a_check_digit_typo_near_amount_words_is_still_not_reported():
    wrong = TEN[:-1] + str((int(TEN[-1]) + 1) % 10)
    assert personnummer_found(f"Belopp 1 250 kr, {wrong[:6]}-{wrong[6:]}") == []
