"""The investigation and analysis report follows Alingsås' template, section by section."""

from datetime import date

import pytest

from tests.web.reports.conftest import docx_document, pdf_pages, pdf_text
from varna.web.incidents.models import Case
from varna.web.reports.exporters.investigation import InvestigationReport
from varna.web.reports.views import for_documents

pytestmark = pytest.mark.django_db

TEMPLATE_HEADINGS = [
    "Utredning och analys efter inträffad personuppgiftsincident",
    "Kortfattad beskrivning av händelsen",
    "Bedömning av inträffad händelse",
    "Riskreducerande omständigheter",
    "Riskhöjande omständigheter",
    "Genomförda initiala åtgärder",
    "Identifierade brister",
    "Åtgärdsplan och planerad uppföljning",
]


@pytest.fixture
def report(demo):
    case = for_documents(Case.objects.all()).get(pk=demo.alingsas.pk)
    return InvestigationReport(case, date(2024, 11, 25))


def test_the_docx_has_the_templates_particulars_and_sections_in_order(report):
    document = docx_document(report.render("docx"))
    particulars = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert particulars == {
        "Datum": "2024-11-25",
        "Handläggare": "Cecilia Berg",
        "Titel": "Verksamhetsutvecklare IKT",
        "Nämnd": "Barn- och ungdomsnämnden",
        "Diarienummer": "2024.401 BUN",
    }
    texts = [p.text for p in document.paragraphs]
    positions = [texts.index(heading) for heading in TEMPLATE_HEADINGS]
    assert positions == sorted(positions)


def test_the_assessment_lists_the_risk_reducing_circumstances_and_the_decision(report):
    document = docx_document(report.render("docx"))
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert any("Rektorernas e-postadresser är publicerade" in b for b in bullets)
    assert any("Det rör ingen person med sekretessmarkering" in b for b in bullets)
    decision = {row.cells[0].text: row.cells[1].text for row in document.tables[1].rows}
    assert decision["Anmälan till IMY"].startswith("Nej (beslutat 2024-11-25")
    assert "Lars Holm" in decision["Beslutsfattare"]
    plan = document.tables[2]
    assert [c.text for c in plan.rows[0].cells] == [
        "Åtgärd",
        "Ansvarig",
        "Klart senast",
        "Genomförd",
    ]
    assert plan.rows[1].cells[3].text == "2024-12-18"


def test_the_pdf_reads_back_with_header_sections_and_page_numbers(report):
    data = report.render("pdf")
    pages = pdf_pages(data)
    text = pdf_text(data)
    for heading in TEMPLATE_HEADINGS:
        assert heading in text
    assert "13 kommunrepresentanter" in text
    assert "Planerad uppföljning: 2024-12-20." in text
    for number, page in enumerate(pages, start=1):
        assert "Dnr 2024.401 BUN" in page
        assert "Barn- och ungdomsnämnden" in page
        assert f"Sida {number} av {len(pages)}" in page
    assert report.filename("pdf") == "utredning-2024.401-BUN.pdf"


def test_an_undecided_case_says_what_is_missing_instead_of_inventing_it(demo):
    case = for_documents(Case.objects.all()).get(diarienummer__endswith=".11 BUN")
    text = pdf_text(InvestigationReport(case, date(2026, 1, 1)).render("pdf"))
    assert "Risken är inte bedömd ännu." in text
    assert "Inte beslutat ännu." in text
    assert "Inga åtgärder i åtgärdsplanen." in text
