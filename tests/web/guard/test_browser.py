"""A mail administrator works through the quarantine in a real Chromium: keyboard,
labels, and no script or style blocked by the Content-Security-Policy."""

from __future__ import annotations

import pytest

from tests.web.guard.conftest import PASSWORD, held_message

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_administrator_reviews_events_and_deletes_a_held_message(
    live_server, page, mail_admin, quarantine_settings
):
    held = held_message()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text))
    page.goto(f"{live_server.url}/logga-in/")
    page.get_by_label("Användarnamn").fill("it")
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_label("Lösenord").press("Enter")
    page.wait_for_url(f"{live_server.url}/")

    page.get_by_role("link", name="Spärrhändelser").first.click()
    assert page.get_by_role("heading", name="Spärrhändelser").is_visible()
    page.get_by_label("Bedömning").select_option("block")
    page.get_by_role("button", name="Filtrera").click()
    assert page.get_by_role("cell", name="uppgift om hälsa (1 i texten)").is_visible()

    page.get_by_role("link", name="Visa i karantänen").click()
    assert page.get_by_role("heading", name="Meddelande i karantän").is_visible()
    page.get_by_role("button", name="Radera").click()  # not confirmed yet
    assert page.get_by_text("Bekräfta att meddelandet ska raderas.").is_visible()
    page.get_by_label("Ja, radera meddelandet").check()
    page.get_by_role("button", name="Radera").click()
    assert page.get_by_text("Meddelandet har raderats.").is_visible()
    held.refresh_from_db()
    assert held.status == "deleted"
    assert not [p for p in problems if "Content Security Policy" in p]
