"""Charts drawn on the server: one layout, two outputs — SVG for the page, a reportlab
drawing for the PDF. No JavaScript, no internet, nothing to load.

A :class:`Chart` says what to show; :func:`layout` turns it into a :class:`Scene`
of rectangles, lines and texts in points (origin top left); :func:`to_svg` and
:func:`to_drawing` only translate the scene. Every chart has a title, a summary
in words (the text alternative) and :meth:`Chart.table` for a data table.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from xml.sax.saxutils import escape, quoteattr

from varna.web.reports.fonts import BOLD, REGULAR, text_width

TONES: dict[str, str] = {
    "brand": "#0b4f8a",
    "second": "#b35c00",
    "danger": "#a4161a",
    "ok": "#1d6b2f",
    "light": "#c9ced6",
    "ink": "#1b1b1f",
    "muted": "#4a4a55",
    "grid": "#e3e6eb",
    "paper": "#ffffff",
}
# Text on a filled segment: white on the dark tones, ink on the light ones.
ON_TONE = {"light": "ink", "grid": "ink", "paper": "ink"}

MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]
    tone: str = "brand"


@dataclass(frozen=True)
class Marker:
    """A vertical line before category ``before`` (e.g. the 72-hour line)."""

    before: int
    label: str


@dataclass(frozen=True)
class Chart:
    """``columns``: vertical bars per category; ``bars``: horizontal bars for long labels;
    ``shares``: one 100 % bar per label, split into the series (e.g. Ja / Nej)."""

    kind: Literal["columns", "bars", "shares"]
    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    summary: str
    marker: Marker | None = None
    highlight_from: int | None = None  # columns from here on are drawn in the danger tone
    label_header: str = ""

    @property
    def empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)

    def table(self) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """The chart's numbers: a header and one row per label."""
        header = (self.label_header or "", *(s.name for s in self.series))
        rows = [
            (label, *(str(s.values[i]) for s in self.series)) for i, label in enumerate(self.labels)
        ]
        return header, rows


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    tone: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    tone: str = "grid"
    width: float = 0.75
    dashed: bool = False


@dataclass(frozen=True)
class Text:
    x: float  # the anchor point; y is the baseline
    y: float
    text: str
    size: float = 8.0
    anchor: Literal["start", "middle", "end"] = "start"
    bold: bool = False
    tone: str = "ink"


@dataclass
class Scene:
    width: float
    height: float
    shapes: list[Rect | Line | Text] = field(default_factory=list)


def nice_step(top: int, ticks: int = 4) -> int:
    """A step of 1, 2 or 5 × 10ⁿ giving at most ``ticks`` steps up to ``top``.

    >>> [nice_step(n) for n in (1, 4, 7, 12, 40, 230)]
    [1, 1, 2, 5, 10, 100]
    """
    if top <= ticks:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover - the loop always returns


def fit(text: str, width: float, size: float) -> str:
    """``text``, shortened with an ellipsis to fit ``width`` points."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def layout(chart: Chart, width: float = 480.0, k: float = 1.0) -> Scene:
    """The chart as shapes, ``width`` points wide; ``k`` enlarges the text (and the rows
    that hold it) — the page's SVG uses more than the PDF, which is read close up."""
    if chart.kind == "columns":
        return _columns(chart, width, k)
    if chart.kind == "bars":
        return _bars(chart, width, k)
    return _shares(chart, width, k)


def _legend(scene: Scene, items: Sequence[tuple[str, str]], y: float, k: float) -> None:
    x, size = 0.0, 8 * k
    for name, tone in items:
        scene.shapes.append(Rect(x, y - size + 1, size, size, tone))
        scene.shapes.append(Text(x + size + 3, y, name, size=size, tone="muted"))
        x += size + 3 + text_width(name, size) + 14 * k


def _empty(scene: Scene, y: float, k: float) -> None:
    scene.shapes.append(
        Text(scene.width / 2, y, "Inga incidenter under perioden.", 9 * k, "middle", tone="muted")
    )


def _columns(chart: Chart, width: float, k: float) -> Scene:
    legend = len(chart.series) > 1 or chart.highlight_from is not None
    top = (32.0 if chart.marker else 22.0 if legend else 8.0) * k
    plot_h, axis_w, bottom = 130.0 * k, 22.0 * k + 4, 22.0 * k
    scene = Scene(width, top + plot_h + bottom)
    if legend:
        items = [(s.name, s.tone) for s in chart.series]
        if chart.highlight_from is not None and chart.marker is not None:
            items.append((f"Efter {chart.marker.label}", "danger"))
        _legend(scene, items, 9 * k, k)
    highest = max((v for s in chart.series for v in s.values), default=0)
    step = nice_step(highest)
    ceiling = max(step, math.ceil(highest / step) * step)
    base = top + plot_h
    for tick in range(0, ceiling + 1, step):
        y = base - plot_h * tick / ceiling
        scene.shapes.append(Line(axis_w, y, width, y, "grid" if tick else "muted"))
        scene.shapes.append(Text(axis_w - 4, y + 3 * k, str(tick), 7 * k, "end", tone="muted"))
    if chart.empty:
        _empty(scene, top + plot_h / 2, k)
    slot = (width - axis_w) / max(1, len(chart.labels))
    group = slot * 0.72
    bar = group / max(1, len(chart.series))
    label_size = (7.5 if slot > 22 * k else 6.5) * k
    for i, label in enumerate(chart.labels):
        left = axis_w + i * slot + (slot - group) / 2
        for j, series in enumerate(chart.series):
            value = series.values[i]
            h = plot_h * value / ceiling
            tone = series.tone
            if chart.highlight_from is not None and i >= chart.highlight_from:
                tone = "danger"
            x = left + j * bar
            if value:
                scene.shapes.append(Rect(x + 0.5, base - h, bar - 1, h, tone))
                scene.shapes.append(
                    Text(x + bar / 2, base - h - 3 * k, str(value), 7 * k, "middle")
                )
        scene.shapes.append(
            Text(
                axis_w + i * slot + slot / 2,
                base + 12 * k,
                fit(label, slot - 2, label_size),
                label_size,
                "middle",
                tone="muted",
            )
        )
    if chart.marker is not None:
        x = axis_w + chart.marker.before * slot
        # The label sits above the plot, clear of the value labels on the bars.
        scene.shapes.append(Line(x, top - 14 * k, x, base, "danger", 1.2, dashed=True))
        scene.shapes.append(
            Text(x + 3, top - 10 * k, chart.marker.label, 7.5 * k, bold=True, tone="danger")
        )
    return scene


def _label_width(labels: Sequence[str], width: float, size: float) -> float:
    widest = max((text_width(label, size) for label in labels), default=0.0)
    return min(widest + size, width * 0.45)


def _bars(chart: Chart, width: float, k: float) -> Scene:
    row, size = 17.0 * k, 8 * k
    series = chart.series[0]
    scene = Scene(width, max(1, len(chart.labels)) * row + 6)
    label_w = _label_width(chart.labels, width, size)
    room = width - label_w - 4 - text_width(str(max(series.values, default=0)), size, bold=True)
    highest = max(series.values, default=0) or 1
    if chart.empty:
        _empty(scene, scene.height / 2 + 3, k)
        return scene
    for i, label in enumerate(chart.labels):
        y = 3 + i * row
        baseline = y + row / 2 + size * 0.35
        scene.shapes.append(Text(label_w - 6, baseline, fit(label, label_w - 8, size), size, "end"))
        value = series.values[i]
        length = (room - 4) * value / highest
        if value:
            scene.shapes.append(Rect(label_w, y + 2, length, row - 5, series.tone))
        scene.shapes.append(Text(label_w + length + 4, baseline, str(value), size, bold=True))
    scene.shapes.append(Line(label_w, 2, label_w, scene.height - 2, "muted"))
    return scene


def _shares(chart: Chart, width: float, k: float) -> Scene:
    row, size = 26.0 * k, 8 * k
    top = 18 * k
    scene = Scene(width, top + 2 + len(chart.labels) * row)
    _legend(scene, [(s.name, s.tone) for s in chart.series], 9 * k, k)
    label_w = _label_width(chart.labels, width, size)
    room = width - label_w - 4
    for i, label in enumerate(chart.labels):
        y = top + i * row
        baseline = y + (row - 6) / 2 + size * 0.35 + 2
        scene.shapes.append(Text(label_w - 6, baseline, fit(label, label_w - 8, size), size, "end"))
        total = sum(s.values[i] for s in chart.series)
        if not total:
            scene.shapes.append(Text(label_w, baseline, "Inga beslut ännu.", size, tone="muted"))
            continue
        x = label_w
        for series in chart.series:
            value = series.values[i]
            w = room * value / total
            if not value:
                continue
            scene.shapes.append(Rect(x, y + 2, w, row - 8, series.tone))
            percent = f"{value} ({round(100 * value / total)} %)"
            if text_width(percent, size * 0.95, bold=True) + 6 <= w:
                tone = ON_TONE.get(series.tone, "paper")
                scene.shapes.append(
                    Text(x + w / 2, baseline, percent, size * 0.95, "middle", True, tone)
                )
            x += w
    return scene


# --- SVG ------------------------------------------------------------------------------------


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


# A page shows a chart at the width of a column: drawn narrower and with larger text than
# in the PDF, and narrower still for phones, so that the text stays readable.
WIDE = (400.0, 1.35)
NARROW = (300.0, 1.45)


def to_svg(
    chart: Chart, ident: str, size: tuple[float, float] = WIDE, css_class: str = "chart__svg"
) -> str:
    """The chart as an accessible inline SVG (``role="img"`` with title and description)."""
    width, k = size
    scene = layout(chart, width, k)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_fmt(scene.width)} '
        f'{_fmt(scene.height)}" role="img" aria-labelledby="{ident}-t {ident}-d" '
        f'class="{css_class}" font-family="DejaVu Sans, Verdana, system-ui, sans-serif">',
        f'<title id="{ident}-t">{escape(chart.title)}</title>',
        f'<desc id="{ident}-d">{escape(chart.summary)}</desc>',
    ]
    for shape in scene.shapes:
        out.append(_svg_shape(shape))
    out.append("</svg>")
    return "".join(out)


def _svg_shape(shape: Rect | Line | Text) -> str:
    if isinstance(shape, Rect):
        return (
            f'<rect x="{_fmt(shape.x)}" y="{_fmt(shape.y)}" width="{_fmt(shape.w)}" '
            f'height="{_fmt(shape.h)}" fill="{TONES[shape.tone]}"/>'
        )
    if isinstance(shape, Line):
        dash = ' stroke-dasharray="4 3"' if shape.dashed else ""
        return (
            f'<line x1="{_fmt(shape.x1)}" y1="{_fmt(shape.y1)}" x2="{_fmt(shape.x2)}" '
            f'y2="{_fmt(shape.y2)}" stroke="{TONES[shape.tone]}" '
            f'stroke-width="{_fmt(shape.width)}"{dash}/>'
        )
    weight = ' font-weight="bold"' if shape.bold else ""
    return (
        f'<text x="{_fmt(shape.x)}" y="{_fmt(shape.y)}" font-size="{_fmt(shape.size)}" '
        f'text-anchor={quoteattr(shape.anchor)} fill="{TONES[shape.tone]}"{weight}>'
        f"{escape(shape.text)}</text>"
    )


# --- reportlab ------------------------------------------------------------------------------


def to_drawing(chart: Chart, width: float = 480.0) -> Any:
    """The chart as a reportlab ``Drawing`` (a flowable), in the embedded font."""
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.graphics.shapes import Line as RLine
    from reportlab.graphics.shapes import Rect as RRect
    from reportlab.lib.colors import HexColor

    scene = layout(chart, width)
    drawing = Drawing(scene.width, scene.height)
    height = scene.height
    for shape in scene.shapes:
        if isinstance(shape, Rect):
            color = HexColor(TONES[shape.tone])
            drawing.add(
                RRect(
                    shape.x,
                    height - shape.y - shape.h,
                    shape.w,
                    shape.h,
                    fillColor=color,
                    strokeColor=None,
                )
            )
        elif isinstance(shape, Line):
            drawing.add(
                RLine(
                    shape.x1,
                    height - shape.y1,
                    shape.x2,
                    height - shape.y2,
                    strokeColor=HexColor(TONES[shape.tone]),
                    strokeWidth=shape.width,
                    strokeDashArray=[4, 3] if shape.dashed else None,
                )
            )
        else:
            drawing.add(
                String(
                    shape.x,
                    height - shape.y,
                    shape.text,
                    fontName=BOLD if shape.bold else REGULAR,
                    fontSize=shape.size,
                    fillColor=HexColor(TONES[shape.tone]),
                    textAnchor=shape.anchor,
                )
            )
    return drawing
