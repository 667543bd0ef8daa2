"""The client side: one connection to the upstream per client session, driven in
lockstep with the client's transaction (MAIL, RCPT, DATA) so that every reply the
relay gives reflects the upstream's own – including per-recipient refusals.

Nothing here raises on network trouble: every step returns an ``UpstreamReply``,
and a failure of the connection itself is a 4xx with ``failure`` set.
"""

from __future__ import annotations

import ssl
from collections.abc import Sequence
from dataclasses import dataclass

import aiosmtplib

from varna.relay.config import UpstreamConfig


@dataclass(frozen=True)
class UpstreamReply:
    code: int
    text: str
    # connect | timeout | disconnected when the connection itself failed.
    failure: str = ""

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 300

    @property
    def temporary(self) -> bool:
        return 400 <= self.code < 500

    @property
    def error_kind(self) -> str:
        """For the upstream error metric; empty when the reply is a success."""
        if self.failure:
            return self.failure
        if self.ok:
            return ""
        return "temporary" if self.temporary else "permanent"


def _failure(kind: str) -> UpstreamReply:
    return UpstreamReply(451, "4.4.1 upstream unavailable", kind)


def tls_context(config: UpstreamConfig) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=config.ca_file or None)
    if not config.verify_certificate:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


class UpstreamLink:
    """One client session's connection to the next hop."""

    def __init__(self, config: UpstreamConfig, context: ssl.SSLContext | None = None) -> None:
        self.config = config
        self._context = context
        self._client: aiosmtplib.SMTP | None = None
        self.in_transaction = False

    @property
    def connected(self) -> bool:
        return self._client is not None and self._client.is_connected

    async def _connect(self) -> UpstreamReply | None:
        config = self.config
        client = aiosmtplib.SMTP(
            hostname=config.host,
            port=config.port,
            timeout=config.timeout,
            local_hostname=config.helo,
            start_tls=False,
            tls_context=self._context,
        )
        try:
            await client.connect()
            await client.ehlo()
            wants_tls = config.starttls == "required" or (
                config.starttls == "opportunistic" and client.supports_extension("starttls")
            )
            if wants_tls:
                await client.starttls()
                await client.ehlo()
        except aiosmtplib.SMTPTimeoutError:
            client.close()
            return _failure("timeout")
        except aiosmtplib.SMTPResponseException as error:
            client.close()
            return UpstreamReply(451 if error.code < 500 else error.code, error.message)
        except (aiosmtplib.SMTPException, OSError, ssl.SSLError):
            client.close()
            return _failure("connect")
        self._client = client
        return None

    async def _command(self, *args: bytes) -> UpstreamReply:
        client = self._client
        if client is None or not client.is_connected:
            return _failure("disconnected")
        try:
            response = await client.execute_command(*args)
        except aiosmtplib.SMTPTimeoutError:
            self._drop()
            return _failure("timeout")
        except (aiosmtplib.SMTPException, OSError):
            self._drop()
            return _failure("disconnected")
        if response.code == 421:  # the upstream is closing: a temporary failure for us
            self._drop()
            return UpstreamReply(451, response.message)
        return UpstreamReply(response.code, response.message)

    async def begin(self, mail_from: str, options: Sequence[str]) -> UpstreamReply:
        """MAIL FROM, connecting first if needed (and reconnecting once if a kept
        connection turned out to be closed by the upstream while idle)."""
        for attempt in (1, 2):
            if not self.connected:
                failed = await self._connect()
                if failed:
                    return failed
            assert self._client is not None
            wanted = self._mail_options(options)
            reply = await self._command(b"MAIL", b"FROM:<" + _encode(mail_from) + b">", *wanted)
            if reply.failure == "disconnected" and attempt == 1:
                continue
            self.in_transaction = reply.ok
            return reply
        raise AssertionError("unreachable")  # pragma: no cover

    def _mail_options(self, options: Sequence[str]) -> list[bytes]:
        assert self._client is not None
        wanted: list[bytes] = []
        for option in options:
            upper = option.upper()
            if upper == "BODY=8BITMIME" and self._client.supports_extension("8bitmime"):
                wanted.append(b"BODY=8BITMIME")
            elif upper == "SMTPUTF8" and self._client.supports_extension("smtputf8"):
                wanted.append(b"SMTPUTF8")
        return wanted

    async def add_recipient(self, address: str) -> UpstreamReply:
        return await self._command(b"RCPT", b"TO:<" + _encode(address) + b">")

    async def deliver(self, content: bytes) -> UpstreamReply:
        client = self._client
        self.in_transaction = False
        if client is None or not client.is_connected:
            return _failure("disconnected")
        try:
            response = await client.data(content)
        except aiosmtplib.SMTPDataError as error:
            if error.code == 421:
                self._drop()
            return UpstreamReply(error.code if error.code != 421 else 451, error.message)
        except aiosmtplib.SMTPTimeoutError:
            self._drop()
            return _failure("timeout")
        except (aiosmtplib.SMTPException, OSError):
            self._drop()
            return _failure("disconnected")
        return UpstreamReply(response.code, response.message)

    async def abandon(self) -> None:
        """End the upstream transaction without sending anything (RSET)."""
        if self.in_transaction and self.connected:
            reply = await self._command(b"RSET")
            if not reply.ok:
                self._drop()
        self.in_transaction = False

    async def close(self) -> None:
        client, self._client = self._client, None
        self.in_transaction = False
        if client is None or not client.is_connected:
            return
        try:
            await client.quit(timeout=5)
        except (aiosmtplib.SMTPException, OSError):
            client.close()

    def _drop(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = None
        self.in_transaction = False


def _encode(address: str) -> bytes:
    # aiosmtpd decodes SMTPUTF8 arguments with surrogateescape; give back the bytes.
    return address.encode("utf-8", "surrogateescape")
