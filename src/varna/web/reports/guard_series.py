"""Guard events per month: the one place the statistics know about the guard.

The guard's warnings and blocks (``GuardEvent``) appear next to the incidents on
the dashboard and in the annual report. Counts only — no sender, no content.
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count
from django.db.models.functions import TruncMonth

from varna.web.guard.models import GuardEvent
from varna.web.reports.formatting import local


def guard_events_per_month(start: datetime, end: datetime) -> tuple[int, ...]:
    """How many guard events each month of the year starting at ``start`` had."""
    rows = (
        GuardEvent.objects.filter(occurred_at__gte=start, occurred_at__lt=end)
        .annotate(month=TruncMonth("occurred_at"))
        .values("month")
        .annotate(n=Count("pk"))
    )
    counts = [0] * 12
    for row in rows:
        counts[local(row["month"]).month - 1] += int(row["n"])
    return tuple(counts)
