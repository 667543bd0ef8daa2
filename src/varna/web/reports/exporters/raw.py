"""Every case as one row of plain values, for the municipal data-protection network's
statistics. Structured facts only: no description, no names, no contact details."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from varna.web.incidents.choices import (
    Art34Exception,
    Exposure,
    ReporterKind,
    Status,
    Trigger,
    Unintelligible,
)
from varna.web.incidents.models import Case
from varna.web.reports.documents.sheets import Sheet, Value
from varna.web.reports.exporters.base import SheetExporter
from varna.web.reports.formatting import local
from varna.web.reports.wording import EMAIL_CHANNELS, SHORT_CHANNELS, short_label

HEADER: tuple[tuple[str, float], ...] = (
    ("Diarienummer", 16),
    ("Organisation", 20),
    ("Nämnd", 28),
    ("Nämndkod", 10),
    ("Status", 16),
    ("Rubrik", 40),
    ("Anledning till rapporten", 22),
    ("Hur det gick till", 26),
    ("E-post", 8),
    ("Rapportör", 16),
    ("Inträffade", 17),
    ("Upptäcktes", 17),
    ("Nämnden fick kännedom", 17),
    ("Typ av incident", 26),
    ("Slags personuppgifter", 40),
    ("Berörda grupper", 26),
    ("Antal berörda", 10),
    ("Antal poster", 10),
    ("Särskilt sårbara", 10),
    ("Vem har kunnat ta del", 26),
    ("Uppsåtligt", 10),
    ("Oläsbara för obehöriga", 14),
    ("Begränsad", 10),
    ("Redan offentliga", 10),
    ("Nämndens riskbedömning", 26),
    ("Dataskyddsombudet kontaktat", 14),
    ("Beslut: anmälan till IMY", 12),
    ("Anmäld till IMY", 17),
    ("Timmar från kännedom till beslut", 12),
    ("Beslut inom 72 timmar", 12),
    ("Beslut: information till de registrerade", 12),
    ("De registrerade informerades", 14),
    ("Undantag art. 34.3", 16),
    ("Åtgärder", 10),
    ("Åtgärder försenade", 10),
    ("Avslutat", 14),
    ("Gallrat", 14),
)


def yes_no(value: bool | None) -> str:
    return "" if value is None else ("Ja" if value else "Nej")


def naive(moment: datetime | None) -> datetime | None:
    """Swedish wall-clock time without a zone (spreadsheets cannot store one)."""
    return None if moment is None else local(moment).replace(tzinfo=None, microsecond=0)


def label(choices: Any, value: str) -> str:
    return str(choices(value).label) if value in choices.values else ""


class RawExport(SheetExporter):
    identifier = "raw"
    verbose_name = "Alla ärenden (rådata)"
    basename = "arenden"

    def __init__(self, cases: Sequence[Case], today: date, name: str) -> None:
        self.cases = cases
        self.today = today
        self.name = name  # e.g. "alla-2024": no personal data

    def name_part(self) -> str:
        return self.name

    def sheet(self) -> Sheet:
        return Sheet(
            title="Ärenden",
            header=tuple(h for h, _ in HEADER),
            rows=self.rows(),
            widths=tuple(w for _, w in HEADER),
        )

    def rows(self) -> Iterator[list[Value]]:
        for case in self.cases:
            yield self.row(case)

    def row(self, case: Case) -> list[Value]:
        event = case.event
        items = list(case.action_items.all())
        initial = case.initial_notification()
        decision_hours: Value = None
        within: str = ""
        if case.decided_at is not None:
            elapsed = (case.decided_at - case.aware_at).total_seconds() / 3600
            decision_hours = round(elapsed, 1)
            within = yes_no(elapsed <= 72)
        values: list[Any] = [
            case.diarienummer,
            case.board.organisation.name,
            case.board.name,
            case.board.code,
            label(Status, case.status),
            event.title,
            label(Trigger, event.trigger),
            SHORT_CHANNELS.get(event.channel, event.channel),
            yes_no(event.channel in EMAIL_CHANNELS),
            label(ReporterKind, event.reporter_kind),
            naive(event.occurred_from),
            naive(event.discovered_at),
            naive(case.aware_at),
            "; ".join(short_label(t) for t in case.breach_type_labels()),
            "; ".join(short_label(t) for t in case.data_category_labels()),
            "; ".join(case.subject_group_labels()),
            case.subject_count,
            case.record_count,
            yes_no(case.subjects_vulnerable),
            label(Exposure, case.exposure),
            yes_no(case.malicious),
            label(Unintelligible, case.unintelligible),
            yes_no(case.contained),
            yes_no(case.already_public),
            case.get_assessed_risk_display() if case.assessed_risk else "",
            case.dpo_consulted_on,
            yes_no(case.notify_authority),
            naive(initial.submitted_at) if initial else None,
            decision_hours,
            within,
            yes_no(case.inform_subjects),
            case.subjects_informed_on,
            short_label(label(Art34Exception, case.art34_exception)),
            len(items),
            sum(1 for item in items if item.is_overdue(self.today)),
            naive(case.closed_at),
            naive(case.anonymised_at),
        ]
        return values
