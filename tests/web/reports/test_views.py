"""Exports and statistics go through the register's access rules: a coordinator exports
only their own boards, anyone else gets 404, and every download lands in the audit trail."""

import pytest
from django.urls import reverse

from tests.web.reports.conftest import pdf_text, xlsx_rows
from varna.web.accounts.models import User
from varna.web.incidents.models import AuditEntry, Board

pytestmark = pytest.mark.django_db


def board(code):
    return Board.objects.get(code=code)


def case_doc(case, kind, fmt):
    return reverse("reports:case", args=[case.pk, kind, fmt])


LOG = reverse("reports:incident_log")
PERIOD = {"fran": "2019-01-01", "till": "2028-12-31"}


@pytest.mark.parametrize(
    "name", ["reports:dashboard", "reports:exports", "reports:raw", "reports:annual"]
)
def test_someone_who_reads_no_cases_gets_404(client, demo, name):
    client.force_login(demo.employee)
    assert client.get(reverse(name)).status_code == 404


def test_someone_not_logged_in_is_sent_to_the_login(client, demo):
    response = client.get(reverse("reports:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith("/logga-in/")


@pytest.mark.parametrize(
    ("kind", "fmt"), [("utredning", "pdf"), ("imy-utkast", "txt"), ("brev", "docx")]
)
def test_a_coordinator_of_another_board_gets_404_for_a_cases_documents(client, demo, kind, fmt):
    client.force_login(demo.ks)
    assert client.get(case_doc(demo.alingsas, kind, fmt)).status_code == 404
    client.force_login(demo.employee)
    assert client.get(case_doc(demo.alingsas, kind, fmt)).status_code == 404
    assert not AuditEntry.objects.filter(action="case.document_downloaded").exists()


def test_the_boards_decision_maker_downloads_a_document_and_it_is_logged(client, demo):
    client.force_login(demo.member)
    response = client.get(case_doc(demo.alingsas, "utredning", "pdf"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="utredning-2024.401-BUN.pdf"'
    assert "Utredning och analys" in pdf_text(response.content)
    entry = AuditEntry.objects.get(action="case.document_downloaded")
    assert entry.case == demo.alingsas
    assert entry.actor == demo.member
    assert entry.changes == {"document": "Utredning och analys", "format": "PDF"}
    log = client.get(reverse("incidents:history", args=[demo.alingsas.pk]))
    assert "Ett dokument om ärendet hämtades" in log.content.decode()


def test_the_imy_text_is_shown_in_the_browser_for_copying(client, demo):
    client.force_login(demo.bun)
    response = client.get(case_doc(demo.alingsas, "imy-utkast", "txt"))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("inline;")
    assert "Er referens för egen uppföljning" in response.content.decode()


@pytest.mark.parametrize(
    ("kind", "fmt"), [("imy-utkast", "docx"), ("brev", "txt"), ("okand", "pdf")]
)
def test_a_document_that_does_not_exist_is_404(client, demo, kind, fmt):
    client.force_login(demo.bun)
    assert client.get(case_doc(demo.alingsas, kind, fmt)).status_code == 404


def test_the_case_page_links_to_its_documents(client, demo):
    client.force_login(demo.bun)
    page = client.get(reverse("incidents:case", args=[demo.alingsas.pk])).content.decode()
    for kind, fmt in [
        ("utredning", "docx"),
        ("utredning", "pdf"),
        ("imy-utkast", "pdf"),
        ("imy-utkast", "txt"),
        ("brev", "docx"),
        ("brev", "pdf"),
    ]:
        assert case_doc(demo.alingsas, kind, fmt) in page


def test_a_coordinator_cannot_export_another_boards_log(client, demo):
    client.force_login(demo.bun)
    response = client.get(LOG, {**PERIOD, "namnd": board("KS").pk, "format": "xlsx"})
    assert response.status_code == 404
    assert not AuditEntry.objects.filter(action="report.downloaded").exists()


def test_all_my_boards_means_only_my_boards(client, demo):
    client.force_login(demo.bun)
    response = client.get(LOG, {**PERIOD, "format": "xlsx"})
    assert response.status_code == 200
    text = " ".join(str(v) for row in xlsx_rows(response.content) for v in row if v)
    assert "2024.401 BUN" in text
    assert " KS" not in text
    assert " SN" not in text
    assert " UN" not in text
    entry = AuditEntry.objects.get(action="report.downloaded")
    assert entry.case is None
    assert "2024.401 BUN" in entry.changes["cases"]
    assert all(d.endswith(" BUN") for d in entry.changes["cases"])


def test_the_data_protection_officer_exports_every_board_of_their_municipality(client, demo):
    client.force_login(demo.dpo)
    response = client.get(LOG, {**PERIOD, "format": "pdf", "dnr": "2026.1 KS"})
    assert response.status_code == 200
    assert 'filename="incidentlogg-2026.1-KS.pdf"' in response["Content-Disposition"]
    text = pdf_text(response.content)
    for diarienummer in ("2023.58 KS", "2024.401 BUN"):
        assert diarienummer in text
    assert "2024.233 UN" not in text  # Grannkommunen's case: not this officer's to read


def test_an_administrator_without_limits_exports_every_organisation(client, demo):
    client.force_login(User.objects.get(username="admin"))
    response = client.get(LOG, {**PERIOD, "format": "pdf", "dnr": "2026.1 KS"})
    text = pdf_text(response.content)
    for diarienummer in ("2023.58 KS", "2024.401 BUN", "2024.233 UN"):
        assert diarienummer in text


def test_a_period_that_ends_before_it_starts_is_explained(client, demo):
    client.force_login(demo.bun)
    response = client.get(LOG, {"fran": "2024-12-31", "till": "2024-01-01", "format": "pdf"})
    assert response.status_code == 400
    assert "Slutdatumet kan inte vara före startdatumet." in response.content.decode()


def test_the_raw_export_holds_only_the_coordinators_boards(client, demo):
    client.force_login(demo.ks)
    response = client.get(reverse("reports:raw"), {"format": "csv"})
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert "2023.58 KS" in text
    assert " SN;" in text
    assert "BUN" not in text
    assert " UN;" not in text
    response = client.get(reverse("reports:raw"), {"format": "csv", "namnd": board("BUN").pk})
    assert response.status_code == 404


def test_the_annual_report_is_for_the_chosen_board_and_year(client, demo):
    client.force_login(demo.bun)
    response = client.get(reverse("reports:annual"), {"ar": 2024, "namnd": board("BUN").pk})
    assert response.status_code == 200
    assert 'filename="arsrapport-BUN-2024.pdf"' in response["Content-Disposition"]
    text = pdf_text(response.content)
    assert "Årsrapport personuppgiftsincidenter 2024" in text
    assert "2024.401 BUN" in text
    assert "2024.233 UN" not in text
    assert (
        client.get(reverse("reports:annual"), {"ar": 2024, "namnd": board("UN").pk}).status_code
        == 404
    )


def test_the_dashboard_shows_charts_and_key_figures_for_the_users_boards(client, demo):
    client.force_login(demo.bun)
    response = client.get(reverse("reports:dashboard"), {"ar": 2024})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count('role="img"') >= 7
    assert "Incidenter per månad 2024" in page
    assert "Spärren: varningar och stopp i e-post per månad 2024" in page
    assert "Barn- och ungdomsnämnden" in page
    assert "Utbildningsnämnden" not in page
    assert "<script" not in page.split("<main", 1)[1]  # the charts need no script


def test_the_dashboard_refuses_another_boards_statistics(client, demo):
    client.force_login(demo.bun)
    response = client.get(reverse("reports:dashboard"), {"namnd": board("KS").pk})
    assert response.status_code == 404


def test_the_menu_offers_statistics_and_reports_to_readers_only(client, demo):
    client.force_login(demo.bun)
    home = client.get("/").content.decode()
    assert reverse("reports:dashboard") in home
    assert reverse("reports:exports") in home
    client.force_login(demo.employee)
    home = client.get("/").content.decode()
    assert reverse("reports:dashboard") not in home
