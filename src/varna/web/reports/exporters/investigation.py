"""The investigation and analysis report of one case, following Alingsås' template:
particulars; a short description; the assessment (circumstances, reasons, decision);
initial actions; identified deficiencies; action plan and follow-up."""

from __future__ import annotations

from datetime import date
from typing import Any

from varna.web.incidents.choices import Exposure, ReporterKind
from varna.web.incidents.models import Case
from varna.web.incidents.recommendation import BAND_LABELS, RISK_LABELS, recommendation_for
from varna.web.reports.documents.model import (
    Block,
    Bullets,
    Column,
    Document,
    Fields,
    Heading,
    Paragraph,
    Run,
    Table,
    para,
    paras,
)
from varna.web.reports.exporters import case_text
from varna.web.reports.exporters.base import CaseDocumentExporter
from varna.web.reports.formatting import MISSING, date_time, iso_date

PURPOSE = (
    "Utredningen analyserar en inträffad personuppgiftsincident. Syftet är att hitta brister och "
    "behov av utveckling i det löpande och systematiska arbetet med dataskydd och "
    "informationssäkerhet. Dokumentet bifogas den diarieförda rapporten om händelsen."
)
PLAN_COLUMNS = (
    Column("Åtgärd", 3.2),
    Column("Ansvarig", 1.4),
    Column("Klart senast", 0.9),
    Column("Genomförd", 0.9),
)


class InvestigationReport(CaseDocumentExporter):
    identifier = "investigation"
    verbose_name = "Utredning och analys"
    basename = "utredning"
    formats = ("docx", "pdf")

    def __init__(self, case: Case, today: date) -> None:
        super().__init__(case)
        self.today = today

    def document(self) -> Document:
        case = self.case
        doc = self.case_document(
            "Utredning och analys efter inträffad personuppgiftsincident", self.today
        )
        doc.add(
            Fields(
                (
                    ("Datum", iso_date(self.today)),
                    ("Handläggare", case_text.handler_label(case)),
                    ("Titel", case_text.handler_title(case)),
                    ("Nämnd", case.board.name),
                    ("Diarienummer", case.diarienummer),
                )
            ),
            para(PURPOSE, style="note"),
        )
        doc.add(*self._description())
        doc.add(*self._assessment())
        doc.add(Heading("Genomförda initiala åtgärder"), *_text_or(case.initial_actions))
        doc.add(Heading("Identifierade brister"), *_text_or(case.deficiencies))
        doc.add(*self._plan())
        return doc

    def _description(self) -> list[Block]:
        case, event = self.case, self.case.event
        reporter = ReporterKind(event.reporter_kind).label if event.reporter_kind else MISSING
        if event.supplier is not None:
            reporter = f"{reporter}: {event.supplier.name}"
        if event.subprocessor:
            reporter += f" (underbiträde: {event.subprocessor})"
        exposure = Exposure(case.exposure).label if case.exposure in Exposure.values else "Okänt"
        facts = [
            f"Inträffade: {case_text.occurred_text(case)}",
            f"Upptäcktes: {date_time(event.discovered_at)}",
            f"Nämnden fick kännedom: {date_time(case.aware_at)}",
            f"Hur det gick till: {case_text.channel_text(case)}",
            f"Typ av incident: {'; '.join(case.breach_type_labels()) or 'Inte utrett ännu'}",
            f"Slags personuppgifter: {'; '.join(case.data_category_labels()) or 'Inte utrett'}",
            f"Berörda: {', '.join(case.subject_group_labels()) or 'Inte utrett'}; "
            f"antal: {case_text.subject_count_text(case)}",
            f"Antal poster: {case.record_count if case.record_count is not None else 'Okänt'}",
            f"Vem har kunnat ta del: {exposure}",
            f"Rapporterad av: {reporter}",
        ]
        return [
            Heading("Kortfattad beskrivning av händelsen"),
            Paragraph((Run(event.title, bold=True),)),
            *paras(case.summary),
            Heading("I korthet", 3),
            Bullets(tuple(facts)),
        ]

    def _assessment(self) -> list[Block]:
        case = self.case
        risk = (
            case.get_assessed_risk_display()
            if case.assessed_risk
            else "Risken är inte bedömd ännu."
        )
        blocks: list[Block] = [
            Heading("Bedömning av inträffad händelse"),
            Heading("Riskreducerande omständigheter", 3),
            _bullets_or(case.risk_reducing),
            Heading("Riskhöjande omständigheter", 3),
            _bullets_or(case.risk_raising),
            Heading("Bedömning och skäl", 3),
            para(str(risk), bold=True),
            *_text_or(case.assessment),
            Heading("Kontakt med dataskyddsombudet", 3),
            *paras(case_text.dpo_text(case)),
        ]
        blocks += self._recommendation()
        blocks += [
            Heading("Beslut", 3),
            Fields(
                (
                    ("Anmälan till IMY", case_text.authority_decision_text(case)),
                    ("Information till de registrerade", case_text.subjects_decision_text(case)),
                    ("Beslutsfattare", case.decision_maker or MISSING),
                    ("Beslutat", date_time(case.decided_at)),
                )
            ),
        ]
        return blocks

    def _recommendation(self) -> list[Block]:
        """The engine's advice, as it stood at the decision (or now, before one)."""
        rec: Any = self.case.recommendation_at_decision or recommendation_for(self.case)
        if not rec:
            return []
        when = "när beslutet fattades" if self.case.recommendation_at_decision else "i dag"
        band = BAND_LABELS.get(rec["severity"]["band"], rec["severity"]["band"])
        return [
            Heading("Värnas rekommendation", 3),
            para(
                f"Stöd för bedömningen ({when}), inte ett beslut. "
                f"{RISK_LABELS.get(rec['risk'], rec['risk'])}. Allvarlighetsgrad enligt ENISA: "
                f"{band.lower()}.",
                style="note",
            ),
            Bullets(tuple(rec.get("reasons", ()))),
        ]

    def _plan(self) -> list[Block]:
        case = self.case
        rows = [
            (
                (para(item.what),),
                (para(item.responsible),),
                (para(iso_date(item.due_on)),),
                (para(iso_date(item.done_on) if item.done_on else "Nej"),),
            )
            for item in case_text.items(case)
        ]
        follow_up = (
            f"Planerad uppföljning: {iso_date(case.follow_up_on)}."
            if case.follow_up_on
            else "Ingen uppföljning planerad."
        )
        plan: list[Block] = [Heading("Åtgärdsplan och planerad uppföljning")]
        if rows:
            plan.append(Table(PLAN_COLUMNS, rows))
        else:
            plan.append(para("Inga åtgärder i åtgärdsplanen."))
        plan.append(para(follow_up))
        return plan


def _text_or(text: str, empty: str = "Inget dokumenterat ännu.") -> tuple[Paragraph, ...]:
    return paras(text) or (para(empty, style="note"),)


def _bullets_or(items: list[str]) -> Block:
    cleaned = tuple(str(i) for i in items if str(i).strip())
    return Bullets(cleaned) if cleaned else para("Inga angivna.", style="note")
