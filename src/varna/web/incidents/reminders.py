"""Reminders before the 72-hour deadline, each sent once.

Run every few minutes (``varna manage send_reminders``). For each open case
still waiting for a notification or a decision not to notify, the most urgent
point reached (by default 24 h and 6 h before the deadline, then "overdue") is
mailed to the board's coordinators once. Points passed while the command did
not run are recorded as skipped, so a late run sends one reminder, not a burst.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from varna.web.incidents.audit import log_action
from varna.web.incidents.choices import OPEN_STATUSES, NotificationKind
from varna.web.incidents.models import AUTHORITY_DEADLINE, AuthorityNotification, Case, ReminderSent
from varna.web.incidents.notifications import send_deadline_reminder

logger = logging.getLogger(__name__)

OVERDUE = "overdue"


@dataclass(frozen=True)
class Reminder:
    case: Case
    point: str
    recipients: int


def reminder_hours() -> list[int]:
    """The configured points, largest first (hours before the deadline)."""
    return sorted({int(h) for h in settings.VARNA_REMINDER_HOURS if int(h) > 0}, reverse=True)


def point_key(hours: int) -> str:
    return f"{hours}h"


def cases_waiting(now: datetime) -> QuerySet[Case]:
    """Open cases with the clock running that are close enough to their deadline."""
    earliest = max(reminder_hours(), default=0)
    initial = AuthorityNotification.objects.filter(
        case=OuterRef("pk"), kind=NotificationKind.INITIAL
    )
    return (
        Case.objects.filter(status__in=OPEN_STATUSES, anonymised_at__isnull=True)
        .alias(has_initial=Exists(initial))
        .filter(Q(notify_authority__isnull=True) | Q(notify_authority=True, has_initial=False))
        .filter(aware_at__lte=now - AUTHORITY_DEADLINE + timedelta(hours=earliest))
        .select_related("board")
    )


def points_reached(case: Case, now: datetime) -> list[str]:
    """Every point reached at ``now``, least urgent first (``overdue`` last)."""
    reached = [
        point_key(hours)
        for hours in reminder_hours()
        if now >= case.deadline - timedelta(hours=hours)
    ]
    if now >= case.deadline:
        reached.append(OVERDUE)
    return reached


def send_due_reminders(now: datetime | None = None) -> tuple[list[Reminder], int]:
    """Send what is due; return the reminders sent and the number of failures."""
    now = now or timezone.now()
    sent: list[Reminder] = []
    failures = 0
    for case in cases_waiting(now):
        reached = points_reached(case, now)
        if not reached:
            continue
        done = set(case.reminders.values_list("point", flat=True))
        if reached[-1] in done:
            continue
        try:
            sent.append(
                _send_once(case, reached[-1], [p for p in reached[:-1] if p not in done], now)
            )
        except _AlreadyClaimed:
            continue
        except Exception:
            failures += 1
            logger.exception("could not send the deadline reminder for case %s", case.pk)
    return sent, failures


class _AlreadyClaimed(Exception):
    """Another run of the command is sending this reminder."""


def _send_once(case: Case, point: str, skipped: list[str], now: datetime) -> Reminder:
    # Claim the point first: a second run started meanwhile then skips it.
    try:
        with transaction.atomic():
            claim = ReminderSent.objects.create(case=case, point=point, sent_at=now)
            for other in skipped:
                ReminderSent.objects.get_or_create(
                    case=case, point=other, defaults={"sent_at": now, "skipped": True}
                )
    except IntegrityError:
        raise _AlreadyClaimed from None
    hours = None if point == OVERDUE else int(point.removesuffix("h"))
    try:
        count = send_deadline_reminder(case, hours_left=hours)
    except Exception:
        claim.delete()  # so that the next run tries again
        raise
    claim.recipients = count
    claim.save(update_fields=["recipients"])
    log_action("reminder.sent", case=case, obj=claim, changes={"point": point, "recipients": count})
    return Reminder(case, point, count)
