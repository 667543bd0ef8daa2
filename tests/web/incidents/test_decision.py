"""The controller's decision: IMY notification (late reason, phases) and informing the subjects."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.web.incidents.conftest import decide
from varna.web.incidents.models import AuthorityNotification

pytestmark = pytest.mark.django_db


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def decision(**overrides):
    data = {
        "notify_authority": "false",
        "authority_reason": "",
        "inform_subjects": "false",
        "subjects_reason": "Ingen hög risk.",
        "art34_exception": "",
        "subjects_information_method": "",
        "subjects_informed_on": "",
        "decision_maker": "Lars Testsson, förvaltningschef",
    }
    data.update(overrides)
    return data


def test_a_decision_not_to_notify_needs_its_reason(client, case, member):
    client.force_login(member)
    response = client.post(reverse("incidents:decision", args=[case.pk]), decision())
    assert "Skriv varför incidenten inte behöver anmälas till IMY." in response.content.decode()
    case.refresh_from_db()
    assert case.notify_authority is None


def test_the_decision_records_who_when_and_moves_the_case(client, case, member):
    client.force_login(member)
    response = client.post(
        reverse("incidents:decision", args=[case.pk]),
        decision(authority_reason="Begränsad incident."),
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.notify_authority is False
    assert case.inform_subjects is False
    assert case.decided_by == member
    assert abs(case.decided_at - timezone.now()) < timedelta(seconds=5)
    assert case.status == "decided"


def test_a_high_risk_without_informing_needs_an_art_34_exception(client, case, owner):
    case.assessed_risk = "high_risk"
    case.save()
    client.force_login(owner)
    data = decision(notify_authority="true")
    response = client.post(reverse("incidents:decision", args=[case.pk]), data)
    assert "undantagen i art. 34.3" in response.content.decode()
    data["art34_exception"] = "disproportionate"
    client.post(reverse("incidents:decision", args=[case.pk]), data)
    case.refresh_from_db()
    assert case.art34_exception == "disproportionate"


def test_informing_the_subjects_needs_how(client, case, owner):
    client.force_login(owner)
    data = decision(authority_reason="x", inform_subjects="true")
    response = client.post(reverse("incidents:decision", args=[case.pk]), data)
    assert "Skriv hur de registrerade informeras." in response.content.decode()


def test_a_notification_needs_a_decision_to_notify_first(client, case, owner):
    client.force_login(owner)
    response = client.get(reverse("incidents:notification", args=[case.pk]))
    assert response["Location"] == reverse("incidents:decision", args=[case.pk])


def test_a_notification_after_72_hours_needs_the_reason_for_the_delay(client, make_report, owner):
    case = make_report(discovered_at=timezone.now() - timedelta(hours=80)).cases.get()
    decide(case, owner, notify=True)
    client.force_login(owner)
    url = reverse("incidents:notification", args=[case.pk])
    data = {"submitted_at": local(timezone.now()), "reference": "IMY-2025-77", "summary": "x"}
    response = client.post(url, data)
    assert "Ange skälen till förseningen (art. 33.1)." in response.content.decode()
    client.post(url, {**data, "late_reason": "Omfattningen var okänd."})
    notification = AuthorityNotification.objects.get()
    assert notification.kind == "initial"
    assert notification.late_reason == "Omfattningen var okänd."


def test_a_notification_within_72_hours_needs_no_reason(client, case, owner):
    decide(case, owner, notify=True)
    client.force_login(owner)
    client.post(
        reverse("incidents:notification", args=[case.pk]),
        {"submitted_at": local(timezone.now()), "reference": "IMY-2025-78"},
    )
    assert AuthorityNotification.objects.get().reference == "IMY-2025-78"


def test_a_supplementary_notification_follows_the_first_in_phases(client, case, owner):
    decide(case, owner, notify=True)
    client.force_login(owner)
    url = reverse("incidents:notification", args=[case.pk])
    client.post(url, {"submitted_at": local(timezone.now()), "reference": "IMY-2025-79"})
    page = client.get(url).content.decode()
    assert "Kompletterande anmälan till IMY" in page
    response = client.post(url, {"submitted_at": local(timezone.now()), "summary": ""})
    assert response.status_code == 200  # what was supplemented is required
    client.post(url, {"submitted_at": local(timezone.now()), "summary": "Loggarna granskade."})
    kinds = list(AuthorityNotification.objects.values_list("kind", flat=True))
    assert kinds == ["initial", "supplementary"]
    case_page = client.get(reverse("incidents:case", args=[case.pk])).content.decode()
    assert "Kompletterande anmälan (art. 33.4)" in case_page
    assert "IMY-2025-79" in case_page


def test_the_dpo_records_advice_with_date(client, case, dpo):
    client.force_login(dpo)
    client.post(
        reverse("incidents:dpo", args=[case.pk]),
        {"dpo_consulted_on": timezone.localdate().isoformat(), "dpo_advice": "Ingen anmälan."},
    )
    case.refresh_from_db()
    assert case.dpo_advice == "Ingen anmälan."
    assert case.dpo_advice_recorded_by == dpo


def test_a_board_member_finds_their_name_suggested_as_decision_maker(client, case, member):
    client.force_login(member)
    page = client.get(reverse("incidents:decision", args=[case.pk])).content.decode()
    assert 'value="Lars Testsson, Förvaltningschef"' in page
