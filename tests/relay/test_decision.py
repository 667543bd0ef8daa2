"""Verdict → action, as configured."""

from __future__ import annotations

from varna.relay.config import ActionsConfig
from varna.relay.decision import decide


def test_block_is_rejected_or_held_and_warn_is_always_forwarded():
    reject = ActionsConfig("reject", notify_sender_on_warn=True, notify_sender_on_quarantine=True)
    hold = ActionsConfig(
        "quarantine", notify_sender_on_warn=False, notify_sender_on_quarantine=True
    )
    assert decide("allow", reject).action == "forward"
    assert not decide("allow", reject).notify_sender
    assert (decide("warn", reject).action, decide("warn", reject).notify_sender) == (
        "forward",
        True,
    )
    assert (decide("block", reject).action, decide("block", reject).notify_sender) == (
        "reject",
        False,
    )
    assert decide("block", hold).action == "quarantine"
    assert decide("block", hold).record_action == "quarantined"
