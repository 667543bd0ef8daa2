import json

from bench import documents

from tests.policy.conftest import SIGNATURE, message, verdict_of
from tests.testdata import personnummer, samordningsnummer, short_form
from varna.mail import read_message
from varna.policy import judge

PNR = personnummer(20)
SNR = samordningsnummer(4)


def test_it_blocks_a_personnummer_in_the_body_and_says_on_which_line(policy):
    verdict = verdict_of(policy, f"Hej!\n\nNy elev: Oskar Berg, {short_form(PNR)}." + SIGNATURE)
    assert verdict.verdict == "block"
    finding = verdict.findings[0]
    assert (finding.kind, finding.where, finding.count, finding.lines) == (
        "personnummer",
        "body",
        1,
        (3,),
    )
    assert "rad 3" in finding.message


def test_it_blocks_a_personnummer_in_the_subject(policy):
    verdict = verdict_of(policy, "Se ämnet.", subject=f"Betyg för {PNR}")
    assert [(f.kind, f.where) for f in verdict.findings] == [("personnummer", "subject")]


def test_it_blocks_a_samordningsnummer(policy):
    verdict = verdict_of(policy, f"Eleven har samordningsnummer {short_form(SNR)}.")
    assert verdict.verdict == "block"
    assert "samordningsnummer" in {f.kind for f in verdict.findings}


def test_it_blocks_a_personnummer_in_every_kind_of_attachment(policy):
    attachments = {
        "lista.xlsx": documents.xlsx([("A", [["Namn", "Pnr"], ["Åsa Berg", int(PNR)]])]),
        "intyg.pdf": documents.pdf([["Intyg", f"Personnummer {short_form(PNR)}"]]),
        "brev.docx": documents.docx([f"Gäller {PNR}"]),
        "brev.odt": documents.odt([f"Gäller {PNR}"]),
        "lista.ods": documents.ods([["Åsa", PNR]]),
        "lista.csv": f"namn;pnr\nÅsa;{PNR}\n".encode(),
        "arkiv.zip": documents.zip_archive([("inne/lista.txt", f"pnr {PNR}".encode())]),
    }
    for name, data in attachments.items():
        verdict = judge(message("Se bilaga.", attachments=[(name, data)]), policy)
        wheres = {f.where for f in verdict.findings if f.kind == "personnummer"}
        assert verdict.verdict == "block", name
        assert any(w.startswith(f"attachment:{name}") for w in wheres), (name, wheres)


def test_it_blocks_a_personnummer_in_quoted_history_and_advises_about_replies(policy):
    body = (
        f"Tack, jag återkommer.\n\nDen 3 maj skrev Sven Ek <sven.ek@gmail.com>:\n"
        f"> Min son har personnummer {short_form(PNR)}.\n"
    )
    verdict = verdict_of(policy, body, to=["Sven Ek <sven.ek@gmail.com>"])
    assert verdict.verdict == "block"
    assert any("citerad text" in advice for advice in verdict.advice)


def test_it_blocks_a_personnummer_in_an_outlook_message(policy):
    raw = documents.outlook_msg(
        documents.OutlookMessage(
            subject="Skolskjuts",
            body=f"Ansökan gäller {short_form(PNR)}.",
            sender="anna.lindqvist@solby.se",
            to=[("Skolskjuts", "skolskjuts@solby.se")],
        )
    )
    assert judge(read_message(raw), policy).verdict == "block"


def test_reasons_and_advice_never_show_a_raw_personnummer_unless_revealed(policy):
    verdict = verdict_of(policy, f"Personnummer {PNR} och {short_form(PNR)}.")
    plain = verdict.to_json(file="x.eml")
    assert PNR not in plain
    assert short_form(PNR) not in plain
    assert PNR[8:] not in plain.replace(PNR[:8], "")  # the last four digits are masked
    revealed = json.loads(verdict.to_json(file="x.eml", reveal=True))
    assert revealed["findings"][0]["values"] == [PNR]


def test_it_allows_a_message_full_of_numbers_that_are_not_personnummer(policy):
    body = (
        "Faktura 2024-1045 från Kontorsmaterial AB (org.nr 556677-8899) på 4 312,50 kr "
        "förfaller 2024-06-12. Betala till bankgiro 5050-1055 med OCR 20241045003. "
        "Avtalsnummer 8812345601, kundnummer 1987654321. Ring 0301-123 45."
    )
    assert verdict_of(policy, body).verdict == "allow"


def test_a_personnummer_in_an_attachment_name_blocks_and_is_not_echoed(policy):
    name = f"intyg_{PNR}.pdf"
    verdict = judge(message("Se bilaga.", attachments=[(name, documents.pdf([["Intyg"]]))]), policy)
    assert verdict.verdict == "block"
    assert PNR not in verdict.to_json(file="x.eml")
    assert verdict.findings[0].where == f"attachment:intyg_{PNR[:8]}****.pdf"


def test_a_name_and_a_diagnosis_in_an_attachment_name_block(policy):
    data = documents.docx(["Se rubriken."])
    verdict = judge(
        message("Bifogar.", attachments=[("Läkarintyg Elsa Nyström.docx", data)]), policy
    )
    assert verdict.verdict == "block"


def test_it_blocks_a_payslip_whose_personnummer_sits_among_amounts(policy):
    body = f"Lönespecifikation april\nSara Nilsson, {short_form(PNR)}\nBruttolön 32 400 kr"
    verdict = verdict_of(policy, body)
    assert verdict.verdict == "block"
    assert [f.kind for f in verdict.findings] == ["personnummer"]


def test_it_blocks_a_customer_list_with_personnummer_and_amounts_in_a_csv(policy):
    rows = f"Kund;Nummer;Belopp\nRobert Lind;{short_form(PNR)};2 450\n"
    verdict = judge(
        message("Underlag till inkasso.", attachments=[("inkasso.csv", rows.encode())]),
        policy,
    )
    assert verdict.verdict == "block"
    assert ("personnummer", "attachment:inkasso.csv") in {
        (f.kind, f.where) for f in verdict.findings
    }


def test_it_blocks_a_samordningsnummer_with_an_unknown_birth_month_in_a_date_column(policy):
    number = next(samordningsnummer(i) for i in range(15) if samordningsnummer(i)[4:6] == "00")
    body = f"Samordningsnr\tSpråk\tDatum\n{short_form(number)}\tDari\t2024-05-20"
    verdict = verdict_of(policy, body)
    assert verdict.verdict == "block"
    assert [f.kind for f in verdict.findings] == ["samordningsnummer"]


def test_it_allows_an_invoice_whose_ocr_number_happens_to_look_like_a_personnummer(policy):
    body = f"Faktura 2024-1187\nOCR-nummer: {PNR}\nBankgiro: 5050-1055\nBelopp: 12 500 kr"
    assert verdict_of(policy, body).verdict == "allow"
