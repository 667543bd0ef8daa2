"""Whatever arrives, the guard answers with a verdict."""

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.mail.test_fuzz import mime_messages
from varna.mail import read_message
from varna.policy import judge, load_policy

POLICY = load_policy(internal_domains=["solby.se"])


@settings(
    max_examples=120, deadline=timedelta(seconds=3), suppress_health_check=[HealthCheck.too_slow]
)
@given(mime_messages())
def test_any_malformed_message_gets_a_verdict(raw):
    verdict = judge(read_message(raw), POLICY)
    assert verdict.verdict in ("allow", "warn", "block")


@settings(
    max_examples=120, deadline=timedelta(seconds=3), suppress_health_check=[HealthCheck.too_slow]
)
@given(st.text(max_size=600))
def test_any_text_gets_a_verdict(body):
    raw = (
        "From: anna@solby.se\r\nTo: karin@solby.se\r\nSubject: x\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
    ).encode("utf-8", "replace")
    assert judge(read_message(raw), POLICY).verdict in ("allow", "warn", "block")
