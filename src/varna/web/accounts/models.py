"""People who log in, and what their role lets them do.

Suppliers (personuppgiftsbiträden) have no account: they report through a
per-supplier secret link. Which boards a coordinator or board member works for
is recorded by the register (``incidents``), not here.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models


class Role(models.TextChoices):
    EMPLOYEE = "employee", "Medarbetare"
    COORDINATOR = "coordinator", "GDPR-samordnare"
    DPO = "dpo", "Dataskyddsombud"
    BOARD = "board", "Nämndens beslutsfattare"
    MAIL_ADMIN = "mail_admin", "E-post- och IT-administratör"
    ADMIN = "admin", "Administratör"


class User(AbstractUser):
    role = models.CharField("roll", max_length=20, choices=Role.choices, default=Role.EMPLOYEE)
    title = models.CharField("befattning", max_length=120, blank=True)

    class Meta:
        verbose_name = "användare"
        verbose_name_plural = "användare"

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR

    @property
    def is_dpo(self) -> bool:
        return self.role == Role.DPO

    @property
    def is_board_member(self) -> bool:
        return self.role == Role.BOARD

    @property
    def is_administrator(self) -> bool:
        return self.role == Role.ADMIN or self.is_superuser

    @property
    def reads_all_incidents(self) -> bool:
        """The data protection officer and administrators see every board's cases (of the
        organisations they serve, when the register limits them: ``OrganisationAccess``)."""
        return self.is_dpo or self.is_administrator

    @property
    def manages_quarantine(self) -> bool:
        return self.role == Role.MAIL_ADMIN or self.is_administrator


class LoginFailure(models.Model):
    """One failed login, kept only as long as the throttling window needs it.

    The account name is stored as a keyed hash: the table must not become a
    list of who tried to log in.
    """

    username_digest = models.CharField(max_length=64, db_index=True)
    address = models.GenericIPAddressField(null=True, db_index=True)
    at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"misslyckad inloggning {self.at:%Y-%m-%d %H:%M}"
