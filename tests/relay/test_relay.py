"""The relay end to end: a real smtplib client, the relay, a real aiosmtpd sink."""

from __future__ import annotations

import email
import email.policy
import smtplib
import time

import pytest

from tests.relay.conftest import (
    COLLEAGUE,
    OUTSIDERS,
    SENDER,
    allowed_message,
    blocked_message,
    message,
    relay_config,
    warned_message,
)
from tests.testdata import personnummer


def reply_text(error: smtplib.SMTPResponseException) -> str:
    value = error.smtp_error
    return value.decode("utf-8") if isinstance(value, bytes) else value


def send(
    port: int, content: bytes, *, to: list[str] | None = None, **kwargs: object
) -> dict[str, tuple[int, bytes]]:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
        return client.sendmail(SENDER, to or [COLLEAGUE], content, **kwargs)  # type: ignore[arg-type]


def test_it_forwards_an_allowed_message_with_the_verdict_header(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    send(relay.port, allowed_message())
    [delivered] = sink.handler.wait()
    assert delivered.mail_from == SENDER
    assert delivered.rcpt_tos == [COLLEAGUE]
    assert delivered.content.startswith(b"X-Varna-Verdict: allow\r\n")
    assert b"torsdag" in delivered.content or b"=C3=B6" in delivered.content


def test_it_forwards_a_warned_message_with_the_kinds_and_no_personal_data(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    send(relay.port, warned_message(), to=OUTSIDERS)
    [delivered] = sink.handler.wait()
    header = delivered.content.split(b"\r\n", 1)[0].decode()
    assert header == "X-Varna-Verdict: warn; kinds=visible_recipients"
    assert delivered.rcpt_tos == OUTSIDERS


def test_it_replaces_a_forged_verdict_header(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    send(relay.port, message(extra_headers={"X-Varna-Verdict": "allow; forged"}))
    [delivered] = sink.handler.wait()
    assert delivered.content.count(b"X-Varna-Verdict") == 1
    assert b"forged" not in delivered.content


def test_it_rejects_a_blocked_message_with_a_swedish_explanation_in_ascii(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(relay.port, blocked_message())
    assert refused.value.smtp_code == 550
    text = reply_text(refused.value)
    assert text.startswith("5.7.1 Varna stoppade meddelandet.")
    assert "personnummer (1 i texten)" in text
    assert "Ratta meddelandet och skicka det igen." in text
    assert personnummer(0)[2:8] not in text  # never the number itself
    assert sink.handler.received == []


def test_it_explains_in_utf8_when_the_client_uses_smtputf8(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.ehlo()
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.sendmail(SENDER, [COLLEAGUE], blocked_message(), mail_options=["SMTPUTF8"])
    assert "Värna stoppade meddelandet" in reply_text(refused.value)


def test_it_accepts_bounces_with_the_null_sender(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.sendmail("", [COLLEAGUE], allowed_message())
    [delivered] = sink.handler.wait()
    assert delivered.mail_from == "<>"  # aiosmtpd writes the null sender so


def test_it_defers_while_the_upstream_is_down_and_delivers_when_the_client_retries(
    sink, start_relay
):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    sink.stop()
    with pytest.raises(smtplib.SMTPSenderRefused) as deferred:
        send(relay.port, allowed_message())
    assert deferred.value.smtp_code == 451
    assert reply_text(deferred.value).startswith("4.4.1 ")
    sink.start()
    send(relay.port, allowed_message())  # the sending MTA's retry
    assert len(sink.handler.wait()) == 1


def test_it_defers_when_the_upstream_goes_down_in_the_middle_of_a_transaction(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.ehlo()
        assert client.mail(SENDER)[0] == 250
        assert client.rcpt(COLLEAGUE)[0] == 250
        sink.stop()
        code, _ = client.data(allowed_message())
    assert code == 451
    assert sink.handler.received == []


def test_it_mirrors_the_upstreams_answer_for_each_recipient(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    sink.handler.refuse = {
        "finns.inte@kungalv.se": "550 5.1.1 No such user",
        "full@kungalv.se": "452 4.2.2 Mailbox full",
    }
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        refused = client.sendmail(
            SENDER, [COLLEAGUE, "finns.inte@kungalv.se", "full@kungalv.se"], allowed_message()
        )
    assert refused == {
        "finns.inte@kungalv.se": (550, b"5.1.1 No such user"),
        "full@kungalv.se": (452, b"4.2.2 Mailbox full"),
    }
    [delivered] = sink.handler.wait()
    assert delivered.rcpt_tos == [COLLEAGUE]


def test_it_passes_on_a_permanent_refusal_of_the_message(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    sink.handler.data_reply = "554 5.6.0 Message rejected"
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(relay.port, allowed_message())
    assert refused.value.smtp_code == 554


def test_it_defers_a_message_it_cannot_judge_in_time(sink, start_relay):
    relay = start_relay(
        relay_config(sink.port, judging={"timeout": 0.000001}, events={"record": False})
    )
    with pytest.raises(smtplib.SMTPDataError) as deferred:
        send(relay.port, allowed_message())
    assert deferred.value.smtp_code == 451
    assert reply_text(deferred.value).startswith("4.3.0 Varna kunde inte granska")
    assert sink.handler.received == []


def test_it_refuses_a_message_over_the_size_limit_with_552(sink, start_relay):
    config = relay_config(sink.port, listen={"max_message_bytes": 2000}, events={"record": False})
    relay = start_relay(config)
    big = message("Hej! " + "Lång text. " * 400)
    with pytest.raises(smtplib.SMTPSenderRefused) as declared:
        send(relay.port, big)  # smtplib declares SIZE=…
    assert declared.value.smtp_code == 552
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.ehlo()
        assert client.mail(SENDER)[0] == 250
        assert client.rcpt(COLLEAGUE)[0] == 250
        code, _ = client.data(big)
    assert code == 552
    assert sink.handler.received == []


def test_it_refuses_clients_outside_the_configured_networks(sink, start_relay):
    relay = start_relay(
        relay_config(
            sink.port, listen={"client_networks": ["10.0.0.0/8"]}, events={"record": False}
        )
    )
    with pytest.raises(smtplib.SMTPConnectError) as refused:
        smtplib.SMTP("127.0.0.1", relay.port, timeout=10)
    assert refused.value.smtp_code == 554
    assert relay.relay.metrics.value("varna_relay_sessions_refused_total", "network") == 1


def test_it_refuses_connections_beyond_its_concurrency_limit(sink, start_relay):
    relay = start_relay(
        relay_config(sink.port, listen={"max_sessions": 1}, events={"record": False})
    )
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as first:
        first.ehlo()
        with pytest.raises(smtplib.SMTPConnectError) as refused:
            smtplib.SMTP("127.0.0.1", relay.port, timeout=10)
    assert refused.value.smtp_code == 421


def test_it_hangs_up_on_a_silent_client(sink, start_relay):
    relay = start_relay(
        relay_config(sink.port, listen={"client_timeout": 0.3}, events={"record": False})
    )
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.ehlo()
        time.sleep(0.8)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            client.mail(SENDER)


def test_it_counts_messages_by_verdict_and_action(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    send(relay.port, allowed_message())
    with pytest.raises(smtplib.SMTPDataError):
        send(relay.port, blocked_message())
    metrics = relay.relay.metrics
    assert metrics.value("varna_relay_messages_total", "allow", "forwarded") == 1
    assert metrics.value("varna_relay_messages_total", "block", "rejected") == 1
    assert metrics.value("varna_relay_message_duration_seconds_count") == 2


def test_it_sends_the_sender_a_swedish_notice_when_configured(sink, start_relay):
    relay = start_relay(
        relay_config(
            sink.port,
            actions={"notify_sender_on_warn": True},
            notices={"from": "Värna <varna@kungalv.se>"},
            events={"record": False},
        )
    )
    send(relay.port, warned_message(), to=OUTSIDERS)
    received = sink.handler.wait(2)
    notice = next(r for r in received if r.rcpt_tos == [SENDER])
    assert notice.mail_from == "<>"
    parsed = email.message_from_bytes(notice.content, policy=email.policy.default)
    assert parsed["Subject"] == "Värna: ditt meddelande skickades med en varning"
    assert parsed["Auto-Submitted"] == "auto-generated"
    assert parsed["In-Reply-To"] == "<test-1@kungalv.se>"
    body = parsed.get_body()
    assert body is not None
    text = body.get_content()
    assert "Flytta mottagarna till Hemlig kopia (Bcc)" in text


def test_it_keeps_the_connection_to_the_upstream_for_the_whole_session(sink, start_relay):
    relay = start_relay(relay_config(sink.port, events={"record": False}))
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        for _ in range(3):
            client.sendmail(SENDER, [COLLEAGUE], allowed_message())
    assert len(sink.handler.wait(3)) == 3
    assert sink.handler.connections == 1
