"""Raw message + envelope → verdict: the guard's judgement, run in a worker thread
(never on the event loop)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from varna.mail import Limits, read_message
from varna.policy import Policy, Scanner, Verdict, judge, load_policy

_AUTO_SUBMITTED_NO = {"", "no"}


@dataclass(frozen=True)
class Examination:
    verdict: Verdict
    subject: str
    message_id: str
    # Auto-generated mail (bounces, notices, auto-replies) never gets a notice back.
    automatic: bool


class Examiner:
    """Judges messages under one policy; safe to call from several threads."""

    def __init__(
        self,
        policy: Policy,
        *,
        limits: Limits | None = None,
        scanner: Scanner | None = None,
    ) -> None:
        self.policy = policy
        self.limits = limits or Limits()
        self.scanner = scanner

    @classmethod
    def from_policy_file(cls, path: str, **kwargs: object) -> Examiner:
        policy = load_policy(Path(path)) if path else load_policy(None)
        return cls(policy, **kwargs)  # type: ignore[arg-type]

    def __call__(self, content: bytes, mail_from: str, rcpt_tos: Sequence[str]) -> Examination:
        parsed = read_message(
            content, envelope_from=mail_from or None, envelope_to=rcpt_tos, limits=self.limits
        )
        verdict = judge(parsed, self.policy, scanner=self.scanner)
        auto = (parsed.header("auto-submitted") or [""])[0].strip().lower()
        return Examination(
            verdict=verdict,
            subject=parsed.subject,
            message_id=(parsed.header("message-id") or [""])[0].strip(),
            automatic=auto not in _AUTO_SUBMITTED_NO or not mail_from,
        )

    def warm_up(self) -> None:
        """Compile everything the first judgement would (so the first client waits less)."""
        self(
            b"From: a@example.se\r\nTo: b@example.se\r\nSubject: x\r\n\r\nHej\r\n",
            "",
            ["b@example.se"],
        )
