"""Document → plain text, for pasting answer by answer into a web form (IMY's e-service).

Lines are not wrapped (a form field wraps them itself); every answer stands on
its own lines under its question, with a blank line after it.
"""

from __future__ import annotations

from varna.web.reports.documents.model import (
    Bullets,
    Document,
    Fields,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)
from varna.web.reports.formatting import iso_date


def render_text(doc: Document) -> bytes:
    lines: list[str] = []
    if doc.draft_note:
        lines.append(doc.draft_note)
    lines += [doc.title.upper(), f"{doc.organisation} – {doc.board}"]
    particulars = [f"Dnr {doc.diarienummer}"] if doc.diarienummer else []
    lines += [" · ".join([*particulars, iso_date(doc.dated)]), ""]
    for block in doc.blocks:
        lines.extend(_lines(block))
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _lines(block: object) -> list[str]:
    if isinstance(block, Heading):
        rule = "=" if block.level == 1 else "-"
        return ["", block.text, rule * len(block.text), ""]
    if isinstance(block, Paragraph):
        return [block.text, ""]
    if isinstance(block, Bullets):
        return [*(f"- {item}" for item in block.items), ""]
    if isinstance(block, Fields):
        out: list[str] = []
        for label, value in block.rows:
            out += [label, *(value.splitlines() or [""]), ""]
        return out
    if isinstance(block, Table):
        out = [" | ".join(c.title for c in block.columns)]
        out += [" | ".join(" ".join(p.text for p in cell) for cell in row) for row in block.rows]
        return [*out, ""]
    if isinstance(block, Figure):
        header, rows = block.chart.table()
        return [block.chart.title, " | ".join(header), *(" | ".join(r) for r in rows), ""]
    if isinstance(block, PageBreak):
        return []
    raise TypeError(f"unknown block {type(block).__name__}")
