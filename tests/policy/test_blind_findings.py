"""Rules added after the blind set (bench --set blind): how real mail points out a
person, and how staff are named in lists without being the people data is about."""

import pytest

from tests.policy.conftest import KARIN, SIGNATURE, SVEN, verdict_of

HR = "Malin Åkesson <malin.akesson@solby.se>"


@pytest.mark.parametrize(
    "body",
    [
        # A class written in lower case.
        "EK i 9c har skurit sig på underarmen igen.",
        "kan du kika på alva i 3b, hon har fått diagnosen adhd.",
        # A family pointed out by its surname.
        "Observera att det finns sekretessmarkering på familjen Karimi.",
        # Everyday words for illness, relapse and self-harm.
        "Wilmer har kräkts två gånger efter lunch.",
        "Min klient (han på Storgatan 14 B) har tagit återfall.",
    ],
)
def test_it_blocks_the_ways_real_mail_points_out_a_person(policy, body):
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]


def test_din_speaks_to_the_one_person_in_to_even_with_a_manager_in_cc(policy):
    body = "Hej Sven,\n\nDu kallas till ett rehabiliteringsmöte med anledning av din sjukskrivning."
    verdict = verdict_of(policy, body + SIGNATURE, to=(SVEN,), cc=(KARIN, HR))
    assert verdict.verdict == "block"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Din ansökan om ekonomiskt bistånd för juni är beviljad.", "block"),
        ("Inför din tid hos BUP på tisdag behöver vi ert samtycke.", "block"),
        ("Tack för ditt mejl om försörjningsstöd, mer finns på webben.", "allow"),
        ("Vi har tagit emot din fråga om LSS och återkommer.", "allow"),
    ],
)
def test_the_recipients_own_matter_is_about_them_but_a_question_is_a_topic(policy, body, expected):
    verdict = verdict_of(policy, "Hej Sven,\n\n" + body + SIGNATURE, to=(SVEN,))
    assert verdict.verdict == expected, [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "body",
    [
        "Närvarande: Camilla Sund (LSS), Peter Rask (hemtjänst), Amra Hodžić "
        "(försörjningsstöd)\n\n1. Rutinerna för samverkan gicks igenom.",
        "Välkommen till våra nya chefer: Petra Lindén (försörjningsstöd) och Rolf Berg (kost).",
        "Tack Gunilla Ström (Solbyskolan) och Bo Ek (Gata park) för många år!\n"
        "Företagshälsovården erbjuder samtalsstöd vid psykisk ohälsa.",
        "Kontakt: enhetschef Petra Lindén, 0511-171 00.\n"
        "Du möter människor med missbruk och psykisk ohälsa.",
        "Kommunpolisen Anders Fält och vi bjuder in till trygghetsvandring. "
        "Bakgrund: fler anmälda inbrott i centrum.",
        "Handledningen leds av Ulla Vikström, leg. psykoterapeut. "
        "Tema: familjer där det förekommer våld och missbruk.",
        "3. Rutin för avvikelser och lex Sarah.\n4. Sjukfrånvaron i förvaltningen.",
    ],
)
def test_it_allows_staff_named_in_their_work_next_to_their_units_and_topics(policy, body):
    verdict = verdict_of(policy, "Hej alla!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "body",
    [
        # A service in brackets after someone who is not staff is a service they get.
        "Utbetalningslista maj:\nAli Hassan (försörjningsstöd) 8 430 kr",
        "Närvarande: Kim Ek (långtidssjukskriven), Ola Berg",
        "Närvarande: Kalle Nilsson (elev, LSS), mamma Eva",
    ],
)
def test_a_list_of_people_still_blocks_what_it_says_about_them(policy, body):
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "body",
    [
        "Vi köper en 3d-skrivare till slöjden, den står på 2a våningen.",
        "Det har skurit sig mellan förvaltningarna om budgeten.",
    ],
)
def test_ordinals_and_idioms_are_not_pointers_or_injuries(policy, body):
    verdict = verdict_of(policy, "Hej!\n\n" + body + " Eva Ek tar det på mötet." + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]
