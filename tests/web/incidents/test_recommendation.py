"""The case's facts feed the assessment engine; its answer is shown as a recommendation only."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from tests.web.incidents.conftest import decide
from varna.assess import Facts
from varna.web.incidents import services
from varna.web.incidents.models import Case
from varna.web.incidents.recommendation import recommendation_for

pytestmark = pytest.mark.django_db


def test_unknown_facts_are_left_out_for_the_engine(case):
    case.data_categories = []
    case.subject_groups = []
    case.subject_count = None
    facts = case.facts()
    assert facts == {
        "discovered_at": timezone.localtime(case.aware_at).isoformat(),
        "breach_types": ["confidentiality"],
    }
    assert facts["discovered_at"].endswith(("+01:00", "+02:00"))  # Swedish time


def test_every_structured_fact_maps_onto_the_engines_keys(case, owner):
    services.update_facts(
        case,
        actor=owner,
        values={
            "subject_count": 12,
            "subjects_vulnerable": False,
            "record_count": 268,
            "exposure": "known_recipients",
            "malicious": False,
            "unintelligible": "none",
            "contained": True,
            "availability_loss": "none",
            "integrity_loss": "none",
            "identifiability": "maximum",
            "already_public": True,
            "duration_days": 1,
        },
    )
    facts = case.facts()
    assert facts["subjects"] == {"count": 12, "groups": ["pupils"], "vulnerable": False}
    assert facts["records"] == 268
    assert facts["availability"] == facts["integrity"] == "none"
    parsed = Facts.from_json(facts)
    assert parsed.already_public is True


def test_the_alingsas_facts_give_the_seeds_conclusion(capsys):
    with override_settings(DEBUG=True):
        call_command("load_demo")
    alingsas = Case.objects.get(diarienummer="2024.401 BUN")
    recommendation = recommendation_for(alingsas)
    assert recommendation is not None
    assert recommendation["risk"] == "unlikely"
    assert recommendation["notify_authority"] is False
    for demo_case in Case.objects.all():
        assert recommendation_for(demo_case) is not None


def test_the_case_page_shows_the_recommendation_as_advice_with_its_reasons(client, case, owner):
    client.force_login(owner)
    page = client.get(reverse("incidents:case", args=[case.pk])).content.decode()
    assert "Värnas rekommendation – inte ett beslut" in page
    assert "Beslutet fattas av nämnden" in page
    recommendation = recommendation_for(case)
    assert recommendation is not None
    for reason in recommendation["reasons"]:
        assert reason.replace("'", "&#x27;") in page


def test_the_decision_keeps_the_recommendation_it_was_made_against(client, case, owner):
    client.force_login(owner)
    client.post(
        reverse("incidents:decision", args=[case.pk]),
        {
            "notify_authority": "false",
            "authority_reason": "Begränsad.",
            "inform_subjects": "false",
            "subjects_reason": "Ingen hög risk.",
            "decision_maker": "Lars",
        },
    )
    case.refresh_from_db()
    assert case.recommendation_at_decision == recommendation_for(case)


def test_the_decision_may_differ_from_the_recommendation(case, owner):
    recommendation = recommendation_for(case)
    assert recommendation is not None
    decided = decide(case, owner, notify=not recommendation["notify_authority"])
    assert decided.notify_authority is not recommendation["notify_authority"]
