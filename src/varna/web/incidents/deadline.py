"""The 72-hour clock of art. 33.1: from awareness to the notification to IMY.

The clock stops when the controller has notified IMY, or decided that no
notification is needed. Until then it counts down, turns urgent at the first
reminder point, and is overdue after 72 hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import formats, timezone

from varna.web.incidents.choices import ClockState
from varna.web.incidents.models import Case


@dataclass(frozen=True)
class Clock:
    state: ClockState
    deadline: datetime
    remaining: timedelta
    label: str

    @property
    def due_text(self) -> str:
        return format_moment(self.deadline)

    @property
    def urgent_seconds(self) -> int:
        return int(urgent_within().total_seconds())

    @property
    def running(self) -> bool:
        return self.state in (ClockState.RUNNING, ClockState.URGENT, ClockState.OVERDUE)

    @property
    def remaining_seconds(self) -> int:
        return int(self.remaining.total_seconds())

    @property
    def css(self) -> str:
        return {
            ClockState.RUNNING: "clock--running",
            ClockState.URGENT: "clock--urgent",
            ClockState.OVERDUE: "clock--overdue",
            ClockState.MET: "clock--met",
            ClockState.LATE: "clock--late",
        }[self.state]


def urgent_within() -> timedelta:
    hours = getattr(settings, "VARNA_REMINDER_HOURS", [24, 6])
    return timedelta(hours=max(hours) if hours else 24)


def format_duration(delta: timedelta) -> str:
    """``70 tim 45 min``, ``12 min``: in hours, like the 72-hour rule itself."""
    minutes = max(0, int(delta.total_seconds() // 60))
    hours, mins = divmod(minutes, 60)
    if hours:
        return f"{hours} tim {mins} min"
    return f"{mins} min"


def format_moment(moment: datetime) -> str:
    return formats.date_format(timezone.localtime(moment), "j F Y \\k\\l. H:i")


def clock_for(case: Case, now: datetime | None = None) -> Clock:
    now = now or timezone.now()
    deadline = case.deadline
    initial = case.initial_notification() if case.notify_authority else None
    if initial is not None:
        late = initial.submitted_at > deadline
        return Clock(
            ClockState.LATE if late else ClockState.MET,
            deadline,
            deadline - initial.submitted_at,
            f"Anmäld till IMY {format_moment(initial.submitted_at)}"
            + (" – efter tidsfristen" if late else " – inom 72 timmar"),
        )
    if case.notify_authority is False:
        return Clock(
            ClockState.MET,
            deadline,
            timedelta(0),
            "Beslut: ingen anmälan till IMY",
        )
    remaining = deadline - now
    due = format_moment(deadline)
    if remaining <= timedelta(0):
        return Clock(
            ClockState.OVERDUE,
            deadline,
            remaining,
            f"72 timmar passerades för {format_duration(-remaining)} sedan ({due})",
        )
    state = ClockState.URGENT if remaining <= urgent_within() else ClockState.RUNNING
    return Clock(state, deadline, remaining, f"{format_duration(remaining)} kvar (till {due})")
