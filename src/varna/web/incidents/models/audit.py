"""The audit trail. Entries are written only through ``varna.web.incidents.audit.log_action``."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    at = models.DateTimeField("tidpunkt", db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="vem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField("vem (namn)", max_length=200)
    action = models.CharField("händelse", max_length=60, db_index=True)
    case = models.ForeignKey(
        "Case", null=True, blank=True, on_delete=models.PROTECT, related_name="audit_entries"
    )
    event = models.ForeignKey(
        "Event", null=True, blank=True, on_delete=models.PROTECT, related_name="audit_entries"
    )
    object_type = models.CharField("objekt", max_length=60, blank=True)
    object_id = models.CharField(max_length=40, blank=True)
    changes = models.JSONField("ändringar", default=dict, blank=True)

    class Meta:
        verbose_name = "loggpost"
        verbose_name_plural = "granskningslogg"
        ordering = ("-at", "-pk")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action}"
