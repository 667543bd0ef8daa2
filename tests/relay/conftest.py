"""A real SMTP sink upstream (aiosmtpd) and the real relay on free localhost ports.

Personas: the sender Åsa Berg at Kungälv municipality, the colleague Karin Lund,
and outside recipients at three organisations (for the visible-recipients warning).
"""

from __future__ import annotations

import asyncio
import datetime
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from tests.ports import free_port
from tests.testdata import personnummer, short_form
from varna.relay.config import RelayConfig, load_config
from varna.relay.custody import GuardStore
from varna.relay.examine import Examiner
from varna.relay.handler import Relay
from varna.relay.server import listening_socket, serve

SENDER = "asa.berg@kungalv.se"
COLLEAGUE = "karin.lund@kungalv.se"
OUTSIDERS = [f"kontakt{i}@foretag{i % 3}.se" for i in range(8)]


def message(
    body: str = "Hej Karin! Mötet flyttas till torsdag kl. 14.",
    *,
    to: list[str] | None = None,
    subject: str = "Mötet",
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    mail = EmailMessage()
    mail["From"] = f"Åsa Berg <{SENDER}>"
    mail["To"] = ", ".join(to or [COLLEAGUE])
    mail["Subject"] = subject
    mail["Message-ID"] = "<test-1@kungalv.se>"
    for name, value in (extra_headers or {}).items():
        mail[name] = value
    mail.set_content(body)
    return mail.as_bytes(policy=SMTP_POLICY)


def allowed_message() -> bytes:
    return message()


def blocked_message() -> bytes:
    number = short_form(personnummer(0))
    return message(f"Hej! Eleven {number} behöver extra stöd i matematik.", subject="Elev")


def warned_message() -> bytes:
    return message("Välkomna till informationsmötet på torsdag.", to=OUTSIDERS, subject="Inbjudan")


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class SinkHandler:
    """Records what it accepts; can refuse recipients or answer DATA with a code."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    data_reply: str = ""
    arrived: threading.Event = field(default_factory=threading.Event)
    connections: int = 0

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.data_reply:
            return self.data_reply
        self.received.append(
            Received(
                str(envelope.mail_from), list(envelope.rcpt_tos), envelope.original_content or b""
            )
        )
        self.arrived.set()
        return "250 2.0.0 Ok: queued as SINK1"

    def wait(self, count: int = 1, timeout: float = 10.0) -> list[Received]:
        deadline = datetime.datetime.now() + datetime.timedelta(seconds=timeout)
        while len(self.received) < count and datetime.datetime.now() < deadline:
            self.arrived.wait(0.05)
            self.arrived.clear()
        return self.received


class Sink:
    """A real aiosmtpd server upstream that can be stopped and started on its port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.handler = SinkHandler()
        self.controller: Controller | None = None

    def start(self, tls_context: Any = None) -> None:
        """Start serving; with ``tls_context`` the sink offers STARTTLS and requires it."""
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            enable_SMTPUTF8=True,
            tls_context=tls_context,
            require_starttls=tls_context is not None,
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def sink() -> Iterator[Sink]:
    upstream = Sink()
    upstream.start()
    yield upstream
    upstream.stop()


@pytest.fixture(scope="session")
def examiner() -> Examiner:
    checker = Examiner.from_policy_file("")
    checker.warm_up()
    return checker


def relay_config(upstream_port: int, **sections: dict[str, Any]) -> RelayConfig:
    overrides: dict[str, dict[str, Any]] = {
        "listen": {"port": 0, "hostname": "relay.test", "client_timeout": 30},
        "upstream": {"port": upstream_port, "timeout": 5},
        "process": {"shutdown_grace": 1, "log_format": "text"},
        "metrics": {"port": 0},
    }
    for name, values in sections.items():
        overrides[name] = {**overrides.get(name, {}), **values}
    return load_config(None, overrides)


class RunningRelay:
    """The relay serving on a real socket from a thread with its own event loop."""

    def __init__(self, relay: Relay, tls_context: Any = None) -> None:
        self.relay = relay
        self.sock = listening_socket(relay.config.listen)
        self.port = int(self.sock.getsockname()[1])
        self.loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._tls = tls_context
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        self._ready.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)

        async def main() -> None:
            self._stop = asyncio.Event()
            self._ready.set()
            await serve(self.relay, self.sock, self._stop, tls_context=self._tls)

        self.loop.run_until_complete(main())
        self.loop.close()

    def stop(self) -> None:
        if self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self.thread.join(15)
        self.relay.close()
        self.sock.close()


@pytest.fixture
def start_relay(examiner: Examiner) -> Iterator[Any]:
    started: list[RunningRelay] = []

    def start(
        config: RelayConfig,
        *,
        store: GuardStore | None = None,
        tls_context: Any = None,
        upstream_tls: Any = None,
    ) -> RunningRelay:
        relay = Relay(config, examiner, store=store, upstream_tls=upstream_tls)
        running = RunningRelay(relay, tls_context)
        started.append(running)
        return running

    yield start
    for running in started:
        running.stop()


@pytest.fixture
def quarantine_settings(settings: Any, tmp_path: Path) -> Any:
    from cryptography.fernet import Fernet

    settings.VARNA_QUARANTINE_KEY = Fernet.generate_key().decode()
    settings.VARNA_QUARANTINE_DIR = tmp_path / "quarantine"
    return settings


def with_events(config: RelayConfig, record: bool = True) -> RelayConfig:
    return replace(config, record_events=record)
