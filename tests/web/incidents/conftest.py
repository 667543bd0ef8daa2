"""Fixed personas and helpers for the register's tests.

owner     – GDPR coordinator of BUN, where the test case lives
member    – BUN's decision-maker (board member)
outsider  – GDPR coordinator of another board (KS)
dpo, reporter (an employee), administrator
"""

from __future__ import annotations

import email
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from typing import Any

import pytest
from django.utils import timezone

from tests.ports import free_port
from varna.web.accounts.models import Role, User
from varna.web.incidents import services
from varna.web.incidents.choices import AssignmentKind, ReporterKind
from varna.web.incidents.models import Board, BoardAssignment, Case, Event, Organisation

PASSWORD = "a-long-test-password"


def person(username: str, role: Role, first_name: str, title: str = "") -> User:
    return User.objects.create_user(
        username,
        password=PASSWORD,
        email=f"{username}@testkommun.example",
        first_name=first_name,
        last_name="Testsson",
        role=role,
        title=title,
    )


@pytest.fixture
def organisation(db: Any) -> Organisation:
    return Organisation.objects.create(name="Testkommunen")


@pytest.fixture
def bun(organisation: Organisation) -> Board:
    return Board.objects.create(
        organisation=organisation, name="Barn- och ungdomsnämnden", code="BUN"
    )


@pytest.fixture
def ks(organisation: Organisation) -> Board:
    board = Board.objects.create(organisation=organisation, name="Kommunstyrelsen", code="KS")
    organisation.intake_board = board
    organisation.save()
    return board


@pytest.fixture
def owner(bun: Board) -> User:
    user = person("cecilia", Role.COORDINATOR, "Cecilia", "Verksamhetsutvecklare IKT")
    BoardAssignment.objects.create(user=user, board=bun, kind=AssignmentKind.COORDINATOR)
    return user


@pytest.fixture
def member(bun: Board) -> User:
    user = person("lars", Role.BOARD, "Lars", "Förvaltningschef")
    BoardAssignment.objects.create(user=user, board=bun, kind=AssignmentKind.BOARD_MEMBER)
    return user


@pytest.fixture
def outsider(ks: Board) -> User:
    user = person("johan", Role.COORDINATOR, "Johan")
    BoardAssignment.objects.create(user=user, board=ks, kind=AssignmentKind.COORDINATOR)
    return user


@pytest.fixture
def dpo(db: Any) -> User:
    return person("maria", Role.DPO, "Maria", "Dataskyddsombud")


@pytest.fixture
def reporter(db: Any) -> User:
    return person("eva", Role.EMPLOYEE, "Eva", "Lärare")


@pytest.fixture
def administrator(db: Any) -> User:
    return person("agnes", Role.ADMIN, "Agnes")


ReportFactory = Callable[..., Event]


@pytest.fixture
def make_report(bun: Board, reporter: User) -> ReportFactory:
    def make(
        boards: list[Board] | None = None,
        discovered_at: datetime | None = None,
        user: User | None = reporter,
        **overrides: Any,
    ) -> Event:
        values: dict[str, Any] = {
            "trigger": "happened",
            "title": "Elevlista till fel mottagare",
            "description": "En elevlista skickades till fel vårdnadshavare.",
            "channel": "wrong_recipient",
            "discovered_at": discovered_at or timezone.now() - timedelta(hours=1),
            "reporter_kind": ReporterKind.EMPLOYEE,
            "reporter_name": "Eva Testsson",
            "reporter_email": "eva@testkommun.example",
            "reported_data": ["basic", "contact"],
            "reported_groups": ["pupils"],
        }
        values.update(overrides)
        return services.report_incident(
            services.Report(**values), boards=boards or [bun], reporter_user=user
        )

    return make


@pytest.fixture
def case(make_report: ReportFactory, owner: User) -> Case:
    return make_report().cases.get()


def decide(case: Case, actor: User, *, notify: bool = False, inform: bool = False) -> Case:
    services.record_decision(
        case,
        actor=actor,
        values={
            "notify_authority": notify,
            "authority_reason": "Osannolikt att incidenten medför en risk.",
            "inform_subjects": inform,
            "subjects_reason": "Ingen hög risk.",
            "subjects_information_method": "Brev" if inform else "",
            "decision_maker": "Lars Testsson, förvaltningschef",
        },
        recommendation=None,
    )
    case.refresh_from_db()
    return case


def document(case: Case, actor: User) -> Case:
    services.update_facts(case, actor=actor, values={"breach_types": ["confidentiality"]})
    services.update_assessment(
        case, actor=actor, values={"assessment": "Begränsad incident.", "assessed_risk": "unlikely"}
    )
    case.refresh_from_db()
    return case


@pytest.fixture(autouse=True)
def attachment_dir(settings: Any, tmp_path: Any) -> Any:
    settings.VARNA_ATTACHMENT_DIR = tmp_path / "attachments"
    return settings.VARNA_ATTACHMENT_DIR


@dataclass
class SmtpSink:
    """A real SMTP server on localhost that keeps what it receives."""

    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    recipients: list[list[str]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append(message)
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


def subject(message: EmailMessage) -> str:
    """A received message's subject as a mail client shows it (unfolded)."""
    return " ".join(str(message["Subject"]).split())


@pytest.fixture
def smtp_sink(settings: Any) -> Iterator[SmtpSink]:
    from aiosmtpd.controller import Controller

    sink = SmtpSink(port=free_port())
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = sink.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    try:
        yield sink
    finally:
        controller.stop()
