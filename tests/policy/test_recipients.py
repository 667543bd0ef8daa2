import pytest

from tests.policy.conftest import KARIN, verdict_of
from varna.policy import load_policy

PARENTS = [
    "sven.ek@gmail.com",
    "linda.nord@hotmail.com",
    "ahmed.y@gmail.com",
    "jonas.b@telia.com",
    "petra.sjo@outlook.com",
]
MUNICIPALITIES = [
    f"rektor@{name}.se"
    for name in ("ale", "lerum", "alingsas", "vargarda", "herrljunga", "partille")
]


def kinds(verdict):
    return {f.kind for f in verdict.findings}


def test_it_warns_when_outside_recipients_of_several_organisations_see_each_other(policy):
    verdict = verdict_of(
        policy, "Välkomna till enkäten.", to=MUNICIPALITIES[:1], cc=MUNICIPALITIES[1:]
    )
    assert verdict.verdict == "warn"
    assert kinds(verdict) == {"visible_recipients"}
    assert any("Bcc" in advice for advice in verdict.advice)


def test_it_warns_when_private_addresses_see_each_other(policy):
    verdict = verdict_of(policy, "Utflykt på fredag!", to=PARENTS[:3])
    assert kinds(verdict) == {"visible_recipients"}


def test_recipients_in_bcc_and_colleagues_in_the_same_organisation_are_fine(policy):
    assert verdict_of(policy, "Utflykt på fredag!", to=[KARIN], bcc=PARENTS).verdict == "allow"
    colleagues = [f"larare{i}@solby.se" for i in range(10)]
    assert verdict_of(policy, "Möte!", to=colleagues).verdict == "allow"


@pytest.mark.parametrize(
    "address",
    [
        "karin.holm@so1by.se",
        "karin.holm@solby.com",
        "karin.holm@solbby.se",
        "karin@solby.se.mejl.net",
        "eva@norvik.se",
        "eva@norrvik.nu",
        "sven@gmial.com",
        "sven@hotmial.com",
    ],
)
def test_it_warns_about_a_domain_that_looks_like_a_misspelling(policy, address):
    verdict = verdict_of(policy, "Hej!", to=[address])
    assert kinds(verdict) == {"lookalike_domain"}
    assert address in verdict.findings[0].message


@pytest.mark.parametrize(
    "address", ["karin@skola.solby.se", "eva@norrvik.se", "a@telia.se", "b@ale.se", "c@regionen.se"]
)
def test_real_domains_are_not_lookalikes(policy, address):
    assert "lookalike_domain" not in kinds(verdict_of(policy, "Hej!", to=[address]))


def test_without_configuration_the_senders_domain_is_the_own_domain():
    verdict = verdict_of(load_policy(), "Hej!", to=["karin.holm@so1by.se"])
    assert kinds(verdict) == {"lookalike_domain"}


def test_it_warns_about_citizens_personal_data_to_a_private_mailbox(policy):
    body = (
        "Här är deltagarna i simskolan:\nAlice Berg, 070-123 11 22\n"
        "Omar Saleh, 073-234 22 33\nLinnea Dahl, 076-345 33 44"
    )
    verdict = verdict_of(policy, body, to=["jenny.simlarare@gmail.com"])
    assert kinds(verdict) == {"private_mailbox"}
    assert "gmail.com" in verdict.findings[0].message


def test_an_ordinary_reply_to_a_guardians_private_address_is_allowed(policy):
    body = (
        "Hej Sven!\n\nUtvecklingssamtalet blir tisdag kl 14.00 i sal 12.\n\n"
        "Med vänliga hälsningar\nAnna Lindqvist\nLärare\n0301-123 45"
    )
    assert verdict_of(policy, body, to=["Sven Ek <sven.ek@gmail.com>"]).verdict == "allow"


def test_a_malformed_recipient_list_is_a_warning_and_hides_no_one(policy):
    verdict = verdict_of(policy, "Hej!", to=["kansli@solby.se, x@solby.se)<y@so1by.se>"])
    assert {"malformed_recipients", "lookalike_domain"} <= kinds(verdict)
