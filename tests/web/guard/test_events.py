"""The guard event list: mail administrators only, simple filters, no content."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from tests.web.guard.conftest import PASSWORD
from varna.relay.custody import FindingSummary, GuardRecord
from varna.web.guard import services
from varna.web.guard.models import GuardEvent

pytestmark = pytest.mark.django_db


def event(sender: str, verdict: str, action: str, kind: str, days_ago: int = 0) -> GuardEvent:
    recorded = services.record_event(
        GuardRecord(
            "relay", "relay.test", sender, 2, verdict, action, (FindingSummary(kind, "body", 1),)
        )
    )
    GuardEvent.objects.filter(pk=recorded.pk).update(
        occurred_at=timezone.now() - timedelta(days=days_ago)
    )
    return recorded


def logged_in(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_only_mail_administrators_see_guard_events(sender, mail_admin):
    assert logged_in(sender).get("/sparrhandelser/").status_code == 403
    assert logged_in(mail_admin).get("/sparrhandelser/").status_code == 200


def test_the_list_filters_by_verdict_kind_sender_and_date(mail_admin):
    event("asa.berg@kungalv.se", "block", "rejected", "personnummer")
    event("karin.lund@kungalv.se", "warn", "forwarded", "visible_recipients")
    event("asa.berg@kungalv.se", "warn", "forwarded", "lookalike_domain", days_ago=10)
    client = logged_in(mail_admin)

    def shown(query: str) -> int:
        return len(client.get(f"/sparrhandelser/?{query}").context["rows"])

    assert shown("") == 3
    assert shown("verdict=warn") == 2
    assert shown("kind=personnummer") == 1
    assert shown("sender=asa") == 2
    since = (timezone.localdate() - timedelta(days=3)).isoformat()
    assert shown(f"since={since}") == 2
    assert shown("action=rejected&source=relay") == 1
    page = client.get("/sparrhandelser/?kind=personnummer").content.decode()
    assert "personnummer (1 i texten)" in page
    assert "Avvisat" in page
