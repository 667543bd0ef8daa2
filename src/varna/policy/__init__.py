"""The guard's judgement: a parsed message + policy → Verdict (allow/warn/block)
with reasons and advice in Swedish. See ``docs/ARCHITECTURE.md``."""

from __future__ import annotations

from varna.policy.config import Policy, PolicyError, load_policy
from varna.policy.judge import Scanner, judge
from varna.policy.verdict import Verdict, VerdictFinding

__all__ = ["Policy", "PolicyError", "Scanner", "Verdict", "VerdictFinding", "judge", "load_policy"]
