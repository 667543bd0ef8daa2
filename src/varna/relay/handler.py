"""The SMTP side: aiosmtpd's protocol with Värna's rules, kept thin.

``Relay`` holds what all sessions of one worker share (configuration, judging
threads, storage, metrics) and carries out the custody rule in ``process``:
the client hears 250 only after the upstream accepted the message or the
quarantine holds it durably; anything else is a 4xx (try again) or the
upstream's own permanent refusal. ``RelaySMTP`` is one client connection.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from aiosmtpd.smtp import SMTP, Envelope, Session

from varna.relay import replies
from varna.relay.config import RelayConfig
from varna.relay.custody import GuardRecord, GuardStore, HeldMessage, summarise
from varna.relay.decision import decide
from varna.relay.examine import Examination, Examiner
from varna.relay.headers import header_value, with_verdict_header
from varna.relay.metrics import Metrics
from varna.relay.notice import build_notice
from varna.relay.upstream import UpstreamLink, UpstreamReply

log = logging.getLogger("varna.relay")
T = TypeVar("T")
NULL_SENDER = "<>"
_STORE_THREADS = 2


def sender_of(mail_from: str | None) -> str:
    """The envelope sender; aiosmtpd gives the null sender as ``<>``."""
    return "" if not mail_from or mail_from == NULL_SENDER else mail_from


class Relay:
    """Everything one worker's sessions share."""

    def __init__(
        self,
        config: RelayConfig,
        examiner: Examiner,
        *,
        store: GuardStore | None = None,
        metrics: Metrics | None = None,
        upstream_tls: Any = None,
    ) -> None:
        self.config = config
        self.examiner = examiner
        self.store = store
        self.metrics = metrics or Metrics()
        self.upstream_tls = upstream_tls
        self.judge_pool = ThreadPoolExecutor(config.judging.threads, "varna-judge")
        self.store_pool = ThreadPoolExecutor(_STORE_THREADS, "varna-store")
        self.sessions: set[RelaySMTP] = set()
        self.background: set[asyncio.Task[None]] = set()
        self.accepting = True

    # -- connections -------------------------------------------------------

    def admission(self, peer: Any) -> replies.Reply | None:
        """Why a new connection from ``peer`` is refused, or None to accept it."""
        if not self.accepting:
            return replies.SHUTTING_DOWN
        if not self._allowed(peer):
            self.metrics.inc("varna_relay_sessions_refused_total", "network")
            log.warning("connection refused", extra={"fields": {"reason": "network"}})
            return replies.NETWORK_REFUSED
        if len(self.sessions) >= self.config.listen.max_sessions:
            self.metrics.inc("varna_relay_sessions_refused_total", "busy")
            return replies.TOO_BUSY
        return None

    def _allowed(self, peer: Any) -> bool:
        if not isinstance(peer, tuple) or not peer:
            return False  # no address at all: not a network we know
        try:
            address = ipaddress.ip_address(str(peer[0]).split("%")[0])
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        return any(address in network for network in self.config.listen.client_networks)

    def opened(self, session: RelaySMTP) -> None:
        self.sessions.add(session)
        self.metrics.inc("varna_relay_sessions_total")
        self.metrics.set("varna_relay_sessions_active", len(self.sessions))

    def closed(self, session: RelaySMTP) -> None:
        self.sessions.discard(session)
        self.metrics.set("varna_relay_sessions_active", len(self.sessions))
        self.spawn(session.link.close())

    def spawn(self, coroutine: Any) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    async def in_thread(
        self, pool: ThreadPoolExecutor, function: Callable[..., T], *args: Any
    ) -> T:
        return await asyncio.get_running_loop().run_in_executor(pool, function, *args)

    # -- one message ---------------------------------------------------------

    async def process(self, link: UpstreamLink, envelope: Envelope, *, utf8: bool) -> str:
        """Judge, act and answer for one message (the custody rule lives here)."""
        started = time.monotonic()
        content = envelope.original_content or b""
        mail_from = sender_of(envelope.mail_from)
        outcome = {"verdict": "unknown", "action": "deferred"}
        try:
            return await self._process(link, envelope, content, mail_from, outcome, utf8)
        finally:
            elapsed = time.monotonic() - started
            self.metrics.inc("varna_relay_messages_total", outcome["verdict"], outcome["action"])
            self.metrics.observe("varna_relay_message_duration_seconds", elapsed)
            self.metrics.inc("varna_relay_received_bytes_total", amount=len(content))
            log.info(
                "message",
                extra={
                    "fields": {
                        **outcome,
                        "size": len(content),
                        "recipients": len(envelope.rcpt_tos),
                        "ms": round(elapsed * 1000, 1),
                    }
                },
            )

    async def _process(
        self,
        link: UpstreamLink,
        envelope: Envelope,
        content: bytes,
        mail_from: str,
        outcome: dict[str, str],
        utf8: bool,
    ) -> str:
        if not link.in_transaction:
            self.metrics.inc("varna_relay_upstream_errors_total", "disconnected")
            return replies.UPSTREAM_UNAVAILABLE.render()
        rcpt_tos = tuple(envelope.rcpt_tos)
        try:
            examination = await asyncio.wait_for(
                self.in_thread(self.judge_pool, self.examiner, content, mail_from, rcpt_tos),
                self.config.judging.timeout,
            )
        except Exception as error:  # a message that cannot be judged stays with the sender
            self.metrics.inc("varna_relay_judge_errors_total")
            log.error("judging failed", extra={"fields": {"error": type(error).__name__}})
            await link.abandon()
            return replies.CANNOT_JUDGE.render()
        verdict = examination.verdict
        outcome["verdict"] = verdict.verdict
        decision = decide(verdict.verdict, self.config.actions)
        if decision.action == "forward":
            marked = with_verdict_header(content, header_value(verdict))
            reply = await link.deliver(marked)
            if not reply.ok:
                return self._upstream_refused(reply, outcome)
            outcome["action"] = "forwarded"
            if verdict.verdict != "allow":
                await self._record(examination, envelope, mail_from, "forwarded", len(content))
                if decision.notify_sender:
                    self._notify("warn", examination, mail_from)
            return replies.relayed(250, f"2.0.0 Varna {verdict.verdict}: {reply.text}")
        await link.abandon()
        if decision.action == "reject":
            outcome["action"] = "rejected"
            await self._record(examination, envelope, mail_from, "rejected", len(content))
            return replies.rejection(verdict).render(utf8=utf8)
        if not await self._hold(examination, envelope, mail_from, content):
            return replies.QUARANTINE_FAILED.render()
        outcome["action"] = "quarantined"
        if decision.notify_sender:
            self._notify("quarantine", examination, mail_from)
        return replies.QUARANTINED.render()

    def _upstream_refused(self, reply: UpstreamReply, outcome: dict[str, str]) -> str:
        self.metrics.inc("varna_relay_upstream_errors_total", reply.error_kind)
        if reply.failure:
            return replies.UPSTREAM_UNAVAILABLE.render()
        outcome["action"] = "deferred" if reply.temporary else "refused"
        return replies.relayed(reply.code, reply.text)

    def _guard_record(
        self, examination: Examination, envelope: Envelope, mail_from: str, action: str, size: int
    ) -> GuardRecord:
        return GuardRecord(
            source="relay",
            client=self.config.listen.hostname,
            sender=mail_from.lower(),
            recipient_count=len(envelope.rcpt_tos),
            verdict=examination.verdict.verdict,
            action=action,
            findings=summarise(examination.verdict),
            size=size,
        )

    async def _record(
        self, examination: Examination, envelope: Envelope, mail_from: str, action: str, size: int
    ) -> None:
        """Guard events are statistics, not custody: a failure is counted and logged,
        and the mail flow goes on."""
        if self.store is None or not self.config.record_events:
            return
        record = self._guard_record(examination, envelope, mail_from, action, size)
        try:
            await self.in_thread(self.store_pool, self.store.record, record)
        except Exception as error:
            self.metrics.inc("varna_relay_store_errors_total", "event")
            log.error("guard event not recorded", extra={"fields": {"error": type(error).__name__}})

    async def _hold(
        self, examination: Examination, envelope: Envelope, mail_from: str, content: bytes
    ) -> bool:
        if self.store is None:
            self.metrics.inc("varna_relay_store_errors_total", "quarantine")
            return False
        held = HeldMessage(
            record=self._guard_record(
                examination, envelope, mail_from, "quarantined", len(content)
            ),
            mail_from=mail_from,
            rcpt_tos=tuple(envelope.rcpt_tos),
            subject=examination.subject,
            content=content,
            verdict=examination.verdict.to_dict(),
        )
        try:
            await self.in_thread(self.store_pool, self.store.hold, held)
        except Exception as error:
            self.metrics.inc("varna_relay_store_errors_total", "quarantine")
            log.error("quarantine failed", extra={"fields": {"error": type(error).__name__}})
            return False
        return True

    def _notify(self, kind: str, examination: Examination, mail_from: str) -> None:
        if not mail_from or examination.automatic:
            return
        notice = build_notice(
            kind,
            examination.verdict,
            sender=self.config.notices.sender,
            to=mail_from,
            subject=examination.subject,
            message_id=examination.message_id,
            quarantine_url=self.config.notices.quarantine_url,
        )
        self.spawn(self._send_notice(mail_from, notice.as_bytes()))

    async def _send_notice(self, recipient: str, content: bytes) -> None:
        link = UpstreamLink(self.config.upstream, self.upstream_tls)
        try:
            steps: list[UpstreamReply] = [await link.begin("", ["BODY=8BITMIME", "SMTPUTF8"])]
            if steps[-1].ok:
                steps.append(await link.add_recipient(recipient))
            if steps[-1].ok:
                steps.append(await link.deliver(content))
        finally:
            await link.close()
        result = "sent" if steps[-1].ok else "failed"
        self.metrics.inc("varna_relay_notices_total", result)
        if result == "failed":
            log.warning("notice not sent", extra={"fields": {"code": steps[-1].code}})

    # -- shutting down -------------------------------------------------------

    async def drain(self, grace: float) -> None:
        """Stop taking connections, let running conversations finish, then hang up."""
        self.accepting = False
        deadline = time.monotonic() + grace
        while self.sessions and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for session in list(self.sessions):
            if session.transport is not None:
                session.transport.close()
        if self.background:
            await asyncio.wait(list(self.background), timeout=max(1.0, grace))

    def close(self) -> None:
        self.judge_pool.shutdown(wait=True, cancel_futures=True)
        if self.store is not None:
            store = self.store
            # Each storage thread closes its own database connection: the barrier
            # keeps one thread from taking both tasks.
            barrier = threading.Barrier(_STORE_THREADS)

            def close_here() -> None:
                with contextlib.suppress(threading.BrokenBarrierError):
                    barrier.wait(timeout=5)
                store.close()

            for _ in range(_STORE_THREADS):
                self.store_pool.submit(close_here)
        self.store_pool.shutdown(wait=True)


class RelayHandler:
    """aiosmtpd hooks: each step mirrored to the upstream, DATA to ``Relay.process``."""

    def __init__(self, relay: Relay) -> None:
        self.relay = relay

    async def handle_EHLO(
        self,
        server: RelaySMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        await server.link.abandon()
        session.host_name = hostname
        return responses

    async def handle_RSET(self, server: RelaySMTP, session: Session, envelope: Envelope) -> str:
        await server.link.abandon()
        return "250 2.0.0 OK"

    async def handle_MAIL(
        self,
        server: RelaySMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        reply = await server.link.begin(sender_of(address), mail_options)
        if not reply.ok:
            return self._refused(reply)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(
        self,
        server: RelaySMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        reply = await server.link.add_recipient(address)
        if not reply.ok:
            return self._refused(reply)
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: RelaySMTP, session: Session, envelope: Envelope) -> str:
        server.touch()  # judging and delivery get a full client timeout of their own
        return await self.relay.process(server.link, envelope, utf8=envelope.smtp_utf8)

    async def handle_QUIT(self, server: RelaySMTP, session: Session, envelope: Envelope) -> str:
        await server.link.close()
        return "221 2.0.0 Bye"

    async def handle_exception(self, error: Exception) -> str:
        log.error("session error", extra={"fields": {"error": type(error).__name__}})
        return replies.CANNOT_JUDGE.render()

    def _refused(self, reply: UpstreamReply) -> str:
        self.relay.metrics.inc("varna_relay_upstream_errors_total", reply.error_kind)
        if reply.failure:
            return replies.UPSTREAM_UNAVAILABLE.render()
        return replies.relayed(reply.code, reply.text)


class RelaySMTP(SMTP):
    """One client connection: admission (networks, load), a hard session deadline,
    and its own upstream link."""

    def __init__(self, relay: Relay, **kwargs: Any) -> None:
        super().__init__(RelayHandler(relay), **kwargs)
        self.relay = relay
        self.link = UpstreamLink(relay.config.upstream, relay.upstream_tls)
        self._refused = False
        self._opened = False
        self._deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if not self._opened:
            refusal = self.relay.admission(transport.get_extra_info("peername"))
            if refusal is not None:
                self._refused = True
                transport.write(refusal.render().encode("ascii") + b"\r\n")  # type: ignore[attr-defined]
                transport.close()
                return
            self._opened = True
            self.relay.opened(self)
            self._deadline = self.loop.call_later(
                self.relay.config.listen.max_session_seconds, self._hang_up
            )
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if self._refused:
            return
        if self._deadline is not None:
            self._deadline.cancel()
        self.relay.closed(self)
        super().connection_lost(error)

    def _hang_up(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def touch(self) -> None:
        self._reset_timeout()


def smtp_factory(relay: Relay, tls_context: Any = None) -> Callable[[], RelaySMTP]:
    listen = relay.config.listen
    tls = relay.config.tls

    def factory() -> RelaySMTP:
        return RelaySMTP(
            relay,
            hostname=listen.hostname,
            ident="Varna",
            data_size_limit=listen.max_message_bytes,
            enable_SMTPUTF8=listen.smtputf8,
            tls_context=tls_context,
            require_starttls=tls.require and tls_context is not None,
            timeout=listen.client_timeout,
            loop=asyncio.get_running_loop(),
        )

    return factory
