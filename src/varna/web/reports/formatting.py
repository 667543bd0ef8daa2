"""Swedish dates, times and numbers as municipal documents write them.

>>> from datetime import date
>>> iso_date(date(2023, 2, 7)), long_date(date(2023, 2, 7))
('2023-02-07', '7 februari 2023')
>>> percent(1, 3), percent(0, 0)
('33 %', '–')
"""

from __future__ import annotations

from datetime import date, datetime

from django.utils import timezone

MONTH_NAMES = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
MISSING = "–"


def local(moment: datetime) -> datetime:
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def iso_date(value: date | datetime | None) -> str:
    if value is None:
        return MISSING
    if isinstance(value, datetime):
        value = local(value).date()
    return value.isoformat()


def long_date(value: date | datetime | None) -> str:
    """``7 februari 2023``: for letters and prose."""
    if value is None:
        return MISSING
    if isinstance(value, datetime):
        value = local(value).date()
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def date_time(value: datetime | None) -> str:
    """``2024-11-21 kl. 16:38`` in Swedish time."""
    if value is None:
        return MISSING
    moment = local(value)
    return f"{moment:%Y-%m-%d} kl. {moment:%H:%M}"


def yes_no(value: bool | None, unknown: str = "Inte beslutat") -> str:
    if value is True:
        return "Ja"
    if value is False:
        return "Nej"
    return unknown


def percent(part: int, whole: int) -> str:
    if not whole:
        return MISSING
    return f"{round(100 * part / whole)} %"


def hours(value: float) -> str:
    """``36 tim`` (whole hours, rounded down, like the clock on the case page)."""
    return f"{int(value)} tim"


def safe_filename_part(text: str) -> str:
    """A diarienummer (or board code) fit for a file name: ``2024.401 BUN`` → ``2024.401-BUN``.

    >>> safe_filename_part("2024.401 BUN"), safe_filename_part("KS/2023:58")
    ('2024.401-BUN', 'KS-2023-58')
    """
    kept = "".join(ch if ch.isalnum() or ch in ".-_" else "-" for ch in text.strip())
    while "--" in kept:
        kept = kept.replace("--", "-")
    return kept.strip("-") or "dokument"
