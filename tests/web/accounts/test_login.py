import pytest
from django.test import Client, override_settings
from django.urls import reverse

from varna.web.accounts.models import LoginFailure, Role, User

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"


@pytest.fixture
def employee() -> User:
    return User.objects.create_user(
        "eva", password=PASSWORD, first_name="Eva", role=Role.EMPLOYEE, title="Lärare"
    )


def log_in(client: Client, username: str, password: str = PASSWORD):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_it_shows_a_swedish_login_page(client):
    response = client.get(reverse("login"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="sv">' in html
    assert '<label for="id_username">Användarnamn</label>' in html
    assert '<label for="id_password">Lösenord</label>' in html
    assert "Hoppa till innehållet" in html


def test_it_sends_an_anonymous_visitor_from_the_start_page_to_login(client):
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_logs_in_and_greets_by_name_and_role(client, employee):
    response = log_in(client, "eva")
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    page = client.get(reverse("home")).content.decode()
    assert "Välkommen, Eva" in page
    assert "medarbetare" in page


def test_it_explains_a_wrong_password_in_swedish(client, employee):
    response = log_in(client, "eva", "wrong-password")
    assert response.status_code == 200
    assert "Ange ett korrekt användarnamn och lösenord" in response.content.decode()


@override_settings(LOGIN_MAX_FAILURES=3)
def test_it_locks_an_account_after_repeated_failures_even_for_the_right_password(client, employee):
    for _ in range(3):
        log_in(client, "eva", "wrong-password")
    response = log_in(client, "eva")
    assert response.status_code == 429
    assert "För många misslyckade inloggningsförsök" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_it_does_not_store_the_attempted_account_name(client, employee):
    log_in(client, "eva", "wrong-password")
    failure = LoginFailure.objects.get()
    assert "eva" not in failure.username_digest
    assert len(failure.username_digest) == 64


def test_it_forgets_failures_after_a_successful_login(client, employee):
    log_in(client, "eva", "wrong-password")
    log_in(client, "eva")
    assert LoginFailure.objects.count() == 0


def test_it_logs_out_only_by_post(client, employee):
    log_in(client, "eva")
    assert client.get(reverse("logout")).status_code == 405
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("home")).status_code == 302


def test_it_sends_security_headers(client):
    response = client.get(reverse("login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["Referrer-Policy"] == "same-origin"


def test_health_check_answers_ok(client):
    assert client.get(reverse("healthz")).content == b"ok"
