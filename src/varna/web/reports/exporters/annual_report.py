"""Årsrapport personuppgiftsincidenter <år>: the year's statistics, charts and tables, for
the board. Structured facts only — a board report becomes a public document."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from varna.web.incidents.choices import BreachType, Status
from varna.web.incidents.models import Case
from varna.web.reports.documents.model import (
    Cell,
    Column,
    Document,
    Fields,
    Figure,
    Heading,
    Table,
    para,
)
from varna.web.reports.exporters.base import DocumentExporter
from varna.web.reports.formatting import iso_date, percent
from varna.web.reports.statistics import OverdueAction, Statistics
from varna.web.reports.wording import SHORT_CHANNELS, short_label

CASE_COLUMNS = (
    Column("Diarienummer", 1.2),
    Column("Kännedom", 1.0),
    Column("Nämnd", 1.8),
    Column("Hur det gick till", 1.7),
    Column("Typ", 1.3),
    Column("Anmäld till IMY", 0.9),
    Column("Status", 1.1),
)
OVERDUE_COLUMNS = (
    Column("Diarienummer", 1.2),
    Column("Nämnd", 2.0),
    Column("Ansvarig", 1.6),
    Column("Klart senast", 1.0),
    Column("Dagar försenad", 0.9),
)


class AnnualReport(DocumentExporter):
    identifier = "annual_report"
    verbose_name = "Årsrapport"
    basename = "arsrapport"
    formats = ("pdf",)

    def __init__(
        self,
        stats: Statistics,
        cases: Sequence[Case],
        organisation: str,
        code: str,
        today: date,
        diarienummer: str = "",
    ) -> None:
        self.stats = stats
        self.cases = cases
        self.organisation = organisation
        self.code = code
        self.today = today
        self.diarienummer = diarienummer

    def name_part(self) -> str:
        return self.diarienummer or f"{self.code}-{self.stats.year}"

    def document(self) -> Document:
        stats = self.stats
        charts = stats.charts()
        doc = Document(
            title=f"Årsrapport personuppgiftsincidenter {stats.year}",
            organisation=self.organisation,
            board=stats.scope,
            diarienummer=self.diarienummer,
            dated=self.today,
        )
        doc.add(Heading("Sammanfattning"), para(self.summary()), self.key_figures())
        doc.add(Heading("Incidenter över året"), Figure(charts["months"]), Figure(charts["guard"]))
        doc.add(Heading("Var och hur"), Figure(charts["boards"]), Figure(charts["channels"]))
        doc.add(
            Heading("Vad som drabbades"),
            Figure(charts["breach_types"]),
            Figure(charts["data"]),
        )
        doc.add(
            Heading("Anmälan, information och tidsfrister"),
            Figure(charts["decisions"]),
            Figure(charts["decision_time"]),
        )
        doc.add(Heading("Försenade åtgärder"), self.overdue_table())
        doc.add(
            Heading("Årets incidenter"),
            Table(
                CASE_COLUMNS,
                [self.case_row(c) for c in self.cases],
                empty="Inga incidenter under året.",
            ),
        )
        doc.add(
            para(
                f"Underlaget är hämtat ur incidentregistret {iso_date(self.today)}. Rapporten "
                "innehåller bara uppgifter om ärendena, inga uppgifter om de registrerade.",
                style="note",
            )
        )
        return doc

    def summary(self) -> str:
        s = self.stats
        if not s.total:
            return f"Under {s.year} registrerades inga personuppgiftsincidenter för {s.scope}."
        text = (
            f"Under {s.year} registrerades {s.total} "
            f"{'personuppgiftsincident' if s.total == 1 else 'personuppgiftsincidenter'} "
            f"({s.scope.lower() if s.scope.startswith('Alla') else s.scope}). "
            f"{s.email} av dem ({s.email_share}) gällde e-post. "
            f"{_count(s.authority[0], 'Ingen')} anmäldes till Integritetsskyddsmyndigheten "
            f"(IMY), och de registrerade informerades i {_count(s.subjects[0], 'inget')} fall. "
        )
        if s.decided:
            text += (
                f"{s.decided_in_time} av {s.decided} beslut ({s.in_time_share}) fattades inom "
                "72 timmar från det att nämnden fick kännedom om incidenten."
            )
        return text

    def overdue(self) -> list[OverdueAction]:
        """Overdue items of this year's incidents (the dashboard shows every year's)."""
        return [a for a in self.stats.overdue_actions if a.year == self.stats.year]

    def key_figures(self) -> Fields:
        s = self.stats
        guard = f"{sum(s.guard_per_month)} varningar och stopp"
        return Fields(
            (
                ("Incidenter", str(s.total)),
                ("Varav e-post", f"{s.email} ({s.email_share})"),
                ("Anmälda till IMY", f"{s.authority[0]} ({s.notified_share})"),
                ("De registrerade informerades", f"{s.subjects[0]} ({s.informed_share})"),
                (
                    "Beslut inom 72 timmar",
                    f"{s.decided_in_time} av {s.decided} ({percent(s.decided_in_time, s.decided)})",
                ),
                ("Utan beslut när 72 timmar har gått", str(s.undecided_past_deadline)),
                ("Försenade åtgärder (i dag)", str(len(self.overdue()))),
                ("Spärren i e-posten", guard),
            )
        )

    def overdue_table(self) -> Table:
        rows = [
            (
                (para(a.diarienummer),),
                (para(a.board),),
                (para(a.responsible),),
                (para(iso_date(a.due_on)),),
                (para(str(a.days)),),
            )
            for a in self.overdue()
        ]
        return Table(OVERDUE_COLUMNS, rows, empty="Inga försenade åtgärder.")

    @staticmethod
    def case_row(case: Case) -> tuple[Cell, ...]:
        types = ", ".join(
            short_label(BreachType(t).label) for t in case.breach_types if t in BreachType.values
        )
        notified = {True: "Ja", False: "Nej", None: "Inte beslutat"}[case.notify_authority]
        return (
            (para(case.diarienummer),),
            (para(iso_date(case.aware_at)),),
            (para(case.board.name),),
            (para(SHORT_CHANNELS.get(case.event.channel, "")),),
            (para(types or "–"),),
            (para(notified),),
            (para(Status(case.status).label),),
        )


def _count(n: int, zero: str) -> str:
    return zero if n == 0 else str(n)
