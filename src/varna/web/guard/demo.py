"""Demo guard events and one held message, so that the pages have something to show."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from varna.relay.custody import FindingSummary, GuardRecord, HeldMessage
from varna.web.guard import services
from varna.web.guard.models import GuardEvent
from varna.web.guard.models import HeldMessage as HeldRow
from varna.web.guard.store import DjangoStore

_DEMO_CLIENT = "demo"
_SENDER = "medarbetare@exempelkommunen.se"
_HELD_MESSAGE = (
    "From: Eva Lindqvist <medarbetare@exempelkommunen.se>\r\n"
    "To: Kurator <kurator@exempelkommunen.se>\r\n"
    "Subject: Elev i 7B\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hej! Eleven i 7B har fått en diagnos och behöver anpassningar. (Demomeddelande.)\r\n"
).encode()


def load() -> list[str]:
    """Replace earlier demo events with a fresh set; return a summary line."""
    for row in HeldRow.objects.filter(event__client=_DEMO_CLIENT):
        row.delete()
    GuardEvent.objects.filter(client=_DEMO_CLIENT).delete()
    now = timezone.now()
    samples = [
        (
            "api",
            "warn",
            "sent_anyway",
            [FindingSummary("visible_recipients", "recipients", 14)],
            14,
        ),
        ("relay", "block", "rejected", [FindingSummary("personnummer", "attachment", 28)], 2),
        ("relay", "warn", "forwarded", [FindingSummary("lookalike_domain", "recipients", 1)], 1),
        ("api", "block", "answered", [FindingSummary("health", "body", 1)], 1),
    ]
    for age, (source, verdict, action, findings, recipients) in enumerate(samples, start=1):
        event = services.record_event(
            GuardRecord(source, _DEMO_CLIENT, _SENDER, recipients, verdict, action, tuple(findings))
        )
        GuardEvent.objects.filter(pk=event.pk).update(occurred_at=now - timedelta(hours=age * 5))
    DjangoStore().hold(
        HeldMessage(
            record=GuardRecord(
                "relay",
                _DEMO_CLIENT,
                _SENDER,
                1,
                "block",
                "quarantined",
                (FindingSummary("health", "body", 1),),
            ),
            mail_from=_SENDER,
            rcpt_tos=("kurator@exempelkommunen.se",),
            subject="Elev i 7B",
            content=_HELD_MESSAGE,
            verdict={
                "verdict": "block",
                "findings": [
                    {
                        "kind": "health",
                        "where": "body",
                        "count": 1,
                        "masked": [],
                        "message": "Uppgift om hälsa i meddelandets text om en person som kan "
                        "identifieras (genom klass).",
                    }
                ],
                "advice": ["Ta bort de känsliga uppgifterna eller avidentifiera texten."],
            },
        )
    )
    return ["  spärren: 5 spärrhändelser, 1 meddelande i karantän (avsändare: medarbetare)"]
