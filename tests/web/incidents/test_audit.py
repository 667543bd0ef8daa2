"""The audit trail: one entry point, every change, views of protected identity, no secrets."""

import logging

import pytest
from django.urls import reverse

from varna.web.incidents import services
from varna.web.incidents.audit import log_action
from varna.web.incidents.models import AuditEntry, Supplier

pytestmark = pytest.mark.django_db


def test_a_report_leaves_entries_for_the_event_and_each_case(case):
    actions = list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))
    assert actions == ["event.reported", "case.created"]
    assert AuditEntry.objects.get(action="case.created").changes["diarienummer"] == (
        case.diarienummer
    )


def test_a_change_records_who_and_the_old_and_new_values(case, owner):
    services.update_facts(case, actor=owner, values={"subject_count": 27, "exposure": "public"})
    entry = AuditEntry.objects.get(action="case.facts_changed")
    assert entry.actor == owner
    assert entry.case == case
    assert entry.changes["subject_count"] == [None, 27]
    assert entry.changes["exposure"] == ["", "public"]


def test_saving_without_changes_leaves_no_entry(case, owner):
    services.update_actions(case, actor=owner, values={"initial_actions": ""})
    assert not AuditEntry.objects.filter(action="case.actions_changed").exists()


def test_secrets_are_masked(case, owner):
    entry = log_action("admin.changed", actor=owner, changes={"token": "abc", "name": "x"})
    assert entry.changes == {"token": "***", "name": "x"}


def test_an_unknown_action_is_refused(owner):
    with pytest.raises(ValueError, match="unknown audit action"):
        log_action("case.did_something", actor=owner)


def test_rotating_a_supplier_link_is_logged_without_the_link(administrator):
    supplier = Supplier.objects.create(name="Leverantören AB")
    token = services.rotate_supplier_link(supplier, actor=administrator)
    entry = AuditEntry.objects.get(action="supplier.link_rotated")
    assert token not in str(entry.changes)
    assert str(supplier.token_digest) not in str(entry.changes)


def test_viewing_a_case_with_protected_identity_is_logged(client, make_report, owner, dpo):
    case = make_report(reported_data=["protected_identity"]).cases.get()
    client.force_login(dpo)
    client.get(reverse("incidents:case", args=[case.pk]))
    entry = AuditEntry.objects.get(action="case.viewed")
    assert (entry.actor, entry.case) == (dpo, case)


def test_viewing_an_ordinary_case_is_not_logged(client, case, owner):
    client.force_login(owner)
    client.get(reverse("incidents:case", args=[case.pk]))
    assert not AuditEntry.objects.filter(action="case.viewed").exists()


def test_the_log_page_shows_the_trail_in_swedish(client, case, owner):
    services.update_facts(case, actor=owner, values={"subject_count": 27})
    client.force_login(owner)
    page = client.get(reverse("incidents:history", args=[case.pk])).content.decode()
    assert "Utredningens fakta ändrades" in page
    assert "Antal berörda personer" in page
    assert "– → 27" in page


def test_nothing_of_the_case_reaches_the_application_log(client, reporter, bun, owner, caplog):
    from tests.web.incidents.test_reporting import form_data

    client.force_login(reporter)
    with caplog.at_level(logging.DEBUG):
        client.post(
            reverse("incidents:report"),
            form_data(bun, title="Anna Anderssons journal", description="Anna Andersson har ..."),
        )
    assert "Anna" not in caplog.text


def test_the_log_shows_choices_and_statuses_in_swedish(client, case, owner):
    services.update_facts(
        case, actor=owner, values={"exposure": "public", "data_categories": ["health"]}
    )
    client.force_login(owner)
    page = client.get(reverse("incidents:history", args=[case.pk])).content.decode()
    assert "– → Allmänt tillgängligt (t.ex. publicerat på webben)" in page
    assert "Hälsa (t.ex. sjukdom, diagnos, elevhälsa)" in page
    assert "Rapporterad → Under utredning" in page


def test_posting_a_form_does_not_log_a_second_view(client, make_report, owner):
    case = make_report(reported_data=["protected_identity"]).cases.get()
    client.force_login(owner)
    client.get(reverse("incidents:dpo", args=[case.pk]))
    client.post(
        reverse("incidents:dpo", args=[case.pk]),
        {"dpo_consulted_on": "2025-01-01", "dpo_advice": "Anmäl."},
    )
    assert AuditEntry.objects.filter(action="case.viewed").count() == 1
