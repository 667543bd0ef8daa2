"""What was reported, once: the shared event behind one or more cases."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from varna.web.incidents.choices import Channel, DataCategory, ReporterKind, Trigger
from varna.web.incidents.models.organisation import Supplier


class Event(models.Model):
    """One report of something that happened (or may happen).

    A supplier's report can concern several boards or organisations; each of
    them gets a :class:`Case` of its own, linked here.
    """

    created_at = models.DateTimeField("rapporterad", auto_now_add=True)
    trigger = models.CharField("anledning", max_length=20, choices=Trigger.choices)
    title = models.CharField("rubrik", max_length=160)
    description = models.TextField("vad har hänt")
    channel = models.CharField("hur det gick till", max_length=30, choices=Channel.choices)
    occurred_from = models.DateTimeField("inträffade (från)", null=True, blank=True)
    occurred_to = models.DateTimeField("inträffade (till)", null=True, blank=True)
    occurred_unknown = models.BooleanField("okänt när det inträffade", default=False)
    discovered_at = models.DateTimeField("upptäcktes")
    reported_data = models.JSONField("uppgifter enligt rapporten", default=list, blank=True)
    reported_groups = models.JSONField("berörda enligt rapporten", default=list, blank=True)
    approx_subjects = models.PositiveIntegerField("ungefär antal berörda", null=True, blank=True)
    actions_taken = models.TextField("vad som redan gjorts", blank=True)

    reporter_kind = models.CharField("rapportör", max_length=20, choices=ReporterKind.choices)
    reporter_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="rapporterad av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reported_events",
    )
    supplier = models.ForeignKey(
        Supplier,
        verbose_name="leverantör",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
    )
    subprocessor = models.CharField("underbiträde", max_length=200, blank=True)
    reporter_name = models.CharField("rapportörens namn", max_length=200, blank=True)
    reporter_email = models.EmailField("rapportörens e-post", blank=True)
    reporter_phone = models.CharField("rapportörens telefon", max_length=40, blank=True)

    anonymised_at = models.DateTimeField("gallrad", null=True, blank=True)

    class Meta:
        verbose_name = "händelse"
        verbose_name_plural = "händelser"
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"Händelse {self.pk}"

    @property
    def reference(self) -> str:
        return f"H-{self.created_at:%Y}-{self.pk:04d}"

    def reported_data_labels(self) -> list[str]:
        return [DataCategory(v).label for v in self.reported_data if v in DataCategory.values]

    def reported_group_labels(self) -> list[str]:
        from varna.web.incidents.choices import SubjectGroup

        return [SubjectGroup(v).label for v in self.reported_groups if v in SubjectGroup.values]


def attachment_storage_dir() -> str:
    return str(settings.VARNA_ATTACHMENT_DIR)


class Attachment(models.Model):
    """A file someone attached: stored under a random name outside the web root,
    served only through an access-checked view."""

    event = models.ForeignKey(
        Event, verbose_name="händelse", on_delete=models.PROTECT, related_name="attachments"
    )
    case = models.ForeignKey(
        "Case",
        verbose_name="ärende",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attachments",
        help_text="tomt när bilagan hör till rapporten och delas av alla ärenden",
    )
    original_name = models.CharField("filnamn", max_length=255)
    stored_name = models.CharField(max_length=80, unique=True, editable=False)
    content_type = models.CharField("filtyp", max_length=100)
    size = models.PositiveBigIntegerField("storlek (byte)")
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField("uppladdad", auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="uppladdad av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    removed_at = models.DateTimeField("filen gallrad", null=True, blank=True)

    class Meta:
        verbose_name = "bilaga"
        verbose_name_plural = "bilagor"
        ordering = ("uploaded_at", "pk")

    def __str__(self) -> str:
        return f"bilaga {self.pk}"
