"""Sensitive data given by a table's column header rather than by its words.

In a spreadsheet or a table the header says what a cell means: under "Förbund" the
cell "Kommunal" is a person's union membership, under "Diagnos" any word is a
diagnosis, under "Insats" any word is a social-services decision. The words in the
cells need not be sensitive on their own (a union's name, a drug's name, an
abbreviation), so the detector cannot see it; the header can.

Attachments and HTML tables reach the policy as text with one row per line and a
tab between cells (empty cells kept, so columns line up); CSV files keep their
``;`` or ``,``. Each non-empty cell under such a header becomes a finding of the
header's kind. Whether it is about an identifiable person is decided as for any
finding: a table row is its own sentence, so the name or personnummer in the same
row points the person out and a table without them (statistics) stays allowed.
"""

from __future__ import annotations

import re

from varna.detect import Finding, mask
from varna.policy.identify import TITLE_CELL

# Column headers (whole cell, any letter case) and the kind of data under them.
# Party is left out on purpose: a list of elected members with their parties is
# public. Generic headers ("Typ", "Kommentar") say nothing and are not here.
COLUMN_KINDS: tuple[tuple[str, str], ...] = (
    (
        r"(?:fack)?förbund(?:et)?|fackförening(?:en)?|facklig\s+tillhörighet|"
        r"fackligt\s+medlemskap|facklig\s+organisation|fackmedlemskap|medlem\s+i\s+förbund",
        "union",
    ),
    (
        r"diagnos(?:er)?|huvuddiagnos|bidiagnos(?:er)?|funktionsnedsättning(?:ar)?|"
        r"funktionsvariation(?:er)?|sjukdom(?:ar)?|hälsotillstånd|medicinering|läkemedel|"
        r"sjukskrivningsorsak|orsak\s+till\s+sjukskrivning|sjukskrivningsgrad|allergi(?:er)?|"
        r"specialkost\s*\(\s*medicinsk\s*\)|"
        # Sick leave per person: sick days, periods, and the sick-pay deduction that
        # only a sick employee gets. A row without a name or personnummer (a unit's
        # total, a budget line) stays statistics.
        r"(?:antal\s+)?sjukdagar|sjukfrånvaro(?:dagar|timmar)?(?:\s*\(\s*(?:dagar|timmar|%)\s*\))?|"
        r"sjukskrivning(?:ar|en)?|sjukskriven|sjukskrivningsperiod(?:er)?|"
        r"sjukskrivningsdagar|sjukperiod(?:er)?|sjuktimmar|sjuklön(?:edagar)?|"
        r"karens(?:avdrag|dag|dagar)?",
        "health",
    ),
    (r"religion|trosuppfattning|trostillhörighet|religiös\s+tillhörighet|samfund", "religion"),
    (r"etnicitet|etniskt\s+ursprung|etnisk\s+tillhörighet", "ethnicity"),
    (r"sexuell\s+läggning", "sexual"),
    (
        r"insats(?:er)?|beviljad(?:e)?\s+insats(?:er)?|biståndsbeslut|beslut\s+enligt\s+"
        r"(?:sol|lss|lvu|lvm)|lagrum|placeringsform|bistånd(?:styp)?|"
        r"försörjningsstöd|orosanmälan|anmälningsorsak",
        "social_welfare",
    ),
    (
        r"brott(?:styp)?|brottsrubricering|brottsmisstanke|misstänkt\s+brott|påföljd|dom|"
        r"belastningsregister",
        "criminal",
    ),
    (r"skyddad\s+identitet|sekretessmarkering|skyddade\s+personuppgifter", "protected_identity"),
)
_HEADER = re.compile(
    "|".join(f"(?P<k{i}>{pattern})" for i, (pattern, _) in enumerate(COLUMN_KINDS)),
    re.IGNORECASE,
)
_KIND_OF_GROUP = {f"k{i}": kind for i, (_, kind) in enumerate(COLUMN_KINDS)}
# A quick test on the whole text, lower-cased: most texts have no such header at
# all. The look-ahead skips empty and numeric cells before the alternation is
# tried (big numeric workbooks are mostly those): ~9 ms instead of ~80 ms on 1 MB.
_ANY_HEADER = re.compile(
    rf"[\t;,\n][ \t]*(?=[a-zåäö])(?:{_HEADER.pattern})[ \t\r]*:?[ \t\r]*(?:[\t;,\n]|$)"
)
_SEPARATORS = ("\t", ";", ",")
_MAX_HEADER_CELL = 40
_SCORE = 0.9
_EXPLANATION = "kolumnrubrik"
# A value that says "none" is no data about anyone.
_EMPTY_VALUE = re.compile(
    r"[-–—?]|nej|ingen|inga|saknas|ej\s+medlem|n/?a|0(?:[,.]0+)?\s*(?:kr|dagar|h|%)?",
    re.IGNORECASE,
)


def column_findings(text: str, known: list[Finding] | None = None) -> list[Finding]:
    """Findings for the non-empty cells under a sensitive column header.

    >>> text = "Namn\\tFörbund\\nEva Ek\\tVision\\nBo Ali\\t"
    >>> [(f.kind, f.value) for f in column_findings(text)]
    [('union', 'Vision')]
    """
    if "\t" in text or ";" in text:
        if not _has_header(text):
            return []
    elif not _has_header(text[: text.find("\n") % (len(text) + 1)]):
        return []  # commas alone: only a CSV file's first line is taken for a header
    taken = [(f.start, f.end) for f in known or () if f.kind not in ("name", "address")]
    found: list[Finding] = []
    columns: dict[int, str] = {}
    separator = ""
    offset = 0
    for number, line in enumerate(text.split("\n")):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped or stripped.startswith("["):  # a blank line or a new sheet
            columns = {}
            continue
        header = _header_columns(line, commas=number == 0)
        if header is not None:
            separator, columns = header
            continue
        if not columns or separator not in line:
            continue
        cells = line.split(separator)
        # A union representative listed with their title ("Huvudskyddsombud",
        # "Ordförande") is there in that role: their union is no secret. A title does
        # not excuse a diagnosis.
        in_role = "union" in columns.values() and any(
            TITLE_CELL.fullmatch(c.strip()) for c in cells
        )
        position = start
        for index, cell in enumerate(cells):
            kind = columns.get(index)
            value = cell.strip()
            if (
                kind
                and value
                and not (kind == "union" and in_role)
                and not _EMPTY_VALUE.fullmatch(value)
            ):
                cell_start = position + cell.index(value)
                cell_end = cell_start + len(value)
                if not any(a < cell_end and cell_start < b for a, b in taken):
                    found.append(
                        Finding(
                            kind,
                            cell_start,
                            cell_end,
                            value,
                            _SCORE,
                            _EXPLANATION,
                            mask(kind, value),
                        )
                    )
            position += len(cell) + 1
    return found


def _has_header(text: str) -> bool:
    return _ANY_HEADER.search("\n" + text.lower()) is not None


def _header_columns(line: str, *, commas: bool) -> tuple[str, dict[int, str]] | None:
    """The separator and the sensitive columns of a header row, if it is one. Commas
    separate cells only on a CSV file's first line; elsewhere they are prose."""
    separator = next((s for s in _SEPARATORS if s in line and (commas or s != ",")), None)
    if separator is None:
        return None
    cells = [c.strip().rstrip(":").strip() for c in line.split(separator)]
    if len(cells) < 2 or any(len(c) > _MAX_HEADER_CELL for c in cells):
        return None
    columns: dict[int, str] = {}
    for index, cell in enumerate(cells):
        match = _HEADER.fullmatch(cell)
        if match and match.lastgroup:
            columns[index] = _KIND_OF_GROUP[match.lastgroup]
    return (separator, columns) if columns else None
