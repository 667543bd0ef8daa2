"""The incident log in Trelleborg's columns, as PDF (A4 landscape), DOCX and XLSX."""

import io
from datetime import date
from typing import Any

import openpyxl
import pytest
from django.utils import timezone

from tests.web.reports.conftest import (
    docx_document,
    docx_text,
    pdf_pages,
    pdf_sizes,
    pdf_text,
    xlsx_rows,
)
from varna.web.incidents.models import Case
from varna.web.reports.exporters.incident_log import IncidentLog, LogScope
from varna.web.reports.views import for_documents

pytestmark = pytest.mark.django_db

COLUMNS = [
    "Datum",
    "Beskrivning av incident",
    "Åtgärder",
    "Kontakt med dataskyddsombud",
    "Anmälan till Integritetsskyddsmyndigheten",
]
A4_LANDSCAPE = (841.89, 595.28)


@pytest.fixture
def log(demo):
    cases = list(for_documents(Case.objects.filter(board__code="KS")).order_by("aware_at"))
    scope = LogScope(
        organisation="Exempelkommunen",
        board="Kommunstyrelsen",
        code="KS",
        start=date(2019, 1, 1),
        end=timezone.localdate(),
        diarienummer="2026.900 KS",
    )
    return IncidentLog(cases, scope, date(2026, 11, 22))


def test_the_pdf_is_a4_landscape_with_trelleborgs_columns_and_numbered_pages(log):
    data = log.render("pdf")
    sizes = pdf_sizes(data)
    assert all(abs(w - A4_LANDSCAPE[0]) < 1 and abs(h - A4_LANDSCAPE[1]) < 1 for w, h in sizes)
    text = pdf_text(data)
    for column in COLUMNS:
        assert column in text
    pages = pdf_pages(data)
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page
        assert "Exempelkommunen" in page
        assert "Dnr 2026.900 KS" in page
    assert "Rapport om personuppgiftsincidenter" in text


def test_the_pdf_carries_the_trelleborg_incident_in_its_own_words(log):
    text = pdf_text(log.render("pdf"))
    assert "2023-02-07" in text
    assert "Dnr 2023.58 KS" in text
    assert "utan SEFOS-kryptering" in text
    assert "Nej (beslutat 2023-02-08" in text
    assert "Dataskyddsombud bedömer incident som begränsad" in text
    assert "Genomgång av SEFOS" in text


def test_the_pdf_embeds_a_font_with_swedish_letters(log):
    data = log.render("pdf")
    assert b"/FontFile2" in data  # the TrueType program is in the file, not left to the viewer
    assert b"DejaVuSans" in data
    text = pdf_text(data)
    for word in ("Åtgärder", "Integritetsskyddsmyndigheten", "dataskyddsombud", "förvaltning"):
        assert word in text


def test_the_docx_is_landscape_with_the_columns_and_a_page_number_field(log):
    data = log.render("docx")
    document = docx_document(data)
    section = document.sections[0]
    assert section.page_width > section.page_height
    header = document.tables[0].rows[0].cells
    assert [c.text for c in header] == COLUMNS
    header_text = " ".join(p.text for p in section.header.paragraphs)
    assert "Exempelkommunen" in header_text
    assert "Kommunstyrelsen" in header_text
    assert "Dnr 2026.900 KS" in header_text
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml
    assert "NUMPAGES" in footer_xml
    assert "utan SEFOS-kryptering" in docx_text(data)
    assert document.core_properties.language == "sv-SE"


def test_the_xlsx_has_the_columns_under_the_documents_particulars(log):
    data = log.render("xlsx")
    sheet: Any = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Incidentlogg"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.oddFooter.right.text == "Sida &P av &N"
    rows = xlsx_rows(data)
    assert rows[0][0] == "Rapport om personuppgiftsincidenter"
    header_at = next(i for i, row in enumerate(rows) if row[0] == "Datum")
    assert list(rows[header_at][:5]) == COLUMNS
    body = rows[header_at + 1 :]
    assert len(body) == len(log.cases)
    trelleborg = next(r for r in body if "2023.58 KS" in (r[0] or ""))
    assert trelleborg[0].startswith("2023-02-07")
    assert "SEFOS" in trelleborg[1]
    assert any("Dnr 2026.900 KS" in str(r[0]) for r in rows[:header_at])


def test_the_file_name_holds_the_diarienummer_at_most(log):
    assert log.filename("pdf") == "incidentlogg-2026.900-KS.pdf"
    scope = LogScope(
        "Exempelkommunen", "Kommunstyrelsen", "KS", date(2023, 1, 1), date(2023, 12, 31)
    )
    assert IncidentLog([], scope, date(2024, 1, 2)).filename("xlsx") == (
        "incidentlogg-KS-2023-01-01-2023-12-31.xlsx"
    )


def test_an_empty_period_still_gives_a_document_that_says_so():
    scope = LogScope("Exempelkommunen", "Socialnämnden", "SN", date(2020, 1, 1), date(2020, 12, 31))
    text = pdf_text(IncidentLog([], scope, date(2021, 1, 4)).render("pdf"))
    assert "Inga ärenden under perioden." in text
    assert "0 incidenter" in text
