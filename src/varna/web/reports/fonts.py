"""The embedded font: DejaVu Sans (see ``data/fonts/SOURCES.md`` for why and whence).

Registered with reportlab once per process under the family name ``Varna``, so
that ``<b>`` and ``<i>`` in paragraphs pick the right face.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FONT_DIR = Path(__file__).parent / "data" / "fonts"
REGULAR = "Varna"
BOLD = "Varna-Bold"
ITALIC = "Varna-Oblique"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


@cache
def register() -> None:
    """Make the ``Varna`` family known to reportlab (once per process; a second,
    concurrent first call registers the same fonts again, which is harmless)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """How wide ``text`` is in points, set in the embedded font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register()
    return float(stringWidth(text, BOLD if bold else REGULAR, size))
