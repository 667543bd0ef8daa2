"""The verdict and its JSON form — the ``varna check --json`` contract:

``{"file": "...", "verdict": "allow|warn|block", "findings": [{"kind": "...",
"where": "body|subject|attachment:<name>|recipients", "count": N, "masked": ["…"],
"message": "…"}], "advice": ["…"]}``; with ``reveal`` each finding also carries
``"values"`` (normalised values, personnummer as 12 digits).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

VerdictName = Literal["allow", "warn", "block"]
SEVERITY: dict[str, int] = {"allow": 0, "warn": 1, "block": 2}


@dataclass(frozen=True)
class VerdictFinding:
    kind: str
    where: str
    action: Literal["warn", "block"]
    count: int
    masked: tuple[str, ...]
    message: str
    values: tuple[str, ...] = ()
    lines: tuple[int, ...] = ()

    def to_dict(self, *, reveal: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "where": self.where,
            "count": self.count,
            "masked": list(self.masked),
            "message": self.message,
        }
        if reveal:
            data["values"] = list(self.values)
        return data


@dataclass(frozen=True)
class Verdict:
    verdict: VerdictName
    findings: tuple[VerdictFinding, ...] = ()
    advice: tuple[str, ...] = ()
    encrypted: bool = False
    unscanned: tuple[str, ...] = field(default=())

    @property
    def blocked(self) -> bool:
        return self.verdict == "block"

    def to_dict(self, *, file: str | None = None, reveal: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if file is not None:
            data["file"] = file
        data["verdict"] = self.verdict
        data["findings"] = [f.to_dict(reveal=reveal) for f in self.findings]
        data["advice"] = list(self.advice)
        return data

    def to_json(self, *, file: str | None = None, reveal: bool = False) -> str:
        """One line of JSON (the ``--json`` contract)."""
        return json.dumps(self.to_dict(file=file, reveal=reveal), ensure_ascii=False)
