"""One worker: an event loop serving SMTP on a listening socket until told to stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import ssl

from varna.relay.config import ListenConfig, RelayConfig, TlsConfig
from varna.relay.handler import Relay, smtp_factory

log = logging.getLogger("varna.relay")


def server_tls_context(tls: TlsConfig) -> ssl.SSLContext | None:
    if not tls.enabled:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(tls.certificate, tls.key)
    return context


def listening_socket(listen: ListenConfig, *, backlog: int = 1024) -> socket.socket:
    """Bound once by the supervisor and shared by every worker."""
    family = socket.AF_INET6 if ":" in listen.address else socket.AF_INET
    return socket.create_server((listen.address, listen.port), family=family, backlog=backlog)


async def serve(
    relay: Relay,
    sock: socket.socket,
    stop: asyncio.Event,
    *,
    tls_context: ssl.SSLContext | None = None,
) -> None:
    """Serve until ``stop`` is set, then drain gracefully."""
    loop = asyncio.get_running_loop()
    if tls_context is None:
        tls_context = server_tls_context(relay.config.tls)
    server = await loop.create_server(smtp_factory(relay, tls_context), sock=sock)
    try:
        await stop.wait()
    finally:
        server.close()
        await relay.drain(relay.config.process.shutdown_grace)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(server.wait_closed(), 5)


async def run_worker(relay: Relay, sock: socket.socket, parent_pid: int | None = None) -> None:
    """A worker process's main coroutine: SIGTERM/SIGINT or losing the supervisor
    (it was killed) stops it gracefully."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)

    async def watch_parent() -> None:
        while not stop.is_set():
            if parent_pid is not None and os.getppid() != parent_pid:
                log.warning("supervisor gone; stopping")
                stop.set()
            await asyncio.sleep(1)

    watcher = loop.create_task(watch_parent())
    try:
        await serve(relay, sock, stop)
    finally:
        watcher.cancel()


def configure_for(config: RelayConfig) -> None:
    from varna.relay import logs

    logs.configure(config.process.log_format, config.process.log_level)
