"""Rules added after the fourth blind set (bench --set blind4): care roles named in
their work, unit phone numbers, initials at a street address, and sensitive lines
below a signature marker."""

import pytest

from tests.policy.conftest import SIGNATURE, verdict_of


@pytest.mark.parametrize(
    "title",
    ["Anhörigkonsulent", "Demenssjuksköterska", "LSS-handläggare", "Aktivitetssamordnare"],
)
def test_a_care_role_named_in_its_work_does_not_point_out_a_person(policy, title):
    body = (
        f"Temakväll om demens och stroke på Solgården onsdag 18.00. {title} Berit Sand "
        "håller i kvällen."
    )
    verdict = verdict_of(policy, "Hej alla!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_a_client_next_to_a_care_role_word_still_points_the_person_out(policy):
    body = "Brukaren Berit Sand har demens och behöver hjälp av anhörigkonsulenten."
    assert verdict_of(policy, "Hej!\n\n" + body + SIGNATURE).verdict == "block"


@pytest.mark.parametrize(
    "unit",
    ["hemtjänst Söder", "Solbyskolan", "Vitsippans förskola:", "gruppbostad Linden,"],
)
def test_the_phone_number_of_a_care_or_school_unit_points_out_nobody(policy, unit):
    body = f"Jag är ledig i dag, så ärenden om hemtjänst och LSS går till {unit} 0301-12 34 56."
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_a_residents_own_number_still_points_the_resident_out(policy):
    body = "Boende 070-123 45 67 har fått beslut om hemtjänst och LSS i veckan."
    assert verdict_of(policy, "Hej!\n\n" + body + SIGNATURE).verdict == "block"
