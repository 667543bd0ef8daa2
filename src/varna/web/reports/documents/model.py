"""A document as a list of neutral blocks, which the renderers turn into PDF, DOCX, XLSX or text.

Exporters build a :class:`Document`; they never touch reportlab, python-docx or
openpyxl. Every block holds plain text (never markup): each renderer escapes
for its own format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, TypeAlias

from varna.web.reports.charts import Chart

ParagraphStyleName: TypeAlias = Literal["body", "small", "note", "lead", "closing"]


@dataclass(frozen=True)
class Run:
    """A piece of text with one emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: ParagraphStyleName = "body"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def para(text: str, *, bold: bool = False, style: ParagraphStyleName = "body") -> Paragraph:
    return Paragraph((Run(text, bold=bold),), style)


def paras(text: str) -> tuple[Paragraph, ...]:
    """Free text as paragraphs: one per non-empty line."""
    return tuple(para(line.strip()) for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class Heading:
    text: str
    level: Literal[1, 2, 3] = 2


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Fields:
    """Label–value pairs: a form's questions and answers, a document's particulars.

    A value may hold several lines; each renderer keeps them apart.
    """

    rows: tuple[tuple[str, str], ...]


Cell: TypeAlias = tuple[Paragraph, ...]


@dataclass(frozen=True)
class Column:
    title: str
    weight: float = 1.0  # share of the page width
    xlsx_width: float = 30.0  # characters


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: Sequence[tuple[Cell, ...]]
    caption: str = ""
    empty: str = "Inga ärenden under perioden."


@dataclass(frozen=True)
class Figure:
    """A chart; text-only formats render its numbers as a table."""

    chart: Chart


@dataclass(frozen=True)
class PageBreak:
    pass


Block: TypeAlias = Heading | Paragraph | Bullets | Fields | Table | Figure | PageBreak


@dataclass
class Document:
    """What every filed document carries: who, which board, which diarienummer, when."""

    title: str
    organisation: str
    board: str
    diarienummer: str
    dated: date
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False
    subtitle: str = ""
    draft_note: str = ""  # shown on every page when set, e.g. "Utkast"
    sheet_title: str = ""  # a spreadsheet tab's name (at most 31 characters)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
