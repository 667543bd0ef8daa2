"""The demo register (both seed incidents, every status) and readers that open what the
exporters write: DOCX with python-docx, XLSX with openpyxl, PDF text and pixels with
pypdfium2.

Personas are the demo's own people:
bun      – samordnare.bun, GDPR coordinator of Barn- och ungdomsnämnden (BUN)
ks       – samordnare.ks, coordinator of Kommunstyrelsen (KS) and Socialnämnden (SN)
member   – namnd.bun, BUN's decision-maker
dpo      – dso, Exempelkommunen's data protection officer (reads its every board)
employee – medarbetare, who reports but reads no cases
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from varna.web.accounts.models import User
from varna.web.incidents.models import Case


@dataclass
class Demo:
    bun: User
    ks: User
    member: User
    dpo: User
    employee: User
    trelleborg: Case
    alingsas: Case
    alingsas_neighbour: Case

    def case(self, diarienummer: str) -> Case:
        return Case.objects.get(diarienummer=diarienummer)


def load_demo() -> Demo:
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
    users = {u.username: u for u in User.objects.all()}
    return Demo(
        bun=users["samordnare.bun"],
        ks=users["samordnare.ks"],
        member=users["namnd.bun"],
        dpo=users["dso"],
        employee=users["medarbetare"],
        trelleborg=Case.objects.get(diarienummer="2023.58 KS"),
        alingsas=Case.objects.get(diarienummer="2024.401 BUN"),
        alingsas_neighbour=Case.objects.get(diarienummer="2024.233 UN"),
    )


@pytest.fixture(scope="module")
def demo_for_module(django_db_setup: Any, django_db_blocker: Any) -> Iterator[Demo]:
    """The demo register, loaded once per test module inside a transaction that is rolled
    back at the end (as Django's ``setUpTestData``); each test's own transaction is a
    savepoint inside it, so whatever a test changes is undone before the next."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield load_demo()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_for_module: Demo, db: Any) -> Demo:
    return demo_for_module


@pytest.fixture
def committed_demo(transactional_db: Any) -> Demo:
    """For tests with a live server, whose thread must see the data: loaded and committed."""
    return load_demo()


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, as a reader's copy-and-paste would get it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def pdf_text(data: bytes) -> str:
    # Lines wrap inside table cells: join them so phrases can be searched for.
    return " ".join(" ".join(pdf_pages(data)).split())


def pdf_sizes(data: bytes) -> list[tuple[float, float]]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [(float(page.get_size()[0]), float(page.get_size()[1])) for page in pdf]
    finally:
        pdf.close()


def pdf_images(data: bytes, scale: float = 1.0) -> list[Any]:
    """Each page rendered to a greyscale PIL image (1 px per point at scale 1)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [page.render(scale=scale, grayscale=True).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()


def docx_document(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    """Body paragraphs and every table cell, in document order."""
    document = docx_document(data)
    body = document.element.body
    return " ".join(" ".join(t.text or "" for t in body.iter() if t.tag.endswith("}t")).split())


def xlsx_rows(data: bytes) -> list[tuple[Any, ...]]:
    import openpyxl

    sheet: Any = openpyxl.load_workbook(io.BytesIO(data)).active
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]
