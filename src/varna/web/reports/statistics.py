"""The register's statistics for one year: what the dashboard and the annual report show.

:func:`compute` takes cases already limited by the access rules (and a board, if
chosen), counts them by the month the board became aware, and turns the counts
into :class:`~varna.web.reports.charts.Chart` objects with a summary in words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from varna.web.incidents.choices import BreachType, Channel, DataCategory
from varna.web.incidents.models import ActionItem, Board, Case
from varna.web.reports.charts import MONTHS, Chart, Marker, Series
from varna.web.reports.formatting import MONTH_NAMES, local, percent
from varna.web.reports.guard_series import guard_events_per_month
from varna.web.reports.wording import EMAIL_CHANNELS, SHORT_CHANNELS, short_label

HOUR_BUCKETS: tuple[tuple[str, float], ...] = (
    ("under 12 h", 12),
    ("12–24 h", 24),
    ("24–48 h", 48),
    ("48–72 h", 72),
    ("72–96 h", 96),
    ("över 96 h", float("inf")),
)
FIRST_LATE_BUCKET = 4


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """The year in Swedish time, as aware datetimes ``[start, end)``."""
    zone = timezone.get_current_timezone()
    return datetime(year, 1, 1, tzinfo=zone), datetime(year + 1, 1, 1, tzinfo=zone)


@dataclass(frozen=True)
class OverdueAction:
    case_pk: int
    diarienummer: str
    board: str
    what: str
    responsible: str
    due_on: date
    days: int
    year: int  # the year the board became aware of the incident


@dataclass(frozen=True)
class Statistics:
    year: int
    scope: str  # "Barn- och ungdomsnämnden" or "Alla nämnder du har tillgång till"
    total: int
    per_month: tuple[int, ...]
    guard_per_month: tuple[int, ...]
    per_board: tuple[tuple[str, int], ...]
    per_channel: tuple[tuple[str, int], ...]
    email: int
    per_breach_type: tuple[tuple[str, int], ...]
    per_data_category: tuple[tuple[str, int], ...]
    authority: tuple[int, int, int]  # notified, not notified, undecided
    subjects: tuple[int, int, int]  # informed, not informed, undecided
    decision_buckets: tuple[int, ...]
    decided: int
    decided_in_time: int
    undecided_past_deadline: int
    overdue_actions: tuple[OverdueAction, ...]

    @property
    def email_share(self) -> str:
        return percent(self.email, self.total)

    @property
    def notified_share(self) -> str:
        return percent(self.authority[0], self.total)

    @property
    def informed_share(self) -> str:
        return percent(self.subjects[0], self.total)

    @property
    def in_time_share(self) -> str:
        return percent(self.decided_in_time, self.decided)

    def charts(self) -> dict[str, Chart]:
        return build_charts(self)


def compute(
    cases: QuerySet[Case],
    boards: Sequence[Board],
    year: int,
    scope: str,
    now: datetime | None = None,
) -> Statistics:
    now = now or timezone.now()
    today = timezone.localdate(now)
    start, end = year_bounds(year)
    in_year = list(
        cases.filter(aware_at__gte=start, aware_at__lt=end)
        .select_related("event", "board")
        .prefetch_related("authority_notifications")
    )
    months = Counter(local(c.aware_at).month for c in in_year)
    per_board = Counter(c.board_id for c in in_year)
    channels = Counter(c.event.channel for c in in_year)
    breach = Counter(t for c in in_year for t in set(c.breach_types))
    data = Counter(d for c in in_year for d in set(c.data_categories))
    decided = [c for c in in_year if c.decided_at is not None]
    buckets = Counter(_bucket(c) for c in decided)
    return Statistics(
        year=year,
        scope=scope,
        total=len(in_year),
        per_month=tuple(months.get(m, 0) for m in range(1, 13)),
        guard_per_month=guard_events_per_month(start, end),
        per_board=tuple((b.name, per_board.get(b.pk, 0)) for b in boards),
        per_channel=tuple((SHORT_CHANNELS[k], channels.get(k, 0)) for k in Channel.values),
        email=sum(channels.get(k, 0) for k in EMAIL_CHANNELS),
        per_breach_type=tuple(
            (short_label(label), breach.get(key, 0)) for key, label in BreachType.choices
        ),
        per_data_category=tuple(
            sorted(
                (
                    (short_label(label), data[key])
                    for key, label in DataCategory.choices
                    if data[key]
                ),
                key=lambda pair: -pair[1],
            )
        ),
        authority=_three(c.notify_authority for c in in_year),
        subjects=_three(c.inform_subjects for c in in_year),
        decision_buckets=tuple(buckets.get(i, 0) for i in range(len(HOUR_BUCKETS))),
        decided=len(decided),
        decided_in_time=sum(1 for c in decided if _hours(c) <= 72),
        undecided_past_deadline=sum(
            1 for c in in_year if c.notify_authority is None and c.deadline < now
        ),
        overdue_actions=overdue_actions(cases, today),
    )


def _hours(case: Case) -> float:
    assert case.decided_at is not None
    return (case.decided_at - case.aware_at).total_seconds() / 3600


def _bucket(case: Case) -> int:
    elapsed = _hours(case)
    return next(i for i, (_, limit) in enumerate(HOUR_BUCKETS) if elapsed <= limit)


def _three(decisions: Any) -> tuple[int, int, int]:
    counts = Counter(decisions)
    return counts.get(True, 0), counts.get(False, 0), counts.get(None, 0)


def overdue_actions(cases: QuerySet[Case], today: date) -> tuple[OverdueAction, ...]:
    """Open action items past their date, in the cases given (any year), oldest first."""
    items = (
        ActionItem.objects.filter(case__in=cases, done_on__isnull=True, due_on__lt=today)
        .select_related("case", "case__board")
        .order_by("due_on", "pk")
    )
    return tuple(
        OverdueAction(
            case_pk=item.case_id,
            diarienummer=item.case.diarienummer,
            board=item.case.board.name,
            what=item.what,
            responsible=item.responsible,
            due_on=item.due_on,
            days=(today - item.due_on).days,
            year=local(item.case.aware_at).year,
        )
        for item in items
        if item.due_on is not None
    )


# --- charts ---------------------------------------------------------------------------------


def _most(labels: Sequence[str], values: Sequence[int]) -> str:
    if not any(values):
        return "Inga incidenter."
    top = max(values)
    names = [label for label, value in zip(labels, values, strict=True) if value == top]
    if len(names) > 3:
        return ""
    return f"Flest: {', '.join(names)} ({top})."


def build_charts(stats: Statistics) -> dict[str, Chart]:
    months = stats.per_month
    charts = {
        "months": Chart(
            "columns",
            f"Incidenter per månad {stats.year}",
            MONTHS,
            (Series("Incidenter", months),),
            (f"{stats.total} incidenter under {stats.year}. " + _most(MONTH_NAMES, months)).strip(),
            label_header="Månad",
        ),
        "boards": _bars("Incidenter per nämnd", stats.per_board, "Nämnd"),
        "channels": _bars(
            "Hur incidenterna gick till",
            stats.per_channel,
            "Hur det gick till",
            f"{stats.email} av {stats.total} ({stats.email_share}) gällde e-post. ",
        ),
        "breach_types": _bars("Typ av incident", stats.per_breach_type, "Typ"),
        "data": _bars("Slags personuppgifter", stats.per_data_category, "Slags uppgifter"),
        "decisions": Chart(
            "shares",
            "Anmälan till IMY och information till de registrerade",
            ("Anmälan till IMY", "Information till de registrerade"),
            (
                Series("Ja", (stats.authority[0], stats.subjects[0]), "brand"),
                Series("Nej", (stats.authority[1], stats.subjects[1]), "muted"),
                Series("Inte beslutat", (stats.authority[2], stats.subjects[2]), "light"),
            ),
            f"{stats.authority[0]} av {stats.total} anmäldes till IMY ({stats.notified_share}). "
            f"De registrerade informerades i {stats.subjects[0]} fall ({stats.informed_share}).",
            label_header="Beslut",
        ),
        "decision_time": Chart(
            "columns",
            "Tid från upptäckt till beslut",
            tuple(label for label, _ in HOUR_BUCKETS),
            (Series("Beslut", stats.decision_buckets),),
            f"{stats.decided_in_time} av {stats.decided} beslut ({stats.in_time_share}) fattades "
            "inom 72 timmar från det att nämnden fick kännedom.",
            marker=Marker(FIRST_LATE_BUCKET, "72 timmar"),
            highlight_from=FIRST_LATE_BUCKET,
            label_header="Tid till beslut",
        ),
    }
    guard = stats.guard_per_month
    charts["guard"] = Chart(
        "columns",
        f"Spärren: varningar och stopp i e-post per månad {stats.year}",
        MONTHS,
        (Series("Spärrhändelser", guard, "second"),),
        (
            f"{sum(guard)} gånger varnade eller stoppade spärren e-post under "
            f"{stats.year} (hela organisationen). " + _most(MONTH_NAMES, guard)
        ).strip(),
        label_header="Månad",
    )
    return charts


def _bars(title: str, pairs: Sequence[tuple[str, int]], header: str, lead: str = "") -> Chart:
    labels = tuple(label for label, _ in pairs)
    values = tuple(value for _, value in pairs)
    return Chart(
        "bars",
        title,
        labels,
        (Series("Incidenter", values),),
        (lead + _most(labels, values)).strip(),
        label_header=header,
    )
