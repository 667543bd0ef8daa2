"""The whole journey in a real Chromium: report, supplier link, investigate, decide, close,
the other board locked out, and the reminder e-mail at the right time."""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from tests.web.incidents.conftest import PASSWORD
from varna.web.incidents import services
from varna.web.incidents.models import Case, Event, Supplier
from varna.web.incidents.views.suppliers import supplier_link

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, user):
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill(user.username)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_label("Lösenord").press("Enter")
    page.wait_for_url(f"{live_server.url}/")


def test_an_employee_reports_from_a_phone_and_fixes_a_mistake(
    live_server, browser, reporter, bun, owner
):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="sv-SE")
    context.set_default_timeout(10_000)
    page = context.new_page()
    log_in(page, live_server, reporter)
    page.get_by_role("link", name="Rapportera incident").first.click()
    page.get_by_label("Jag vet att en incident har inträffat").check()
    page.get_by_label("Rubrik").fill("Klasslista till fel vårdnadshavare")
    page.get_by_label("E-post till fel mottagare").check()
    page.get_by_role("button", name="Skicka rapporten").click()

    assert page.get_by_role("heading", name="Något behöver rättas").is_visible()
    assert page.get_by_label("Rubrik").input_value() == "Klasslista till fel vårdnadshavare"
    page.get_by_label("Vad har hänt?").fill("Listan gick till en vårdnadshavare i fel klass.")
    page.get_by_label("Barn- och ungdomsnämnden (BUN)").check()
    page.get_by_label("Elever").check()
    page.get_by_role("button", name="Skicka rapporten").click()

    case = Case.objects.get()
    assert page.get_by_text(f"diarienummer {case.diarienummer}").is_visible()
    assert page.get_by_role("heading", name="Klasslista till fel vårdnadshavare").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_a_supplier_reports_through_the_link_to_two_boards(
    live_server, page, bun, ks, administrator
):
    supplier = Supplier.objects.create(name="Enkätbolaget AB")
    supplier.boards.set([bun, ks])
    token = services.rotate_supplier_link(supplier, actor=administrator)
    link = supplier_link(token).replace("http://127.0.0.1:8000", live_server.url)

    page.goto(link)
    assert token not in page.url
    assert page.get_by_text("Enkätbolaget AB").first.is_visible()
    page.get_by_label("Jag vet att en incident har inträffat").check()
    page.get_by_label("Rubrik").fill("Kommunrepresentanter i kopia på utskick")
    page.get_by_label("Vad har hänt?").fill("Alla representanter låg som kopiemottagare.")
    page.get_by_label("Mottagarna syntes för varandra").check()
    page.get_by_label("Barn- och ungdomsnämnden (BUN)").check()
    page.get_by_label("Kommunstyrelsen (KS)").check()
    page.get_by_label("Ditt namn").fill("Sara Leverantör")
    page.get_by_label("Din e-postadress").fill("sara@enkatbolaget.example")
    page.get_by_role("button", name="Skicka rapporten").click()

    assert page.get_by_role("heading", name="Tack – rapporten är mottagen").is_visible()
    event = Event.objects.get()
    for case in event.cases.all():
        assert page.get_by_text(case.diarienummer).is_visible()
    assert event.cases.count() == 2


def test_a_coordinator_investigates_decides_and_closes_and_the_other_board_cannot_see_it(
    live_server, browser, make_report, owner, outsider
):
    case = make_report(discovered_at=timezone.now() - timedelta(hours=2)).cases.get()
    context = browser.new_context(locale="sv-SE", timezone_id="Europe/Stockholm")
    context.set_default_timeout(10_000)
    page = context.new_page()
    log_in(page, live_server, owner)
    page.get_by_role("link", name="Incidenter").first.click()
    row = page.get_by_role("row").filter(has_text=case.diarienummer)
    assert "69 tim" in row.inner_text()
    row.get_by_role("link", name=case.diarienummer).click()
    assert page.get_by_text("Anmälan till IMY inom 72 timmar").is_visible()

    page.get_by_role("link", name="Ändra utredningen").click()
    page.get_by_label("Antal berörda personer").fill("12")
    page.get_by_label("Kända mottagare", exact=True).check()
    page.get_by_role("button", name="Spara").click()

    page.get_by_role("link", name="Ändra bedömningen").click()
    assert page.get_by_role("heading", name="Värnas rekommendation – inte ett beslut").is_visible()
    page.get_by_label("Riskreducerande omständigheter").fill("Mottagaren har raderat mejlet.")
    page.get_by_label("Osannolikt att incidenten medför en risk").check()
    page.get_by_label("Bedömning av inträffad händelse").fill("Begränsad incident.")
    page.get_by_role("button", name="Spara").click()

    page.get_by_role("link", name="Anteckna dataskyddsombudets råd").click()
    page.get_by_label("Dataskyddsombudets råd").fill("Ingen anmälan behövs.")
    page.get_by_role("button", name="Spara").click()

    page.get_by_role("link", name="Registrera beslut").click()
    page.get_by_role("group", name="Ska incidenten anmälas").get_by_label("Nej").check()
    page.get_by_label("Skäl för beslutet om anmälan").fill("Osannolikt att det medför risk.")
    page.get_by_role("group", name="Ska de registrerade").get_by_label("Nej").check()
    page.get_by_label("Skäl för beslutet om information").fill("Ingen hög risk.")
    page.get_by_label("Vem fattade beslutet?").fill("Lars Holm, förvaltningschef")
    page.get_by_role("button", name="Spara").click()
    assert page.get_by_text("Beslut: ingen anmälan till IMY").is_visible()

    page.get_by_label("Åtgärd", exact=True).fill("Gå igenom rutinen för klasslistor.")
    page.get_by_label("Ansvarig").fill("Rektor")
    page.get_by_role("button", name="Lägg till åtgärden").click()
    page.get_by_role("button", name="Markera som genomförd").click()

    page.get_by_role("link", name="Ändra status").click()
    page.get_by_label("Avsluta ärendet").check()
    page.get_by_label("Kommentar").fill("Allt är gjort.")
    page.get_by_role("button", name="Spara status").click()

    case.refresh_from_db()
    assert case.status == "closed"
    assert case.dpo_advice == "Ingen anmälan behövs."
    assert case.action_items.get().done_on is not None
    assert page.locator(".case-header .status").inner_text() == "Avslutad"
    context.close()

    other = browser.new_context(locale="sv-SE")
    other_page = other.new_page()
    log_in(other_page, live_server, outsider)
    other_page.goto(f"{live_server.url}/incidenter/")
    assert case.diarienummer not in other_page.content()
    response = other_page.goto(f"{live_server.url}/incidenter/{case.pk}/")
    assert response.status == 404
    assert other_page.get_by_role("heading", name="Sidan finns inte").is_visible()
    other.close()


def test_the_reminder_email_goes_out_24_hours_before_the_deadline(
    live_server, page, make_report, owner, smtp_sink
):
    discovered = timezone.now() - timedelta(hours=30)
    case = make_report(discovered_at=discovered).cases.get()

    def reminders():
        return [m for m in smtp_sink.messages if "Påminnelse" in str(m["Subject"])]

    assert "Ny personuppgiftsincident" in str(smtp_sink.messages[0]["Subject"])
    with time_machine.travel(discovered + timedelta(hours=47, minutes=50)):
        call_command("send_reminders")
    assert reminders() == []

    with time_machine.travel(discovered + timedelta(hours=48, minutes=1)):
        call_command("send_reminders")
        call_command("send_reminders")
        log_in(page, live_server, owner)
        page.goto(f"{live_server.url}/incidenter/{case.pk}/")
        clock = page.locator(".case-header .clock")
        assert "Brådskande" in clock.inner_text()
        assert "23 tim" in clock.inner_text()

    assert len(reminders()) == 1
    assert smtp_sink.recipients[-1] == [owner.email]
    assert case.diarienummer in str(reminders()[0]["Subject"])
