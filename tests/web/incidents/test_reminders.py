"""Reminders before the 72-hour deadline, over real SMTP, each sent once (frozen clock)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import CommandError, call_command

from tests.ports import free_port
from tests.web.incidents.conftest import decide, subject
from varna.web.incidents.models import ReminderSent
from varna.web.incidents.reminders import send_due_reminders

pytestmark = pytest.mark.django_db

DISCOVERED = datetime(2025, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))


def hours(n, minutes=0):
    return DISCOVERED + timedelta(hours=n, minutes=minutes)


@pytest.fixture
def timed_case(make_report, owner):
    with time_machine.travel(hours(0, 10), tick=False):
        return make_report(discovered_at=DISCOVERED).cases.get()


def run_at(moment):
    with time_machine.travel(moment, tick=False):
        call_command("send_reminders")


def test_nothing_is_sent_before_the_first_reminder_point(timed_case, smtp_sink):
    run_at(hours(47, 59))
    assert smtp_sink.messages == []


def test_the_24_hour_reminder_reaches_the_boards_coordinator_once(
    timed_case, owner, outsider, smtp_sink
):
    run_at(hours(48, 1))
    run_at(hours(48, 6))
    assert len(smtp_sink.messages) == 1
    message = smtp_sink.messages[0]
    assert smtp_sink.recipients == [[owner.email]]
    assert subject(message) == f"Påminnelse: 24 timmar kvar – ärende {timed_case.diarienummer}"
    body = message.get_content()
    assert "13 mars 2025 kl. 09:00" in body
    assert f"/incidenter/{timed_case.pk}/" in body
    assert timed_case.event.title not in body
    assert timed_case.event.description not in body


def test_each_point_and_the_overdue_notice_come_once_each(timed_case, smtp_sink):
    for moment in (hours(48, 1), hours(50), hours(66, 1), hours(70), hours(72, 1), hours(90)):
        run_at(moment)
    subjects = [subject(m).split(" – ")[0] for m in smtp_sink.messages]
    assert subjects == [
        "Påminnelse: 24 timmar kvar",
        "Påminnelse: 6 timmar kvar",
        "Tidsfristen har passerat",
    ]


def test_a_late_run_sends_only_the_most_urgent_reminder(timed_case, smtp_sink):
    run_at(hours(68))
    assert [subject(m).split(" – ")[0] for m in smtp_sink.messages] == ["Påminnelse: 6 timmar kvar"]
    skipped = ReminderSent.objects.get(point="24h")
    assert skipped.skipped
    run_at(hours(69))
    assert len(smtp_sink.messages) == 1


def test_no_reminder_once_the_controller_has_decided_not_to_notify(timed_case, owner, smtp_sink):
    with time_machine.travel(hours(30), tick=False):
        decide(timed_case, owner, notify=False)
    run_at(hours(60))
    run_at(hours(80))
    assert smtp_sink.messages == []


def test_reminders_continue_after_a_decision_to_notify_until_imy_is_notified(
    timed_case, owner, smtp_sink
):
    with time_machine.travel(hours(30), tick=False):
        decide(timed_case, owner, notify=True)
    run_at(hours(67))
    assert len(smtp_sink.messages) == 1


def test_reminder_points_are_configurable(timed_case, smtp_sink, settings):
    settings.VARNA_REMINDER_HOURS = [48, 2]
    run_at(hours(24, 1))
    run_at(hours(70, 1))
    assert [subject(m).split(" – ")[0] for m in smtp_sink.messages] == [
        "Påminnelse: 48 timmar kvar",
        "Påminnelse: 2 timmar kvar",
    ]


def test_a_board_without_coordinators_reminds_the_administrators(
    make_report, ks, administrator, smtp_sink
):
    with time_machine.travel(hours(0, 10), tick=False):
        make_report(boards=[ks], discovered_at=DISCOVERED)
    run_at(hours(49))
    assert smtp_sink.recipients == [[administrator.email]]


def test_a_failed_send_is_tried_again_at_the_next_run(timed_case, smtp_sink, settings):
    settings.EMAIL_PORT = free_port()  # nobody listens there
    settings.EMAIL_TIMEOUT = 2
    with pytest.raises(CommandError, match="försöks igen"):
        run_at(hours(49))
    assert not ReminderSent.objects.exists()
    settings.EMAIL_PORT = smtp_sink.port
    run_at(hours(49, 5))
    assert len(smtp_sink.messages) == 1


def test_the_command_says_what_it_sent(timed_case, smtp_sink, capsys):
    run_at(hours(49))
    out = capsys.readouterr().out
    number = timed_case.diarienummer
    assert f"Påminnelse (24 timmar kvar) skickad för ärende {number} till 1 mottagare." in out


def test_sending_returns_each_reminder_for_the_caller(timed_case, smtp_sink):
    sent, failures = send_due_reminders(hours(73))
    assert [(r.case, r.point, r.recipients) for r in sent] == [(timed_case, "overdue", 1)]
    assert failures == 0
