"""Rules added after the third blind set (bench --set blind3): a list introduced by a
colon, redacted documents, and secrecy review as procedure."""

from tests.policy.conftest import SIGNATURE, verdict_of


def test_a_list_of_names_after_a_colon_is_what_the_sentence_is_about(policy):
    body = (
        "Enligt vår överenskommelse kommer här de hushåll som i mars får försörjningsstöd "
        "utbetalt direkt till hyresvärden:\n\nGösta Berg\nIngrid Lund\nMaja Ström\n"
        "Nils Ek\nOlle Sand\nPia Holm"
    )
    verdict = verdict_of(policy, "Hej!\n\n" + body + SIGNATURE)
    assert verdict.verdict == "block", [f.message for f in verdict.findings]


def test_a_list_after_a_colon_does_not_reach_back_to_the_sentence_before(policy):
    body = (
        "Som nyanställd på socialtjänsten kan du ta hjälp av en mentor. Dessa kollegor "
        "har anmält intresse:\n\nGösta Berg, 070-123 45 67\nIngrid Lund, 070-765 43 21"
    )
    verdict = verdict_of(policy, "Hej Karin,\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_a_masked_document_does_not_point_out_the_person_behind_the_mask(policy):
    document = (
        "Avvikelserapport\nBrukare: [XX]\nBoende: [XX]\nHändelse: brukaren fick fel dos "
        "insulin och hon fördes till akuten. Hen har diabetes."
    )
    verdict = verdict_of(policy, "Hej!\n\n" + document + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]


def test_a_name_left_in_a_masked_document_still_points_the_person_out(policy):
    document = (
        "Avvikelserapport\nBrukare: Greta Holm\nBoende: [XX]\nHändelse: brukaren fick fel "
        "dos insulin. Hon har diabetes."
    )
    assert verdict_of(policy, "Hej!\n\n" + document + SIGNATURE).verdict == "block"


def test_an_unmasked_pronoun_still_points_someone_out(policy):
    body = "Jag pratade med brukaren i morse. Hon har diabetes och behöver ny insulinpenna."
    assert verdict_of(policy, "Hej!\n\n" + body + SIGNATURE).verdict == "block"


def test_asking_a_colleague_to_review_a_request_for_secrecy_is_allowed(policy):
    body = (
        "Olle Berg har begärt att få ta del av detaljplanen för Kvarnen 2. Kan du bedöma "
        "om den måste sekretessprövas innan vi lämnar ut den?"
    )
    verdict = verdict_of(policy, "Hej Karin,\n\n" + body + SIGNATURE)
    assert verdict.verdict == "allow", [f.message for f in verdict.findings]
