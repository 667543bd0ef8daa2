"""Diarienummer: one sequence per board and year, in the board's pattern, never twice."""

import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from varna.web.incidents import services
from varna.web.incidents.models import Case, DiaryCounter
from varna.web.incidents.models.organisation import validate_diary_pattern

pytestmark = pytest.mark.django_db


def test_numbers_run_per_board_and_year(make_report, bun, ks):
    event = make_report(boards=[bun, ks])
    second = make_report(boards=[bun])
    year = datetime.now(ZoneInfo("Europe/Stockholm")).year
    assert sorted(Case.objects.values_list("diarienummer", flat=True)) == sorted(
        [f"{year}.1 BUN", f"{year}.1 KS", f"{year}.2 BUN"]
    )
    assert event.cases.get(board=bun).diary_seq == 1
    assert second.cases.get().diary_seq == 2


def test_a_new_year_starts_a_new_sequence(make_report, bun):
    at = datetime(2024, 12, 31, 23, 30, tzinfo=ZoneInfo("Europe/Stockholm"))
    old = services.open_case(make_report(), bun, at=at)
    assert old.diarienummer == "2024.1 BUN"


def test_the_sequence_continues_an_existing_diary(make_report, bun):
    year = datetime.now(ZoneInfo("Europe/Stockholm")).year
    DiaryCounter.objects.create(board=bun, year=year, last=400)
    assert make_report().cases.get().diarienummer == f"{year}.401 BUN"


def test_the_pattern_is_configurable_per_board(make_report, bun):
    bun.diary_pattern = "{code} {year}/{seq:04d}"
    bun.save()
    year = datetime.now(ZoneInfo("Europe/Stockholm")).year
    assert make_report().cases.get().diarienummer == f"BUN {year}/0001"


@pytest.mark.parametrize("pattern", ["{year}.{code}", "{year}.{seq} {nämnd}", "{seq"])
def test_a_pattern_without_the_sequence_or_with_unknown_fields_is_refused(pattern):
    with pytest.raises(ValidationError):
        validate_diary_pattern(pattern)


@pytest.mark.django_db(transaction=True)
def test_concurrent_reports_get_distinct_consecutive_numbers(make_report, bun):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite in memory has one connection; the lock is exercised on PostgreSQL")
    event = make_report()
    errors = []
    barrier = threading.Barrier(8)

    def report():
        try:
            barrier.wait()
            services.open_case(event, bun)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=report) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    sequence = sorted(Case.objects.filter(board=bun).values_list("diary_seq", flat=True))
    assert sequence == list(range(1, 10))
