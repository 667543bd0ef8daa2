"""The reporter hears that the report arrived, and when the case about it is closed.

Sent over a real SMTP conversation; like the coordinators' notices, the mail names
the case by diarienummer and board only.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.web.incidents.conftest import decide, document, subject
from varna.web.incidents import services
from varna.web.incidents.models import Supplier

pytestmark = pytest.mark.django_db


def sent_to(sink, address):
    return [m for m, rcpt in zip(sink.messages, sink.recipients, strict=True) if rcpt == [address]]


def test_the_reporter_gets_a_receipt_with_the_diarienummer_and_a_link_to_the_report(
    make_report, reporter, owner, smtp_sink, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        event = make_report()
    case = event.cases.get()
    [receipt] = sent_to(smtp_sink, reporter.email)
    assert subject(receipt) == f"Din rapport har tagits emot – ärende {case.diarienummer}"
    body = receipt.get_content()
    assert f"{case.diarienummer} hos Barn- och ungdomsnämnden" in body
    assert reverse("incidents:my_report", args=[event.pk]) in body
    assert event.title not in body
    assert event.description not in body
    assert len(sent_to(smtp_sink, owner.email)) == 1  # the coordinator's notice as before


def test_a_report_to_two_boards_gets_one_receipt_with_both_numbers(
    make_report, bun, ks, reporter, smtp_sink, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        event = make_report(boards=[bun, ks])
    [receipt] = sent_to(smtp_sink, reporter.email)
    for case in event.cases.all():
        assert case.diarienummer in subject(receipt)
        assert f"{case.diarienummer} hos {case.board.name}" in receipt.get_content()


def test_an_employee_reporting_for_someone_else_gets_the_receipt_themselves(
    make_report, reporter, smtp_sink, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_report(reporter_kind="other", reporter_name="En vårdnadshavare", reporter_email="")
    assert len(sent_to(smtp_sink, reporter.email)) == 1


def test_a_supplier_gets_the_receipt_at_the_address_they_gave_without_a_login_link(
    bun, smtp_sink, django_capture_on_commit_callbacks
):
    supplier = Supplier.objects.create(name="Enkätbolaget AB")
    report = services.Report(
        trigger="happened",
        title="Enkätsvar synliga för andra",
        description="Svaren gick att läsa utan inloggning.",
        channel="other",
        discovered_at=timezone.now() - timedelta(hours=1),
        reporter_kind="supplier",
        reporter_name="Sara Leverantör",
        reporter_email="sara@enkatbolaget.example",
    )
    with django_capture_on_commit_callbacks(execute=True):
        event = services.report_incident(report, boards=[bun], supplier=supplier)
    [receipt] = sent_to(smtp_sink, "sara@enkatbolaget.example")
    body = receipt.get_content()
    assert event.cases.get().diarienummer in body
    assert "Mina rapporter" not in body
    assert "Logga in" not in body  # a supplier has no login
    assert "ange diarienumret" in body


def test_no_receipt_is_attempted_when_nobody_can_be_reached(
    make_report, smtp_sink, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_report(user=None, reporter_email="")
    assert all("Din rapport" not in subject(m) for m in smtp_sink.messages)


def test_the_reporter_is_told_when_the_case_is_closed(
    case, owner, reporter, smtp_sink, django_capture_on_commit_callbacks
):
    document(case, owner)
    decide(case, owner)
    with django_capture_on_commit_callbacks(execute=True):
        services.change_status(case, actor=owner, target="closed", comment="Klart.")
    [notice] = sent_to(smtp_sink, reporter.email)
    assert subject(notice) == f"Ärendet är avslutat – ärende {case.diarienummer}"
    body = notice.get_content()
    assert "avslutades" in body
    assert "Klart." not in body  # the closing comment stays behind the login
    assert case.event.title not in body


def test_other_status_changes_send_the_reporter_nothing(
    case, owner, reporter, smtp_sink, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.change_status(case, actor=owner, target="under_investigation")
    assert sent_to(smtp_sink, reporter.email) == []


def test_a_failing_mail_server_loses_no_report(
    make_report, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # discard: nothing listens
    settings.EMAIL_TIMEOUT = 1
    with django_capture_on_commit_callbacks(execute=True):
        event = make_report()
    assert event.cases.count() == 1
    assert "could not send the receipt" in caplog.text
    assert event.title not in caplog.text
