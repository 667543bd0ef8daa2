"""Rules added after the second blind set (bench --set blind2): homes, the numbers of
units and unions, and "du" that speaks to someone other than the recipient."""

import pytest

from tests.policy.conftest import SIGNATURE, verdict_of


@pytest.mark.parametrize(
    "body",
    [
        "Grannen på Lärkstigen 3 A, 1 tr ringde i morse. Det hörs skrik från lägenheten "
        "varje kväll. Vi gör en ny aktualisering i dag.",
        "Familjen bor numera på Tallvägen 9. Det blev ett nytt möte i går. Ansökan om "
        "försörjningsstöd för april är beviljad.",
    ],
)
def test_a_home_address_points_out_a_household_across_the_paragraph(policy, body):
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]
    assert "bostadsadress" in verdict.findings[0].message


def test_a_venue_address_does_not_point_out_anyone_beyond_its_sentence(policy):
    body = (
        "Föreläsningen hålls på Kyrkogatan 5 i Solby. Kaffe serveras från 13.00. "
        "Vi tar upp psykisk ohälsa och självskadebeteende bland unga."
    )
    assert verdict_of(policy, "Hej!\n\n" + body + SIGNATURE).verdict == "allow"


@pytest.mark.parametrize(
    "body",
    [
        "Påminnelse om rutinen: misstänker du att en elev far illa ska en anmälan göras "
        "till socialtjänstens mottagning, 0301-200 00, samma dag.",
        "Frågor om lönerevisionen? Facklig kontakt: Vision, 0301-200 55.",
    ],
)
def test_the_number_of_a_unit_or_a_union_points_out_nobody(policy, body):
    verdict = verdict_of(policy, "Hej Karin,\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_the_number_of_a_person_still_points_them_out(policy):
    body = "Mamman nås på 070-123 45 67 och har ett pågående ärende hos socialtjänsten."
    assert verdict_of(policy, "Hej Karin,\n\n" + body + SIGNATURE).verdict == "block"


@pytest.mark.parametrize(
    "body",
    [
        # Quoted text: the "du" is the quotation's reader.
        'Här är utkastet till annonsen:\n\n"Vi anställer en biståndshandläggare. Du har '
        'erfarenhet av utredningar enligt LSS och SoL. Ansök senast 1 maj."',
        # A job advertisement speaks to whoever applies.
        "Här är utkastet till annonsen:\n\nVi söker en biståndshandläggare till "
        "vuxenenheten. Du har erfarenhet av utredningar enligt LSS och SoL.",
    ],
)
def test_du_in_a_quotation_or_an_advert_is_not_the_recipient(policy, body):
    verdict = verdict_of(policy, "Hej Karin,\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_du_written_to_the_recipient_still_speaks_about_them(policy):
    body = 'Du har beviljats försörjningsstöd för maj. Skriv "klar" när du läst detta.'
    assert verdict_of(policy, "Hej Karin,\n\n" + body + SIGNATURE).verdict == "block"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Vi ses i stadshuset, rum Ekbacken, och går igenom nya scheman i hemtjänsten.",
            "allow",
        ),
        ("På rum 7 finns sedan i går en ny kvinna med diagnosen diabetes.", "block"),
    ],
)
def test_a_named_room_is_a_meeting_room_but_a_numbered_room_is_someones(policy, body, expected):
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == expected, [f.message for f in verdict.findings]
