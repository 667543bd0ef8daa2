"""Rules added after the sixth blind set (bench --set blind6): staff named with a
compound, qualified or organisation-bound title, hyphenated first names, unnamed
people of a given age in the news, and initials with a class."""

import pytest

from tests.policy.conftest import SIGNATURE, verdict_of


@pytest.mark.parametrize(
    "body",
    [
        # A compound title in the definite form, the job written before the title.
        "I morgon leder diabetessjuksköterskan Sofia Berg en kurs om insulinbehandling "
        "och kosthållning.",
        # An organisation in the genitive and a compound title.
        "Regionens utvecklingsledare Johan Ek håller en föreläsning om missbruk och "
        "beroende för förskola och socialtjänst.",
        # A modifier and a unit in the title.
        "Karin Holm är tillförordnad enhetschef för hemtjänst Söder under maj medan "
        "Petra är ledig.",
        "Tillförordnad enhetschef för LSS Väster är Karin Holm, som nås på växeln.",
        # A hyphenated first name in a public role.
        "Socialnämndens ordförande Lars-Göran Ek (S) ställer upp på intervju om det nya "
        "LSS-boendet.",
    ],
)
def test_staff_named_in_their_role_are_not_the_subject_of_the_data(policy, body):
    verdict = verdict_of(policy, "Hej alla!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "body",
    [
        "Undersköterskan Malin Ek har fått diagnosen bröstcancer.",
        "Olle Berg, som har hemtjänst, träffade enhetschefen för hemtjänst Norr Ulla Ek.",
    ],
)
def test_staff_with_a_title_are_still_pointed_out_by_facts_about_themselves(policy, body):
    assert verdict_of(policy, "Hej!\n\n" + body + SIGNATURE).verdict == "block"


@pytest.mark.parametrize(
    "body",
    [
        "Lokaltidningen: En 52-årig kvinna dömdes i går för bedrägeri mot en bank.",
        "Enligt polisen greps en 19-årig man misstänkt för rån i natt.",
    ],
)
def test_an_unnamed_person_of_some_age_in_the_news_points_out_nobody(policy, body):
    verdict = verdict_of(policy, "Hej alla!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    "body",
    [
        "En 13-årig pojke i klass 7C har anmälts för misshandel.",
        "En 16-årig flicka på Ekdalsskolan är misstänkt för stöld.",
        "Eleven, 15 år, i klass 9A är misstänkt för skadegörelse.",
    ],
)
def test_an_age_with_a_class_or_a_named_school_still_points_someone_out(policy, body):
    assert verdict_of(policy, "Hej!\n\n" + body + SIGNATURE).verdict == "block"


@pytest.mark.parametrize(
    "body",
    [
        "EL har fått diagnosen autism och behöver en lugn plats i klassrummet.",
        "Vi vet nu att TS i 6B har epilepsi.",
    ],
)
def test_initials_as_the_subject_of_a_sentence_point_out_the_pupil(policy, body):
    assert verdict_of(policy, "Hej!\n\n" + body + SIGNATURE).verdict == "block"


@pytest.mark.parametrize(
    "body",
    [
        "HR har tagit fram en ny rutin för rehabilitering vid sjukskrivning.",
        "IT har installerat ett nytt journalsystem för elevhälsan.",
    ],
)
def test_an_acronym_of_a_department_is_no_initials(policy, body):
    verdict = verdict_of(policy, "Hej alla!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]
