"""The status rules: which transitions exist, and what each requires.

reported → under investigation → decided → actions in progress → closed.
A decided case may be closed directly (nothing left to do) or reconsidered;
a closed case may be reopened with a comment. Closing documents the incident
for good (art. 33.5), so it needs a decision and a documented assessment.
"""

from __future__ import annotations

from django.utils import timezone

from varna.web.incidents.choices import Status
from varna.web.incidents.models import Case

TRANSITIONS: dict[str, tuple[Status, ...]] = {
    Status.REPORTED: (Status.UNDER_INVESTIGATION,),
    Status.UNDER_INVESTIGATION: (Status.DECIDED,),
    Status.DECIDED: (Status.ACTIONS_IN_PROGRESS, Status.CLOSED, Status.UNDER_INVESTIGATION),
    Status.ACTIONS_IN_PROGRESS: (Status.CLOSED, Status.DECIDED),
    Status.CLOSED: (Status.UNDER_INVESTIGATION,),
}

ACTION_LABELS: dict[tuple[str, str], str] = {
    (Status.REPORTED, Status.UNDER_INVESTIGATION): "Påbörja utredning",
    (Status.UNDER_INVESTIGATION, Status.DECIDED): "Markera som beslutad",
    (Status.DECIDED, Status.ACTIONS_IN_PROGRESS): "Starta åtgärder",
    (Status.DECIDED, Status.CLOSED): "Avsluta ärendet",
    (Status.DECIDED, Status.UNDER_INVESTIGATION): "Ompröva (tillbaka till utredning)",
    (Status.ACTIONS_IN_PROGRESS, Status.CLOSED): "Avsluta ärendet",
    (Status.ACTIONS_IN_PROGRESS, Status.DECIDED): "Tillbaka till beslutad",
    (Status.CLOSED, Status.UNDER_INVESTIGATION): "Återöppna ärendet",
}


class TransitionError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


def allowed_targets(case: Case) -> tuple[Status, ...]:
    return TRANSITIONS.get(case.status, ())


def decision_problems(case: Case) -> list[str]:
    problems = []
    if case.notify_authority is None:
        problems.append("Beslut om anmälan till IMY saknas.")
    if case.inform_subjects is None:
        problems.append("Beslut om information till de registrerade saknas.")
    return problems


def problems_for(case: Case, target: str, comment: str = "") -> list[str]:
    """Why ``case`` cannot move to ``target`` now (empty when it can)."""
    if target not in allowed_targets(case):
        return [
            f"Ärendet kan inte gå från {case.get_status_display().lower()} till "
            f"{Status(target).label.lower()}."
        ]
    problems: list[str] = []
    if target in (Status.DECIDED, Status.ACTIONS_IN_PROGRESS, Status.CLOSED):
        problems += decision_problems(case)
    if target == Status.CLOSED:
        problems += closing_problems(case)
    if case.status == Status.CLOSED and not comment.strip():
        problems.append("Skriv varför ärendet återöppnas.")
    return problems


def closing_problems(case: Case) -> list[str]:
    problems = []
    if not case.assessment.strip():
        problems.append("Bedömningen av incidenten är inte dokumenterad.")
    if not case.breach_types:
        problems.append("Typ av incident (konfidentialitet, riktighet, tillgänglighet) saknas.")
    if case.notify_authority and case.initial_notification() is None:
        problems.append("Beslutet är att anmäla till IMY, men ingen anmälan är registrerad.")
    if case.inform_subjects and case.subjects_informed_on is None:
        problems.append(
            "Beslutet är att informera de registrerade, men det är inte registrerat "
            "när det gjordes."
        )
    today = timezone.localdate()
    open_items = [item for item in case.action_items.all() if item.done_on is None]
    if open_items:
        overdue = sum(1 for item in open_items if item.is_overdue(today))
        text = f"{len(open_items)} åtgärd(er) i åtgärdsplanen är inte genomförda"
        problems.append(text + (f", varav {overdue} försenade." if overdue else "."))
    return problems
