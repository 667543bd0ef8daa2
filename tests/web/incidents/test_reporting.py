"""Reporting: the employee's e-service form and the supplier's secret link."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from varna.web.incidents import services
from varna.web.incidents.models import Attachment, Case, Event, Supplier
from varna.web.incidents.views.suppliers import supplier_link

pytestmark = pytest.mark.django_db


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def form_data(*boards, **overrides):
    data = {
        "trigger": "happened",
        "title": "Elevlista till fel mottagare",
        "description": "En elevlista med namn skickades till fel vårdnadshavare.",
        "channel": "wrong_recipient",
        "discovered_at": local(timezone.now() - timedelta(hours=2)),
        "occurred_from": local(timezone.now() - timedelta(hours=3)),
        "boards": [b.pk for b in boards],
        "reported_data": ["basic", "contact"],
        "reported_groups": ["pupils"],
        "approx_subjects": "12",
        "on_behalf": "self",
        "reporter_phone": "",
    }
    data.update(overrides)
    return data


def test_an_employee_report_creates_one_case_per_board_with_its_own_number(
    client, reporter, bun, ks, owner, outsider
):
    client.force_login(reporter)
    response = client.post(reverse("incidents:report"), form_data(bun, ks))
    event = Event.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("incidents:my_report", args=[event.pk])
    year = timezone.localtime().year
    numbers = sorted(event.cases.values_list("diarienummer", flat=True))
    assert numbers == [f"{year}.1 BUN", f"{year}.1 KS"]
    assert event.reporter_user == reporter
    assert event.reporter_email == reporter.email
    assert event.approx_subjects == 12
    case = event.cases.get(board=bun)
    assert case.status == "reported"
    assert case.data_categories == ["basic", "contact"]
    assert case.breach_types == ["confidentiality"]
    assert case.status_changes.get().to_status == "reported"


def test_a_report_with_errors_keeps_what_the_user_typed_and_explains_in_swedish(
    client, reporter, bun
):
    client.force_login(reporter)
    data = form_data(bun, title="", description="Det här vill jag inte skriva om igen.")
    data["discovered_at"] = "i går"
    response = client.post(reverse("incidents:report"), data)
    page = response.content.decode()
    assert response.status_code == 200
    assert Event.objects.count() == 0
    assert "Något behöver rättas" in page
    assert "Skriv en kort rubrik." in page
    assert "Ange datum och klockslag" in page
    assert "Det här vill jag inte skriva om igen." in page
    assert 'value="i går"' in page
    assert 'aria-invalid="true"' in page


def test_it_refuses_a_discovery_time_in_the_future(client, reporter, bun):
    client.force_login(reporter)
    future = local(timezone.now() + timedelta(days=1))
    response = client.post(reverse("incidents:report"), form_data(bun, discovered_at=future))
    assert "kan inte ligga i framtiden" in response.content.decode()
    assert Event.objects.count() == 0


def test_an_incident_cannot_be_discovered_before_it_happened_unless_it_is_a_risk(
    client, reporter, bun, owner
):
    client.force_login(reporter)
    happened_later = local(timezone.now() - timedelta(minutes=30))
    data = form_data(bun, occurred_from=happened_later)
    response = client.post(reverse("incidents:report"), data)
    assert "kan inte ha upptäckts innan den hände" in response.content.decode()
    client.post(reverse("incidents:report"), {**data, "trigger": "risk"})
    assert Event.objects.count() == 1


def test_an_unknown_time_of_occurrence_is_accepted(client, reporter, bun, owner):
    client.force_login(reporter)
    client.post(
        reverse("incidents:report"), form_data(bun, occurred_from="", occurred_unknown="on")
    )
    event = Event.objects.get()
    assert event.occurred_unknown
    assert event.occurred_from is None


def test_a_report_without_a_known_board_goes_to_the_intake_board(client, reporter, bun, ks):
    client.force_login(reporter)
    client.post(reverse("incidents:report"), form_data(unknown_board="on"))
    assert Case.objects.get().board == ks


def test_a_report_needs_a_board_or_the_i_do_not_know_box(client, reporter, bun, ks):
    client.force_login(reporter)
    response = client.post(reverse("incidents:report"), form_data())
    assert "Välj minst en nämnd, eller kryssa i att du inte vet." in response.content.decode()


def test_an_employee_may_report_for_someone_who_called_in(client, reporter, bun, owner):
    client.force_login(reporter)
    data = form_data(bun, on_behalf="other", other_name="En vårdnadshavare")
    client.post(reverse("incidents:report"), data)
    event = Event.objects.get()
    assert event.reporter_kind == "other"
    assert event.reporter_name == "En vårdnadshavare"
    assert event.reporter_user == reporter


def test_the_boards_coordinators_are_told_by_email_with_only_the_number_in_the_subject(
    client, reporter, bun, owner, outsider, django_capture_on_commit_callbacks
):
    client.force_login(reporter)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("incidents:report"), form_data(bun))
    case = Case.objects.get()
    to_coordinators = [m for m in mail.outbox if m.to != [reporter.email]]
    assert len(to_coordinators) == 1
    message = to_coordinators[0]
    assert message.to == [owner.email]
    assert message.subject == f"Ny personuppgiftsincident – ärende {case.diarienummer}"
    assert "Elevlista" not in message.subject + message.body
    assert f"/incidenter/{case.pk}/" in message.body


def test_an_attachment_is_checked_by_content_and_stored_outside_the_web_root(
    client, reporter, bun, owner, attachment_dir, settings
):
    client.force_login(reporter)
    pdf = SimpleUploadedFile("Elevlista Anna.pdf", b"%PDF-1.7\n" + b"x" * 100)
    client.post(reverse("incidents:report"), {**form_data(bun), "attachments": [pdf]})
    attachment = Attachment.objects.get()
    assert attachment.content_type == "application/pdf"
    assert attachment.original_name == "Elevlista Anna.pdf"
    stored = attachment_dir / attachment.stored_name
    assert stored.read_bytes().startswith(b"%PDF")
    assert "Anna" not in attachment.stored_name
    assert str(settings.STATIC_ROOT) not in str(stored)


def test_it_refuses_a_file_whose_content_is_not_what_its_name_says(client, reporter, bun):
    client.force_login(reporter)
    fake = SimpleUploadedFile("protokoll.pdf", b"MZ\x90\x00 this is a program")
    response = client.post(reverse("incidents:report"), {**form_data(bun), "attachments": [fake]})
    page = response.content.decode()
    assert "protokoll.pdf är av en typ som inte kan bifogas" in page
    assert "Filer måste väljas på nytt" in page
    assert Event.objects.count() == 0
    assert Attachment.objects.count() == 0


def test_it_refuses_a_file_over_the_size_limit(client, reporter, bun, settings):
    settings.VARNA_ATTACHMENT_MAX_BYTES = 1024
    client.force_login(reporter)
    big = SimpleUploadedFile("bild.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 2048)
    response = client.post(reverse("incidents:report"), {**form_data(bun), "attachments": [big]})
    assert "bild.png är för stor" in response.content.decode()


def test_my_reports_lists_the_employees_own_reports_with_their_status(client, reporter, case):
    client.force_login(reporter)
    page = client.get(reverse("incidents:my_reports")).content.decode()
    assert case.event.title in page
    assert case.diarienummer in page
    assert "Rapporterad" in page


@pytest.fixture
def supplier(bun, ks):
    supplier = Supplier.objects.create(name="Enkätbolaget AB")
    supplier.boards.set([bun, ks])
    return supplier


@pytest.fixture
def supplier_token(supplier, administrator):
    return services.rotate_supplier_link(supplier, actor=administrator)


def open_link(client, token):
    return client.get(supplier_link(token).split("127.0.0.1:8000", 1)[-1])


def test_a_supplier_link_trades_its_key_for_a_session_and_shows_the_form(client, supplier_token):
    response = open_link(client, supplier_token)
    assert response.status_code == 302
    assert response["Location"] == reverse("supplier_report")
    assert supplier_token not in response["Location"]
    page = client.get(reverse("supplier_report")).content.decode()
    assert "Enkätbolaget AB" in page
    assert "Barn- och ungdomsnämnden" in page


def test_an_unknown_or_missing_supplier_key_gets_404(client, supplier_token):
    assert client.get(reverse("supplier_report") + "?nyckel=gissning").status_code == 404
    assert client.get(reverse("supplier_report")).status_code == 404


def test_a_supplier_reports_one_event_to_two_boards(
    client, supplier, supplier_token, bun, ks, owner, outsider
):
    open_link(client, supplier_token)
    data = form_data(
        bun,
        ks,
        reporter_name="Sara Leverantör",
        reporter_email="sara@enkatbolaget.example",
        subprocessor="Utskicksfirman",
    )
    response = client.post(reverse("supplier_report"), data)
    assert response["Location"] == reverse("supplier_receipt")
    event = Event.objects.get()
    assert event.supplier == supplier
    assert event.reporter_kind == "supplier"
    assert event.subprocessor == "Utskicksfirman"
    assert set(event.cases.values_list("board__code", flat=True)) == {"BUN", "KS"}
    receipt = client.get(reverse("supplier_receipt")).content.decode()
    assert event.reference in receipt
    for case in event.cases.all():
        assert case.diarienummer in receipt


def test_a_supplier_link_over_its_hourly_limit_keeps_the_text_and_sends_nothing(
    client, supplier, supplier_token, bun, settings
):
    settings.VARNA_SUPPLIER_REPORTS_PER_HOUR = 1
    open_link(client, supplier_token)
    data = form_data(bun, reporter_name="Sara", reporter_email="sara@enkatbolaget.example")
    assert client.post(reverse("supplier_report"), data).status_code == 302
    data["title"] = "Andra rapporten inom timmen"
    response = client.post(reverse("supplier_report"), data)
    assert response.status_code == 429
    page = response.content.decode()
    assert "för många rapporter den senaste timmen" in page
    assert "Andra rapporten inom timmen" in page
    assert Event.objects.count() == 1


def test_the_supplier_limit_counts_only_the_last_hour(supplier, settings):
    settings.VARNA_SUPPLIER_REPORTS_PER_HOUR = 1
    Event.objects.create(
        trigger="happened",
        title="Gammal rapport",
        description="Rapporterad för två timmar sedan.",
        channel="other",
        discovered_at=timezone.now() - timedelta(hours=3),
        reporter_kind="supplier",
        supplier=supplier,
    )
    Event.objects.filter(supplier=supplier).update(created_at=timezone.now() - timedelta(hours=2))
    now = timezone.now()
    assert services.supplier_may_report(supplier, now=now)
    assert not services.supplier_may_report(supplier, now=now - timedelta(hours=1, minutes=30))


def test_a_supplier_can_only_report_to_its_own_boards(client, supplier, supplier_token, bun):
    from varna.web.incidents.models import Board

    other = Board.objects.create(organisation=bun.organisation, name="Socialnämnden", code="SN")
    open_link(client, supplier_token)
    response = client.post(
        reverse("supplier_report"),
        form_data(other, reporter_name="Sara", reporter_email="sara@enkatbolaget.example"),
    )
    assert response.status_code == 200
    assert Event.objects.count() == 0


def test_a_supplier_must_give_a_name_and_an_address(client, supplier_token, bun):
    open_link(client, supplier_token)
    response = client.post(reverse("supplier_report"), form_data(bun))
    page = response.content.decode()
    assert "Skriv ditt namn" in page
    assert "Skriv din e-postadress." in page


def test_a_new_link_stops_the_old_link_and_the_sessions_opened_with_it(
    client, supplier, supplier_token, administrator
):
    open_link(client, supplier_token)
    assert client.get(reverse("supplier_report")).status_code == 200
    new_token = services.rotate_supplier_link(supplier, actor=administrator)
    assert client.get(reverse("supplier_report")).status_code == 404
    assert open_link(client, supplier_token).status_code == 404
    assert open_link(client, new_token).status_code == 302


def test_an_administrator_creates_a_new_link_and_sees_it_once(client, supplier, administrator):
    client.force_login(administrator)
    response = client.post(reverse("incidents:rotate_link", args=[supplier.pk]))
    page = response.content.decode()
    assert "visas inte igen" in page
    assert "?nyckel=" in page
    assert response["Cache-Control"] == "private, no-store"
    supplier.refresh_from_db()
    token = page.split("?nyckel=")[1].split('"')[0]
    assert Supplier.for_token(token) == supplier
    assert token not in str(supplier.token_digest)
