"""The HTTP check API: ``POST /api/v1/check`` answers with the same JSON object as
``varna check --json`` (without ``file``). Documented in ``openapi.py``, served at
``/api/v1/openapi.json``."""

from __future__ import annotations

import base64
import binascii
import json
from functools import cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from varna.mail import Limits, ParsedMessage, UnreadableMessage, message_from_fields, read_message
from varna.policy import Policy, judge, load_policy
from varna.relay.custody import GuardRecord, summarise
from varna.web.guard import services, tokens
from varna.web.guard.models import Action, ApiClient, GuardEvent, Source
from varna.web.guard.openapi import schema

JSON_FIELDS = frozenset(
    {"from", "to", "cc", "bcc", "subject", "body", "html_body", "headers", "attachments"}
)


class BadRequest(Exception):
    def __init__(self, status: int, code: str, message: str, field: str = "") -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def error_response(status: int, code: str, message: str, field: str = "") -> JsonResponse:
    data = {"error": code, "message": message}
    if field:
        data["field"] = field
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="varna"'
    return response


@cache
def active_policy() -> Policy:
    return load_policy(settings.VARNA_POLICY_FILE or None)


def warm_up() -> None:
    """Load the policy and compile everything the first check would (``varna serve``
    does this before starting its workers, so no client waits for it)."""
    judge(
        read_message(b"From: a@example.se\r\nTo: b@example.se\r\nSubject: x\r\n\r\nHej\r\n"),
        active_policy(),
    )


def _limits() -> Limits:
    return Limits(max_seconds=float(settings.VARNA_API_TIME_LIMIT))


def _authenticated(request: HttpRequest) -> ApiClient | None:
    return tokens.authenticate(request.headers.get("Authorization", ""))


def _read_body(request: HttpRequest) -> bytes:
    limit = int(settings.VARNA_API_MAX_BYTES)
    declared = request.META.get("CONTENT_LENGTH") or ""
    if declared.isdigit() and int(declared) > limit:
        raise BadRequest(413, "too_large", _too_large(limit))
    body = request.read(limit + 1)
    if len(body) > limit:
        raise BadRequest(413, "too_large", _too_large(limit))
    return body


def _too_large(limit: int) -> str:
    size = f"{limit // 1048576} MB" if limit >= 1048576 else f"{limit // 1024} kB"
    return f"Meddelandet är för stort för kontrollen: högst {size}."


def _posting_client(request: HttpRequest) -> ApiClient | JsonResponse:
    """The client system behind a POST with a valid token, or the 405/401 answer."""
    if request.method != "POST":
        response = error_response(405, "method_not_allowed", "Använd POST.")
        response["Allow"] = "POST"
        return response
    client = _authenticated(request)
    if client is None:
        return error_response(
            401, "unauthorized", "Ange en giltig API-nyckel: Authorization: Bearer <nyckel>."
        )
    return client


@csrf_exempt
def check(request: HttpRequest) -> HttpResponse:
    client = _posting_client(request)
    if isinstance(client, JsonResponse):
        return client
    try:
        parsed, size = _parse(request)
    except BadRequest as error:
        return error_response(error.status, error.code, error.message, error.field)
    verdict = judge(parsed, active_policy())
    response = JsonResponse(verdict.to_dict(), json_dumps_params={"ensure_ascii": False})
    if verdict.verdict != "allow":
        event = services.record_event(
            GuardRecord(
                source=Source.API,
                client=client.name,
                sender=parsed.sender.lower(),
                recipient_count=len({r.address.lower() for r in parsed.recipients}),
                verdict=verdict.verdict,
                action=Action.ANSWERED,
                findings=summarise(verdict),
                size=size,
            )
        )
        response["X-Varna-Event"] = str(event.id)
    return response


def _parse(request: HttpRequest) -> tuple[ParsedMessage, int]:
    content_type = (request.content_type or "").lower()
    if content_type not in ("message/rfc822", "application/json"):
        raise BadRequest(
            415,
            "unsupported_media_type",
            "Skicka meddelandet som message/rfc822 eller som application/json.",
        )
    body = _read_body(request)
    if content_type == "message/rfc822":
        if not body.strip():
            raise BadRequest(400, "empty", "Meddelandet är tomt.")
        try:
            return read_message(body, limits=_limits()), len(body)
        except UnreadableMessage as error:
            raise BadRequest(
                400, "unreadable", f"Meddelandet kan inte läsas: {error.reason}."
            ) from error
    return _from_json(body), len(body)


def _from_json(body: bytes) -> ParsedMessage:
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadRequest(400, "bad_json", "Begäran är inte giltig JSON (UTF-8).") from error
    if not isinstance(data, dict):
        raise BadRequest(400, "bad_json", "Begäran ska vara ett JSON-objekt.")
    unknown = sorted(set(data) - JSON_FIELDS)
    if unknown:
        raise BadRequest(400, "unknown_field", f"Okänt fält: {unknown[0]}.", unknown[0])
    return message_from_fields(
        sender=_text(data, "from"),
        to=_addresses(data, "to"),
        cc=_addresses(data, "cc"),
        bcc=_addresses(data, "bcc"),
        subject=_text(data, "subject"),
        body=_text(data, "body"),
        html_body=_text(data, "html_body"),
        headers=_headers(data),
        attachments=_attachments(data),
        limits=_limits(),
    )


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadRequest(400, "bad_field", f"Fältet {key} ska vara en text.", key)
    return value


def _addresses(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BadRequest(400, "bad_field", f"Fältet {key} ska vara en lista med adresser.", key)
    return value


def _headers(data: dict[str, Any]) -> dict[str, str]:
    value = data.get("headers", {})
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise BadRequest(
            400, "bad_field", "Fältet headers ska vara ett objekt med texter.", "headers"
        )
    return value


def _attachments(data: dict[str, Any]) -> list[tuple[str, bytes]]:
    value = data.get("attachments", [])
    if not isinstance(value, list):
        raise BadRequest(400, "bad_field", "Fältet attachments ska vara en lista.", "attachments")
    attachments = []
    for index, item in enumerate(value):
        where = f"attachments[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("content"), str):
            raise BadRequest(400, "bad_field", f"{where} ska ha content (base64) och name.", where)
        name = item.get("name", "")
        if not isinstance(name, str):
            raise BadRequest(400, "bad_field", f"{where}.name ska vara en text.", f"{where}.name")
        try:
            content = base64.b64decode("".join(item["content"].split()), validate=True)
        except (binascii.Error, ValueError) as error:
            raise BadRequest(
                400,
                "bad_base64",
                f"{where}.content är inte giltig base64.",
                f"{where}.content",
            ) from error
        attachments.append((name, content))
    return attachments


@csrf_exempt
def sent_anyway(request: HttpRequest, event_id: str) -> HttpResponse:
    """The client system reports that the sender sent the message despite the warning."""
    client = _posting_client(request)
    if isinstance(client, JsonResponse):
        return client
    event = GuardEvent.objects.filter(
        pk=event_id, source=Source.API, client=client.name, action=Action.ANSWERED
    ).first()
    if event is None:
        return error_response(404, "not_found", "Händelsen finns inte för det här klientsystemet.")
    services.mark_sent_anyway(event)
    return HttpResponse(status=204)


@require_GET
def openapi(request: HttpRequest) -> JsonResponse:
    return JsonResponse(schema(), json_dumps_params={"ensure_ascii": False})
