"""The demo register: both seed incidents, every status, running clocks, a working supplier link."""

import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.test import override_settings
from django.urls import reverse

import varna.web.incidents.demo as demo
from varna.web.incidents.choices import Status
from varna.web.incidents.deadline import clock_for
from varna.web.incidents.models import Case, Event

pytestmark = pytest.mark.django_db

PERSONNUMMER_SHAPE = re.compile(r"\b(19|20)?\d{6}[-+]?\d{4}\b")


@pytest.fixture
def demo_output(capsys):
    with override_settings(DEBUG=True):
        call_command("load_demo")
    return capsys.readouterr().out


def test_it_loads_the_trelleborg_and_alingsas_incidents(demo_output):
    trelleborg = Case.objects.get(event__description__contains="SEFOS-kryptering")
    assert trelleborg.board.code == "KS"
    assert trelleborg.event.discovered_at.date().isoformat() == "2023-02-07"
    assert trelleborg.notify_authority is False
    assert "begränsad" in trelleborg.dpo_advice
    alingsas = Case.objects.get(diarienummer="2024.401 BUN")
    assert alingsas.event.supplier is not None
    assert alingsas.event.occurred_from is not None
    assert alingsas.event.occurred_from.isoformat().startswith("2024-11-21T15:38")  # 16:38 CET
    assert alingsas.notify_authority is False
    assert len(alingsas.risk_reducing) == 4
    assert alingsas.handler is not None
    assert alingsas.handler.username == "samordnare.bun"
    assert alingsas.event.cases.count() == 2  # each municipality assesses on its own


def test_every_status_is_represented_and_some_clocks_are_running(demo_output):
    assert set(Case.objects.values_list("status", flat=True)) == set(Status.values)
    states = {clock_for(case).state for case in Case.objects.all()}
    assert {"running", "urgent", "overdue", "met"} <= states


def test_loading_twice_keeps_one_of_everything_and_the_same_numbers(demo_output):
    numbers = sorted(Case.objects.values_list("diarienummer", flat=True))
    events = Event.objects.count()
    with override_settings(DEBUG=True):
        call_command("load_demo")
    assert sorted(Case.objects.values_list("diarienummer", flat=True)) == numbers
    assert Event.objects.count() == events


def test_the_printed_supplier_link_opens_the_supplier_form(client, demo_output):
    found = re.search(r"http://\S+/leverantor/\?nyckel=\S+", demo_output)
    assert found is not None
    link = found.group(0)
    response = client.get(link.split("8000", 1)[1])
    assert response.status_code == 302
    assert "Göteborgsregionen" in client.get(reverse("supplier_report")).content.decode()


def test_the_demo_coordinators_see_only_their_boards(client, demo_output):
    from varna.web.accounts.models import User

    client.force_login(User.objects.get(username="samordnare.ks"))
    assert client.get(reverse("incidents:case", args=[
        Case.objects.get(diarienummer="2024.401 BUN").pk])).status_code == 404  # fmt: skip


def test_the_demo_contains_no_personnummer(demo_output):
    source = Path(demo.__file__).read_text()
    assert not PERSONNUMMER_SHAPE.search(source)
    rows = Event.objects.values_list("description", "title", "reporter_phone")
    texts = [t for row in rows for t in row] + list(
        Case.objects.filter(~Q(summary="")).values_list("summary", flat=True)
    )
    assert not any(PERSONNUMMER_SHAPE.search(t) for t in texts)
