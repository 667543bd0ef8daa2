"""The closed vocabularies of the register.

Values are the keys of :mod:`varna.assess` facts (English, stable, stored in the
database); labels are what people read (Swedish).
"""

from __future__ import annotations

from django.db import models


class Status(models.TextChoices):
    REPORTED = "reported", "Rapporterad"
    UNDER_INVESTIGATION = "under_investigation", "Under utredning"
    DECIDED = "decided", "Beslutad"
    ACTIONS_IN_PROGRESS = "actions_in_progress", "Åtgärder pågår"
    CLOSED = "closed", "Avslutad"


OPEN_STATUSES = (
    Status.REPORTED,
    Status.UNDER_INVESTIGATION,
    Status.DECIDED,
    Status.ACTIONS_IN_PROGRESS,
)


class ReporterKind(models.TextChoices):
    EMPLOYEE = "employee", "Medarbetare"
    SUPPLIER = "supplier", "Leverantör (personuppgiftsbiträde)"
    OTHER = "other", "Annan (t.ex. en invånare som hört av sig)"


class Trigger(models.TextChoices):
    """Nacka's three reasons to report."""

    HAPPENED = "happened", "Jag vet att en incident har inträffat"
    SUSPECTED = "suspected", "Jag misstänker att en incident har inträffat"
    RISK = "risk", "Jag ser en risk för att en incident kan inträffa"


class Channel(models.TextChoices):
    WRONG_RECIPIENT = "wrong_recipient", "E-post till fel mottagare"
    VISIBLE_RECIPIENTS = (
        "visible_recipients",
        "Mottagarna syntes för varandra (kopia i stället för dold kopia)",
    )
    UNENCRYPTED_EMAIL = "unencrypted_email", "E-post som skulle ha krypterats skickades okrypterad"
    LOST_DEVICE = "lost_device", "Borttappad eller stulen dator, telefon eller USB-minne"
    PAPER = "paper", "Papper eller utskrift som hamnat fel"
    SYSTEM_ACCESS = "system_access", "Behörighet eller åtkomst i ett system"
    CYBER_ATTACK = "cyber_attack", "Cyberangrepp, skadlig kod eller nätfiske"
    OTHER = "other", "Annat"


class BreachType(models.TextChoices):
    CONFIDENTIALITY = (
        "confidentiality",
        "Konfidentialitet – obehöriga har fått eller kan ha fått tillgång",
    )
    INTEGRITY = "integrity", "Riktighet – uppgifter har ändrats eller förvanskats"
    AVAILABILITY = "availability", "Tillgänglighet – uppgifter har förstörts eller gått förlorade"


class DataCategory(models.TextChoices):
    BASIC = "basic", "Vanliga personuppgifter (t.ex. namn, befattning)"
    CONTACT = "contact", "Kontaktuppgifter (e-post, telefon, adress)"
    IDENTITY_NUMBER = "identity_number", "Personnummer eller samordningsnummer"
    FINANCIAL = "financial", "Ekonomiska uppgifter (t.ex. lön, bankkonto, skulder)"
    BEHAVIOURAL = "behavioural", "Uppgifter om beteende (t.ex. loggar, vanor)"
    LOCATION = "location", "Uppgifter om var någon befinner sig"
    CREDENTIALS = "credentials", "Inloggningsuppgifter eller lösenord"
    HEALTH = "health", "Hälsa (t.ex. sjukdom, diagnos, elevhälsa)"
    OTHER_SPECIAL = (
        "other_special",
        (
            "Andra känsliga uppgifter (etniskt ursprung, politisk åsikt, religion, "
            "fackmedlemskap, sexualliv, genetik, biometri)"
        ),
    )
    CRIMINAL = "criminal", "Lagöverträdelser (brott, misstankar om brott)"
    SOCIAL_WELFARE = (
        "social_welfare",
        "Socialtjänstuppgifter (t.ex. bistånd, placering, orosanmälan)",
    )
    SECRECY = "secrecy", "Uppgifter som omfattas av sekretess"
    PROTECTED_IDENTITY = (
        "protected_identity",
        ("Skyddad identitet (sekretessmarkering, kvarskrivning, fingerade personuppgifter)"),
    )


class SubjectGroup(models.TextChoices):
    EMPLOYEES = "employees", "Medarbetare"
    PUPILS = "pupils", "Elever"
    CHILDREN = "children", "Barn"
    GUARDIANS = "guardians", "Vårdnadshavare"
    PATIENTS = "patients", "Patienter"
    CLIENTS = "clients", "Brukare eller klienter"
    CITIZENS = "citizens", "Kommuninvånare"
    CUSTOMERS = "customers", "Kunder"


class Exposure(models.TextChoices):
    NONE = "none", "Ingen obehörig har tagit del av uppgifterna"
    TRUSTED_RECIPIENT = (
        "trusted_recipient",
        "En betrodd mottagare med tystnadsplikt eller sekretess",
    )
    KNOWN_RECIPIENTS = "known_recipients", "Kända mottagare"
    UNKNOWN_RECIPIENTS = "unknown_recipients", "Okända mottagare"
    PUBLIC = "public", "Allmänt tillgängligt (t.ex. publicerat på webben)"


class Unintelligible(models.TextChoices):
    NONE = "none", "Nej, uppgifterna var läsbara"
    ENCRYPTED = "encrypted", "Krypterade"
    HASHED = "hashed", "Hashade"
    PSEUDONYMISED = "pseudonymised", "Pseudonymiserade"


class AvailabilityLoss(models.TextChoices):
    NONE = "none", "Ingen förlust"
    TEMPORARY = "temporary", "Tillfällig förlust"
    PERMANENT = "permanent", "Permanent förlust"


class IntegrityLoss(models.TextChoices):
    NONE = "none", "Inga uppgifter har ändrats"
    RECOVERABLE = "recoverable", "Ändrade men kan återställas"
    UNRECOVERABLE = "unrecoverable", "Ändrade och kan inte återställas"


class Identifiability(models.TextChoices):
    NEGLIGIBLE = "negligible", "Försumbar – svårt att koppla till en person"
    LIMITED = "limited", "Begränsad"
    SIGNIFICANT = "significant", "Betydande"
    MAXIMUM = "maximum", "Mycket lätt – t.ex. namn eller personnummer"


class Art34Exception(models.TextChoices):
    """Article 34(3): when the data subjects need not be informed."""

    UNINTELLIGIBLE = (
        "unintelligible",
        ("a) Uppgifterna var skyddade, t.ex. krypterade, så att de är oläsbara för obehöriga"),
    )
    RISK_REMOVED = (
        "risk_removed",
        ("b) Åtgärder i efterhand gör att den höga risken sannolikt inte längre kommer att uppstå"),
    )
    DISPROPORTIONATE = (
        "disproportionate",
        (
            "c) Det skulle kräva oproportionerligt stor ansträngning – "
            "allmänheten informeras i stället"
        ),
    )


class NotificationKind(models.TextChoices):
    INITIAL = "initial", "Anmälan"
    SUPPLEMENTARY = "supplementary", "Kompletterande anmälan (art. 33.4)"


class AssignmentKind(models.TextChoices):
    COORDINATOR = "coordinator", "GDPR-samordnare (handläggare)"
    BOARD_MEMBER = "board_member", "Beslutsfattare för nämnden"


class ClockState(models.TextChoices):
    RUNNING = "running", "Tid kvar"
    URGENT = "urgent", "Brådskande"
    OVERDUE = "overdue", "Försenad"
    MET = "met", "Klar i tid"
    LATE = "late", "Klar efter tidsfristen"
