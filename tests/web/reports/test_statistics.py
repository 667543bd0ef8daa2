"""The statistics behind the dashboard and the annual report."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from varna.web.guard.models import GuardEvent
from varna.web.incidents.models import ActionItem, Board, Case
from varna.web.reports import statistics
from varna.web.reports.guard_series import guard_events_per_month

pytestmark = pytest.mark.django_db

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def compute(year, cases=None, boards=None):
    return statistics.compute(
        cases if cases is not None else Case.objects.all(),
        boards if boards is not None else list(Board.objects.all()),
        year,
        "Alla nämnder",
    )


def test_2024_has_the_alingsas_incident_in_two_municipalities(demo):
    stats = compute(2024)
    assert stats.total == 2
    assert stats.per_month[10] == 2  # November
    assert dict(stats.per_board)["Barn- och ungdomsnämnden"] == 1
    assert dict(stats.per_board)["Utbildningsnämnden"] == 1
    assert stats.email == 2
    assert stats.email_share == "100 %"
    assert dict(stats.per_channel)["Synliga mottagare i e-post"] == 2
    assert dict(stats.per_data_category) == {"Kontaktuppgifter": 2}
    assert stats.authority == (0, 2, 0)


def test_time_to_decision_is_measured_against_72_hours(demo):
    stats = compute(2023)
    assert stats.decided == 1
    assert stats.decided_in_time == 1  # Trelleborg decided the day after
    assert stats.decision_buckets[statistics.HOUR_BUCKETS.index(("24–48 h", 48))] == 1
    late = compute(2024)
    assert late.decided_in_time == 0  # 77.5 and 97.5 hours
    assert sum(late.decision_buckets[statistics.FIRST_LATE_BUCKET :]) == 2
    assert late.in_time_share == "0 %"


def test_this_years_living_cases_count_open_ones_and_overdue_actions(demo):
    year = timezone.localdate().year
    stats = compute(year)
    assert stats.total >= 5
    assert stats.authority[2] >= 2  # undecided cases
    overdue = {a.diarienummer for a in stats.overdue_actions}
    assert any(d.endswith(" KS") for d in overdue)
    assert all(a.days >= 1 for a in stats.overdue_actions)


def test_a_coordinator_sees_only_their_boards_in_the_statistics(demo):
    bun = Board.objects.get(code="BUN")
    stats = compute(2024, Case.objects.filter(board=bun), [bun])
    assert stats.total == 1
    assert stats.per_board == (("Barn- och ungdomsnämnden", 1),)


def test_an_action_done_in_time_is_not_overdue(demo):
    item = ActionItem.objects.filter(done_on__isnull=True, due_on__lt=timezone.localdate()).get()
    item.done_on = timezone.localdate() - timedelta(days=3)
    item.save()
    stats = compute(timezone.localdate().year)
    assert item.case.diarienummer not in {a.diarienummer for a in stats.overdue_actions}


def test_the_guard_series_counts_guard_events_per_month_and_nothing_else(db):
    def event(when: datetime) -> GuardEvent:
        return GuardEvent.objects.create(
            occurred_at=when, source="relay", verdict="block", action="rejected"
        )

    start, end = statistics.year_bounds(2026)
    before = guard_events_per_month(start, end)  # the demo's own events, if loaded
    event(datetime(2026, 2, 3, 9, tzinfo=STOCKHOLM))
    event(datetime(2026, 2, 28, 23, 30, tzinfo=STOCKHOLM))  # still February locally
    event(datetime(2026, 11, 1, 0, 30, tzinfo=STOCKHOLM))
    event(datetime(2025, 12, 31, 23, 0, tzinfo=STOCKHOLM))  # another year
    after = guard_events_per_month(start, end)
    added = tuple(a - b for a, b in zip(after, before, strict=True))
    assert added == (0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0)
    chart = compute(2026).charts()["guard"]
    assert chart.summary.startswith(
        f"{sum(after)} gånger varnade eller stoppade spärren e-post under 2026"
    )


def test_every_chart_has_a_summary_in_words(demo):
    charts = compute(2024).charts()
    assert set(charts) >= {"months", "boards", "channels", "breach_types", "data", "decisions"}
    assert "2 av 2 (100 %) gällde e-post" in charts["channels"].summary
    assert "0 av 2 beslut (0 %) fattades inom 72 timmar" in charts["decision_time"].summary
    assert charts["months"].summary.startswith("2 incidenter under 2024.")
