"""Guard events, held messages and the client systems of the check API.

A guard event never holds message content: who sent, when, the verdict, finding
kinds with coarse places and counts, and what was done. A held message's content
lives encrypted in a file (see ``vault``); the database keeps only what access
control and the lists need, with the subject encrypted too.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class ApiClient(models.Model):
    """A system allowed to call the check API (e.g. the Outlook add-in's backend)."""

    name = models.CharField("namn", max_length=100, unique=True)
    token_prefix = models.CharField("nyckelns början", max_length=20)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField("skapad", default=timezone.now)
    revoked_at = models.DateTimeField("återkallad", null=True, blank=True)
    last_used_at = models.DateTimeField("senast använd", null=True, blank=True)

    class Meta:
        verbose_name = "API-klient"
        verbose_name_plural = "API-klienter"
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class Source(models.TextChoices):
    RELAY = "relay", "SMTP-reläet"
    API = "api", "Kontroll-API:t"


class Verdict(models.TextChoices):
    WARN = "warn", "Varna"
    BLOCK = "block", "Stoppa"


class Action(models.TextChoices):
    FORWARDED = "forwarded", "Skickat med varning"
    REJECTED = "rejected", "Avvisat"
    QUARANTINED = "quarantined", "I karantän"
    RELEASED = "released", "Släppt ur karantän"
    DELETED = "deleted", "Raderat ur karantän"
    PURGED = "purged", "Rensat ur karantän"
    ANSWERED = "answered", "Besked till klientsystem"
    SENT_ANYWAY = "sent_anyway", "Skickat trots varning"


# Actions after which the message did reach its recipients: the ones an incident
# report can start from.
SENT_ACTIONS = frozenset({Action.FORWARDED, Action.RELEASED, Action.SENT_ANYWAY})


class GuardEvent(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    occurred_at = models.DateTimeField("tidpunkt", default=timezone.now, db_index=True)
    source = models.CharField("källa", max_length=10, choices=Source.choices)
    client = models.CharField("system", max_length=255, blank=True)
    sender = models.CharField("avsändare", max_length=320, db_index=True, blank=True)
    recipient_count = models.PositiveIntegerField("antal mottagare", default=0)
    verdict = models.CharField("bedömning", max_length=10, choices=Verdict.choices)
    action = models.CharField("åtgärd", max_length=20, choices=Action.choices)
    action_changed_at = models.DateTimeField("åtgärd ändrad", null=True, blank=True)
    # [{"kind": "personnummer", "where": "attachment", "count": 2}, …]
    findings = models.JSONField("fynd", default=list)
    # ",health,personnummer," – for filtering by kind on every database.
    kinds = models.CharField(max_length=500, blank=True, db_index=True)
    size = models.PositiveIntegerField("storlek", default=0)

    class Meta:
        verbose_name = "spärrhändelse"
        verbose_name_plural = "spärrhändelser"
        ordering = ("-occurred_at",)
        indexes = (models.Index(fields=("verdict", "occurred_at")),)

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} {self.occurred_at:%Y-%m-%d %H:%M}"

    @property
    def was_sent(self) -> bool:
        return self.action in SENT_ACTIONS


class HeldMessage(models.Model):
    class Status(models.TextChoices):
        HELD = "held", "I karantän"
        RELEASING = "releasing", "Släpps"
        RELEASED = "released", "Släppt"
        DELETED = "deleted", "Raderat"
        PURGED = "purged", "Rensat automatiskt"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    event = models.OneToOneField(
        GuardEvent, on_delete=models.PROTECT, related_name="held_message", verbose_name="händelse"
    )
    sender = models.CharField("avsändare", max_length=320, db_index=True, blank=True)
    recipient_count = models.PositiveIntegerField("antal mottagare", default=0)
    subject_sealed = models.TextField(blank=True)
    size = models.PositiveIntegerField("storlek", default=0)
    held_at = models.DateTimeField("mottaget", default=timezone.now, db_index=True)
    status = models.CharField(
        "status", max_length=10, choices=Status.choices, default=Status.HELD, db_index=True
    )
    decided_at = models.DateTimeField("beslut", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="beslutad av",
    )
    justification = models.TextField("motivering", blank=True)
    upstream_reply = models.CharField("svar från e-postservern", max_length=200, blank=True)

    class Meta:
        verbose_name = "meddelande i karantän"
        verbose_name_plural = "meddelanden i karantän"
        ordering = ("-held_at",)

    def __str__(self) -> str:
        return f"karantän {self.held_at:%Y-%m-%d %H:%M}"

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.HELD, self.Status.RELEASING)
