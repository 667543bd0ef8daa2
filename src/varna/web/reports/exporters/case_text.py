"""How one case reads in a document: the sentences several exporters share."""

from __future__ import annotations

from datetime import date
from typing import Any

from varna.web.incidents.choices import Art34Exception, Channel
from varna.web.incidents.models import ActionItem, AuthorityNotification, Case
from varna.web.reports.formatting import MISSING, date_time, iso_date

PLACEHOLDER = "[Fyll i: {what}]"


def fill_in(what: str) -> str:
    """A visible gap the coordinator must fill before the text is used."""
    return PLACEHOLDER.format(what=what)


def occurred_text(case: Case) -> str:
    event = case.event
    if event.occurred_unknown or event.occurred_from is None:
        return "Okänt när incidenten inträffade."
    if event.occurred_to and event.occurred_to != event.occurred_from:
        return f"Från {date_time(event.occurred_from)} till {date_time(event.occurred_to)}"
    return date_time(event.occurred_from)


def ended_text(case: Case) -> str:
    event = case.event
    if event.occurred_to is not None:
        return f"Ja, {date_time(event.occurred_to)}."
    if case.contained:
        return "Ja. Incidenten är begränsad: uppgifterna har återtagits eller raderats."
    if event.occurred_from is not None and not event.occurred_unknown:
        return "Ja, samma tidpunkt som den inträffade (en enstaka händelse)."
    return fill_in("har incidenten upphört, och i så fall när")


def channel_text(case: Case) -> str:
    event = case.event
    label = Channel(event.channel).label if event.channel in Channel.values else MISSING
    if case.malicious is True:
        return f"{label}. Uppsåtligt (t.ex. ett angrepp)."
    if case.malicious is False:
        return f"{label}. Inte uppsåtligt (ett misstag eller tekniskt fel)."
    return f"{label}."


def subject_count_text(case: Case) -> str:
    if case.subject_count is not None:
        return str(case.subject_count)
    if case.event.approx_subjects is not None:
        return f"Ungefär {case.event.approx_subjects} (enligt rapporten)"
    return fill_in("ungefärligt antal registrerade")


def dpo_text(case: Case) -> str:
    if case.dpo_consulted_on is None and not case.dpo_advice:
        return "Nej, inte ännu."
    when = f"Ja, {iso_date(case.dpo_consulted_on)}." if case.dpo_consulted_on else "Ja."
    return f"{when}\n{case.dpo_advice}".strip()


def authority_decision_text(case: Case) -> str:
    """The IMY column of the incident log: the decision, its reason and the notification."""
    if case.notify_authority is None:
        return f"Inte beslutat ännu. Fristen för en anmälan: {date_time(case.deadline)}."
    initial = case.initial_notification()
    lines: list[str] = []
    if case.notify_authority:
        if initial is not None:
            ref = f", IMY:s dnr {initial.reference}" if initial.reference else ""
            lines.append(f"Ja, anmäld {iso_date(initial.submitted_at)}{ref}.")
            if initial.late_reason:
                lines.append(f"Efter 72 timmar. Skäl: {initial.late_reason}")
        else:
            lines.append("Ja (beslutat), anmälan inte registrerad ännu.")
    else:
        who = f" av {case.decision_maker}" if case.decision_maker else ""
        lines.append(f"Nej (beslutat {iso_date(case.decided_at)}{who}).")
    if case.authority_reason:
        lines.append(case.authority_reason)
    return "\n".join(lines)


def subjects_decision_text(case: Case) -> str:
    if case.inform_subjects is None:
        return "Inte beslutat ännu."
    if case.inform_subjects:
        method = (
            f" ({case.subjects_information_method})" if case.subjects_information_method else ""
        )
        if case.subjects_informed_on:
            return (
                f"Ja, de registrerade informerades {iso_date(case.subjects_informed_on)}{method}."
            )
        return f"Ja, de registrerade ska informeras{method}; det har inte skett ännu."
    lines = ["Nej."]
    if case.art34_exception in Art34Exception.values:
        lines.append(f"Undantag enligt art. 34.3 {Art34Exception(case.art34_exception).label}")
    if case.subjects_reason:
        lines.append(f"Skäl: {case.subjects_reason}")
    return "\n".join(lines)


def action_item_text(item: ActionItem) -> str:
    if item.done_on:
        when = f"genomförd {iso_date(item.done_on)}"
    elif item.due_on:
        when = f"klar senast {iso_date(item.due_on)}"
    else:
        when = "inget datum"
    return f"{item.what} ({item.responsible}, {when})"


def items(case: Case) -> list[ActionItem]:
    return list(case.action_items.all())


def notifications(case: Case) -> list[AuthorityNotification]:
    return list(case.authority_notifications.all())


def handler_label(case: Case) -> str:
    handler: Any = case.handler
    return str(handler.display_name) if handler is not None else MISSING


def handler_title(case: Case) -> str:
    handler: Any = case.handler
    return str(handler.title) if handler is not None and handler.title else MISSING


def overdue(item: ActionItem, today: date) -> bool:
    return bool(item.is_overdue(today))
