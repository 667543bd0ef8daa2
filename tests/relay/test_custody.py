"""Quarantine and guard events through the real relay, database and files."""

from __future__ import annotations

import smtplib

import pytest

from tests.relay.conftest import (
    COLLEAGUE,
    OUTSIDERS,
    SENDER,
    blocked_message,
    relay_config,
    warned_message,
)
from tests.testdata import personnummer
from varna.web.accounts.models import Role, User
from varna.web.guard import services, vault
from varna.web.guard.models import GuardEvent, HeldMessage
from varna.web.guard.store import DjangoStore

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def mail_admin(transactional_db):
    return User.objects.create_user(
        "it", email="ali.hassan@kungalv.se", role=Role.MAIL_ADMIN, password="x" * 16
    )


def quarantine_relay(sink, start_relay):
    config = relay_config(
        sink.port, actions={"block": "quarantine", "notify_sender_on_quarantine": False}
    )
    return start_relay(config, store=DjangoStore())


def test_it_holds_a_blocked_message_encrypted_and_answers_250(
    sink, start_relay, quarantine_settings
):
    relay = quarantine_relay(sink, start_relay)
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.ehlo()
        client.mail(SENDER)
        client.rcpt(COLLEAGUE)
        code, text = client.data(blocked_message())
    assert code == 250
    assert b"karantan" in text
    assert sink.handler.received == []
    held = HeldMessage.objects.get()
    assert held.status == HeldMessage.Status.HELD
    assert held.sender == SENDER
    stored = vault.path_for(held.id).read_bytes()
    assert personnummer(0)[2:8].encode() not in stored
    assert b"matematik" not in stored
    assert services.subject_of(held) == "Elev"
    event = held.event
    assert (event.source, event.verdict, event.action) == ("relay", "block", "quarantined")
    assert event.findings == [{"kind": "personnummer", "where": "body", "count": 1}]


def test_a_released_message_reaches_the_recipients_and_only_then_counts_as_released(
    sink, start_relay, quarantine_settings, mail_admin
):
    relay = quarantine_relay(sink, start_relay)
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.sendmail(SENDER, [COLLEAGUE], blocked_message())
    held = HeldMessage.objects.select_related("event").get()
    quarantine_settings.VARNA_RELEASE_SMTP = f"127.0.0.1:{sink.port}"

    sink.stop()
    with pytest.raises(services.ReleaseError):
        services.release(held, mail_admin, "Mottagaren är elevens mentor och behöver uppgiften.")
    held.refresh_from_db()
    assert held.status == HeldMessage.Status.HELD

    sink.start()
    services.release(held, mail_admin, "Mottagaren är elevens mentor och behöver uppgiften.")
    [delivered] = sink.handler.wait()
    assert delivered.rcpt_tos == [COLLEAGUE]
    assert delivered.content.startswith(b"X-Varna-Verdict: block; released\r\n")
    held.refresh_from_db()
    assert held.status == HeldMessage.Status.RELEASED
    assert held.decided_by == mail_admin
    assert held.justification.startswith("Mottagaren är elevens mentor")
    assert held.event.action == "released"
    assert not vault.path_for(held.id).exists()


def test_it_answers_451_when_the_quarantine_cannot_store_the_message(
    sink, start_relay, quarantine_settings, tmp_path
):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    quarantine_settings.VARNA_QUARANTINE_DIR = blocker / "quarantine"
    relay = quarantine_relay(sink, start_relay)
    with (
        pytest.raises(smtplib.SMTPDataError) as deferred,
        smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client,
    ):
        client.sendmail(SENDER, [COLLEAGUE], blocked_message())
    assert deferred.value.smtp_code == 451
    assert HeldMessage.objects.count() == 0
    assert GuardEvent.objects.count() == 0


def test_it_records_a_guard_event_for_every_judgement_above_allow(sink, start_relay):
    relay = start_relay(relay_config(sink.port), store=DjangoStore())
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=10) as client:
        client.sendmail(SENDER, OUTSIDERS, warned_message())
        client.sendmail(SENDER, [COLLEAGUE], b"Subject: Hej\r\n\r\nHej!\r\n")
        with pytest.raises(smtplib.SMTPDataError):
            client.sendmail(SENDER, [COLLEAGUE], blocked_message())
    events = {event.action: event for event in GuardEvent.objects.all()}
    assert set(events) == {"forwarded", "rejected"}
    warned = events["forwarded"]
    assert (warned.verdict, warned.sender, warned.recipient_count) == ("warn", SENDER, 8)
    assert warned.findings == [{"kind": "visible_recipients", "where": "recipients", "count": 8}]
    assert warned.kinds == ",visible_recipients,"
    assert events["rejected"].verdict == "block"
