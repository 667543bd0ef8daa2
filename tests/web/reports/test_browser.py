"""In a real Chromium: the dashboard shows its charts, and a coordinator downloads the
incident log of their board from the reports page."""

import pytest

from tests.web.reports.conftest import pdf_text
from varna.web.accounts.demo import DEMO_PASSWORD
from varna.web.incidents.models import AuditEntry

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(DEMO_PASSWORD)
    page.get_by_label("Lösenord").press("Enter")
    page.wait_for_url(f"{live_server.url}/")


def test_the_dashboard_draws_its_charts_and_a_coordinator_downloads_the_log(
    live_server, page, committed_demo, tmp_path
):
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(page, live_server, "samordnare.bun")

    page.get_by_role("link", name="Statistik").first.click()
    page.get_by_label("År", exact=True).select_option("2024")
    page.get_by_role("button", name="Visa").click()
    assert page.get_by_role("heading", name="Statistik 2024").is_visible()
    chart = page.get_by_role("img", name="Incidenter per månad 2024")
    assert chart.is_visible()
    assert chart.bounding_box()["height"] > 100
    assert page.locator("svg.chart__svg").count() >= 7
    page.get_by_text("Visa siffrorna som tabell").first.click()
    assert page.get_by_role("rowheader", name="nov").first.is_visible()
    assert errors == []  # no CSP violation, nothing failed to load

    page.get_by_role("link", name="Rapporter", exact=True).first.click()
    page.locator("#logg-fran").fill("2024-01-01")
    page.locator("#logg-till").fill("2024-12-31")
    page.get_by_label("PDF (för diariet)").check()
    with page.expect_download() as info:
        page.get_by_role("button", name="Ladda ner incidentloggen").click()
    download = info.value
    assert download.suggested_filename == "incidentlogg-alla-2024-01-01-2024-12-31.pdf"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    text = pdf_text(path.read_bytes())
    assert "Rapport om personuppgiftsincidenter" in text
    assert "2024.401 BUN" in text
    assert "2024.233 UN" not in text  # the neighbour's case is not hers
    assert AuditEntry.objects.filter(action="report.downloaded", actor=committed_demo.bun).exists()
