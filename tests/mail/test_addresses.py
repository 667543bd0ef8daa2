import pytest

from tests.mail.conftest import build
from varna.mail import read_message
from varna.mail.addresses import parse_address_list


def test_it_reads_display_names_with_commas_and_encoded_words():
    result = parse_address_list(
        '"Lund, Karin" <karin.lund@kungalv.se>, =?utf-8?q?=C3=85sa?= <asa@kungalv.se>'
    )
    assert result.addresses == [("Lund, Karin", "karin.lund@kungalv.se"), ("Åsa", "asa@kungalv.se")]
    assert result.errors == 0


def test_it_reads_groups_and_comments():
    result = parse_address_list("Rektorer: a@skola.se, b@skola.se; c@skola.se (Cecilia)")
    assert [a for _, a in result.addresses] == ["a@skola.se", "b@skola.se", "c@skola.se"]
    assert result.addresses[2][0] == "Cecilia"


@pytest.mark.parametrize(
    ("header", "expected_uncertain"),
    [
        # CVE-2023-27043: getaddresses() before the fix reads these differently from
        # a mail server; nothing may be hidden and nothing invented.
        ("alice@example.org)<bob@example.org>", {"alice@example.org", "bob@example.org"}),
        ('"Anna" anna@kungalv.se <elak@angripare.se>', {"anna@kungalv.se", "elak@angripare.se"}),
        ("<a@kungalv.se", {"a@kungalv.se"}),
        ("Anna <anna@kungalv.se> extra@annat.se", {"anna@kungalv.se", "extra@annat.se"}),
    ],
)
def test_it_never_hides_or_invents_recipients_in_a_malformed_list(header, expected_uncertain):
    result = parse_address_list(header)
    assert result.errors >= 1
    assert set(result.uncertain) == expected_uncertain
    assert result.addresses == []


def test_a_malformed_cc_header_becomes_a_problem_and_uncertain_recipients():
    raw = build(to="karin.lund@kungalv.se").replace(
        b"To: karin.lund@kungalv.se", b"To: karin.lund@kungalv.se\r\nCc: x@y.se)<z@extern.se>"
    )
    parsed = read_message(raw)
    uncertain = {r.address for r in parsed.recipients if not r.certain}
    assert uncertain == {"x@y.se", "z@extern.se"}
    assert [p.kind for p in parsed.problems] == ["malformed_recipients"]


def test_a_bcc_header_is_read_as_bcc():
    raw = build(to="karin.lund@kungalv.se").replace(
        b"To: karin.lund@kungalv.se", b"To: karin.lund@kungalv.se\r\nBcc: dold@extern.se"
    )
    parsed = read_message(raw)
    assert ("dold@extern.se", "bcc") in {(r.address, r.field) for r in parsed.recipients}


def test_an_address_repeated_as_its_own_display_name_is_accepted():
    result = parse_address_list("anna.s@kommun.se <anna.s@kommun.se>")
    assert result.addresses == [("anna.s@kommun.se", "anna.s@kommun.se")]
    assert parse_address_list("anna.s@kommun.se <elak@angripare.se>").errors == 1
