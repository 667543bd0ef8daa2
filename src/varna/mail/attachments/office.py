"""DOCX, XLSX, PPTX and ODT/ODS → text.

The XML is scanned with targeted regular expressions rather than a full parser:
it is several times faster on large workbooks, and it never expands DTD entities,
so XML bombs have nothing to work with. Paragraphs and table rows become lines and
table cells are separated by tabs, so a row of a spreadsheet stays one line.
"""

from __future__ import annotations

import functools
import html
import re
import zipfile
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from varna.mail.attachments.archive import read_member, read_named
from varna.mail.limits import Budget

_NS = r"(?:[A-Za-z_][\w.\-]*:)?"
_OOXML_TEXT = re.compile(
    rf"<{_NS}(?:t|delText)(?:\s[^>]*)?>([^<]*)</{_NS}(?:t|delText)>"
    rf"|</{_NS}p>|<{_NS}(?:tab|br|cr)\b[^>]*/>|<{_NS}tc\b[^>]*>|</{_NS}tc>|</{_NS}tr>"
)
_WORD_PARTS = re.compile(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml")
_SLIDE_PARTS = re.compile(r"ppt/(slides/slide|notesSlides/notesSlide)(\d+)\.xml")
_SHEET_PARTS = re.compile(r"xl/worksheets/sheet(\d+)\.xml")
_BLANKS = re.compile(r"[ \t]*\n(?:[ \t]*\n)+")
_CELL_SPACE = re.compile(r" *\t *")


def _xml(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _ooxml_text(xml: str) -> str:
    out: list[str] = []
    in_cell = False
    for match in _OOXML_TEXT.finditer(xml):
        text = match.group(1)
        if text is not None:
            out.append(text)
            continue
        tag = match.group(0)
        if tag.endswith("tc>") and tag.startswith("</"):
            in_cell = False
            out.append("\t")
        elif tag.endswith("tr>"):
            out.append("\n")
        elif tag.endswith("p>"):
            # Paragraphs inside a table cell stay on the row's line.
            out.append(" " if in_cell else "\n")
        elif "tab" in tag:
            out.append("\t")
        elif tag.endswith(">") and not tag.endswith("/>") and "tc" in tag:
            in_cell = True
        else:
            out.append("\n")
    return _CELL_SPACE.sub("\t", html.unescape("".join(out)))


def _natural(name: str, pattern: re.Pattern[str]) -> tuple[int, str]:
    match = pattern.fullmatch(name)
    digits = match.group(match.lastindex or 0) if match else ""
    return (int(digits) if digits.isdigit() else 0, name)


def docx_text(archive: zipfile.ZipFile, budget: Budget) -> str:
    names = [n for n in archive.namelist() if _WORD_PARTS.fullmatch(n)]
    # The document first, then headers, footers, notes and comments.
    names.sort(key=lambda n: (not n.endswith("document.xml"), n))
    return _tidy(
        "\n".join(
            _ooxml_text(_xml(read_member(archive, archive.getinfo(n), budget))) for n in names
        )
    )


def pptx_text(archive: zipfile.ZipFile, budget: Budget) -> str:
    names = sorted(
        (n for n in archive.namelist() if _SLIDE_PARTS.fullmatch(n)),
        key=lambda n: _natural(n, _SLIDE_PARTS),
    )
    return _tidy(
        "\n".join(
            _ooxml_text(_xml(read_member(archive, archive.getinfo(n), budget))) for n in names
        )
    )


_SHARED_ITEM = re.compile(r"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>|<(?:\w+:)?si\s*/>", re.S)
_PHONETIC = re.compile(r"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
_T = re.compile(r"<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)</(?:\w+:)?t>")
# One pass over a worksheet: a cell with an optional formula and then its value or
# inline string, or the end of a row. Nothing else may stand between a cell's tags,
# so a match never runs into the next cell.
_CELL_OR_ROW_END = re.compile(
    r"<(?:\w+:)?c\b([^>]*)>\s*(?:<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*)?"
    r"(?:<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>|<(?:\w+:)?is>(.*?)</(?:\w+:)?is>)?\s*</(?:\w+:)?c>"
    r"|</(?:\w+:)?row>",
    re.S,
)
_SHEET_NAME = re.compile(r"""<(?:\w+:)?sheet\b[^>]*?\bname\s*=\s*["']([^"']*)["']""")


def _shared_strings(archive: zipfile.ZipFile, budget: Budget) -> list[str]:
    data = read_named(archive, "xl/sharedStrings.xml", budget)
    if data is None:
        return []
    strings: list[str] = []
    for match in _SHARED_ITEM.finditer(_xml(data)):
        inner = match.group(1) or ""
        if "rPh" in inner:
            inner = _PHONETIC.sub("", inner)
        text = "".join(_T.findall(inner))
        strings.append(html.unescape(text) if "&" in text else text)
    return strings


def _number(text: str) -> str:
    # Personnummer typed into a cell become numbers, sometimes in E notation.
    if "E" in text or "e" in text:
        try:
            value = Decimal(text)
        except InvalidOperation:
            return text
        if value == value.to_integral_value() and abs(value) < Decimal(10) ** 20:
            return str(int(value))
    if text.endswith(".0"):
        return text[:-2]
    return text


def _cell_type(attributes: str) -> str:
    index = attributes.find(" t=")
    if index < 0:
        return "n"
    quote = attributes[index + 3 : index + 4]
    end = attributes.find(quote, index + 4)
    return attributes[index + 4 : end] if end > 0 else "n"


_ROW_MARK = "<c \x00>\x00</c>"
# Fast path for the usual unprefixed worksheet XML: a literal "<c " start lets the
# regex engine skip ahead, which is several times faster than an alternation.
_PLAIN_CELL = re.compile(r"<c ([^>]*[^/>])>(.*?)</c>", re.S)
_INLINE_VALUE = re.compile(r"<v>([^<]*)</v>")


def _cell_value(attributes: str, inner: str, shared: list[str]) -> str:
    start = inner.find("<v>")
    if start >= 0:
        value = inner[start + 3 : inner.find("</v>", start)]
        kind = _cell_type(" " + attributes)
        if kind == "s":
            try:
                return shared[int(value)]
            except (ValueError, IndexError):
                return ""
        if kind == "n":
            return _number(value)
        return html.unescape(value) if "&" in value else value
    if "<t" in inner:
        text = "".join(_T.findall(inner))
        return html.unescape(text) if "&" in text else text
    return ""


# Worksheet XML up to this many characters (some 10,000 cells) is read whole; in a
# bigger one, cells holding only a short number or a date are left out.
SMALL_SHEET = 1_000_000
_INERT_STRING = re.compile(
    r"-?\d{1,5}(?:[.,]\d+)?|\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?"
)


def _without_inert(shared: list[str]) -> list[str]:
    """Shared strings that are only a short number or a date carry no personal data."""
    return ["" if len(s) <= 19 and _INERT_STRING.fullmatch(s) else s for s in shared]


def _sheet_lines(
    xml: str, shared: list[str], without_inert: Callable[[], list[str]], budget: Budget
) -> list[str]:
    """Rows of one worksheet; ``without_inert`` gives ``shared`` with the inert strings
    blanked (computed once per workbook, for its big sheets only)."""
    if "<c " not in xml and "<row" not in xml:
        return _sheet_lines_general(xml, shared, budget)
    budget.check_time()
    lines: list[str] = []
    cells: list[str] = []
    # Only a big sheet leaves out its short numbers: in a small one they may be a
    # named person's sick days or grade, which a column header makes sensitive.
    short_numbers = len(xml) <= SMALL_SHEET
    if not short_numbers:
        shared = without_inert()
    shared_count = len(shared)
    # The loop is the hot path for large workbooks: keep it flat.
    for attributes, inner in _PLAIN_CELL.findall(xml.replace("</row>", _ROW_MARK)):
        if attributes == "\x00":
            if cells:
                line = "\t".join(cells).rstrip("\t")
                if line:
                    lines.append(line)
                cells = []
            continue
        start = inner.find("<v>")
        if start < 0:
            cells.append(_cell_value(attributes, inner, shared))
            continue
        value = inner[start + 3 : inner.find("</v>", start)]
        if 't="s"' in attributes:
            index = int(value) if value.isdigit() else -1
            text = shared[index] if 0 <= index < shared_count else ""
        elif "t=" not in attributes:
            # Amounts, counts and date serials (at most five digits before any decimals)
            # can carry no personal data; leaving them out halves the scanning of big
            # numeric sheets. Identifiers, phone and account numbers are longer.
            if not short_numbers and (
                len(value) <= 5 or ("." in value and value.index(".") <= 5 and "E" not in value)
            ):
                cells.append("")
                continue
            text = _number(value) if ("E" in value or value.endswith(".0")) else value
        else:
            text = _cell_value(attributes, inner, shared)
        if "\n" in text or "\t" in text:
            text = text.replace("\n", " ").replace("\t", " ")
        cells.append(text)
    line = "\t".join(cells).rstrip("\t")
    if line:
        lines.append(line)
    budget.check_time()
    return lines


def _sheet_lines_general(xml: str, shared: list[str], budget: Budget) -> list[str]:
    lines: list[str] = []
    cells: list[str] = []
    for count, match in enumerate(_CELL_OR_ROW_END.finditer(xml)):
        attributes, value, inline = match.groups()
        if attributes is None:  # end of a row
            line = "\t".join(cells).rstrip("\t")
            if line:
                lines.append(line)
            cells = []
            if count % 20000 == 0:
                budget.check_time()
            continue
        if value is not None:
            kind = _cell_type(attributes)
            if kind == "s":
                try:
                    text = shared[int(value)]
                except (ValueError, IndexError):
                    text = ""
            elif kind == "n":
                text = _number(value)
            else:
                text = html.unescape(value) if "&" in value else value
        elif inline is not None:
            text = "".join(_T.findall(inline))
            text = html.unescape(text) if "&" in text else text
        else:
            text = ""
        cells.append(text.replace("\n", " ").replace("\t", " ") if text else "")
    line = "\t".join(cells).rstrip("\t")
    if line:
        lines.append(line)
    return lines


def xlsx_text(archive: zipfile.ZipFile, budget: Budget) -> str:
    shared = _shared_strings(archive, budget)
    without_inert = functools.cache(lambda: _without_inert(shared))
    workbook = read_named(archive, "xl/workbook.xml", budget)
    sheet_names = _SHEET_NAME.findall(_xml(workbook)) if workbook else []
    names = sorted(
        (n for n in archive.namelist() if _SHEET_PARTS.fullmatch(n)),
        key=lambda n: _natural(n, _SHEET_PARTS),
    )
    lines: list[str] = []
    for index, name in enumerate(names):
        xml = _xml(read_member(archive, archive.getinfo(name), budget))
        title = sheet_names[index] if index < len(sheet_names) else f"Blad {index + 1}"
        lines.append(f"[{html.unescape(title)}]")
        lines.extend(_sheet_lines(xml, shared, without_inert, budget))
    return "\n".join(lines)


_ODF_TOKEN = re.compile(
    r"<text:s(?:\s+text:c\s*=\s*[\"'](\d+)[\"'])?\s*/>"
    r"|<text:tab\s*/>|<text:line-break\s*/>"
    r"|</text:(?:p|h)>|</table:table-cell>|</table:table-row>|<table:covered-table-cell\b[^>]*/>"
    r"|<table:table-cell\b[^>]*/>"
    r"|<[^>]*>|([^<]+)"
)


def odf_text(archive: zipfile.ZipFile, budget: Budget) -> str:
    data = read_named(archive, "content.xml", budget)
    if data is None:
        return ""
    xml = _xml(data)
    body_at = xml.find("<office:body")
    xml = xml[body_at:] if body_at >= 0 else xml
    out: list[str] = []
    in_cell = 0
    for count, match in enumerate(_ODF_TOKEN.finditer(xml)):
        if count % 20000 == 0:
            budget.check_time()
        text = match.group(2)
        if text is not None:
            out.append(text)
            continue
        tag = match.group(0)
        if tag.startswith("<text:s"):
            out.append(" " * min(int(match.group(1) or 1), 100))
        elif tag.startswith("<text:tab"):
            out.append("\t")
        elif tag.startswith("<text:line-break"):
            out.append("\n")
        elif tag.startswith("</text:"):
            out.append(" " if in_cell else "\n")
        elif tag == "</table:table-cell>":
            in_cell = 0
            out.append("\t")
        elif tag == "</table:table-row>":
            out.append("\n")
        elif tag.startswith("<table:table-cell") and not tag.endswith("/>"):
            in_cell = 1
    text = _CELL_SPACE.sub("\t", html.unescape("".join(out)))
    lines = (line.strip(" \t") for line in text.split("\n"))
    return _tidy("\n".join(lines))


def odf_is_encrypted(archive: zipfile.ZipFile, budget: Budget) -> bool:
    manifest = read_named(archive, "META-INF/manifest.xml", budget)
    return manifest is not None and b"encryption-data" in manifest


def _tidy(text: str) -> str:
    return _BLANKS.sub("\n\n", text).strip()
