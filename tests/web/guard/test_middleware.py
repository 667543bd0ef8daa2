"""POST /api/v1/check skips sessions, CSRF and the rest, but not the safeguards."""

from __future__ import annotations

import pytest

from tests.web.guard.conftest import COLLEAGUE, PASSWORD, SENDER

pytestmark = pytest.mark.django_db
URL = "/api/v1/check"
RAW = f"From: {SENDER}\r\nTo: {COLLEAGUE}\r\nSubject: Fika\r\n\r\nFika klockan tre.\r\n".encode()


def check(client, token: str, **extra):
    return client.post(
        URL, data=RAW, content_type="message/rfc822", HTTP_AUTHORIZATION=f"Bearer {token}", **extra
    )


def test_the_answer_carries_the_same_security_headers_as_every_page(client, api_token):
    response = check(client, api_token)
    assert response.status_code == 200
    page = client.get("/logga-in/")
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "Content-Language",
    ):
        assert response[header] == page[header], header
    assert response["Vary"] == "Accept-Language"
    assert int(response["Content-Length"]) == len(response.content)


def test_a_refused_request_carries_them_too(client):
    response = check(client, "varna_fel")
    assert response.status_code == 401
    assert response["X-Frame-Options"] == "DENY"
    assert response["Content-Security-Policy"].startswith("default-src 'self'")


def test_it_refuses_a_host_name_that_is_not_allowed(client, api_token):
    assert check(client, api_token, HTTP_HOST="varna.example.com").status_code == 400


def test_a_logged_in_browser_gets_no_cookie_and_no_csrf_check(client, api_token, sender):
    client.handler.enforce_csrf_checks = True
    assert client.login(username="asa", password=PASSWORD)
    response = check(client, api_token)
    assert response.status_code == 200
    assert not response.cookies
    assert "Cookie" not in response["Vary"]


def test_the_other_endpoints_still_take_the_usual_path(client):
    response = client.get("/logga-in/")
    assert "csrftoken" in response.cookies
    assert client.get(f"{URL}/").status_code == 404
