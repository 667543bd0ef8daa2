"""A draft notification to IMY: everything IMY's e-service asks for, in its order, taken
from the case — to read on paper (PDF) or paste answer by answer (text).

What the register does not hold (postal address, telephone) is left as a visible
``[Fyll i: …]`` gap rather than guessed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone

from varna.web.incidents.models import Case
from varna.web.incidents.recommendation import BAND_LABELS, recommendation_for
from varna.web.reports import wording
from varna.web.reports.documents.model import Document, Fields, Heading, para
from varna.web.reports.exporters import case_text
from varna.web.reports.exporters.base import CaseDocumentExporter
from varna.web.reports.exporters.case_text import fill_in
from varna.web.reports.formatting import date_time, hours, iso_date

INTRO = (
    "Uppgifterna är hämtade ur ärendet och står i samma ordning som frågorna i IMY:s e-tjänst "
    "för anmälan av personuppgiftsincidenter. Fyll i det som står inom hakparentes innan "
    "anmälan skickas. Allt som lämnas till IMY blir allmän handling: lämna inte fler "
    "personuppgifter än nödvändigt."
)


class ImyDraft(CaseDocumentExporter):
    identifier = "imy_draft"
    verbose_name = "Utkast till anmälan till IMY"
    basename = "imy-utkast"
    formats = ("pdf", "txt")

    def __init__(self, case: Case, now: datetime, dpo: Any = None) -> None:
        super().__init__(case)
        self.now = now
        self.dpo = dpo

    def document(self) -> Document:
        doc = self.case_document(
            "Anmälan av personuppgiftsincident till IMY – utkast",
            timezone.localtime(self.now).date(),
            draft_note="UTKAST – underlag för IMY:s e-tjänst",
        )
        doc.add(para(INTRO, style="note"))
        for heading, rows in self.sections():
            doc.add(Heading(heading), Fields(tuple(rows)))
        return doc

    def sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        return [
            ("Personuppgiftsansvarig", self._controller()),
            ("Kontaktuppgifter", self._contact()),
            ("Om incidenten", self._incident()),
            ("De registrerade och personuppgifterna", self._subjects()),
            ("Konsekvenser och allvarlighetsgrad", self._consequences()),
            ("Åtgärder", self._measures()),
            ("Information till de registrerade", self._information()),
            ("Anmälan efter 72 timmar", self._delay()),
        ]

    def _controller(self) -> list[tuple[str, str]]:
        case = self.case
        organisation = case.board.organisation
        rows = [
            ("Personuppgiftsansvarig", f"{case.board.name}, {organisation.name}"),
            (
                "Organisationsnummer",
                organisation.organisation_number or fill_in("organisationsnummer (XXXXXX-XXXX)"),
            ),
            ("Organisationens postadress", fill_in("postadress (inte besöksadress)")),
            ("Er referens för egen uppföljning", case.diarienummer),
        ]
        initial = case.initial_notification()
        if initial is not None:
            ref = f", IMY:s diarienummer {initial.reference}" if initial.reference else ""
            rows.append(
                (
                    "Komplettering av tidigare anmälan",
                    f"Ja: anmälan {date_time(initial.submitted_at)}{ref} (art. 33.4).",
                )
            )
        return rows

    def _contact(self) -> list[tuple[str, str]]:
        handler: Any = self.case.handler
        if handler is not None:
            title = f", {handler.title}" if handler.title else ""
            person = f"{handler.display_name}{title}"
            email = handler.email or fill_in("e-postadress")
        else:
            person, email = fill_in("kontaktperson (namn och befattning)"), fill_in("e-postadress")
        dpo = (
            f"{self.dpo.display_name}, {self.dpo.email}".rstrip(", ")
            if self.dpo is not None
            else fill_in("dataskyddsombudets namn och kontaktuppgifter")
        )
        return [
            ("Kontaktperson", person),
            ("Kontaktpersonens e-post och telefon", f"{email}\n{fill_in('telefonnummer')}"),
            ("Dataskyddsombud", dpo),
            ("Adress för brev från IMY om anmälan", fill_in("adress")),
        ]

    def _incident(self) -> list[tuple[str, str]]:
        case, event = self.case, self.case.event
        discovered = date_time(event.discovered_at)
        if case.aware_at != event.discovered_at:
            discovered += f"\nNämnden fick kännedom {date_time(case.aware_at)}."
        types = "\n".join(case.breach_type_labels()) or fill_in("typ av incident")
        return [
            ("När inträffade incidenten?", case_text.occurred_text(case)),
            ("När upptäcktes incidenten?", discovered),
            ("Har incidenten upphört? När upphörde den?", case_text.ended_text(case)),
            ("Beskriv vad som har hänt", f"{event.title}\n{case.summary}".strip()),
            ("Hur gick det till (orsak)?", case_text.channel_text(case)),
            ("Typ av incident", types),
        ]

    def _subjects(self) -> list[tuple[str, str]]:
        case = self.case
        groups = ", ".join(case.subject_group_labels()) or fill_in("grupper av registrerade")
        if case.subjects_vulnerable:
            groups += "\nBland de registrerade finns särskilt sårbara personer (t.ex. barn)."
        records = (
            str(case.record_count)
            if case.record_count is not None
            else fill_in("ungefärligt antal personuppgiftsposter")
        )
        data = "\n".join(case.data_category_labels()) or fill_in("slags personuppgifter")
        return [
            ("Vilka grupper tillhör de registrerade?", groups),
            ("Ungefär hur många registrerade berörs?", case_text.subject_count_text(case)),
            ("Ungefär hur många personuppgiftsposter berörs?", records),
            ("Vilken sorts personuppgifter har incidenten drabbat?", data),
        ]

    def _consequences(self) -> list[tuple[str, str]]:
        case = self.case
        consequences = wording.likely_consequences(case.data_categories, case.breach_types)
        text = "\n".join(consequences) or fill_in("sannolika konsekvenser för de registrerade")
        if case.assessment:
            text += f"\nNämndens bedömning: {case.assessment}"
        severity = (
            case.get_assessed_risk_display()
            if case.assessed_risk
            else fill_in("nämndens riskbedömning")
        )
        rec = recommendation_for(case)
        if rec:
            band = BAND_LABELS.get(rec["severity"]["band"], rec["severity"]["band"])
            score = str(rec["severity"]["score"]).replace(".", ",")
            severity += f"\nAllvarlighetsgrad enligt ENISA:s metod: {band.lower()} (poäng {score})."
        return [
            ("Vad kan bli konsekvenserna av incidenten?", text),
            ("Hur allvarlig är incidenten för de registrerades integritet?", severity),
        ]

    def _measures(self) -> list[tuple[str, str]]:
        case = self.case
        plan = case_text.items(case)
        taken = [case.initial_actions.strip()] if case.initial_actions.strip() else []
        taken += [case_text.action_item_text(i) for i in plan if i.done_on]
        planned = [case_text.action_item_text(i) for i in plan if not i.done_on]
        if case.follow_up_on:
            planned.append(f"Uppföljning {iso_date(case.follow_up_on)}.")
        return [
            (
                "Vilka åtgärder har vidtagits?",
                "\n".join(taken) or fill_in("vidtagna åtgärder"),
            ),
            (
                "Vilka åtgärder planeras för att lösa problemet och mildra effekterna?",
                "\n".join(planned) or "Inga ytterligare åtgärder planeras.",
            ),
        ]

    def _information(self) -> list[tuple[str, str]]:
        return [
            (
                "Har de registrerade informerats? När, hur – eller varför inte?",
                case_text.subjects_decision_text(self.case),
            )
        ]

    def _delay(self) -> list[tuple[str, str]]:
        case = self.case
        deadline = case.deadline
        initial = case.initial_notification()
        label = "Skäl till att anmälan görs senare än 72 timmar efter upptäckten"
        if initial is not None:
            elapsed = (initial.submitted_at - case.aware_at).total_seconds() / 3600
            if initial.submitted_at <= deadline:
                return [(label, f"Ingen försening: anmäld {hours(elapsed)} efter kännedom.")]
            reason = initial.late_reason or fill_in("skälen till förseningen (art. 33.1)")
            return [(label, f"Anmäld {hours(elapsed)} efter kännedom.\n{reason}")]
        if self.now > deadline:
            return [
                (
                    label,
                    f"72 timmar har passerat (fristen gick ut {date_time(deadline)}).\n"
                    + fill_in("skälen till förseningen (krävs enligt art. 33.1)"),
                )
            ]
        return [(label, f"Ingen försening: fristen går ut {date_time(deadline)}.")]
