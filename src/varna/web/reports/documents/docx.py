"""Document → DOCX (A4) with python-docx: the editable version of the same document.

The header (municipality, board, diarienummer, date) and the footer ("Sida X av Y",
as Word fields) are on every page; tables repeat their header row.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from varna.web.reports.documents.model import (
    Bullets,
    Cell,
    Column,
    Document,
    Fields,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from varna.web.reports.formatting import iso_date

FONT = "Arial"
HEAD_FILL = "E3E6EB"
MARGIN = Mm(18)
CELL_STYLE = "Tabelltext"
CELL_STYLE_ID = "Tabelltext"
SIZES = {"body": 10, "lead": 11.5, "small": 8.5, "note": 9, "closing": 10}


def render_docx(doc: Document) -> bytes:
    document = docx.Document()
    _page(document, doc)
    _styles(document)
    _header_footer(document, doc)
    document.add_paragraph(doc.title, style="Title")
    if doc.subtitle:
        _paragraph(document, Paragraph((Run(doc.subtitle),), "lead"))
    width = _text_width(document)
    for block in doc.blocks:
        _block(document, block, width)
    props = document.core_properties
    props.title = doc.title
    props.author = doc.organisation
    props.subject = f"{doc.board} {doc.diarienummer}".strip()
    props.language = "sv-SE"
    props.comments = "Skapad av Värna"
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page(document: Any, doc: Document) -> None:
    section = document.sections[0]
    short, long_ = Mm(210), Mm(297)
    if doc.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = long_, short
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = short, long_
    for side in ("left_margin", "right_margin", "bottom_margin"):
        setattr(section, side, MARGIN)
    section.top_margin = Mm(24)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(8)


def _text_width(document: Any) -> int:
    section = document.sections[0]
    return int(section.page_width - section.left_margin - section.right_margin)


def _styles(document: Any) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(SIZES["body"])
    normal.paragraph_format.space_after = Pt(4)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        fonts.set(qn("w:eastAsia"), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "sv-SE")
    rpr.append(lang)
    cell = document.styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.font.size = Pt(9)
    cell.paragraph_format.space_after = Pt(2)
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x1B, 0x1B, 0x1F)
        style.font.bold = True


def _tabbed(paragraph: Any, width: int, left: str, right: str, *, bold: bool = False) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(f"{left}\t{right}")
    run.bold = bold
    run.font.size = Pt(9)


def _header_footer(document: Any, doc: Document) -> None:
    section = document.sections[0]
    width = _text_width(document)
    header = section.header
    first = header.paragraphs[0]
    _tabbed(first, width, doc.organisation, f"Dnr {doc.diarienummer}" if doc.diarienummer else "")
    first.runs[0].bold = True
    _tabbed(header.add_paragraph(), width, doc.board, iso_date(doc.dated))
    if doc.draft_note:
        note = header.add_paragraph()
        run = note.add_run(doc.draft_note)
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0xA4, 0x16, 0x1A)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    # "<title>\tSida {PAGE} av {NUMPAGES}"
    _small_run(footer, f"{doc.title}\tSida ")
    _field(footer, "PAGE")
    _small_run(footer, " av ")
    _field(footer, "NUMPAGES")


def _small_run(paragraph: Any, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(8)


def _field(paragraph: Any, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when shown."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} \\* MERGEFORMAT ")
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    props.append(size)
    run.append(props)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _paragraph(container: Any, paragraph: Paragraph) -> Any:
    out = container.add_paragraph()
    if paragraph.style == "closing":
        out.paragraph_format.space_before = Pt(14)
    size = Pt(SIZES[paragraph.style])
    for spec in paragraph.runs:
        lines = spec.text.split("\n")
        for i, line in enumerate(lines):
            run = out.add_run(line)
            run.bold = spec.bold or None
            run.italic = (spec.italic or paragraph.style == "note") or None
            run.font.size = size
            if i < len(lines) - 1:
                run.add_break()
    return out


def _block(document: Any, block: object, width: int) -> None:
    if isinstance(block, Heading):
        document.add_heading(block.text, level=block.level)
    elif isinstance(block, Paragraph):
        _paragraph(document, block)
    elif isinstance(block, Bullets):
        for item in block.items:
            document.add_paragraph(item, style="List Bullet")
    elif isinstance(block, Fields):
        _fields(document, block, width)
    elif isinstance(block, Table):
        _table(document, block, width)
    elif isinstance(block, Figure):
        _figure(document, block, width)
    elif isinstance(block, PageBreak):
        document.add_page_break()
    else:
        raise TypeError(f"unknown block {type(block).__name__}")


def _shade(cell: Any) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), HEAD_FILL)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row: Any) -> None:
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(marker)


def _fill(cell: Any, paragraphs: Cell, *, bold: bool = False) -> None:
    """Write paragraphs into a table cell (which starts with one empty paragraph)."""
    first = True
    for paragraph in paragraphs or (Paragraph(()),):
        target = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        # The style's id, set directly: python-docx's lookup by name is slow in big tables.
        target._p.style = CELL_STYLE_ID
        for spec in paragraph.runs:
            run = target.add_run(spec.text)
            if bold or spec.bold:
                run.bold = True
            if spec.italic:
                run.italic = True


def _new_table(document: Any, columns: int, widths: list[int]) -> Any:
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
    return table


def _add_row(table: Any, widths: list[int]) -> Any:
    row = table.add_row()
    for cell, w in zip(row.cells, widths, strict=True):
        cell.width = w
    return row


def _fields(document: Any, block: Fields, width: int) -> None:
    widths = [int(width * 0.34), width - int(width * 0.34)]
    table = _new_table(document, 2, widths)
    for label, value in block.rows:
        row = _add_row(table, widths)
        label_cell, value_cell = row.cells
        _shade(label_cell)
        _fill(label_cell, (Paragraph((_run(label),)),), bold=True)
        lines = value.splitlines() or [""]
        _fill(value_cell, tuple(Paragraph((_run(line),)) for line in lines))
    document.add_paragraph()


def _run(text: str) -> Run:
    return Run(text)


def _table(document: Any, block: Table, width: int) -> None:
    if block.caption:
        _paragraph(document, Paragraph((_run(block.caption),), "small"))
    if not block.rows:
        _paragraph(document, Paragraph((_run(block.empty),), "note"))
        return
    total = sum(c.weight for c in block.columns)
    widths = [int(width * c.weight / total) for c in block.columns]
    table = _new_table(document, len(block.columns), widths)
    header = _add_row(table, widths)
    _repeat_header(header)
    for cell, column in zip(header.cells, block.columns, strict=True):
        _shade(cell)
        _fill(cell, (Paragraph((_run(column.title),)),), bold=True)
    for values in block.rows:
        row = _add_row(table, widths)
        for cell, paragraphs in zip(row.cells, values, strict=True):
            _fill(cell, paragraphs)
    document.add_paragraph()


def _figure(document: Any, block: Figure, width: int) -> None:
    """A chart in an editable document: its numbers, as a table under its title."""
    header, rows = block.chart.table()
    document.add_heading(block.chart.title, level=3)
    _paragraph(document, Paragraph((_run(block.chart.summary),), "small"))
    cells = [tuple((Paragraph((_run(v),)),) for v in row) for row in rows]
    _table(document, Table(tuple(Column(h) for h in header), cells), width)
