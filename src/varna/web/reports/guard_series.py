"""Guard events per month: the one place the statistics know about the guard.

When the guard app (``varna.web.guard``, model ``GuardEvent`` with ``occurred_at``)
is installed, its warnings and blocks appear next to the incidents on the
dashboard and in the annual report; without it, this returns None and the
statistics say the guard records nothing yet. Counts only — no sender, no content.
"""

from __future__ import annotations

from datetime import datetime

from django.apps import apps
from django.db.models import Count
from django.db.models.functions import TruncMonth

from varna.web.reports.formatting import local

GUARD_APP = "varna.web.guard"
# A plain str, not a literal: the guard may not be installed when types are checked.
GUARD_EVENT: str = "guard.GuardEvent"


def guard_events_per_month(start: datetime, end: datetime) -> tuple[int, ...] | None:
    """How many guard events each month of the year starting at ``start`` had, or None."""
    if not apps.is_installed(GUARD_APP):
        return None
    model = apps.get_model(GUARD_EVENT)
    rows = (
        model._default_manager.filter(occurred_at__gte=start, occurred_at__lt=end)
        .annotate(month=TruncMonth("occurred_at"))
        .values("month")
        .annotate(n=Count("pk"))
    )
    counts = [0] * 12
    for row in rows:
        counts[local(row["month"]).month - 1] += int(row["n"])
    return tuple(counts)
