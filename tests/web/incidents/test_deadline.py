"""The 72-hour clock: counts down from discovery, turns urgent, is overdue, stops when done."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from tests.web.incidents.conftest import decide
from varna.web.incidents import services
from varna.web.incidents.deadline import clock_for

pytestmark = pytest.mark.django_db

DISCOVERED = datetime(2025, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))


@pytest.fixture
def timed_case(make_report, owner):
    with time_machine.travel(DISCOVERED + timedelta(minutes=30), tick=False):
        return make_report(discovered_at=DISCOVERED).cases.get()


def at_hour(hours, minutes=0):
    return DISCOVERED + timedelta(hours=hours, minutes=minutes)


def test_the_deadline_is_72_hours_after_discovery(timed_case):
    assert timed_case.deadline == datetime(2025, 3, 13, 9, 0, tzinfo=ZoneInfo("Europe/Stockholm"))


def test_the_clock_counts_down(timed_case):
    clock = clock_for(timed_case, at_hour(1, 15))
    assert clock.state == "running"
    assert clock.label == "70 tim 45 min kvar (till 13 mars 2025 kl. 09:00)"
    assert clock.remaining_seconds == (70 * 60 + 45) * 60


def test_it_turns_urgent_24_hours_before_the_deadline(timed_case):
    assert clock_for(timed_case, at_hour(47, 59)).state == "running"
    urgent = clock_for(timed_case, at_hour(48))
    assert urgent.state == "urgent"
    assert urgent.label.startswith("24 tim 0 min kvar")


def test_it_is_overdue_after_72_hours(timed_case):
    clock = clock_for(timed_case, at_hour(75, 30))
    assert clock.state == "overdue"
    assert clock.label.startswith("72 timmar passerades för 3 tim 30 min sedan")


def test_it_stops_with_a_decision_not_to_notify(timed_case, owner):
    decide(timed_case, owner, notify=False)
    assert clock_for(timed_case, at_hour(100)).state == "met"


def test_it_keeps_running_after_a_decision_to_notify_until_imy_is_notified(timed_case, owner):
    decide(timed_case, owner, notify=True)
    assert clock_for(timed_case, at_hour(73)).state == "overdue"
    services.record_authority_notification(
        timed_case, actor=owner, values={"kind": "initial", "submitted_at": at_hour(70)}
    )
    clock = clock_for(timed_case, at_hour(73))
    assert clock.state == "met"
    assert "inom 72 timmar" in clock.label


def test_a_notification_after_the_deadline_is_marked_late(timed_case, owner):
    decide(timed_case, owner, notify=True)
    services.record_authority_notification(
        timed_case,
        actor=owner,
        values={"kind": "initial", "submitted_at": at_hour(80), "late_reason": "Sent beskedet."},
    )
    assert clock_for(timed_case, at_hour(81)).state == "late"


def test_the_case_list_and_the_case_show_the_clock_without_javascript(client, timed_case, owner):
    client.force_login(owner)
    with time_machine.travel(at_hour(60), tick=False):
        listing = client.get(reverse("incidents:list")).content.decode()
        detail = client.get(reverse("incidents:case", args=[timed_case.pk])).content.decode()
    for page in (listing, detail):
        assert "clock--urgent" in page
        assert "12 tim 0 min kvar (till 13 mars 2025 kl. 09:00)" in page
        assert 'data-clock-remaining="43200"' in page


def test_the_list_puts_the_most_urgent_case_first(client, make_report, owner):
    with time_machine.travel(at_hour(0), tick=False):
        calm = make_report(title="Lugnt", discovered_at=at_hour(0)).cases.get()
        pressing = make_report(title="Bråttom", discovered_at=at_hour(-60)).cases.get()
    client.force_login(owner)
    with time_machine.travel(at_hour(1), tick=False):
        page = client.get(reverse("incidents:list")).content.decode()
    assert page.index(pressing.diarienummer) < page.index(calm.diarienummer)
