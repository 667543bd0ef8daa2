"""The check API's OpenAPI 3.1 description, served at ``/api/v1/openapi.json``."""

from __future__ import annotations

from typing import Any

from varna import __version__
from varna.policy.texts import KIND_LABELS

_ERROR = {"$ref": "#/components/schemas/Error"}
# Every kind the guard can report, in the order the policy's texts list them.
_FINDING_KINDS = list(KIND_LABELS)


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR}}}


def schema() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Värna kontroll-API",
            "version": __version__,
            "description": (
                "Granskar ett utgående e-postmeddelande innan det skickas (t.ex. från ett "
                "Outlook-tillägg med OnMessageSend/Smart Alerts) och svarar tillåt, varna eller "
                "stoppa med skäl och råd på svenska – samma JSON som `varna check --json`."
            ),
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        },
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "paths": {
            "/api/v1/check": {
                "post": {
                    "operationId": "checkMessage",
                    "summary": "Granska ett meddelande",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "message/rfc822": {
                                "schema": {"type": "string", "contentMediaType": "message/rfc822"}
                            },
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/MessageFields"}
                            },
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "Bedömningen. Är den warn eller block sparas en "
                            "spärrhändelse, vars id står i X-Varna-Event.",
                            "headers": {
                                "X-Varna-Event": {
                                    "description": "Spärrhändelsens id (bara vid warn/block).",
                                    "schema": {"type": "string", "format": "uuid"},
                                }
                            },
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Verdict"}
                                }
                            },
                        },
                        "400": _error("Ogiltig JSON, base64 eller fält."),
                        "401": _error("API-nyckel saknas, är fel eller återkallad."),
                        "405": _error("Fel metod."),
                        "413": _error("Meddelandet är större än VARNA_API_MAX_BYTES."),
                        "415": _error("Fel Content-Type."),
                    },
                }
            },
            "/api/v1/events/{event_id}/sent-anyway": {
                "post": {
                    "operationId": "reportSentAnyway",
                    "summary": "Avsändaren skickade trots varningen",
                    "parameters": [
                        {
                            "name": "event_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "format": "uuid"},
                        }
                    ],
                    "responses": {
                        "204": {"description": "Noterat."},
                        "401": _error("API-nyckel saknas, är fel eller återkallad."),
                        "404": _error("Ingen sådan händelse för det här klientsystemet."),
                        "405": _error("Fel metod."),
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "En nyckel per klientsystem: "
                    "`varna manage api_token create NAMN`.",
                }
            },
            "schemas": {
                "MessageFields": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "from": {"type": "string", "description": "Avsändare, t.ex. Namn <a@b.se>"},
                        "to": {"$ref": "#/components/schemas/Addresses"},
                        "cc": {"$ref": "#/components/schemas/Addresses"},
                        "bcc": {"$ref": "#/components/schemas/Addresses"},
                        "subject": {"type": "string"},
                        "body": {"type": "string", "description": "Text (text/plain)."},
                        "html_body": {
                            "type": "string",
                            "description": "HTML; bara synlig text granskas.",
                        },
                        "headers": {
                            "type": "object",
                            "additionalProperties": {"type": "string"},
                            "description": "Extra rubriker, t.ex. krypteringsmarkeringar.",
                        },
                        "attachments": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["content"],
                                "additionalProperties": False,
                                "properties": {
                                    "name": {"type": "string"},
                                    "content": {"type": "string", "contentEncoding": "base64"},
                                },
                            },
                        },
                    },
                },
                "Addresses": {
                    "oneOf": [
                        {"type": "string"},
                        {"type": "array", "items": {"type": "string"}},
                    ]
                },
                "Verdict": {
                    "type": "object",
                    "required": ["verdict", "findings", "advice"],
                    "properties": {
                        "verdict": {"type": "string", "enum": ["allow", "warn", "block"]},
                        "findings": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Finding"},
                        },
                        "advice": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "Finding": {
                    "type": "object",
                    "required": ["kind", "where", "count", "masked", "message"],
                    "properties": {
                        "kind": {"type": "string", "examples": _FINDING_KINDS},
                        "where": {
                            "type": "string",
                            "description": "body, subject, recipients eller attachment:<namn>",
                        },
                        "count": {"type": "integer", "minimum": 1},
                        "masked": {"type": "array", "items": {"type": "string"}},
                        "message": {"type": "string"},
                    },
                },
                "Error": {
                    "type": "object",
                    "required": ["error", "message"],
                    "properties": {
                        "error": {"type": "string"},
                        "message": {"type": "string", "description": "På svenska."},
                        "field": {"type": "string"},
                    },
                },
            },
        },
    }
