"""Exporters as small classes (pretix's pattern): each says what it is and builds its
content — a :class:`Document` or a :class:`Sheet` — and the base class renders it.

Exporters receive cases the caller has already read through the access rules;
they never query beyond the objects they are given.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from varna.web.reports.documents.model import Document
from varna.web.reports.documents.sheets import Sheet
from varna.web.reports.formatting import safe_filename_part

if TYPE_CHECKING:
    from varna.web.incidents.models import Case


@dataclass(frozen=True)
class Format:
    key: str
    label: str
    content_type: str


FORMATS: dict[str, Format] = {
    f.key: f
    for f in (
        Format("pdf", "PDF", "application/pdf"),
        Format(
            "docx",
            "Word",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        Format(
            "xlsx", "Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ),
        Format("csv", "CSV", "text/csv; charset=utf-8"),
        Format("txt", "text", "text/plain; charset=utf-8"),
    )
}


class Exporter(ABC):
    identifier: ClassVar[str]  # stable, English: used in URLs and the audit trail
    verbose_name: ClassVar[str]  # Swedish: what people see
    basename: ClassVar[str]  # Swedish, no personal data: the start of the file name
    formats: ClassVar[tuple[str, ...]]

    @abstractmethod
    def name_part(self) -> str:
        """What tells one file from another: a diarienummer, a board and period — never a name."""

    def filename(self, fmt: str) -> str:
        return f"{self.basename}-{safe_filename_part(self.name_part())}.{fmt}"

    def render(self, fmt: str) -> bytes:
        if fmt not in self.formats:
            raise ValueError(f"{self.identifier} has no format {fmt!r}")
        return self._render(fmt)

    @abstractmethod
    def _render(self, fmt: str) -> bytes: ...


class DocumentExporter(Exporter):
    """Builds one :class:`Document`; renders it as PDF, DOCX, XLSX (its table) or text."""

    @abstractmethod
    def document(self) -> Document: ...

    def _render(self, fmt: str) -> bytes:
        from varna.web.reports.documents.docx import render_docx
        from varna.web.reports.documents.pdf import render_pdf
        from varna.web.reports.documents.sheets import render_document_xlsx
        from varna.web.reports.documents.text import render_text

        renderers: dict[str, Callable[[Document], bytes]] = {
            "pdf": render_pdf,
            "docx": render_docx,
            "xlsx": render_document_xlsx,
            "txt": render_text,
        }
        return renderers[fmt](self.document())


class CaseDocumentExporter(DocumentExporter):
    """A document about one case: named by its diarienummer, headed by its board."""

    def __init__(self, case: Case) -> None:
        self.case = case

    def name_part(self) -> str:
        return self.case.diarienummer

    def case_document(self, title: str, dated: date, **extra: Any) -> Document:
        board = self.case.board
        return Document(
            title=title,
            organisation=board.organisation.name,
            board=board.name,
            diarienummer=self.case.diarienummer,
            dated=dated,
            **extra,
        )


class SheetExporter(Exporter):
    """Yields one flat :class:`Sheet`; renders it as XLSX or CSV."""

    formats = ("xlsx", "csv")

    @abstractmethod
    def sheet(self) -> Sheet: ...

    def _render(self, fmt: str) -> bytes:
        from varna.web.reports.documents.sheets import render_sheet_csv, render_sheet_xlsx

        return render_sheet_xlsx(self.sheet()) if fmt == "xlsx" else render_sheet_csv(self.sheet())
