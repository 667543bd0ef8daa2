"""E-mail to the people responsible for a case.

Subjects and bodies name the case only by its diarienummer and board and link
to it; what happened stays behind the login.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse

from varna.web.accounts.models import Role, User
from varna.web.incidents.choices import AssignmentKind
from varna.web.incidents.deadline import format_moment
from varna.web.incidents.models import Case

SIGNATURE = (
    "\n\n/Värna\n"
    "Meddelandet innehåller med avsikt inga uppgifter om vad som har hänt. "
    "Logga in i Värna för att läsa ärendet."
)


def case_url(case: Case) -> str:
    return settings.SITE_URL + reverse("incidents:case", args=[case.pk])


def recipients_for(case: Case) -> list[str]:
    """The board's coordinators; administrators if the board has none with an address."""
    coordinators = User.objects.filter(
        is_active=True,
        board_assignments__board=case.board,
        board_assignments__kind=AssignmentKind.COORDINATOR,
    ).exclude(email="")
    addresses = sorted(set(coordinators.values_list("email", flat=True)))
    if not addresses:
        admins = User.objects.filter(is_active=True, role=Role.ADMIN).exclude(email="")
        addresses = sorted(set(admins.values_list("email", flat=True)))
    return addresses


def _send(subject: str, body: str, recipients: list[str]) -> int:
    """One message per recipient: colleagues need not see each other's addresses."""
    if not recipients:
        return 0
    messages = [
        EmailMessage(subject=subject, body=body + SIGNATURE, to=[address]) for address in recipients
    ]
    with get_connection() as connection:
        return int(connection.send_messages(messages) or 0)


def send_new_case_notice(case: Case) -> int:
    subject = f"Ny personuppgiftsincident – ärende {case.diarienummer}"
    body = (
        "Hej!\n\n"
        f"En personuppgiftsincident har rapporterats till {case.board.name}. "
        f"Den har fått diarienummer {case.diarienummer}.\n\n"
        f"Tidsfristen för en eventuell anmälan till Integritetsskyddsmyndigheten (IMY) "
        f"går ut {format_moment(case.deadline)}, 72 timmar efter att incidenten upptäcktes.\n\n"
        f"Öppna ärendet: {case_url(case)}"
    )
    return _send(subject, body, recipients_for(case))


def send_deadline_reminder(case: Case, *, hours_left: int | None) -> int:
    """A reminder ``hours_left`` before the deadline, or (None) that it has passed."""
    deadline = format_moment(case.deadline)
    if hours_left is None:
        subject = f"Tidsfristen har passerat – ärende {case.diarienummer}"
        opening = (
            f"72 timmar har gått sedan incidenten i ärende {case.diarienummer} "
            f"({case.board.name}) upptäcktes ({deadline}), och det finns ännu ingen "
            "registrerad anmälan till IMY eller något beslut om att inte anmäla."
        )
    else:
        subject = f"Påminnelse: {hours_left} timmar kvar – ärende {case.diarienummer}"
        opening = (
            f"Om {hours_left} timmar, {deadline}, har det gått 72 timmar sedan incidenten i "
            f"ärende {case.diarienummer} ({case.board.name}) upptäcktes. Det finns ännu ingen "
            "registrerad anmälan till IMY eller något beslut om att inte anmäla."
        )
    body = (
        f"Hej!\n\n{opening}\n\n"
        "Om incidenten ska anmälas och det inte går att göra i tid: anmäl ändå, så snart som "
        "möjligt, och ange skälen till förseningen. Uppgifterna kan lämnas i omgångar.\n\n"
        f"Öppna ärendet: {case_url(case)}"
    )
    return _send(subject, body, recipients_for(case))
