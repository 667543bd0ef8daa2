import pytest
from bench import documents

from tests.policy.conftest import KARIN, SIGNATURE, SVEN, message, verdict_of
from varna.policy import judge


@pytest.mark.parametrize(
    "body",
    [
        "Elsa Nyström i 4B har fått diagnosen ADHD efter utredningen.",
        "Eleven i 9C har en orosanmälan hos socialtjänsten.",
        "Patienten i rum 14 har diabetes och behöver insulin före frukost.",
        "Brukaren på avdelning Lärkan har fått en Alzheimerdiagnos.",
        "Min klient är dömd för grov misshandel.",
        "A.K. i åk 8 har varit utsatt för misshandel och en polisanmälan är gjord.",
        "Angående Lars Petersson: han har missbruksproblem sedan i vintras.",
        "Den nya eleven Sara har skyddad identitet och adressen får inte lämnas ut.",
        "Hennes son är placerad på HVB-hem efter en period av självskadebeteende.",
        "Medarbetaren Sofia Karlsson är sjukskriven på grund av utmattningssyndrom.",
        "Undersköterskan Malin Ek har fått diagnosen diskbråck efter ett lyft.",
        "Lisa har fått information om sin diagnos.",
        "Jag har pratat med Lindas mamma om hennes oro för dotterns ätstörning.",
    ],
)
def test_it_blocks_sensitive_data_about_an_identifiable_person(policy, body):
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]
    assert any("kan identifieras" in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "På studiedagen har vi en föreläsning om NPF – ADHD, autism och språkstörning. "
        "Föreläsare är specialpedagog Lena Ström.",
        "Antalet orosanmälningar ökade med 12 % under 2023 jämfört med året innan.",
        "Regeringen har beslutat om riksnormen för försörjningsstöd 2024.",
        "Om ett barn har feber ska det stanna hemma tills det varit feberfritt ett dygn.",
        "Om eleven blir sjuk under dagen ringer mentorn vårdnadshavaren.",
        "Inför mötet: en elev i årskurs 8 har behov av anpassningar på grund av en diagnos.",
        "Du kan ansöka om ekonomiskt bistånd digitalt. Har du frågor, kontakta "
        "socialsekreterare Jonas Berg på 0301-124 10.",
        "Forskning visar att allt fler unga lider av ångest och depression.",
        "Rutinen för hantering av skyddade personuppgifter finns på intranätet.",
        "Tack Peter för en bra föreläsning om hedersrelaterat våld!",
        "Enligt socialminister Jakob Forssmed ska LSS-reformen stärka rätten till assistans.",
    ],
)
def test_it_allows_general_discussion_without_an_identifiable_person(policy, body):
    verdict = verdict_of(policy, "Hej alla!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_a_disclaimer_about_secrecy_in_the_signature_does_not_block(policy):
    body = (
        "Hej Karin!\n\nVi ses på mötet i morgon kl 10."
        + SIGNATURE
        + "\n\nDetta e-postmeddelande kan innehålla information som omfattas av sekretess. "
        "Om du har fått det av misstag, meddela avsändaren."
    )
    assert verdict_of(policy, body).verdict == "allow"


def test_it_blocks_a_spreadsheet_row_with_a_name_and_a_diagnosis(policy):
    data = documents.xlsx(
        [
            (
                "Elevhälsa",
                [["Elev", "Klass", "Hälsa"], ["Ebba Lund", "7A", "Astma, inhalator vid idrott"]],
            )
        ]
    )
    verdict = judge(message("Se bifogat.", attachments=[("halsa.xlsx", data)]), policy)
    assert verdict.verdict == "block"
    assert verdict.findings[0].where == "attachment:halsa.xlsx"


def test_it_blocks_a_decision_about_the_single_recipient(policy):
    verdict = verdict_of(
        policy,
        "Hej!\n\nDu har beviljats försörjningsstöd för juni.",
        to=["kenneth.ahl@hotmail.com"],
    )
    assert verdict.verdict == "block"


def test_the_same_words_to_many_recipients_are_general_information(policy):
    verdict = verdict_of(
        policy,
        "Hej!\n\nDu som har frågor om försörjningsstöd kan ringa oss.",
        to=[KARIN],
        bcc=[SVEN, "a.lind@gmail.com"],
    )
    assert verdict.verdict == "allow"


def test_the_reason_says_what_points_out_the_person_without_naming_them(policy):
    verdict = verdict_of(policy, "Elsa Nyström i 4B har fått diagnosen ADHD.")
    message_text = verdict.findings[0].message
    assert "Elsa" not in message_text
    assert "namn" in message_text
    assert "rad 1" in message_text


def test_a_name_in_a_long_document_does_not_reach_general_text_pages_away(policy):
    lines = ["Personalnytt maj", "Välkommen Sara Nilsson, ny medarbetare på HR!"]
    lines += [f"Punkt {i}: lokalerna renoveras under sommaren." for i in range(8)]
    lines += ["Friskvård: ta hand om din psykiska hälsa och använd friskvårdsbidraget."]
    data = documents.docx(lines)
    verdict = judge(message("Se bifogat nyhetsbrev.", attachments=[("nytt.docx", data)]), policy)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]
