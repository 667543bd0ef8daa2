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
