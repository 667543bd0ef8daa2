"""Rules added after the fifth blind set (bench --set blind5): rooms named like
people, party members whose surname is also a place, general questions about a
service, and sick-leave columns."""

import pytest
from bench import documents

from tests.policy.conftest import SIGNATURE, message, verdict_of
from varna.policy import judge
from varna.policy.tables import column_findings


def test_parties_meeting_in_rooms_named_like_people_point_out_nobody(policy):
    body = (
        "Vänsterpartiet träffas kl 17 i rum Lind och Kristdemokraterna kl 18 i salen Holm. "
        "Kommunal och Vision har bokat mötesrummet Ek."
    )
    verdict = verdict_of(policy, "Hej alla!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


@pytest.mark.parametrize("surname", ["Ås", "Vik", "Mora"])
def test_a_party_member_whose_surname_is_also_a_place_is_named_in_the_role(policy, surname):
    body = (
        "Sessionssalen är bokad: Vänsterpartiet kl 17, Kristdemokraterna kl 18.\n"
        f"Gruppledare: Johan {surname} (KD), Maria Lund (V)."
    )
    verdict = verdict_of(policy, "Hej alla!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_a_person_in_a_room_with_a_party_is_still_pointed_out(policy):
    body = "Pontus Sahlin är medlem i Vänsterpartiet, vi ses i rum Ek."
    assert verdict_of(policy, "Hej!\n\n" + body + SIGNATURE).verdict == "block"


@pytest.mark.parametrize(
    "question",
    [
        "Hur lång väntetid är det just nu för ansökningar om ekonomiskt bistånd?",
        "Vilka regler gäller för hemtjänst på helger i er kommun?",
        "Hur många ansökningar om LSS fick ni förra året?",
    ],
)
def test_a_signed_general_question_about_a_service_points_out_nobody(policy, question):
    body = (
        f"Vidarebefordrar.\n\n> Hej, {question} Jag sammanställer svar till föreningens "
        "medlemsblad.\n> Gunnel Sahlin, SPF Solby"
    )
    verdict = verdict_of(policy, body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "question",
    [
        "Min pappa har ansökt om hemtjänst, hur lång är handläggningstiden?",
        "Hur lång väntetid är det innan hon får hemtjänst?",
    ],
)
def test_a_question_that_says_someone_applies_for_a_service_still_points_them_out(policy, question):
    body = f"Vidarebefordrar.\n\n> Hej, {question}\n> Gunnel Sahlin, Solby"
    assert verdict_of(policy, body + SIGNATURE).verdict == "block"


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Sjukdagar", "5 dagar"),
        ("Sjukfrånvaro (dagar)", "3 dagar"),
        ("Karens", "ja"),
        ("Sjukskriven", "ja, 50 %"),
        ("Sjuklön", "2 430 kr"),
    ],
)
def test_a_spreadsheet_of_named_staff_with_their_sick_leave_blocks(policy, header, value):
    sheet = documents.xlsx(
        [("Maj", [["Namn", "Enhet", header], ["Greta Holmqvist", "Kök", value]])]
    )
    parsed = message("Underlag till lönen.", attachments=[("maj.xlsx", sheet)])
    verdict = judge(parsed, policy)
    assert verdict.verdict == "block"
    assert ("health", "attachment:maj.xlsx") in {(f.kind, f.where) for f in verdict.findings}


def test_a_spreadsheet_of_named_staff_with_their_sick_days_as_numbers_blocks(policy):
    sheet = documents.xlsx(
        [("Maj", [["Namn", "Enhet", "Sjukdagar"], ["Greta Holmqvist", "Kök", 4]])]
    )
    parsed = message("Underlag till lönen.", attachments=[("maj.xlsx", sheet)])
    verdict = judge(parsed, policy)
    assert verdict.verdict == "block"
    assert ("health", "attachment:maj.xlsx") in {(f.kind, f.where) for f in verdict.findings}


def test_a_csv_of_named_staff_with_their_sick_days_blocks(policy):
    csv = "Namn;Antal sjukdagar;Karensavdrag\nGreta Holmqvist;4;1 120\nArvid Nordén;0;0\n"
    parsed = message("Underlag till lönen.", attachments=[("maj.csv", csv.encode())])
    assert judge(parsed, policy).verdict == "block"


def test_sick_leave_per_unit_without_names_stays_statistics(policy):
    sheet = documents.xlsx(
        [
            (
                "Q1",
                [
                    ["Enhet", "Sjukdagar", "Sjuklön"],
                    ["Kök", "41", "38 200"],
                    ["Städ", "17", "9 900"],
                ],
            )
        ]
    )
    parsed = message("Sjukfrånvaron per enhet.", attachments=[("q1.xlsx", sheet)])
    assert judge(parsed, policy).verdict == "allow"


def test_a_named_employee_with_no_sick_days_has_no_health_data():
    text = "Namn\tSjukdagar\tKarens\nGreta Holmqvist\t0\tnej\nArvid Nordén\t2\tja\n"
    assert [f.value for f in column_findings(text)] == ["2", "ja"]
