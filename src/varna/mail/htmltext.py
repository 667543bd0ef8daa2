"""HTML → the text a reader sees.

Scripts, styles, the head and comments are dropped; block elements become line
breaks and table cells tabs, so that line numbers and table rows survive. Text
hidden with CSS is kept on purpose: it is still sent to the recipient.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "xml", "svg"})
_BLOCK = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "address",
        "dd",
        "dt",
        "dl",
        "hr",
        "form",
        "fieldset",
        "center",
        "caption",
        "tbody",
        "thead",
        "tfoot",
        "body",
        "html",
    }
)
_CELL = frozenset({"td", "th"})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "wbr", "col", "area", "base"})
_SPACES = re.compile(r"[ \u00a0\u200b\u2007\u202f]+")
_SOURCE_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_TABS = re.compile(r" *\t[ \t]*")
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skip_depth = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if tag == "pre":
            self.pre_depth += 1
        if tag == "br":
            self.chunks.append("\n")
        elif tag in _BLOCK:
            self._newline()
        elif tag in _CELL:
            self.chunks.append("\t")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt and not self.skip_depth:
                self.chunks.append(f" {alt} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self._newline()

    def _newline(self) -> None:
        if self.chunks and not self.chunks[-1].endswith("\n"):
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            # Outside <pre>, line breaks in the source are just spaces to a reader.
            self.chunks.append(data if self.pre_depth else _SOURCE_WHITESPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document.

    >>> html_to_text("<html><head><style>p{}</style></head><body><p>Hej&nbsp;Åsa</p>"
    ...              "<p>Rad två<br>rad tre</p><script>x()</script></body></html>")
    'Hej Åsa\\nRad två\\nrad tre'
    """
    collector = _TextCollector()
    try:
        collector.feed(markup)
        collector.close()
    except (AssertionError, ValueError):  # pragma: no cover - HTMLParser is lenient
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    text = "".join(collector.chunks)
    lines = (_TABS.sub("\t", _SPACES.sub(" ", line)).strip(" \t") for line in text.split("\n"))
    joined = "\n".join(lines)
    return _BLANK_LINES.sub("\n\n", joined).strip()
