from tests.policy.conftest import verdict_of
from tests.testdata import personnummer, samordningsnummer, short_form
from varna.detect import scan
from varna.policy.judge import scan_with_safety_net
from varna.policy.safety_net import missed_identifiers

PNR = personnummer(33)


def test_a_valid_personnummer_on_a_payslip_blocks_even_among_amounts(policy):
    body = f"Lönespecifikation april\nSara Nilsson, {short_form(PNR)}\nBruttolön 32 400 kr"
    verdict = verdict_of(policy, body)
    assert verdict.verdict == "block"
    assert verdict.findings[0].kind == "personnummer"


def test_a_samordningsnummer_with_unknown_birth_month_is_recognised():
    number = next(samordningsnummer(i) for i in range(15) if samordningsnummer(i)[4:6] == "00")
    text = f"Samordningsnummer {short_form(number)}"
    found = [f for f in scan_with_safety_net(scan, text) if f.kind == "samordningsnummer"]
    assert [f.value for f in found] == [number]
    assert found[0].masked.endswith("**")
    assert missed_identifiers(text, []) != []  # the net alone would have caught it too


def test_other_numbers_with_dashes_are_left_alone():
    text = (
        "Org.nr 556677-8899, faktura 2024-1045, OCR 20241045003, bankgiro 5050-1055, "
        "datum 2024-05-13, ärende INC201912011234, tel 0301-123 45"
    )
    assert missed_identifiers(text, scan(text)) == []
