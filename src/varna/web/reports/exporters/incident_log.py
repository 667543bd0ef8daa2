"""The incident log of a board (or several) for a period, in Trelleborg's columns:
Datum | Beskrivning av incident | Åtgärder | Kontakt med dataskyddsombud |
Anmälan till Integritetsskyddsmyndigheten."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from varna.web.incidents.models import Case
from varna.web.reports.documents.model import (
    Cell,
    Column,
    Document,
    Paragraph,
    Run,
    Table,
    para,
    paras,
)
from varna.web.reports.exporters import case_text
from varna.web.reports.exporters.base import DocumentExporter
from varna.web.reports.formatting import iso_date

# Weights: the last column must fit "Integritetsskyddsmyndigheten" unbroken on A4 landscape.
COLUMNS = (
    Column("Datum", 1.0, 16),
    Column("Beskrivning av incident", 2.45, 60),
    Column("Åtgärder", 1.95, 50),
    Column("Kontakt med dataskyddsombud", 1.3, 36),
    Column("Anmälan till Integritetsskyddsmyndigheten", 1.8, 40),
)


@dataclass(frozen=True)
class LogScope:
    """Whose log and for when: the header of the document."""

    organisation: str
    board: str  # a board's name, or e.g. "Alla nämnder du har tillgång till"
    code: str  # for the file name: a board code or "alla"
    start: date
    end: date
    diarienummer: str = ""  # the log's own diarienummer, when it is filed


class IncidentLog(DocumentExporter):
    identifier = "incident_log"
    verbose_name = "Incidentlogg"
    basename = "incidentlogg"
    formats = ("pdf", "docx", "xlsx")

    def __init__(self, cases: Sequence[Case], scope: LogScope, today: date) -> None:
        self.cases = cases
        self.scope = scope
        self.today = today

    def name_part(self) -> str:
        if self.scope.diarienummer:
            return self.scope.diarienummer
        return f"{self.scope.code}-{iso_date(self.scope.start)}-{iso_date(self.scope.end)}"

    def document(self) -> Document:
        scope = self.scope
        doc = Document(
            title="Rapport om personuppgiftsincidenter",
            organisation=scope.organisation,
            board=scope.board,
            diarienummer=scope.diarienummer,
            dated=self.today,
            landscape=True,
            sheet_title="Incidentlogg",
            subtitle=f"Period: {iso_date(scope.start)} – {iso_date(scope.end)} · "
            f"{len(self.cases)} {'incident' if len(self.cases) == 1 else 'incidenter'}",
        )
        doc.add(Table(COLUMNS, [self.row(case) for case in self.cases]))
        return doc

    def row(self, case: Case) -> tuple[Cell, ...]:
        return (
            self._date(case),
            self._description(case),
            self._actions(case),
            paras(case_text.dpo_text(case)),
            paras(case_text.authority_decision_text(case)),
        )

    @staticmethod
    def _date(case: Case) -> Cell:
        return (para(iso_date(case.aware_at)), para(f"Dnr {case.diarienummer}", style="small"))

    @staticmethod
    def _description(case: Case) -> Cell:
        title = Paragraph((Run(case.event.title, bold=True),))
        return (title, *paras(case.summary))

    def _actions(self, case: Case) -> Cell:
        out: list[Paragraph] = list(paras(case.initial_actions))
        plan = case_text.items(case)
        if plan:
            out.append(para("Åtgärdsplan:", bold=True))
            out.extend(para(f"• {case_text.action_item_text(item)}") for item in plan)
        if case.follow_up_on:
            out.append(para(f"Uppföljning {iso_date(case.follow_up_on)}."))
        return tuple(out) or (para("Inga åtgärder registrerade ännu."),)
