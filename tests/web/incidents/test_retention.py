"""Gallring: personal data of closed cases goes after the board's period; statistics stay."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from tests.web.incidents.conftest import decide, document
from varna.web.incidents import services
from varna.web.incidents.models import AuditEntry, Case, Event, StatusChange
from varna.web.incidents.retention import REDACTED, months_before

pytestmark = pytest.mark.django_db

CLOSED = datetime(2020, 5, 15, 10, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
AFTER_FIVE_YEARS = CLOSED + timedelta(days=5 * 365 + 2)


def closed_case(make_report, owner, boards=None, at=CLOSED):
    with time_machine.travel(at - timedelta(days=3), tick=False):
        event = make_report(
            boards=boards,
            description="Anna Andersson fick Bo Berglunds utredning.",
            reporter_phone="070-000 00 00",
        )
    cases = list(event.cases.all())
    with time_machine.travel(at, tick=False):
        for case in cases:
            pdf = SimpleUploadedFile("Bo Berglund.pdf", b"%PDF-1.7\n" + b"x" * 40)
            services.add_attachment(event=event, case=case, upload=pdf, actor=owner)
            document(case, owner)
            services.update_assessment(
                case,
                actor=owner,
                values={"risk_reducing": ["Anna har raderat mejlet."], "assessment": "Anna är ok."},
            )
            decide(case, owner)
            services.change_status(case, actor=owner, target="closed", comment="Anna informerad.")
    return cases


def test_months_are_counted_in_calendar_months():
    moment = datetime(2025, 3, 31, 12, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    assert months_before(moment, 1).date().isoformat() == "2025-02-28"
    assert months_before(moment, 60).date().isoformat() == "2020-03-31"


def test_a_dry_run_reports_what_would_go_and_changes_nothing(make_report, owner, capsys):
    (case,) = closed_case(make_report, owner)
    with time_machine.travel(AFTER_FIVE_YEARS, tick=False):
        call_command("apply_retention", "--dry-run")
    out = capsys.readouterr().out
    assert "Skulle gallras: 1 ärende(n)" in out
    assert case.diarienummer in out
    assert "gallringsfrist 60 mån" in out
    assert "Inget har ändrats (--dry-run)." in out
    case.refresh_from_db()
    assert case.anonymised_at is None
    assert "Anna" in case.summary


def test_it_anonymises_a_closed_case_after_the_boards_period(
    make_report, owner, attachment_dir, capsys
):
    (case,) = closed_case(make_report, owner)
    attachment = case.attachments.get()
    assert (attachment_dir / attachment.stored_name).exists()
    with time_machine.travel(AFTER_FIVE_YEARS, tick=False):
        call_command("apply_retention")
    assert "Klart: 1 ärende(n) gallrade." in capsys.readouterr().out
    case.refresh_from_db()
    event = Event.objects.get()
    assert case.anonymised_at is not None
    assert case.summary == REDACTED
    assert case.assessment == REDACTED
    assert case.risk_reducing == [REDACTED]
    assert event.description == REDACTED
    assert event.reporter_name == event.reporter_email == event.reporter_phone == ""
    assert event.reporter_user is None
    assert "Anna" not in event.title
    attachment.refresh_from_db()
    assert attachment.original_name == REDACTED
    assert not (attachment_dir / attachment.stored_name).exists()
    assert StatusChange.objects.filter(comment__contains="Anna").count() == 0


def test_it_keeps_the_statistics_and_the_fact_that_the_case_existed(make_report, owner):
    (case,) = closed_case(make_report, owner)
    number = case.diarienummer
    with time_machine.travel(AFTER_FIVE_YEARS, tick=False):
        call_command("apply_retention")
    case = Case.objects.get(diarienummer=number)
    assert case.status == "closed"
    assert case.board.code == "BUN"
    assert case.breach_types == ["confidentiality"]
    assert case.data_categories == ["basic", "contact"]
    assert case.notify_authority is False
    assert case.status_changes.count() == 4
    assert case.event.channel == "wrong_recipient"


def test_the_audit_trail_keeps_what_happened_but_not_the_values(make_report, owner):
    (case,) = closed_case(make_report, owner)
    with time_machine.travel(AFTER_FIVE_YEARS, tick=False):
        call_command("apply_retention")
    trail = AuditEntry.objects.filter(case=case)
    assert trail.filter(action="case.assessment_changed").exists()
    assert not any("Anna" in str(entry.changes) for entry in AuditEntry.objects.all())
    reported = AuditEntry.objects.get(action="event.reported")
    assert reported.actor is None
    assert reported.actor_label == REDACTED
    assert trail.filter(action="case.anonymised").exists()


def test_open_and_recently_closed_cases_are_left_alone(make_report, owner):
    with time_machine.travel(CLOSED, tick=False):
        open_case = make_report(title="Pågår").cases.get()
    (recent,) = closed_case(make_report, owner, at=AFTER_FIVE_YEARS - timedelta(days=30))
    with time_machine.travel(AFTER_FIVE_YEARS, tick=False):
        call_command("apply_retention")
    for case in (open_case, recent):
        case.refresh_from_db()
        assert case.anonymised_at is None


def test_a_shorter_period_for_one_board_is_respected(make_report, owner, bun):
    bun.retention_months = 12
    bun.save()
    (case,) = closed_case(make_report, owner)
    with time_machine.travel(CLOSED + timedelta(days=370), tick=False):
        call_command("apply_retention")
    case.refresh_from_db()
    assert case.anonymised_at is not None


def test_the_shared_event_is_kept_until_every_boards_case_is_due(
    make_report, owner, outsider, bun, ks
):
    ks.retention_months = 120
    ks.save()
    with time_machine.travel(CLOSED - timedelta(days=3), tick=False):
        event = make_report(boards=[bun, ks], description="Anna Andersson")
    bun_case = event.cases.get(board=bun)
    with time_machine.travel(CLOSED, tick=False):
        document(bun_case, owner)
        decide(bun_case, owner)
        services.change_status(bun_case, actor=owner, target="closed")
    with time_machine.travel(AFTER_FIVE_YEARS, tick=False):
        call_command("apply_retention")
    bun_case.refresh_from_db()
    event.refresh_from_db()
    assert bun_case.anonymised_at is not None
    assert event.anonymised_at is None
    assert "Anna" in event.description
