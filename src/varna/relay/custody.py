"""What the relay hands to Värna's storage: guard events and held messages.

The relay depends only on the ``GuardStore`` protocol; the implementation lives
in the web app (``varna.web.guard.store``) and is wired in by ``varna relay``.
Guard events carry no message content: kinds, coarse places and counts only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from varna.policy import Verdict
from varna.relay.replies import where_class


@dataclass(frozen=True)
class FindingSummary:
    kind: str
    where: str  # body | subject | attachment | recipients – never a file name
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "where": self.where, "count": self.count}


def summarise(verdict: Verdict) -> tuple[FindingSummary, ...]:
    """Kinds and counts per coarse place, in a stable order."""
    totals: dict[tuple[str, str], int] = {}
    for finding in verdict.findings:
        key = (finding.kind, where_class(finding.where))
        totals[key] = totals.get(key, 0) + finding.count
    return tuple(
        FindingSummary(kind, where, count) for (kind, where), count in sorted(totals.items())
    )


@dataclass(frozen=True)
class GuardRecord:
    """One judgement above allow, for the guard event log."""

    source: str  # "relay" or "api"
    client: str  # the relay's host name, or the API client's name
    sender: str
    recipient_count: int
    verdict: str
    action: str  # forwarded | rejected | quarantined | answered
    findings: tuple[FindingSummary, ...]
    size: int = 0


@dataclass(frozen=True)
class HeldMessage:
    """A message to keep in quarantine: stored encrypted, content and all."""

    record: GuardRecord
    mail_from: str
    rcpt_tos: tuple[str, ...]
    subject: str
    content: bytes
    verdict: dict[str, Any] = field(default_factory=dict)  # Verdict.to_dict(): masked only


class GuardStore(Protocol):
    def record(self, record: GuardRecord) -> str:
        """Store a guard event; return its id."""
        ...

    def hold(self, held: HeldMessage) -> str:
        """Store a held message durably (file fsynced, database committed) before
        returning its id; raise if that cannot be done."""
        ...

    def close(self) -> None:
        """Release connections held by the calling thread."""
        ...
