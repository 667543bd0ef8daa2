"""E-mail to the people responsible for a case, and to the person who reported it.

Subjects and bodies name the case only by its diarienummer and board and link
to it; what happened stays behind the login.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.urls import reverse

from varna.web.accounts.models import Role, User
from varna.web.incidents.choices import AssignmentKind
from varna.web.incidents.deadline import format_moment
from varna.web.incidents.models import Case, Event

_NO_DETAILS = "\n\n/Värna\nMeddelandet innehåller med avsikt inga uppgifter om vad som har hänt."
SIGNATURE = _NO_DETAILS + " Logga in i Värna för att läsa ärendet."
# Reporters do not read the investigation (and suppliers have no login).
REPORTER_SIGNATURE = _NO_DETAILS


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


def _send(subject: str, body: str, recipients: list[str], *, signature: str = SIGNATURE) -> int:
    """One message per recipient: colleagues need not see each other's addresses."""
    if not recipients:
        return 0
    messages = [
        EmailMessage(subject=subject, body=body + signature, to=[address]) for address in recipients
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


def reporter_address(event: Event) -> str:
    """Where the reporter is reached: their account's address, else the one they gave.

    An employee reporting on someone else's behalf gets the receipt themselves.
    """
    user = event.reporter_user
    if user is not None and user.is_active and user.email:
        return str(user.email)
    return event.reporter_email


def _follow_up(event: Event) -> str:
    """How a reporter adds to the report, and follows it if they have a login."""
    more = (
        "Har du mer att berätta, eller upptäcker du något nytt, kontakta GDPR-samordnaren "
        "och ange diarienumret."
    )
    if event.reporter_user is None:
        return more
    url = settings.SITE_URL + reverse("incidents:my_report", args=[event.pk])
    return f"{more}\n\nDu kan följa ärendet under Mina rapporter: {url}"


def send_report_receipt(event: Event, cases: Sequence[Case]) -> int:
    """Tell the reporter that the report arrived and which diarienummer it got."""
    address = reporter_address(event)
    if not address or not cases:
        return 0
    numbers = ", ".join(c.diarienummer for c in cases)
    where = "; ".join(f"{c.diarienummer} hos {c.board.name}" for c in cases)
    noun = "diarienummer" if len(cases) == 1 else "diarienumren"
    subject = f"Din rapport har tagits emot – ärende {numbers}"
    body = (
        "Hej!\n\n"
        f"Tack för att du rapporterade en personuppgiftsincident. Rapporten togs emot "
        f"{format_moment(event.created_at)} och har fått {noun} {where}.\n\n"
        "GDPR-samordnaren bedömer nu vad som har hänt och om incidenten ska anmälas till "
        "Integritetsskyddsmyndigheten (IMY). Du kan bli kontaktad om något behöver "
        "förtydligas.\n\n"
        f"{_follow_up(event)}"
    )
    return _send(subject, body, [address], signature=REPORTER_SIGNATURE)


def send_case_closed_notice(case: Case) -> int:
    """Tell the reporter that the case about their report is closed."""
    address = reporter_address(case.event)
    if not address:
        return 0
    subject = f"Ärendet är avslutat – ärende {case.diarienummer}"
    body = (
        "Hej!\n\n"
        f"Ärende {case.diarienummer} hos {case.board.name}, om den personuppgiftsincident "
        f"du rapporterade, avslutades {format_moment(case.closed_at or case.updated_at)}. "
        "Tack för att du rapporterade – det hjälper oss att skydda de personer det gäller "
        "och att se till att det inte händer igen.\n\n"
        f"{_follow_up(case.event)}"
    )
    return _send(subject, body, [address], signature=REPORTER_SIGNATURE)
