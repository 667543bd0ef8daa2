"""Spreadsheets: XLSX (openpyxl, write-only so memory stays flat) and CSV, both guarded
against formula injection.

A cell that a spreadsheet would read as a formula — text starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return — gets a leading apostrophe
(OWASP's advice). The apostrophe is kept in XLSX too: statistics files travel
on as CSV, and there a stripped guard would be lost. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeAlias

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from varna.web.reports.documents.model import Document, Table
from varna.web.reports.formatting import iso_date

PAPER_A4 = "9"  # the paper-size code of A4 in SpreadsheetML
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
Value: TypeAlias = str | int | float | date | None


def neutralise(value: Value) -> Value:
    """A cell value no spreadsheet will run as a formula.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-5"), neutralise(-5)
    ('\\'=HYPERLINK("http://x")', "'-5", -5)
    >>> neutralise("Nämnd"), neutralise(None)
    ('Nämnd', None)
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


@dataclass(frozen=True)
class Sheet:
    """A flat table for machines: a header and rows of plain values."""

    title: str
    header: tuple[str, ...]
    rows: Iterable[Sequence[Value]]
    widths: tuple[float, ...] = ()


HEAD_FONT = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="E3E6EB")
TITLE_FONT = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")


def _cell(ws: WriteOnlyWorksheet, value: Value, **style: Any) -> Any:
    safe: Any = neutralise(value)
    cell = WriteOnlyCell(ws, value=safe)
    for name, spec in style.items():
        setattr(cell, name, spec)
    if isinstance(value, date):
        cell.number_format = "yyyy-mm-dd" if not isinstance(value, datetime) else "yyyy-mm-dd hh:mm"
    return cell


def _print_setup(sheet: WriteOnlyWorksheet, *, landscape: bool, header_row: int) -> None:
    ws: Any = sheet  # the write-only sheet has these attributes; its stubs do not say so
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.freeze_panes = f"A{header_row + 1}"
    ws.oddFooter.right.text = "Sida &P av &N"


def render_sheet_xlsx(sheet: Sheet) -> bytes:
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(sheet.title[:31])
    for i, width in enumerate(sheet.widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    _print_setup(ws, landscape=True, header_row=1)
    ws.append([_cell(ws, h, font=HEAD_FONT, fill=HEAD_FILL) for h in sheet.header])
    for row in sheet.rows:
        ws.append([neutralise(v) for v in row])
    return _save(workbook)


def render_sheet_csv(sheet: Sheet) -> bytes:
    """CSV as Swedish Excel opens it: UTF-8 with BOM, semicolons, dates as ``YYYY-MM-DD``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(sheet.header)
    for row in sheet.rows:
        writer.writerow([_csv_value(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def _csv_value(value: Value) -> Value:
    if isinstance(value, date):
        return iso_date(value)
    return neutralise(value)


def render_document_xlsx(doc: Document) -> bytes:
    """A document's table as a sheet, under the document's particulars."""
    table: Table = doc.tables[0]
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet((doc.sheet_title or doc.title)[:31])
    for i, column in enumerate(table.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = column.xlsx_width
    particulars = [
        [_cell(ws, doc.title, font=TITLE_FONT)],
        [_cell(ws, doc.organisation), _cell(ws, doc.board)],
    ]
    if doc.subtitle:
        particulars.append([_cell(ws, doc.subtitle)])
    if doc.diarienummer:
        particulars.append([_cell(ws, f"Dnr {doc.diarienummer}")])
    particulars.append([_cell(ws, f"Utskriven {iso_date(doc.dated)}")])
    header_row = len(particulars) + 2
    _print_setup(ws, landscape=doc.landscape, header_row=header_row)
    page: Any = ws
    page.oddHeader.left.text = f"{doc.organisation} – {doc.board}"
    if doc.diarienummer:
        page.oddHeader.right.text = f"Dnr {doc.diarienummer}"
    page.oddFooter.left.text = doc.title
    for row in particulars:
        ws.append(row)
    ws.append([])
    ws.append(
        [_cell(ws, c.title, font=HEAD_FONT, fill=HEAD_FILL, alignment=WRAP) for c in table.columns]
    )
    for values in table.rows:
        ws.append([_cell(ws, "\n".join(p.text for p in cell), alignment=WRAP) for cell in values])
    return _save(workbook)


def _save(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
