"""The letter to the people affected (art. 34): what happened, what it can mean for them,
what the municipality did, what they can do, whom to contact — in plain Swedish.

Built from the case's structured facts rather than its internal description, which
may name other people; the DOCX is there for the coordinator to add detail.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from varna.web.incidents.models import Case
from varna.web.reports import wording
from varna.web.reports.documents.model import Block, Bullets, Document, Heading, para, paras
from varna.web.reports.exporters import case_text
from varna.web.reports.exporters.base import CaseDocumentExporter
from varna.web.reports.exporters.case_text import fill_in
from varna.web.reports.formatting import long_date


class SubjectLetter(CaseDocumentExporter):
    identifier = "subject_letter"
    verbose_name = "Brev till de registrerade"
    basename = "brev-till-berorda"
    formats = ("docx", "pdf")

    def __init__(self, case: Case, today: date, dpo: Any = None) -> None:
        super().__init__(case)
        self.today = today
        self.dpo = dpo

    def document(self) -> Document:
        case = self.case
        doc = self.case_document("Uppgifter om dig har hamnat fel", self.today)
        doc.add(
            para("Till dig som berörs", style="lead"),
            para(
                f"Vi på {case.board.name} i {case.board.organisation.name} vill berätta att "
                "uppgifter om dig har hamnat där de inte skulle. Det kallas en "
                "personuppgiftsincident. Vi beklagar att det har hänt."
            ),
        )
        doc.add(*self._what_happened(), *self._meaning(), *self._what_we_did())
        doc.add(
            Heading("Vad kan du göra?"), Bullets(tuple(wording.plain_advice(case.data_categories)))
        )
        doc.add(*self._contact())
        doc.add(para("Med vänliga hälsningar", style="closing"), para(case.board.name, bold=True))
        doc.add(para(case.board.organisation.name))
        return doc

    def _what_happened(self) -> list[Block]:
        case, event = self.case, self.case.event
        what = wording.WHAT_HAPPENED.get(event.channel, wording.WHAT_HAPPENED["other"])
        text = [f"Den {long_date(event.discovered_at)} upptäckte vi att {what}."]
        data = wording.plain_data(case.data_categories or event.reported_data)
        if data:
            text.append(f"Det gällde {data}.")
        occurred = event.occurred_from
        if (
            occurred
            and not event.occurred_unknown
            and long_date(occurred) != long_date(event.discovered_at)
        ):
            text.append(f"Det hände den {long_date(occurred)}.")
        return [Heading("Vad har hänt?"), para(" ".join(text))]

    def _meaning(self) -> list[Block]:
        consequences = wording.plain_consequences(self.case.data_categories)
        if not consequences:
            return [
                Heading("Vad kan det innebära för dig?"),
                para(fill_in("vad incidenten kan innebära för den som berörs")),
            ]
        return [Heading("Vad kan det innebära för dig?"), Bullets(tuple(consequences))]

    def _what_we_did(self) -> list[Block]:
        case = self.case
        blocks: list[Block] = [Heading("Vad har vi gjort?")]
        blocks += paras(case.initial_actions)
        done = [item.what for item in case_text.items(case) if item.done_on]
        if done:
            blocks.append(Bullets(tuple(done)))
        if case.contained:
            blocks.append(
                para("De som fick uppgifterna har raderat dem eller lämnat tillbaka dem.")
            )
        if case.notify_authority:
            blocks.append(
                para(
                    "Vi har anmält det som hänt till Integritetsskyddsmyndigheten (IMY), som "
                    "granskar hur personuppgifter hanteras."
                )
            )
        if len(blocks) == 1:
            blocks.append(para(fill_in("vad kommunen har gjort")))
        return blocks

    def _contact(self) -> list[Block]:
        handler: Any = self.case.handler
        if handler is not None and handler.email:
            who = f"{handler.display_name}, {handler.email}"
        else:
            who = fill_in("namn och kontaktuppgifter till den som svarar på frågor")
        blocks: list[Block] = [
            Heading("Vill du veta mer?"),
            para(
                f"Hör av dig till {who}. Ange diarienummer {self.case.diarienummer}, så hittar "
                "vi ärendet."
            ),
        ]
        if self.dpo is not None and self.dpo.email:
            blocks.append(
                para(
                    "Du kan också kontakta kommunens dataskyddsombud, "
                    f"{self.dpo.display_name}, {self.dpo.email}."
                )
            )
        blocks.append(
            para(
                "Om du tycker att vi har hanterat dina personuppgifter fel har du rätt att klaga "
                "hos Integritetsskyddsmyndigheten (IMY). Läs mer på www.imy.se."
            )
        )
        return blocks
