"""One controller's handling of an event: facts, assessment, decision, actions, status."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from varna.web.incidents.choices import (
    AvailabilityLoss,
    BreachType,
    DataCategory,
    Exposure,
    Identifiability,
    IntegrityLoss,
    NotificationKind,
    Status,
    SubjectGroup,
    Unintelligible,
)
from varna.web.incidents.models.event import Event
from varna.web.incidents.models.organisation import Board

AUTHORITY_DEADLINE = timedelta(hours=72)

RISK_CHOICES = [
    ("unlikely", "Osannolikt att incidenten medför en risk"),
    ("risk", "Incidenten medför en risk"),
    ("high_risk", "Incidenten medför en hög risk"),
]


def yes_no_unknown(label: str, **kwargs: Any) -> models.BooleanField[Any, Any]:
    return models.BooleanField(label, null=True, blank=True, **kwargs)


class Case(models.Model):
    """An incident as one board (controller) handles it."""

    event = models.ForeignKey(
        Event, verbose_name="händelse", on_delete=models.PROTECT, related_name="cases"
    )
    board = models.ForeignKey(
        Board, verbose_name="nämnd", on_delete=models.PROTECT, related_name="cases"
    )
    diary_year = models.PositiveIntegerField("diarieår")
    diary_seq = models.PositiveIntegerField("löpnummer")
    diarienummer = models.CharField("diarienummer", max_length=60)
    status = models.CharField(
        "status", max_length=30, choices=Status.choices, default=Status.REPORTED
    )
    created_at = models.DateTimeField("registrerat", auto_now_add=True)
    updated_at = models.DateTimeField("ändrat", auto_now=True)
    closed_at = models.DateTimeField("avslutat", null=True, blank=True)
    aware_at = models.DateTimeField(
        "nämnden fick kännedom",
        help_text="72-timmarsfristen för anmälan till IMY räknas härifrån.",
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="handläggare",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="handled_cases",
    )
    summary = models.TextField("kortfattad beskrivning av händelsen")

    # The investigation's facts, one field per key of varna.assess.Facts.
    # Empty/None means "unknown" and is left out of the facts given to the engine.
    breach_types = models.JSONField("typ av incident", default=list, blank=True)
    data_categories = models.JSONField("slags personuppgifter", default=list, blank=True)
    subject_groups = models.JSONField("berörda grupper", default=list, blank=True)
    subject_count = models.PositiveIntegerField("antal berörda personer", null=True, blank=True)
    subjects_vulnerable = yes_no_unknown("särskilt sårbara personer")
    record_count = models.PositiveIntegerField("antal poster", null=True, blank=True)
    exposure = models.CharField(
        "vem har kunnat ta del", max_length=30, choices=Exposure.choices, blank=True
    )
    malicious = yes_no_unknown("uppsåtligt (t.ex. angrepp)")
    unintelligible = models.CharField(
        "oläsbara för obehöriga", max_length=20, choices=Unintelligible.choices, blank=True
    )
    contained = yes_no_unknown("begränsad (mottagarna har bekräftat radering)")
    availability_loss = models.CharField(
        "förlust av tillgänglighet", max_length=20, choices=AvailabilityLoss.choices, blank=True
    )
    integrity_loss = models.CharField(
        "förlust av riktighet", max_length=20, choices=IntegrityLoss.choices, blank=True
    )
    identifiability = models.CharField(
        "hur lätt de berörda kan identifieras",
        max_length=20,
        choices=Identifiability.choices,
        blank=True,
    )
    already_public = yes_no_unknown("uppgifterna var redan offentliga")
    duration_days = models.PositiveIntegerField("pågick (dagar)", null=True, blank=True)

    # The assessment (as in the Alingsås template).
    risk_reducing = models.JSONField("riskreducerande omständigheter", default=list, blank=True)
    risk_raising = models.JSONField("riskhöjande omständigheter", default=list, blank=True)
    assessment = models.TextField("bedömning", blank=True)
    assessed_risk = models.CharField(
        "nämndens riskbedömning", max_length=20, choices=RISK_CHOICES, blank=True
    )

    # Consultation with the data protection officer.
    dpo_consulted_on = models.DateField("dataskyddsombudet kontaktat", null=True, blank=True)
    dpo_advice = models.TextField("dataskyddsombudets råd", blank=True)
    dpo_advice_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="rådet antecknat av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The controller's decision (art. 33 and 34).
    notify_authority = yes_no_unknown("anmälan till IMY")
    authority_reason = models.TextField("skäl för beslutet om anmälan", blank=True)
    inform_subjects = yes_no_unknown("information till de registrerade")
    subjects_reason = models.TextField("skäl för beslutet om information", blank=True)
    art34_exception = models.CharField("undantag enligt art. 34.3", max_length=30, blank=True)
    subjects_informed_on = models.DateField("de registrerade informerades", null=True, blank=True)
    subjects_information_method = models.CharField(
        "hur de registrerade informerades", max_length=300, blank=True
    )
    decision_maker = models.CharField("beslutsfattare", max_length=200, blank=True)
    decided_at = models.DateTimeField("beslutat", null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="beslutet registrerat av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recommendation_at_decision = models.JSONField(
        "rekommendation när beslutet fattades", null=True, blank=True
    )

    # Actions and follow-up.
    initial_actions = models.TextField("genomförda initiala åtgärder", blank=True)
    deficiencies = models.TextField("identifierade brister", blank=True)
    follow_up_on = models.DateField("planerad uppföljning", null=True, blank=True)

    anonymised_at = models.DateTimeField("gallrat", null=True, blank=True)

    class Meta:
        verbose_name = "ärende"
        verbose_name_plural = "ärenden"
        ordering = ("-created_at", "-pk")
        constraints = (
            models.UniqueConstraint(
                fields=("board", "diary_year", "diary_seq"), name="diary_unique"
            ),
        )
        indexes = (models.Index(fields=("status", "aware_at")),)

    def __str__(self) -> str:
        return self.diarienummer

    @property
    def deadline(self) -> datetime:
        """72 hours from awareness: when a notification to IMY is due (art. 33.1)."""
        return self.aware_at + AUTHORITY_DEADLINE

    @property
    def is_open(self) -> bool:
        return self.status != Status.CLOSED

    @property
    def has_decision(self) -> bool:
        return self.notify_authority is not None and self.inform_subjects is not None

    @property
    def involves_protected_identity(self) -> bool:
        key = DataCategory.PROTECTED_IDENTITY.value
        return key in self.data_categories or key in self.event.reported_data

    def facts(self) -> dict[str, Any]:
        """The investigation's facts as the dict ``varna.assess.Facts.from_json`` reads.

        Unknown values are left out, which the engine reads as "unknown".
        """
        # Local time, so that the deadline in the engine's reasons reads as Swedish time.
        facts: dict[str, Any] = {"discovered_at": timezone.localtime(self.aware_at).isoformat()}
        if self.breach_types:
            facts["breach_types"] = list(self.breach_types)
        if self.data_categories:
            facts["data"] = list(self.data_categories)
        subjects: dict[str, Any] = {}
        if self.subject_count is not None:
            subjects["count"] = self.subject_count
        if self.subject_groups:
            subjects["groups"] = list(self.subject_groups)
        if self.subjects_vulnerable is not None:
            subjects["vulnerable"] = self.subjects_vulnerable
        if subjects:
            facts["subjects"] = subjects
        optional: dict[str, Any] = {
            "records": self.record_count,
            "exposure": self.exposure or None,
            "malicious": self.malicious,
            "unintelligible": self.unintelligible or None,
            "contained": self.contained,
            "availability": self.availability_loss or None,
            "integrity": self.integrity_loss or None,
            "identifiability": self.identifiability or None,
            "already_public": self.already_public,
            "duration_days": self.duration_days,
        }
        facts.update({key: value for key, value in optional.items() if value is not None})
        return facts

    def breach_type_labels(self) -> list[str]:
        return [BreachType(v).label for v in self.breach_types if v in BreachType.values]

    def data_category_labels(self) -> list[str]:
        return [DataCategory(v).label for v in self.data_categories if v in DataCategory.values]

    def subject_group_labels(self) -> list[str]:
        return [SubjectGroup(v).label for v in self.subject_groups if v in SubjectGroup.values]

    def initial_notification(self) -> AuthorityNotification | None:
        # Iterating .all() uses a prefetch when the list view made one.
        initials = [
            n for n in self.authority_notifications.all() if n.kind == NotificationKind.INITIAL
        ]
        return min(initials, key=lambda n: n.submitted_at) if initials else None


class StatusChange(models.Model):
    """One step of a case's life, kept for ever: who moved it, when, from where to where, why."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="status_changes")
    at = models.DateTimeField("tidpunkt")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField("av (namn)", max_length=200, blank=True)
    from_status = models.CharField("från", max_length=30, choices=Status.choices, blank=True)
    to_status = models.CharField("till", max_length=30, choices=Status.choices)
    comment = models.TextField("kommentar", blank=True)

    class Meta:
        verbose_name = "statusändring"
        verbose_name_plural = "statusändringar"
        ordering = ("at", "pk")

    def __str__(self) -> str:
        return f"{self.from_status or '–'} → {self.to_status}"


class AuthorityNotification(models.Model):
    """A notification to IMY, or a supplement to one (art. 33.4: information in phases)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="authority_notifications")
    kind = models.CharField("slag", max_length=20, choices=NotificationKind.choices)
    submitted_at = models.DateTimeField("skickad till IMY")
    reference = models.CharField("IMY:s diarienummer", max_length=60, blank=True)
    summary = models.TextField("vad anmälan innehöll", blank=True)
    late_reason = models.TextField("skäl till förseningen", blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="registrerad av",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField("registrerad", auto_now_add=True)

    class Meta:
        verbose_name = "anmälan till IMY"
        verbose_name_plural = "anmälningar till IMY"
        ordering = ("submitted_at", "pk")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.submitted_at:%Y-%m-%d}"


class ActionItem(models.Model):
    """One item of the action plan: what, who, by when, and when it was done."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="action_items")
    what = models.TextField("åtgärd")
    responsible = models.CharField("ansvarig", max_length=200)
    due_on = models.DateField("klart senast", null=True, blank=True)
    done_on = models.DateField("genomförd", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "åtgärd"
        verbose_name_plural = "åtgärdsplan"
        ordering = ("done_on", "due_on", "pk")

    def __str__(self) -> str:
        return f"åtgärd {self.pk}"

    def is_overdue(self, today: Any) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


class ReminderSent(models.Model):
    """That the reminder for one point before the deadline was handled, so it is sent once."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="reminders")
    point = models.CharField(max_length=20)
    sent_at = models.DateTimeField()
    recipients = models.PositiveIntegerField(default=0)
    skipped = models.BooleanField(
        default=False, help_text="passerad medan en senare påminnelse skickades"
    )

    class Meta:
        verbose_name = "skickad påminnelse"
        verbose_name_plural = "skickade påminnelser"
        constraints = (models.UniqueConstraint(fields=("case", "point"), name="reminder_once"),)

    def __str__(self) -> str:
        return f"{self.case_id}:{self.point}"
