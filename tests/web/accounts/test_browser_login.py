"""A person opens Värna in a real (headless) Chromium and logs in."""

import pytest

from varna.web.accounts.models import Role, User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_employee_logs_in_with_the_keyboard_and_sees_the_start_page(live_server, page):
    User.objects.create_user(
        "eva", password="a-long-test-password", first_name="Eva", role=Role.EMPLOYEE
    )

    page.goto(f"{live_server.url}/")
    assert page.url.startswith(f"{live_server.url}/logga-in/")
    assert page.get_by_role("heading", name="Logga in").is_visible()

    page.get_by_label("Användarnamn").fill("eva")
    page.get_by_label("Lösenord").fill("a-long-test-password")
    page.get_by_label("Lösenord").press("Enter")

    page.wait_for_url(f"{live_server.url}/")
    assert page.get_by_role("heading", name="Välkommen, Eva").is_visible()
    assert page.get_by_role("button", name="Logga ut").is_visible()


def test_the_login_page_fits_a_phone_screen(live_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="sv-SE")
    phone = context.new_page()
    phone.goto(f"{live_server.url}/logga-in/")
    scroll_width = phone.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360
    assert phone.get_by_role("button", name="Logga in").is_visible()
    context.close()
