"""Rules added after the fourth blind set (bench --set blind4): care roles named in
their work, unit phone numbers, initials at a street address, and sensitive lines
below a signature marker."""

import pytest

from tests.policy.conftest import SIGNATURE, verdict_of
from varna.policy.layout import Layout


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


def test_a_note_about_a_client_below_the_signature_marker_is_not_the_signature(policy):
    body = (
        "Hej!\n\nPärmen ligger i personalrummet.\n\nmvh Anna\nLärare, Solby skola\n--\n"
        "gäller Olle Sand, Ekvägen 2: epilepsi, vid anfall ge medicinen och ring 112 direkt"
    )
    verdict = verdict_of(policy, body)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]


def test_a_signature_with_a_long_title_and_a_disclaimer_stays_a_signature():
    text = (
        "Hej!\n\nMötet flyttas till torsdag.\n\nMed vänliga hälsningar\nAnna Lindqvist\n"
        "Samordnare för hemtjänst och boendestöd inom vård och omsorg, Solby kommun\n"
        "När du mejlar oss behandlar vi dina personuppgifter enligt dataskyddsförordningen.\n"
        "Eva Holm är vikarie under sommaren och nås på växeln"
    )
    layout = Layout(text)
    for line in ("Samordnare", "När du mejlar", "Eva Holm"):
        assert layout.in_correspondence(text.index(line)), line


def test_a_line_of_prose_ends_the_signature_and_what_follows_it():
    text = (
        "Hej!\n\nNyckeln ligger i skåpet.\n\nmvh Anna\n--\n"
        "brukaren på rummet bredvid har fått en ny rullstol och behöver hjälp med den\nOlle Sand"
    )
    layout = Layout(text)
    assert layout.in_correspondence(text.index("mvh"))
    assert not layout.in_correspondence(text.index("brukaren"))
    assert not layout.in_correspondence(text.index("Olle Sand"))


def test_initials_before_a_street_address_point_out_a_household(policy):
    body = "Besök i kväll:\nAL Storgatan 10\nFick ny kateter och sov sedan hela natten."
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]


def test_a_street_address_alone_on_its_line_points_out_no_one_on_the_next(policy):
    body = "Besök i kväll:\nStorgatan 10\nFick ny kateter och sov sedan hela natten."
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]
