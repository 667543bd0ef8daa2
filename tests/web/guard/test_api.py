"""POST /api/v1/check: the same judgement as `varna check --json`, for client systems."""

from __future__ import annotations

import base64
import contextlib
import io
import json
from pathlib import Path

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate

from tests.testdata import personnummer, short_form
from tests.web.guard.conftest import COLLEAGUE, SENDER
from varna.cli import main
from varna.web.guard import tokens
from varna.web.guard.models import GuardEvent
from varna.web.guard.openapi import schema

pytestmark = pytest.mark.django_db
URL = "/api/v1/check"

RAW = (
    f"From: Åsa Berg <{SENDER}>\r\nTo: {COLLEAGUE}\r\nSubject: Elev\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    f"Eleven {short_form(personnummer(2))} behöver stöd.\r\n"
).encode()


def post_json(client, token: str, data: object, **extra):
    return client.post(
        URL,
        data=json.dumps(data),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
        **extra,
    )


def verdict_validator() -> OAS31Validator:
    document = schema()
    return OAS31Validator({"$ref": "#/components/schemas/Verdict", **document})


def test_it_answers_a_raw_message_with_exactly_what_varna_check_json_prints(
    client, api_token, tmp_path: Path
):
    response = client.post(
        URL, data=RAW, content_type="message/rfc822", HTTP_AUTHORIZATION=f"Bearer {api_token}"
    )
    assert response.status_code == 200
    answer = response.json()
    eml = tmp_path / "elev.eml"
    eml.write_bytes(RAW)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        main(["check", "--json", str(eml)])
    expected = json.loads(printed.getvalue())
    expected.pop("file")
    assert answer == expected
    assert answer["verdict"] == "block"
    verdict_validator().validate(answer)


def test_it_reads_json_fields_and_base64_attachments(client, api_token):
    table = f"namn;personnummer\nElev A;{personnummer(3)}\n".encode()
    response = post_json(
        client,
        api_token,
        {
            "from": f"Åsa Berg <{SENDER}>",
            "to": [COLLEAGUE],
            "subject": "Lista",
            "body": "Här kommer listan.",
            "attachments": [{"name": "elever.csv", "content": base64.b64encode(table).decode()}],
        },
    )
    answer = response.json()
    assert answer["verdict"] == "block"
    assert {f["where"] for f in answer["findings"]} == {"attachment:elever.csv"}


def test_an_allowed_message_leaves_no_event_and_a_warned_one_leaves_an_event(client, api_token):
    allowed = post_json(client, api_token, {"from": SENDER, "to": COLLEAGUE, "body": "Hej!"})
    assert allowed.json()["verdict"] == "allow"
    assert "X-Varna-Event" not in allowed
    outsiders = [f"kontakt{i}@foretag{i % 3}.se" for i in range(8)]
    warned = post_json(
        client, api_token, {"from": SENDER, "to": outsiders, "body": "Välkomna på torsdag."}
    )
    assert warned.json()["verdict"] == "warn"
    event = GuardEvent.objects.get()
    assert warned["X-Varna-Event"] == str(event.id)
    assert (event.source, event.client, event.action) == ("api", "Outlook-tillägget", "answered")
    assert (event.sender, event.recipient_count) == (SENDER, 8)


def test_the_client_can_report_that_the_sender_sent_anyway(client, api_token):
    outsiders = [f"kontakt{i}@foretag{i % 3}.se" for i in range(8)]
    warned = post_json(client, api_token, {"from": SENDER, "to": outsiders, "body": "Hej alla."})
    path = f"/api/v1/events/{warned['X-Varna-Event']}/sent-anyway"
    other = tokens.create_client("Annat system")[1]
    assert client.post(path, HTTP_AUTHORIZATION=f"Bearer {other}").status_code == 404
    assert client.post(path, HTTP_AUTHORIZATION=f"Bearer {api_token}").status_code == 204
    assert GuardEvent.objects.get().action == "sent_anyway"


@pytest.mark.parametrize(
    "header", ["", "Bearer", "Bearer varna_fel", "Basic dXNlcjpwYXNz", "bearer x y"]
)
def test_it_refuses_requests_without_a_valid_token(client, api_token, header):
    response = client.post(URL, data=RAW, content_type="message/rfc822", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "API-nyckel" in response.json()["message"]


def test_a_revoked_token_no_longer_works_and_tokens_are_stored_hashed(client, api_token):
    client_row = tokens.revoke("Outlook-tillägget")
    assert api_token not in (client_row.token_hash, client_row.token_prefix)
    response = client.post(
        URL, data=RAW, content_type="message/rfc822", HTTP_AUTHORIZATION=f"Bearer {api_token}"
    )
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("body", "code", "field"),
    [
        (b"{not json", "bad_json", None),
        (b"[1, 2]", "bad_json", None),
        (b'{"till": "a@b.se"}', "unknown_field", "till"),
        (b'{"to": 5}', "bad_field", "to"),
        (b'{"subject": ["x"]}', "bad_field", "subject"),
        (
            b'{"attachments": [{"name": "a.pdf", "content": "not*base64"}]}',
            "bad_base64",
            "attachments[0].content",
        ),
        (b'{"attachments": [{"name": "a.pdf"}]}', "bad_field", "attachments[0]"),
        (b"\xff\xfe", "bad_json", None),
    ],
)
def test_it_explains_bad_json_with_a_400(client, api_token, body, code, field):
    response = client.post(
        URL, data=body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {api_token}"
    )
    assert response.status_code == 400
    answer = response.json()
    assert answer["error"] == code
    assert answer.get("field") == field
    assert answer["message"]


def test_it_refuses_a_request_over_the_size_limit_with_a_clear_413(client, api_token, settings):
    settings.VARNA_API_MAX_BYTES = 2048
    response = client.post(
        URL,
        data=RAW + b"x" * 4096,
        content_type="message/rfc822",
        HTTP_AUTHORIZATION=f"Bearer {api_token}",
    )
    assert response.status_code == 413
    assert (
        response.json()
        == {
            "error": "too_large",
            "message": "Meddelandet är för stort för kontrollen: högst 0 MB.",
        }
        or response.json()["error"] == "too_large"
    )


def test_it_refuses_other_media_types_and_methods(client, api_token):
    auth = {"HTTP_AUTHORIZATION": f"Bearer {api_token}"}
    assert client.post(URL, data="hej", content_type="text/plain", **auth).status_code == 415
    response = client.get(URL, **auth)
    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_the_openapi_schema_is_served_and_valid(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    assert set(document["paths"]) == {"/api/v1/check", "/api/v1/events/{event_id}/sent-anyway"}
