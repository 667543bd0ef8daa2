"""Rules added after the fifth blind set (bench --set blind5): rooms named like
people, party members whose surname is also a place, general questions about a
service, and sick-leave columns."""

import pytest

from tests.policy.conftest import SIGNATURE, verdict_of


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
