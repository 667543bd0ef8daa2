"""A message that was sent although Värna warned or stopped it can be reported as an
incident: the register's form, pre-filled from the guard event, filed by the register."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tests.web.guard.conftest import PASSWORD, SENDER
from varna.relay.custody import FindingSummary, GuardRecord
from varna.web.guard import services
from varna.web.guard.models import GuardEvent
from varna.web.incidents.models import Board, Event, Organisation

pytestmark = pytest.mark.django_db


def sent_event(action: str = "forwarded") -> GuardEvent:
    return services.record_event(
        GuardRecord(
            "relay",
            "relay.test",
            SENDER,
            8,
            "warn",
            action,
            (FindingSummary("visible_recipients", "recipients", 8),),
        )
    )


def logged_in(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_the_report_form_is_filled_in_with_what_the_event_knows(mail_admin):
    event = sent_event()
    response = logged_in(mail_admin).get(f"/sparrhandelser/{event.pk}/rapportera/")
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["channel"] == "visible_recipients"
    assert form.initial["trigger"] == "suspected"
    assert form.initial["reported_data"] == ["contact"]
    assert form.initial["approx_subjects"] == 8
    assert "skickades med en varning" in form.initial["description"]
    assert "synliga mottagare (8 bland mottagarna)" in form.initial["description"]
    assert SENDER not in form.initial["description"]
    page = response.content.decode()
    assert "Rapportera en personuppgiftsincident" in page


def test_only_sent_messages_and_only_their_sender_or_an_administrator(
    mail_admin, sender, colleague
):
    rejected = sent_event("rejected")
    sent = sent_event()
    assert (
        logged_in(mail_admin).get(f"/sparrhandelser/{rejected.pk}/rapportera/").status_code == 404
    )
    assert logged_in(colleague).get(f"/sparrhandelser/{sent.pk}/rapportera/").status_code == 404
    assert logged_in(sender).get(f"/sparrhandelser/{sent.pk}/rapportera/").status_code == 200
    events_page = logged_in(mail_admin).get("/sparrhandelser/").content.decode()
    assert events_page.count("Rapportera som incident") == 1


def test_posting_the_form_files_the_report_in_the_register(mail_admin):
    board = Board.objects.create(
        organisation=Organisation.objects.create(name="Kungälvs kommun"),
        name="Barn- och utbildningsnämnden",
        code="BUN",
    )
    event = sent_event()
    now = timezone.localtime()
    response = logged_in(mail_admin).post(
        f"/sparrhandelser/{event.pk}/rapportera/",
        {
            "trigger": "suspected",
            "title": "E-post som Värna varnade för har skickats",
            "description": "Inbjudan med synliga mottagare från åtta företag.",
            "channel": "visible_recipients",
            "discovered_at": (now - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M"),
            "occurred_from": (now - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"),
            "boards": [board.pk],
            "reported_data": ["contact"],
            "approx_subjects": "8",
            "on_behalf": "self",
            "reporter_phone": "",
        },
    )
    assert response.status_code == 302
    filed = Event.objects.get()
    assert filed.title == "E-post som Värna varnade för har skickats"
