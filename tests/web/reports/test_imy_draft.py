"""The draft notification to IMY: every question of the e-service, in its order."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.web.reports.conftest import pdf_pages, pdf_text
from varna.web.incidents.models import Case
from varna.web.reports.exporters.imy_draft import ImyDraft
from varna.web.reports.views import for_documents

pytestmark = pytest.mark.django_db

IMY_ORDER = [
    "Personuppgiftsansvarig",
    "Organisationsnummer",
    "Er referens för egen uppföljning",
    "Kontaktperson",
    "Dataskyddsombud",
    "När inträffade incidenten?",
    "När upptäcktes incidenten?",
    "Har incidenten upphört? När upphörde den?",
    "Typ av incident",
    "Vilka grupper tillhör de registrerade?",
    "Ungefär hur många registrerade berörs?",
    "Ungefär hur många personuppgiftsposter berörs?",
    "Vilken sorts personuppgifter har incidenten drabbat?",
    "Vad kan bli konsekvenserna av incidenten?",
    "Hur allvarlig är incidenten för de registrerades integritet?",
    "Vilka åtgärder har vidtagits?",
    "Vilka åtgärder planeras för att lösa problemet och mildra effekterna?",
    "Har de registrerade informerats? När, hur – eller varför inte?",
    "Skäl till att anmälan görs senare än 72 timmar efter upptäckten",
]


def draft(demo, diarienummer_end, now=None):
    case = for_documents(Case.objects.all()).get(diarienummer__endswith=diarienummer_end)
    return ImyDraft(case, now or timezone.now(), demo.dpo)


def test_the_text_asks_imys_questions_in_imys_order(demo):
    text = draft(demo, ".4 KS").render("txt").decode()
    lines = text.splitlines()
    positions = [lines.index(question) for question in IMY_ORDER]
    assert positions == sorted(positions)
    assert lines[lines.index("Er referens för egen uppföljning") + 1].endswith(".4 KS")
    assert "Kommunstyrelsen, Exempelkommunen" in text
    assert "Maria Sund, dso@exempelkommunen.se" in text


def test_it_fills_in_what_the_case_knows_and_marks_the_gaps(demo):
    text = draft(demo, ".4 KS").render("txt").decode()
    assert "Johan Ek, GDPR-samordnare" in text
    assert "140" in text
    assert "Inloggningsuppgifter eller lösenord" in text
    assert "Inloggningsuppgifterna kan ge obehöriga åtkomst" in text  # likely consequence
    assert "Granska inloggningsloggarna för de tre kontona." in text  # planned measure
    assert "Komplettering av tidigare anmälan" in text  # an initial notification exists
    assert "[Fyll i: organisationsnummer (XXXXXX-XXXX)]" in text
    assert "[Fyll i: postadress (inte besöksadress)]" in text


def test_a_late_notification_carries_its_reason(demo):
    text = draft(demo, ".3 SN").render("txt").decode()
    assert "Det tog tid att ta reda på vilka dokument som fanns" in text
    assert "Ja, de registrerade informerades" in text


def test_an_overdue_undecided_case_asks_for_the_reason_for_the_delay(demo):
    case = Case.objects.get(diarienummer__endswith=".7 SN")
    later = case.aware_at + timedelta(hours=80)
    text = draft(demo, ".7 SN", now=later).render("txt").decode()
    assert "72 timmar har passerat" in text
    assert "[Fyll i: skälen till förseningen (krävs enligt art. 33.1)]" in text


def test_the_pdf_is_marked_as_a_draft_on_every_page(demo):
    data = draft(demo, ".4 KS").render("pdf")
    pages = pdf_pages(data)
    for number, page in enumerate(pages, start=1):
        assert "UTKAST – underlag för IMY:s e-tjänst" in page
        assert f"Sida {number} av {len(pages)}" in page
    text = pdf_text(data)
    assert "Anmälan av personuppgiftsincident till IMY – utkast" in text
    assert "Vilken sorts personuppgifter har incidenten drabbat?" in text
