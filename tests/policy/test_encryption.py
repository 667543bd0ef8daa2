import pytest

from tests.mail.conftest import build
from tests.policy.conftest import verdict_of
from tests.testdata import personnummer
from varna.mail import read_message
from varna.policy import judge

SMIME = (
    b"From: anna.lindqvist@solby.se\r\nTo: karin.holm@solby.se\r\nSubject: {subject}\r\n"
    b"MIME-Version: 1.0\r\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data; "
    b"name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIAC\r\n"
)


@pytest.mark.parametrize("subject", ["[SÄKER] Utredning", "Underlag #kryptera", "[säker] x"])
def test_it_blocks_a_message_marked_for_encryption_that_is_not_encrypted(policy, subject):
    verdict = verdict_of(policy, "Se bifogat underlag.", subject=subject)
    assert verdict.verdict == "block"
    assert [f.kind for f in verdict.findings] == ["encryption_failed"]
    assert "krypter" in verdict.advice[0]


def test_a_header_can_mark_a_message_for_encryption(policy):
    marked = verdict_of(policy, "Hej", headers={"X-Varna-Encrypt": "yes"})
    unmarked = verdict_of(policy, "Hej", headers={"X-Varna-Encrypt": "no"})
    assert marked.verdict == "block"
    assert unmarked.verdict == "allow"


def test_an_encrypted_message_marked_for_encryption_is_allowed(policy):
    raw = SMIME.replace(b"{subject}", "[SÄKER] Utredning".encode())
    verdict = judge(read_message(raw), policy)
    assert verdict.verdict == "allow"
    assert verdict.encrypted


def test_an_encrypted_message_is_judged_on_its_envelope_only(policy):
    raw = SMIME.replace(b"{subject}", b"Journal").replace(
        b"To: karin.holm@solby.se", b"To: karin.holm@so1by.se"
    )
    verdict = judge(read_message(raw), policy)
    assert {f.kind for f in verdict.findings} == {"lookalike_domain"}


def test_the_subject_of_an_encrypted_message_still_travels_in_the_clear(policy):
    raw = SMIME.replace(b"{subject}", personnummer(1).encode())
    assert judge(read_message(raw), policy).verdict == "block"


def test_a_plain_message_with_a_sensitive_attachment_is_not_excused_by_a_signature(policy):
    raw = build("Elsa Nyström i 4B har fått diagnosen ADHD.", to="karin.holm@solby.se")
    assert judge(read_message(raw), policy).verdict == "block"
