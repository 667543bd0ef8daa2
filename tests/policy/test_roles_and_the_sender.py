"""Who sensitive data is about: the sender writing about themself, staff and elected
representatives in their role, and numbers that only look like rooms."""

import pytest
from bench import documents

from tests.policy.conftest import SIGNATURE, message, verdict_of
from varna.policy import judge


@pytest.mark.parametrize(
    "body",
    [
        "Jag har fått diagnosen diabetes typ 2 och blir sjukskriven två veckor.",
        "Jag är sjukskriven resten av månaden, läkarintyget kommer på posten.",
        "Jag tar Sertralin sedan i vintras och blir trött på eftermiddagarna.",
        "Bifogar mitt läkarintyg inför rehabmötet.",
        "Jag är medlem i Kommunal och vill ha med en facklig företrädare.",
    ],
)
def test_it_blocks_the_senders_own_sensitive_data(policy, body):
    verdict = verdict_of(policy, "Hej Karin!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "body",
    [
        "Jag är sjuk i dag och stannar hemma.",
        "Jag har en elev med diabetes i klassen, hur gör ni med insulinet på utflykter?",
        "Jag är handläggare för försörjningsstöd och LSS i norra området.",
        "Jag har bokat en föreläsning om psykisk ohälsa till studiedagen.",
        "Om jag blir sjukskriven, vem tar över mina ärenden?",
    ],
)
def test_it_allows_the_sender_speaking_of_others_in_general_or_of_everyday_sickness(policy, body):
    verdict = verdict_of(policy, "Hej Karin!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "body",
    [
        "Socialsekreterare Jonas Berg har socialjouren i helgen för frågor om "
        "försörjningsstöd och orosanmälningar.",
        "Din kontaktperson är Jonas Berg, socialsekreterare, 0301-456 78.",
        "Ring Jonas Berg om du har frågor om försörjningsstöd.",
        "Kommunstyrelsens ordförande Eva Ström (M) inledde. Ali Demir (S) reserverade sig. "
        "Vänsterpartiets ledamot yrkade avslag.",
        "Fackliga företrädare Eva Sund (Kommunal) och Leif Berg (Vision) kallas till "
        "förhandlingen om hemtjänsten.",
        "Vi vill att fler ska kunna bo kvar hemma med demens, säger ordföranden Bengt Ros (C).",
    ],
)
def test_it_allows_staff_and_representatives_named_in_their_role(policy, body):
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "body",
    [
        "Socialsekreterare Jonas Berg har fått diagnosen utmattningssyndrom.",
        "Eva Ström (M) är sjukskriven för depression.",
        "Peter Holm på gatukontoret är aktiv i Vänsterpartiet och vill ha ledigt.",
    ],
)
def test_a_role_does_not_excuse_sensitive_data_about_the_person_holding_it(policy, body):
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]


def test_amounts_in_a_budget_sheet_are_not_room_numbers(policy):
    sheet = documents.xlsx(
        [
            (
                "Blad1",
                [
                    ["Verksamhet", "Budget 2024", "Budget 2025"],
                    ["Särskilt boende", 121300000, 125900000],
                    ["Försörjningsstöd", 38200000, 40100000],
                ],
            )
        ]
    )
    verdict = judge(message("Budgeten bifogas.", attachments=[("budget.xlsx", sheet)]), policy)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_a_room_number_still_points_out_a_resident(policy):
    verdict = verdict_of(policy, "Kvinnan på rum 14 har ramlat, misstänkt höftfraktur.")
    assert verdict.verdict == "block"
