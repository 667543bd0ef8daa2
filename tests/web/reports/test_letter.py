"""The letter to the people affected (art. 34): plain Swedish, built from structured facts."""

from datetime import date

import pytest

from tests.web.reports.conftest import docx_document, docx_text, pdf_text
from varna.web.incidents.models import Case
from varna.web.reports.exporters.letter import SubjectLetter
from varna.web.reports.views import for_documents

pytestmark = pytest.mark.django_db

SECTIONS = [
    "Vad har hänt?",
    "Vad kan det innebära för dig?",
    "Vad har vi gjort?",
    "Vad kan du göra?",
    "Vill du veta mer?",
]


@pytest.fixture
def stolen_laptop(demo):
    case = for_documents(Case.objects.all()).get(diarienummer__endswith=".3 SN")
    return SubjectLetter(case, date(2026, 8, 1), demo.dpo)


def test_the_docx_answers_a_citizens_questions_in_order(stolen_laptop):
    document = docx_document(stolen_laptop.render("docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == SECTIONS
    text = docx_text(stolen_laptop.render("docx"))
    assert "en dator, en telefon eller ett USB-minne med uppgifter om dig försvann" in text
    assert "uppgifter om din hälsa" in text
    assert "Vi har anmält det som hänt till Integritetsskyddsmyndigheten (IMY)" in text
    assert "Kryptera hårddiskarna på alla bärbara datorer." in text
    assert "klaga hos Integritetsskyddsmyndigheten" in text
    assert "Maria Sund, dso@exempelkommunen.se" in text


def test_the_letter_does_not_quote_the_internal_description(stolen_laptop):
    text = docx_text(stolen_laptop.render("docx"))
    assert stolen_laptop.case.summary not in text
    assert "journalanteckningar" not in text


def test_the_advice_follows_the_kind_of_data(demo):
    case = for_documents(Case.objects.all()).get(diarienummer__endswith=".10 BUN")
    text = pdf_text(SubjectLetter(case, date(2026, 8, 1)).render("pdf"))
    assert "ring polisen på 114 14" in text  # protected identity
    assert "Lämna aldrig ut lösenord" in text
    assert "Sida 1 av 1" in text
    assert f"Dnr {case.diarienummer}" in text
