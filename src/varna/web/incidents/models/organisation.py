"""Who is responsible: organisations, their boards, the people assigned to them, suppliers."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from varna.web.incidents.choices import AssignmentKind

DEFAULT_DIARY_PATTERN = "{year}.{seq} {code}"
DEFAULT_RETENTION_MONTHS = 60


class Organisation(models.Model):
    """A municipality (or region, or association of municipalities).

    One installation may serve several organisations; each of their boards is
    a controller of its own.
    """

    name = models.CharField("namn", max_length=200, unique=True)
    organisation_number = models.CharField(
        "organisationsnummer", max_length=20, blank=True, help_text="t.ex. 212000-0000"
    )
    intake_board = models.ForeignKey(
        "Board",
        verbose_name="nämnd som tar emot rapporter när nämnden är okänd",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = "organisation"
        verbose_name_plural = "organisationer"
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


def validate_diary_pattern(pattern: str) -> None:
    if "{seq" not in pattern:
        raise ValidationError("Mönstret måste innehålla {seq} (löpnumret).")
    try:
        pattern.format(year=2024, seq=1, code="BUN")
    except (KeyError, IndexError, ValueError):
        raise ValidationError(
            "Mönstret får bara innehålla {year}, {seq} och {code}, t.ex. {year}.{seq} {code}."
        ) from None


class Board(models.Model):
    """A nämnd: a controller (personuppgiftsansvarig) of its own."""

    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.PROTECT, related_name="boards"
    )
    name = models.CharField("namn", max_length=200)
    code = models.CharField("förkortning", max_length=20, help_text="t.ex. BUN")
    diary_pattern = models.CharField(
        "mönster för diarienummer",
        max_length=60,
        default=DEFAULT_DIARY_PATTERN,
        validators=[validate_diary_pattern],
        help_text="{year} = år, {seq} = löpnummer, {code} = förkortning; "
        "t.ex. {year}.{seq} {code} ger 2024.401 BUN",
    )
    retention_months = models.PositiveIntegerField(
        "gallringsfrist (månader efter avslut)",
        default=DEFAULT_RETENTION_MONTHS,
        help_text="Så länge personuppgifterna i avslutade ärenden sparas innan de gallras.",
    )
    active = models.BooleanField("aktiv", default=True)

    class Meta:
        verbose_name = "nämnd"
        verbose_name_plural = "nämnder"
        ordering = ("organisation__name", "name")
        constraints = (
            models.UniqueConstraint(fields=("organisation", "code"), name="board_code_unique"),
        )

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def format_diarienummer(self, year: int, seq: int) -> str:
        return self.diary_pattern.format(year=year, seq=seq, code=self.code)


class BoardAssignment(models.Model):
    """A person who works for a board: its GDPR coordinator or its decision-maker."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="person",
        on_delete=models.CASCADE,
        related_name="board_assignments",
    )
    board = models.ForeignKey(
        Board, verbose_name="nämnd", on_delete=models.CASCADE, related_name="assignments"
    )
    kind = models.CharField("uppdrag", max_length=20, choices=AssignmentKind.choices)

    class Meta:
        verbose_name = "uppdrag för nämnd"
        verbose_name_plural = "uppdrag för nämnder"
        constraints = (
            models.UniqueConstraint(fields=("user", "board", "kind"), name="assignment_unique"),
        )

    def __str__(self) -> str:
        return f"{self.user} – {self.board} ({self.get_kind_display()})"


class OrganisationAccess(models.Model):
    """Limits someone who reads every board's cases (the data protection officer, an
    administrator) to the organisations they serve.

    An instance shared by several municipalities gives each one's officer a row per
    municipality; someone with no row reads every organisation on the instance.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="person",
        on_delete=models.CASCADE,
        related_name="organisation_accesses",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="organisation",
        on_delete=models.CASCADE,
        related_name="officers",
    )

    class Meta:
        verbose_name = "behörighet för organisation"
        verbose_name_plural = "behörigheter för organisationer"
        constraints = (
            models.UniqueConstraint(
                fields=("user", "organisation"), name="organisation_access_unique"
            ),
        )

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation}"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Supplier(models.Model):
    """A personuppgiftsbiträde that reports through a secret link, without an account.

    Only a digest of the link's secret is stored: the link is shown once when
    it is created, and a lost or leaked link is replaced by rotating it.
    """

    name = models.CharField("namn", max_length=200)
    organisation_number = models.CharField("organisationsnummer", max_length=20, blank=True)
    contact_email = models.EmailField("kontaktadress", blank=True)
    boards = models.ManyToManyField(
        Board,
        verbose_name="nämnder leverantören arbetar för",
        related_name="suppliers",
        blank=True,
    )
    # NULL (not "") for "no link yet": several suppliers may have none, yet digests are unique.
    token_digest = models.CharField(  # noqa: DJ001
        max_length=64, unique=True, null=True, editable=False
    )
    token_rotated_at = models.DateTimeField("länken skapad", null=True, editable=False)
    active = models.BooleanField("aktiv", default=True)

    class Meta:
        verbose_name = "leverantör (personuppgiftsbiträde)"
        verbose_name_plural = "leverantörer (personuppgiftsbiträden)"
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)

    @classmethod
    def for_token(cls, token: str) -> Supplier | None:
        if not token or len(token) > 200:
            return None
        return cls.objects.filter(token_digest=token_digest(token), active=True).first()


class DiaryCounter(models.Model):
    """The last sequence number used per board and year (locked while incremented)."""

    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="diary_counters")
    year = models.PositiveIntegerField("år")
    last = models.PositiveIntegerField("senast använda löpnummer", default=0)

    class Meta:
        verbose_name = "diarieräknare"
        verbose_name_plural = "diarieräknare"
        constraints = (
            models.UniqueConstraint(fields=("board", "year"), name="diary_counter_unique"),
        )

    def __str__(self) -> str:
        return f"{self.board.code} {self.year}: {self.last}"
