"""Load and custody benchmark for `varna relay`.

N messages from the development corpus (bench/mail_corpus: allow, warn and block,
without attachments unless --attachments) are sent by several client processes
through a real `varna relay` (its own process group, worker processes) to a sink
(aiosmtpd, its own process). Clients behave like an MTA: they retry on 4xx and on
connection errors until they get a final answer. Every message carries an
X-Bench-Id header, so at the end each one is accounted for: delivered at the sink,
rejected (5xx), held in quarantine (decrypted from the quarantine to check), or
LOST — which must be 0.

Scenarios: ``plain``; ``upstream-restart`` (the sink is stopped for a few seconds
a third of the way in); ``relay-kill`` (the relay's whole process group gets
SIGKILL a third of the way in and is started again).

    python bench/relay_load.py --messages 10000 --scenario all
"""

from __future__ import annotations

import argparse
import asyncio
import email
import email.policy
import email.utils
import multiprocessing
import os
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.ports import free_port  # noqa: E402

from bench.mail_corpus import INTERNAL_DOMAINS, PARTNER_DOMAINS, messages, specs  # noqa: E402

ID_HEADER = b"X-Bench-Id: "


# -- the corpus ------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    raw: bytes
    mail_from: str
    rcpt_tos: tuple[str, ...]
    expected: str


def corpus(with_attachments: bool, kind: str = "dev") -> list[Sample]:
    if kind == "tiny":  # protocol overhead only: one short allowed message
        raw = (
            b"From: anna.lindqvist@solby.se\r\nTo: karin.holm@solby.se\r\n"
            b"Subject: Fika\r\n\r\nFika klockan tre i dag.\r\n"
        )
        return [Sample(raw, "anna.lindqvist@solby.se", ("karin.holm@solby.se",), "allow")]
    plain = {spec.id for spec in specs() if not spec.attachments and spec.forwarded is None}
    samples = []
    for item in messages():
        if not item.filename.endswith(".eml"):
            continue
        if not with_attachments and item.id not in plain:
            continue
        parsed = email.message_from_bytes(item.raw, policy=email.policy.compat32)
        sender = email.utils.parseaddr(str(parsed.get("From", "")))[1]
        fields = [str(v) for name in ("To", "Cc", "Bcc") for v in parsed.get_all(name, [])]
        rcpts = tuple(a for _, a in email.utils.getaddresses(fields) if "@" in a)
        if rcpts:
            samples.append(Sample(item.raw, sender, rcpts, str(item.expected)))
    return samples


# -- the sink (own process) ------------------------------------------------------


def sink_main(port: int, ids_path: str) -> None:
    from aiosmtpd.smtp import SMTP

    out = open(ids_path, "a", buffering=1)  # noqa: SIM115 - lives as long as the process

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            content = envelope.original_content or b""
            start = content.find(ID_HEADER)
            if start >= 0:
                end = content.find(b"\r\n", start)
                out.write(content[start + len(ID_HEADER) : end].decode() + "\n")
            return "250 2.0.0 Ok: queued"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        server = await loop.create_server(
            lambda: SMTP(Handler(), hostname="sink", loop=loop, data_size_limit=None),
            "127.0.0.1",
            port,
            reuse_address=True,
        )
        await stop.wait()
        server.close()

    logging_quiet()
    asyncio.run(main())


def logging_quiet() -> None:
    import logging

    logging.getLogger("mail.log").setLevel(logging.WARNING)


class Sink:
    def __init__(self, port: int, ids_path: Path) -> None:
        self.port, self.ids_path = port, ids_path
        self.process: multiprocessing.process.BaseProcess | None = None

    def start(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.process = context.Process(target=sink_main, args=(self.port, str(self.ids_path)))
        self.process.start()
        wait_for_port(self.port)

    def stop(self) -> None:
        if self.process is not None and self.process.pid is not None:
            os.kill(self.process.pid, signal.SIGTERM)
            self.process.join(10)
            self.process = None


def wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise SystemExit(f"nothing listens on port {port}")


# -- the relay (own process group) -----------------------------------------------


class RelayProcess:
    def __init__(self, config: Path, environ: dict[str, str], port: int, log: Path) -> None:
        self.config, self.environ, self.port, self.log = config, environ, port, log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "varna", "relay", "--config", str(self.config)],
                env=self.environ,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for_smtp(self.port)

    def kill(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def wait_for_smtp(port: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=5) as client:
                if client.noop()[0] == 250:
                    return
        except (OSError, smtplib.SMTPException):
            time.sleep(0.1)
    raise SystemExit(f"the relay does not answer on port {port}")


# -- clients (own processes) -----------------------------------------------------


@dataclass
class Result:
    id: int
    outcome: str  # accepted | rejected
    code: int
    seconds: float
    attempts: int


_SAMPLES: list[Sample] = []
_PROGRESS: Any = None


def _client_init(samples: list[Sample], progress: Any) -> None:
    global _SAMPLES, _PROGRESS
    _SAMPLES, _PROGRESS = samples, progress


def client_main(port: int, jobs: list[tuple[int, int]], per_connection: int) -> list[Result]:
    progress = _PROGRESS
    results: list[Result] = []
    connection: smtplib.SMTP | None = None
    used = 0
    for message_id, index in jobs:
        sample = _SAMPLES[index]
        content = ID_HEADER + str(message_id).encode() + b"\r\n" + sample.raw
        attempts, delay = 0, 0.1
        while True:
            attempts += 1
            try:
                if connection is None or used >= per_connection:
                    if connection is not None:
                        _quit(connection)
                    connection = smtplib.SMTP("127.0.0.1", port, timeout=60)
                    connection.ehlo()
                    used = 0
                used += 1
                started = time.perf_counter()
                refused = connection.sendmail(sample.mail_from, list(sample.rcpt_tos), content)
                elapsed = time.perf_counter() - started
                if refused and len(refused) == len(sample.rcpt_tos):
                    raise smtplib.SMTPRecipientsRefused(refused)
                results.append(Result(message_id, "accepted", 250, elapsed, attempts))
                break
            except (smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as error:
                code = error.smtp_code
            except smtplib.SMTPRecipientsRefused as error:
                code = max(c for c, _ in error.recipients.values())
            except (OSError, smtplib.SMTPException):
                code = 0  # connection trouble: like an MTA, try again later
                connection = None
            if 500 <= code < 600:
                results.append(Result(message_id, "rejected", code, 0.0, attempts))
                break
            if connection is not None:
                try:
                    connection.rset()
                except (OSError, smtplib.SMTPException):
                    connection = None
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
        with progress.get_lock():
            progress.value += 1
    if connection is not None:
        _quit(connection)
    return results


def _quit(connection: smtplib.SMTP) -> None:
    try:
        connection.quit()
    except (OSError, smtplib.SMTPException):
        connection.close()


# -- one run -----------------------------------------------------------------------


@dataclass
class Run:
    scenario: str
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0
    delivered: Counter[int] = field(default_factory=Counter)
    quarantined: set[int] = field(default_factory=set)


def write_config(directory: Path, port: int, sink_port: int, args: argparse.Namespace) -> Path:
    policy = directory / "policy.toml"
    policy.write_text(
        "[organisation]\n"
        f"internal_domains = {list(INTERNAL_DOMAINS)!r}\n"
        f"partner_domains = {list(PARTNER_DOMAINS)!r}\n".replace("'", '"'),
        encoding="utf-8",
    )
    config = directory / "relay.toml"
    config.write_text(
        f"""[listen]
port = {port}
hostname = "relay.bench"
max_sessions = 500
[upstream]
port = {sink_port}
timeout = 10
[actions]
block = "{args.block}"
notify_sender_on_quarantine = false
[judging]
policy = "{policy}"
[events]
record = {"true" if args.events else "false"}
[process]
workers = {args.workers}
shutdown_grace = 5
log_level = "WARNING"
[metrics]
port = 0
""",
        encoding="utf-8",
    )
    return config


def environment(directory: Path, args: argparse.Namespace) -> dict[str, str]:
    environ = {
        "PATH": os.environ["PATH"],
        "SECRET_KEY": "relay-bench-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "VARNA_DATA_DIR": str(directory),
        "DATABASE_URL": args.database_url or f"sqlite:///{directory / 'varna.sqlite3'}",
        **{k: v for k, v in os.environ.items() if k.startswith("VARNA_RELAY_")},
    }
    if args.block == "quarantine" or args.events:
        from cryptography.fernet import Fernet

        environ["VARNA_QUARANTINE_KEY"] = Fernet.generate_key().decode()
        subprocess.run(
            [sys.executable, "-m", "varna", "manage", "migrate", "--noinput", "-v0"],
            env=environ,
            check=True,
        )
    return environ


def run(scenario: str, samples: list[Sample], args: argparse.Namespace) -> Run:
    directory = Path(tempfile.mkdtemp(prefix=f"varna-relay-{scenario}-"))
    port, sink_port = free_port(), free_port()
    ids_path = directory / "delivered.txt"
    environ = environment(directory, args)
    relay = RelayProcess(
        write_config(directory, port, sink_port, args), environ, port, directory / "relay.log"
    )
    sink = Sink(sink_port, ids_path)
    outcome = Run(scenario)
    try:
        sink.start()
        relay.start()
        outcome.seconds = send_all(scenario, samples, args, port, sink, relay, outcome)
    finally:
        relay.stop()
        sink.stop()
    outcome.delivered = Counter(int(line) for line in ids_path.read_text().split())
    if args.block == "quarantine":
        outcome.quarantined = quarantined_ids(environ)
    return outcome


def send_all(
    scenario: str,
    samples: list[Sample],
    args: argparse.Namespace,
    port: int,
    sink: Sink,
    relay: RelayProcess,
    outcome: Run,
) -> float:
    jobs = [(i, i % len(samples)) for i in range(args.messages)]
    shares = [jobs[k :: args.clients] for k in range(args.clients)]
    context = multiprocessing.get_context("fork")
    progress = context.Value("i", 0)
    disruption = threading.Thread(
        target=disrupt, args=(scenario, progress, args.messages, sink, relay), daemon=True
    )
    started = time.perf_counter()
    with context.Pool(args.clients, initializer=_client_init, initargs=(samples, progress)) as pool:
        disruption.start()
        pending = [
            pool.apply_async(client_main, (port, share, args.per_connection)) for share in shares
        ]
        for job in pending:
            outcome.results.extend(job.get())
    seconds = time.perf_counter() - started
    disruption.join()
    return seconds


def disrupt(scenario: str, progress: Any, total: int, sink: Sink, relay: RelayProcess) -> None:
    if scenario == "plain":
        return
    while progress.value < total // 3:
        time.sleep(0.05)
    if scenario == "upstream-restart":
        sink.stop()
        time.sleep(3)
        sink.start()
    elif scenario == "relay-kill":
        relay.kill()
        time.sleep(1)
        relay.start()


def quarantined_ids(environ: dict[str, str]) -> set[int]:
    """Open the quarantine the way the web app does and read each message's id."""
    script = (
        "import django; django.setup()\n"
        "from varna.web.guard import vault\n"
        "from varna.web.guard.models import HeldMessage\n"
        "for held in HeldMessage.objects.all():\n"
        "    _, content = vault.read_sealed(held.pk)\n"
        "    start = content.find(b'X-Bench-Id: ') + 12\n"
        "    print(content[start:content.find(b'\\r\\n', start)].decode())\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", script],
        env={**environ, "DJANGO_SETTINGS_MODULE": "varna.web.settings", "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {int(line) for line in output.split()}


def report(outcome: Run, samples: list[Sample], args: argparse.Namespace) -> int:
    accepted = {r.id for r in outcome.results if r.outcome == "accepted"}
    rejected = {r.id for r in outcome.results if r.outcome == "rejected"}
    delivered = set(outcome.delivered)
    duplicates = sum(count - 1 for count in outcome.delivered.values())
    lost = accepted - delivered - outcome.quarantined
    unaccounted = args.messages - len(accepted) - len(rejected)
    latencies = sorted(r.seconds for r in outcome.results if r.outcome == "accepted")
    retried = sum(1 for r in outcome.results if r.attempts > 1)
    wrongly_delivered = rejected & delivered
    expected = Counter(samples[i % len(samples)].expected for i in range(args.messages))
    print(f"\n== scenario: {outcome.scenario} ==")
    print(f"messages sent:        {args.messages}  (expected verdicts: {dict(expected)})")
    print(f"wall time:            {outcome.seconds:.1f} s")
    print(f"throughput:           {args.messages / outcome.seconds:.0f} messages/s")
    if latencies:
        p50 = statistics.median(latencies) * 1000
        p99 = latencies[int(0.99 * (len(latencies) - 1))] * 1000
        print(f"latency (accepted):   p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    print(f"delivered:            {len(delivered & accepted)} (+{duplicates} duplicates)")
    print(f"rejected (5xx):       {len(rejected)}")
    print(f"quarantined:          {len(outcome.quarantined)}")
    print(f"retried (4xx/conn.):  {retried}")
    print(f"LOST:                 {len(lost) + unaccounted}")
    if wrongly_delivered:
        print(f"REJECTED BUT DELIVERED: {len(wrongly_delivered)}")
    return 1 if lost or unaccounted or wrongly_delivered else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=8, help="client processes")
    parser.add_argument("--workers", type=int, default=2, help="relay worker processes")
    parser.add_argument("--per-connection", type=int, default=100, help="messages per session")
    parser.add_argument(
        "--scenario", choices=("plain", "upstream-restart", "relay-kill", "all"), default="plain"
    )
    parser.add_argument("--block", choices=("reject", "quarantine"), default="reject")
    parser.add_argument("--events", action="store_true", help="record guard events")
    parser.add_argument("--database-url", default="", help="default: SQLite in a temp dir")
    parser.add_argument("--attachments", action="store_true", help="include messages with files")
    parser.add_argument(
        "--corpus",
        choices=("dev", "tiny"),
        default="dev",
        help="dev: the labelled development corpus; tiny: one short message (protocol cost)",
    )
    args = parser.parse_args(argv)
    samples = corpus(args.attachments, args.corpus)
    print(f"corpus: {len(samples)} messages ({Counter(s.expected for s in samples)})")
    scenarios = (
        ["plain", "upstream-restart", "relay-kill"] if args.scenario == "all" else [args.scenario]
    )
    status = 0
    for scenario in scenarios:
        status |= report(run(scenario, samples, args), samples, args)
    return status


if __name__ == "__main__":
    sys.exit(main())
