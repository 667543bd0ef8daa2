"""Status rules: every transition stored; closing needs a decision and a documented assessment."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.web.incidents.conftest import decide, document
from varna.web.incidents import services
from varna.web.incidents.workflow import TransitionError

pytestmark = pytest.mark.django_db


def test_recording_facts_starts_the_investigation(case, owner):
    services.update_facts(case, actor=owner, values={"subject_count": 27})
    case.refresh_from_db()
    assert case.status == "under_investigation"
    assert case.handler == owner
    change = case.status_changes.last()
    assert (change.from_status, change.to_status, change.actor) == (
        "reported",
        "under_investigation",
        owner,
    )


def test_recording_the_decision_marks_the_case_decided(case, owner):
    decide(case, owner)
    assert case.status == "decided"
    assert [c.to_status for c in case.status_changes.all()] == [
        "reported",
        "under_investigation",
        "decided",
    ]


def test_a_case_cannot_be_closed_without_a_decision(case, owner):
    document(case, owner)
    with pytest.raises(TransitionError):
        services.change_status(case, actor=owner, target="closed")


def test_a_case_cannot_be_closed_without_a_documented_assessment(case, owner):
    decide(case, owner)
    with pytest.raises(TransitionError) as error:
        services.change_status(case, actor=owner, target="closed")
    assert "Bedömningen av incidenten är inte dokumenterad." in error.value.problems


def test_a_decided_and_documented_case_closes_with_who_when_and_why(case, owner):
    document(case, owner)
    decide(case, owner)
    services.change_status(case, actor=owner, target="closed", comment="Klart.")
    case.refresh_from_db()
    assert case.status == "closed"
    assert case.closed_at is not None
    last = case.status_changes.last()
    assert (last.from_status, last.to_status, last.comment, last.actor) == (
        "decided",
        "closed",
        "Klart.",
        owner,
    )
    assert abs(last.at - timezone.now()) < timedelta(seconds=5)


def test_closing_requires_the_notification_when_the_decision_was_to_notify(case, owner):
    document(case, owner)
    decide(case, owner, notify=True)
    with pytest.raises(TransitionError) as error:
        services.change_status(case, actor=owner, target="closed")
    assert any("ingen anmälan är registrerad" in p for p in error.value.problems)
    services.record_authority_notification(
        case,
        actor=owner,
        values={"kind": "initial", "submitted_at": timezone.now(), "reference": "IMY-2025-1"},
    )
    services.change_status(case, actor=owner, target="closed")


def test_open_action_items_block_closing_and_overdue_ones_are_named(case, owner):
    document(case, owner)
    decide(case, owner)
    yesterday = timezone.localdate() - timedelta(days=1)
    item = services.add_action_item(
        case, actor=owner, what="Ny rutin", responsible="HR", due_on=yesterday
    )
    case.refresh_from_db()
    assert case.status == "actions_in_progress"
    with pytest.raises(TransitionError) as error:
        services.change_status(case, actor=owner, target="closed")
    assert "1 åtgärd(er) i åtgärdsplanen är inte genomförda, varav 1 försenade." in (
        error.value.problems
    )
    services.mark_action_done(item, actor=owner, done_on=timezone.localdate())
    services.change_status(case, actor=owner, target="closed")


def test_a_transition_outside_the_path_is_refused(case, owner):
    with pytest.raises(TransitionError):
        services.change_status(case, actor=owner, target="actions_in_progress")


def test_reopening_a_closed_case_requires_a_comment(case, owner):
    document(case, owner)
    decide(case, owner)
    services.change_status(case, actor=owner, target="closed")
    with pytest.raises(TransitionError) as error:
        services.change_status(case, actor=owner, target="under_investigation")
    assert "Skriv varför ärendet återöppnas." in error.value.problems
    services.change_status(case, actor=owner, target="under_investigation", comment="Ny uppgift.")
    case.refresh_from_db()
    assert case.status == "under_investigation"
    assert case.closed_at is None


def test_a_closed_case_cannot_be_edited_but_can_be_reopened(client, case, owner):
    document(case, owner)
    decide(case, owner)
    services.change_status(case, actor=owner, target="closed")
    client.force_login(owner)
    assert client.get(reverse("incidents:facts", args=[case.pk])).status_code == 403
    assert client.get(reverse("incidents:status", args=[case.pk])).status_code == 200


def test_the_status_page_says_what_is_missing_before_closing(client, case, owner):
    decide(case, owner)
    client.force_login(owner)
    response = client.post(
        reverse("incidents:status", args=[case.pk]), {"target": "closed", "comment": ""}
    )
    page = response.content.decode()
    assert "Statusen kunde inte ändras" in page
    assert "Bedömningen av incidenten är inte dokumenterad." in page
    case.refresh_from_db()
    assert case.status == "decided"


def test_the_status_page_moves_the_case_and_returns_to_it(client, case, owner):
    client.force_login(owner)
    response = client.post(
        reverse("incidents:status", args=[case.pk]),
        {"target": "under_investigation", "comment": "Vi börjar."},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == "under_investigation"
    assert case.status_changes.last().comment == "Vi börjar."
