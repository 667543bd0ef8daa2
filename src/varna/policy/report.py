"""The human report of ``varna check``: short, Swedish, coloured on a terminal."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TextIO

from varna.policy.texts import VERDICT_LABELS, VERDICT_SUMMARY
from varna.policy.verdict import Verdict

_RESET = "\033[0m"


@dataclass(frozen=True)
class Palette:
    enabled: bool

    @classmethod
    def for_stream(cls, stream: TextIO) -> Palette:
        """Colour when writing to a terminal, unless NO_COLOR is set; FORCE_COLOR forces it."""
        if os.environ.get("NO_COLOR"):
            return cls(False)
        if os.environ.get("FORCE_COLOR"):
            return cls(True)
        is_tty = getattr(stream, "isatty", lambda: False)()
        return cls(bool(is_tty) and os.environ.get("TERM") != "dumb")

    def paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}{_RESET}" if self.enabled else text


_VERDICT_COLOUR = {"allow": "1;32", "warn": "1;33", "block": "1;31"}
_MARK = {"block": ("✖", "31"), "warn": ("!", "33")}


def render(name: str, verdict: Verdict, palette: Palette, *, reveal: bool = False) -> str:
    label = palette.paint(VERDICT_LABELS[verdict.verdict], _VERDICT_COLOUR[verdict.verdict])
    lines = [f"{name}: {label} – {VERDICT_SUMMARY[verdict.verdict]}"]
    if verdict.encrypted:
        lines.append("  Meddelandet är krypterat; bara mottagare och ämnesrad har granskats.")
    for finding in verdict.findings:
        mark, colour = _MARK[finding.action]
        lines.append(f"  {palette.paint(mark, colour)} {finding.message}")
        shown = finding.values if reveal else finding.masked
        if shown and finding.kind not in ("unreadable_attachment", "encryption_failed"):
            lines.append(f"      {', '.join(shown)}")
    if verdict.advice:
        lines.append("  Gör så här:")
        lines.extend(f"   • {advice}" for advice in verdict.advice)
    if verdict.unscanned:
        lines.append(f"  Inte granskat (bilder och liknande): {', '.join(verdict.unscanned)}")
    return "\n".join(lines)
