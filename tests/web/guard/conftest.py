"""Personas for the guard pages: Åsa Berg (employee, sends the held mail), Karin Lund
(employee, a colleague), Ali Hassan (mail administrator). And a check-API client."""

from __future__ import annotations

from typing import Any

import pytest

from varna.relay.custody import FindingSummary, GuardRecord, HeldMessage
from varna.web.accounts.models import Role, User
from varna.web.guard import tokens
from varna.web.guard.models import HeldMessage as HeldRow
from varna.web.guard.store import DjangoStore

PASSWORD = "a-long-test-password"
SENDER = "asa.berg@kungalv.se"
COLLEAGUE = "karin.lund@kungalv.se"


@pytest.fixture
def sender(db: Any) -> User:
    return User.objects.create_user(
        "asa", email="Asa.Berg@kungalv.se", password=PASSWORD, first_name="Åsa", role=Role.EMPLOYEE
    )


@pytest.fixture
def colleague(db: Any) -> User:
    return User.objects.create_user(
        "karin", email=COLLEAGUE, password=PASSWORD, first_name="Karin", role=Role.EMPLOYEE
    )


@pytest.fixture
def mail_admin(db: Any) -> User:
    return User.objects.create_user(
        "it",
        email="ali.hassan@kungalv.se",
        password=PASSWORD,
        first_name="Ali",
        role=Role.MAIL_ADMIN,
    )


@pytest.fixture
def api_token(db: Any) -> str:
    return tokens.create_client("Outlook-tillägget")[1]


def held_message(subject: str = "Elev i 7B", body: str = "Eleven har diabetes.") -> HeldRow:
    content = (
        f"From: Åsa Berg <{SENDER}>\r\nTo: {COLLEAGUE}\r\nSubject: {subject}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()
    held_id = DjangoStore().hold(
        HeldMessage(
            record=GuardRecord(
                "relay",
                "relay.test",
                SENDER,
                1,
                "block",
                "quarantined",
                (FindingSummary("health", "body", 1),),
            ),
            mail_from=SENDER,
            rcpt_tos=(COLLEAGUE,),
            subject=subject,
            content=content,
            verdict={
                "verdict": "block",
                "findings": [
                    {
                        "kind": "health",
                        "where": "body",
                        "count": 1,
                        "masked": ["diabetes"],
                        "message": "Uppgift om hälsa i meddelandets text om en person som kan "
                        "identifieras.",
                    }
                ],
                "advice": ["Ta bort de känsliga uppgifterna."],
            },
        )
    )
    return HeldRow.objects.select_related("event").get(pk=held_id)


@pytest.fixture
def quarantine_settings(settings: Any, tmp_path: Any) -> Any:
    from cryptography.fernet import Fernet

    settings.VARNA_QUARANTINE_KEY = Fernet.generate_key().decode()
    settings.VARNA_QUARANTINE_DIR = tmp_path / "quarantine"
    return settings


@pytest.fixture(autouse=True)
def _fresh_token_cache() -> Any:
    tokens.forget_cached()
    yield
    tokens.forget_cached()
