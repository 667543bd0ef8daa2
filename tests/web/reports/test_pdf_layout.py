"""Every kind of PDF, rendered to pixels: nothing is drawn outside the page margins, and
text far longer than a page flows onto the next pages instead of being clipped."""

from datetime import date

import pytest
from django.utils import timezone

from tests.web.reports.conftest import pdf_images, pdf_pages, pdf_text
from varna.web.incidents.models import Board, Case
from varna.web.reports import statistics
from varna.web.reports.documents.pdf import MARGIN
from varna.web.reports.exporters.annual_report import AnnualReport
from varna.web.reports.exporters.imy_draft import ImyDraft
from varna.web.reports.exporters.incident_log import IncidentLog, LogScope
from varna.web.reports.exporters.investigation import InvestigationReport
from varna.web.reports.exporters.letter import SubjectLetter
from varna.web.reports.views import for_documents

pytestmark = pytest.mark.django_db
WHITE = 250


def all_pdfs(demo):
    cases = list(for_documents(Case.objects.all()).order_by("aware_at"))
    case = next(c for c in cases if c.pk == demo.alingsas.pk)
    today = timezone.localdate()
    scope = LogScope("Exempelkommunen", "Alla nämnder", "alla", date(2019, 1, 1), today)
    stats = statistics.compute(Case.objects.all(), list(Board.objects.all()), 2024, "Alla nämnder")
    return {
        "incident_log": IncidentLog(cases, scope, today),
        "investigation": InvestigationReport(case, today),
        "imy_draft": ImyDraft(case, timezone.now(), demo.dpo),
        "letter": SubjectLetter(case, today, demo.dpo),
        "annual_report": AnnualReport(stats, cases, "Exempelkommunen", "alla", today),
    }


def margins_are_blank(image):
    width, height = image.size
    inset = int(MARGIN) - 3
    strips = [
        (0, 0, inset, height),
        (width - inset, 0, width, height),
        (0, 0, width, 14),
        (0, height - 14, width, height),
    ]
    return all(image.crop(box).getextrema()[0] >= WHITE for box in strips)


def test_no_pdf_draws_outside_its_margins(demo):
    for kind, exporter in all_pdfs(demo).items():
        for number, image in enumerate(pdf_images(exporter.render("pdf")), start=1):
            assert margins_are_blank(image), f"{kind}, page {number}"


def test_a_description_longer_than_a_page_flows_on_without_loss(demo):
    case = for_documents(Case.objects.all()).get(pk=demo.trelleborg.pk)
    sentence = "Uppgifterna skickades vidare i flera led innan felet upptäcktes. "
    url = "https://exempelkommunen.se/" + "mycket-lang-adress-" * 12 + "slut"
    case.summary = sentence * 150 + url + " Sista meningen i beskrivningen."
    scope = LogScope(
        "Exempelkommunen", "Kommunstyrelsen", "KS", date(2023, 1, 1), date(2023, 12, 31)
    )
    data = IncidentLog([case], scope, date(2024, 1, 2)).render("pdf")
    pages = pdf_pages(data)
    assert len(pages) >= 2
    assert "Sista meningen i beskrivningen." in pdf_text(data)
    assert all(margins_are_blank(image) for image in pdf_images(data))
