"""The engine's answer, in the output shape of issue 7."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from varna.assess.judgement import Risk
from varna.assess.severity import Severity
from varna.assess.wording import Factor

# Art. 33(1): "not later than 72 hours after having become aware of it".
AUTHORITY_WINDOW = timedelta(hours=72)


def authority_deadline(discovered_at: datetime) -> datetime:
    """72 hours of elapsed time after discovery, in the time zone it was given in.

    The sum is taken in UTC: Python adds a timedelta to a datetime with a named
    zone (ZoneInfo) in wall-clock time, which would be an hour off across a
    daylight-saving change. A fixed offset such as +01:00 comes back unchanged.

    >>> authority_deadline(datetime.fromisoformat("2024-03-29T10:00:00+01:00")).isoformat()
    '2024-04-01T10:00:00+01:00'
    >>> from zoneinfo import ZoneInfo
    >>> spring = datetime(2024, 3, 29, 10, tzinfo=ZoneInfo("Europe/Stockholm"))
    >>> authority_deadline(spring).isoformat()
    '2024-04-01T11:00:00+02:00'
    """
    return (discovered_at.astimezone(UTC) + AUTHORITY_WINDOW).astimezone(discovered_at.tzinfo)


@dataclass(frozen=True)
class Recommendation:
    """A recommendation with reasons; the controller decides."""

    severity: Severity
    risk: Risk
    notify_authority: bool
    notify_subjects: bool
    authority_deadline: datetime | None
    reasons: tuple[str, ...]
    factors: tuple[Factor, ...]  # one per reason, in the same order

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": {
                "score": self.severity.score,
                "band": self.severity.band.value,
                "dpc": self.severity.dpc,
                "ei": self.severity.ei,
                "cb": self.severity.cb,
            },
            "risk": self.risk.value,
            "notify_authority": self.notify_authority,
            "notify_subjects": self.notify_subjects,
            "authority_deadline": (
                self.authority_deadline.isoformat() if self.authority_deadline else None
            ),
            "reasons": list(self.reasons),
        }
