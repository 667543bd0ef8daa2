"""Verdict + configured actions → what the relay does with a message. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from varna.relay.config import ActionsConfig

Action = Literal["forward", "reject", "quarantine"]


@dataclass(frozen=True)
class Decision:
    action: Action
    notify_sender: bool

    @property
    def record_action(self) -> str:
        """The guard event's action name for this decision."""
        return {"forward": "forwarded", "reject": "rejected", "quarantine": "quarantined"}[
            self.action
        ]


def decide(verdict: str, actions: ActionsConfig) -> Decision:
    """allow → forward; warn → forward (notice optional); block → reject or quarantine."""
    if verdict == "block":
        if actions.block == "quarantine":
            return Decision("quarantine", actions.notify_sender_on_quarantine)
        return Decision("reject", False)
    if verdict == "warn":
        return Decision("forward", actions.notify_sender_on_warn)
    return Decision("forward", False)
