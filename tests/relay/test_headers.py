"""The X-Varna-Verdict header: added once, forged ones removed, no personal data."""

from __future__ import annotations

from varna.policy import Verdict, VerdictFinding
from varna.relay.headers import header_value, with_verdict_header


def test_the_value_lists_kinds_only():
    verdict = Verdict(
        "warn",
        (VerdictFinding("lookalike_domain", "recipients", "warn", 1, ("kungaiv.se",), "…"),),
    )
    assert header_value(verdict) == "warn; kinds=lookalike_domain"
    assert header_value(Verdict("allow")) == "allow"


def test_forged_headers_are_removed_with_their_continuation_lines_and_the_body_is_untouched():
    raw = (
        b"Subject: Hej\r\nx-varna-verdict: allow;\r\n\tforged\r\nTo: a@b.se\r\n\r\n"
        b"X-Varna-Verdict: in the body stays\r\n"
    )
    result = with_verdict_header(raw, "warn")
    assert result == (
        b"X-Varna-Verdict: warn\r\nSubject: Hej\r\nTo: a@b.se\r\n\r\n"
        b"X-Varna-Verdict: in the body stays\r\n"
    )


def test_a_message_with_bare_newlines_or_without_a_body_gets_the_header_too():
    assert with_verdict_header(b"Subject: x\n\nbody\n", "allow") == (
        b"X-Varna-Verdict: allow\r\nSubject: x\n\nbody\n"
    )
    assert with_verdict_header(b"Subject: x\r\n", "allow") == (
        b"X-Varna-Verdict: allow\r\nSubject: x\r\n"
    )
