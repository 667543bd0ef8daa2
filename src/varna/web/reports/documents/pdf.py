"""Document → PDF (A4, portrait or landscape) with reportlab and the embedded font.

Every page carries the filing header (municipality, board, diarienummer, date)
and the footer "Sida X av Y"; tables repeat their header row and may split a
tall row across pages, so no text is ever clipped.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle as RLTableStyle

from varna.web.reports import fonts
from varna.web.reports.charts import TONES, to_drawing
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

MARGIN = 18 * mm
HEADER = 26 * mm
FOOTER = 16 * mm
INK = colors.HexColor(TONES["ink"])
MUTED = colors.HexColor(TONES["muted"])
RULE = colors.HexColor("#9aa3ad")
HEAD_FILL = colors.HexColor(TONES["grid"])
# Tables fill each page: a row crossing the foot of a page is split there, if at least this
# much of the table goes on each side; otherwise the row moves to the next page whole.
MIN_ROW_PART = 60.0
# Rows taller than a page are first cut into page-high rows (reportlab cannot otherwise
# place them). Room kept free on each page besides the repeated header row: cell padding.
ROW_ROOM = 8.0
CELL_SIZE = 8.5
CELL_LEADING = 11.0
CELL_PADDING = 9.0  # left + right padding, and a hair for rounding


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=fonts.REGULAR,
        fontSize=9.5,
        leading=13,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=4,
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "lead": derive("lead", fontSize=11, leading=15, spaceAfter=8),
        "small": derive("small", fontSize=8, leading=10.5, spaceAfter=2),
        "note": derive("note", fontName=fonts.ITALIC, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": derive("cell", fontSize=CELL_SIZE, leading=CELL_LEADING, spaceAfter=3),
        "head": derive("head", fontName=fonts.BOLD, fontSize=CELL_SIZE, leading=11),
        "bullet": derive("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        "closing": derive("closing", spaceBefore=14),
        "title": derive(
            "title", fontName=fonts.BOLD, fontSize=17, leading=21, spaceAfter=6, keepWithNext=1
        ),
        "h1": derive(
            "h1",
            fontName=fonts.BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "h2": derive(
            "h2",
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": derive(
            "h3",
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
    }


class CellParagraph(RLParagraph):  # type: ignore[misc]
    """A paragraph that remembers its last line breaking.

    A table measures each cell several times at the same width (to size rows, to split
    at the foot of a page, to draw); breaking the lines once per width makes a long log
    several times faster. The breaking depends on the width only.
    """

    # (id of the paragraph, width, size): reportlab may copy a paragraph's attributes into
    # a new one when it splits; the id keeps a copy from trusting the original's lines.
    _wrapped: tuple[int, float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        cached = self._wrapped
        if cached and cached[0] == id(self) and cached[1] == availWidth and "blPara" in vars(self):
            return cached[2]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (id(self), availWidth, size)
        return size


def markup(paragraph: Paragraph) -> str:
    """reportlab's paragraph markup for plain text: escaped, emphasis as tags."""
    parts = []
    for run in paragraph.runs:
        text = escape(run.text).replace("\n", "<br/>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end, so each can say "Sida X av Y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(MUTED)
            self.drawRightString(
                width - MARGIN, FOOTER - 8 * mm, f"Sida {self._pageNumber} av {total}"
            )
            super().showPage()
        super().save()


def _height(flowables: list[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _, h = flowable.wrap(width, 1e6)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _rough_height(flowables: list[Flowable], width: float) -> float:
    """An overestimate of a cell's height: ~0.6 em per character, every line started."""
    per_line = max(1.0, width / (0.6 * CELL_SIZE))
    lines = sum(len(getattr(f, "text", "")) / per_line + 1 for f in flowables)
    return lines * CELL_LEADING + 4 * len(flowables)


def _chunks(flowables: list[Flowable], width: float, limit: float) -> list[list[Flowable]]:
    """A cell's paragraphs in pieces no taller than ``limit``, splitting paragraphs by lines."""
    chunks: list[list[Flowable]] = []
    current: list[Flowable] = []
    used = 0.0
    queue = list(flowables)
    while queue:
        flowable = queue.pop(0)
        _, h = flowable.wrap(width, limit)
        h += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if used + h <= limit:
            current.append(flowable)
            used += h
            continue
        parts = flowable.split(width, limit - used)
        if len(parts) == 2:
            current.append(parts[0])
            queue.insert(0, parts[1])
        elif current:
            queue.insert(0, flowable)  # try again at the top of the next piece
        else:
            current.append(flowable)  # cannot be split at all: keep it whole
        chunks.append(current)
        current, used = [], 0.0
    if current:
        chunks.append(current)
    return chunks


def _fit_rows(
    rows: list[list[list[Flowable]]], widths: list[float], limit: float
) -> list[list[list[Flowable]]]:
    """Rows taller than ``limit`` become several rows, each of which fits on a page."""
    fitted: list[list[list[Flowable]]] = []
    inner = [w - CELL_PADDING for w in widths]
    for row in rows:
        # Measuring means wrapping every paragraph: first a generous estimate from the
        # number of characters, so that ordinary rows are never measured here.
        if max(_rough_height(cell, w) for cell, w in zip(row, inner, strict=True)) <= limit / 2:
            fitted.append(row)
            continue
        if all(_height(cell, w) <= limit for cell, w in zip(row, inner, strict=True)):
            fitted.append(row)
            continue
        pieces = [_chunks(cell, w, limit) for cell, w in zip(row, inner, strict=True)]
        for k in range(max(len(p) for p in pieces)):
            fitted.append([p[k] if k < len(p) else [] for p in pieces])
    return fitted


def _decorate(doc: Document) -> Callable[[Canvas, Any], None]:
    header_right = f"Dnr {doc.diarienummer}" if doc.diarienummer else ""

    def on_page(canvas: Canvas, template: Any) -> None:
        width, height = template.pagesize
        top = height - 12 * mm
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(fonts.BOLD, 10)
        canvas.drawString(MARGIN, top, doc.organisation)
        canvas.setFont(fonts.REGULAR, 9)
        canvas.drawString(MARGIN, top - 12, doc.board)
        if header_right:
            canvas.setFont(fonts.BOLD, 10)
            canvas.drawRightString(width - MARGIN, top, header_right)
        canvas.setFont(fonts.REGULAR, 9)
        canvas.drawRightString(width - MARGIN, top - 12, iso_date(doc.dated))
        if doc.draft_note:
            canvas.setFillColor(colors.HexColor(TONES["danger"]))
            canvas.setFont(fonts.BOLD, 9)
            canvas.drawCentredString(width / 2, top, doc.draft_note)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 18, width - MARGIN, top - 18)
        canvas.line(MARGIN, FOOTER - 4 * mm, width - MARGIN, FOOTER - 4 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawString(MARGIN, FOOTER - 8 * mm, doc.title)
        canvas.restoreState()

    return on_page


def render_pdf(doc: Document) -> bytes:
    fonts.register()
    buffer = BytesIO()
    pagesize = landscape(A4) if doc.landscape else A4
    template = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=HEADER,
        bottomMargin=FOOTER,
        title=doc.title,
        author=doc.organisation,
        subject=f"{doc.board} {doc.diarienummer}".strip(),
        creator="Värna",
        lang="sv-SE",
    )
    frame = Frame(
        template.leftMargin,
        template.bottomMargin,
        template.width,
        template.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    template.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=_decorate(doc), pagesize=pagesize)]
    )
    template.build(_story(doc, template.width, template.height), canvasmaker=NumberedCanvas)
    return buffer.getvalue()


def _story(doc: Document, width: float, height: float) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = [RLParagraph(escape(doc.title), styles["title"])]
    if doc.subtitle:
        story.append(RLParagraph(escape(doc.subtitle), styles["lead"]))
    for block in doc.blocks:
        story.extend(_flowables(block, styles, width, height))
    return story


def _flowables(
    block: object, styles: dict[str, ParagraphStyle], width: float, height: float
) -> list[Flowable]:
    if isinstance(block, Heading):
        return [RLParagraph(escape(block.text), styles[f"h{block.level}"])]
    if isinstance(block, Paragraph):
        return [RLParagraph(markup(block), styles[block.style])]
    if isinstance(block, Bullets):
        return [RLParagraph(escape(item), styles["bullet"], bulletText="•") for item in block.items]
    if isinstance(block, Fields):
        return [_fields(block, styles, width, height), Spacer(1, 6)]
    if isinstance(block, Table):
        return _table(block, styles, width, height)
    if isinstance(block, Figure):
        return [
            KeepTogether(
                [
                    RLParagraph(escape(block.chart.title), styles["h3"]),
                    to_drawing(block.chart, width),
                    Spacer(1, 6),
                ]
            )
        ]
    if isinstance(block, PageBreak):
        return [RLPageBreak()]
    raise TypeError(f"unknown block {type(block).__name__}")


def _grid(header: bool) -> RLTableStyle:
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL))
    return RLTableStyle(commands)


def _fields(
    block: Fields, styles: dict[str, ParagraphStyle], width: float, height: float
) -> RLTable:
    widths = [width * 0.34, width * 0.66]
    rows: list[list[list[Flowable]]] = [
        [
            [RLParagraph(escape(label), styles["head"])],
            [CellParagraph(escape(line), styles["cell"]) for line in value.splitlines() or [""]],
        ]
        for label, value in block.rows
    ]
    table = RLTable(
        _fit_rows(rows, widths, height - ROW_ROOM),
        colWidths=widths,
        splitByRow=0,
        splitInRow=MIN_ROW_PART,
    )
    table.setStyle(_grid(header=False))
    table.setStyle(RLTableStyle([("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]))
    return table


@lru_cache(maxsize=20_000)
def _word_width(word: str, bold: bool) -> float:
    return fonts.text_width(word, CELL_SIZE, bold=bold)


def _widest_word(texts: list[tuple[str, bool]]) -> float:
    return max((_word_width(w, bold) for text, bold in texts for w in text.split()), default=0.0)


def column_widths(block: Table, width: float) -> list[float]:
    """Widths by the columns' weights, but never narrower than a column's longest word
    (so "Integritetsskyddsmyndigheten" or a date is not broken), when the page allows."""
    total = sum(c.weight for c in block.columns)
    widths = [width * c.weight / total for c in block.columns]
    floors = []
    for i, column in enumerate(block.columns):
        texts = [(column.title, True)]
        texts += [(run.text, run.bold) for row in block.rows for p in row[i] for run in p.runs]
        floors.append(min(_widest_word(texts) + CELL_PADDING, width * 0.4))
    if sum(floors) > width:
        return widths
    short = [i for i, w in enumerate(widths) if w < floors[i]]
    need = sum(floors[i] - widths[i] for i in short)
    donors = [i for i, w in enumerate(widths) if w > floors[i]]
    slack = sum(widths[i] - floors[i] for i in donors)
    for i in short:
        widths[i] = floors[i]
    for i in donors:
        widths[i] -= need * (widths[i] - floors[i]) / slack
    return widths


def _table(
    block: Table, styles: dict[str, ParagraphStyle], width: float, height: float
) -> list[Flowable]:
    widths = column_widths(block, width)
    header: list[list[Flowable]] = [
        [RLParagraph(escape(c.title), styles["head"])] for c in block.columns
    ]
    body: list[list[list[Flowable]]] = [
        [[CellParagraph(markup(p), styles["cell"]) for p in cell] for cell in row]
        for row in block.rows
    ]
    if not body:
        return [RLParagraph(escape(block.empty), styles["note"])]
    header_height = max(
        _height(cell, w - CELL_PADDING) for cell, w in zip(header, widths, strict=True)
    )
    rows = _fit_rows(body, widths, height - header_height - ROW_ROOM)
    table = RLTable(
        [header, *rows],
        colWidths=widths,
        repeatRows=1,
        splitByRow=0,
        splitInRow=MIN_ROW_PART,
    )
    table.setStyle(_grid(header=True))
    flowables: list[Flowable] = []
    if block.caption:
        flowables.append(RLParagraph(escape(block.caption), styles["small"]))
    flowables.append(table)
    flowables.append(Spacer(1, 6))
    return flowables
