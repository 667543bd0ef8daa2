"""Latency of the check API under concurrency: `varna serve` (gunicorn) on a real
socket, a fresh database and a real API token, and messages without attachments
from the development corpus posted as message/rfc822 over real HTTP/1.1 keep-alive
connections. Prints requests/s, p50/p95/p99 and the CPU the server and the client
used per request.

Closed loop (default): ``--concurrency`` connections, each posting the next message
as soon as it has the answer to the previous one, so exactly that many requests are
always in flight.

Open loop (``--rate R``): messages arrive at R per second on average (Poisson,
fixed seed) whatever the server does, over at most ``--concurrency`` connections;
latency counts from the moment a message arrived, so time spent waiting for a free
connection counts too (no coordinated omission).

The client is one process with a selector loop (a few tens of microseconds of CPU
per request), so on a 2-core machine it leaves the cores to the server instead of
competing with it, and its own scheduling does not add to the measured latency.

    python -m bench.api_load                      # 4000 requests, 20 in flight
    python -m bench.api_load --rate 400           # open loop, 400 requests/s
    python -m bench.api_load --workers 2 --threads 4
"""

from __future__ import annotations

import argparse
import json
import os
import random
import selectors
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.ports import free_port  # noqa: E402

from bench.relay_load import corpus  # noqa: E402

TIMEOUT_SECONDS = 30.0
HEALTH_CHECK = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"


# -- the server ------------------------------------------------------------------


def start_server(
    directory: Path, port: int, serve_options: list[str], database_url: str
) -> tuple[subprocess.Popen[bytes], str]:
    environ = {
        "PATH": os.environ["PATH"],
        "DEBUG": "false",
        "SECRET_KEY": "api-bench-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "VARNA_DATA_DIR": str(directory),
        "DATABASE_URL": database_url or f"sqlite:///{directory / 'varna.sqlite3'}",
        "LOG_LEVEL": "WARNING",
    }
    varna = [sys.executable, "-m", "varna"]
    subprocess.run([*varna, "manage", "migrate", "--noinput", "-v0"], env=environ, check=True)
    subprocess.run([*varna, "manage", "collectstatic", "--noinput", "-v0"], env=environ, check=True)
    created = subprocess.run(
        [*varna, "manage", "api_token", "create", "bench"],
        env=environ,
        check=True,
        capture_output=True,
        text=True,
    )
    token = created.stdout.strip().splitlines()[-1]
    server = subprocess.Popen(
        [*varna, "serve", "--bind", f"127.0.0.1:{port}", *serve_options],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=open(directory / "serve.log", "wb"),  # noqa: SIM115
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as probe:
                probe.sendall(HEALTH_CHECK)
                if probe.recv(64).startswith(b"HTTP/1.1 200"):
                    return server, token
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"varna serve did not start; see {directory / 'serve.log'}")


def process_group_cpu(pgid: int) -> float:
    """CPU seconds (user + system) used so far by the live processes of a group."""
    ticks = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid:  # fields[0] is the state, [2] the process group
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def machine_busy_cpu() -> float:
    """CPU seconds all cores spent outside idle and iowait since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    return (sum(values) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")


def measure_cpu(server_group: int) -> dict[str, float]:
    return {
        "server": process_group_cpu(server_group),
        "client": time.process_time(),
        "machine": machine_busy_cpu(),
    }


# -- the client ------------------------------------------------------------------


@dataclass
class Exchange:
    """One check: which message, and when it was due (arrival or send time)."""

    body: int
    due: float
    retried: bool = False


@dataclass
class Connection:
    sock: socket.socket
    outgoing: memoryview = field(default_factory=lambda: memoryview(b""))
    incoming: bytearray = field(default_factory=bytearray)
    exchange: Exchange | None = None


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)
    answers: list[bytes] = field(default_factory=list)
    failures: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0


def request_bytes(body: bytes, token: str) -> bytes:
    head = (
        "POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: message/rfc822\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def parse_response(buffer: bytearray) -> tuple[int, bytes, bool, int] | None:
    """(status, body, server closes, bytes used) once a whole response is in ``buffer``."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return None
    lines = bytes(buffer[:end]).decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length, closes = 0, False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "connection":
            closes = value.strip().lower() == "close"
        elif name == "transfer-encoding":
            raise ValueError("chunked answers are not expected from the check API")
    used = end + 4 + length
    if len(buffer) < used:
        return None
    return status, bytes(buffer[end + 4 : used]), closes, used


class LoadClient:
    """A selector loop over keep-alive connections; see the module docstring."""

    def __init__(self, port: int, requests: list[bytes], connections: int) -> None:
        self.port, self.requests, self.limit = port, requests, connections
        self.selector = selectors.DefaultSelector()
        self.idle: list[Connection] = []
        self.open = 0
        self.waiting: deque[Exchange] = deque()
        self.outcome = Outcome()

    def run(self, total: int, rate: float = 0.0, seed: int = 1) -> Outcome:
        arrivals = random.Random(seed)
        started = time.perf_counter()
        issued = 0
        next_arrival = started
        if not rate:  # closed loop: every connection starts at once
            for _ in range(min(self.limit, total)):
                self.dispatch(Exchange(issued % len(self.requests), time.perf_counter()))
                issued += 1
        done = 0
        while done < total:
            if rate:
                now = time.perf_counter()
                while issued < total and next_arrival <= now:
                    self.dispatch(Exchange(issued % len(self.requests), next_arrival))
                    issued += 1
                    next_arrival += arrivals.expovariate(rate)
                wait = max(0.0, next_arrival - now) if issued < total else TIMEOUT_SECONDS
            else:
                wait = TIMEOUT_SECONDS
            events = self.selector.select(min(wait, TIMEOUT_SECONDS))
            if not events and not rate:
                raise SystemExit(f"no answer within {TIMEOUT_SECONDS:.0f} s")
            for key, mask in events:
                finished = self.on_ready(key.data, mask)
                done += finished
                if finished and not rate and issued < total:
                    self.dispatch(Exchange(issued % len(self.requests), time.perf_counter()))
                    issued += 1
        self.outcome.seconds = time.perf_counter() - started
        for connection in self.idle:
            connection.sock.close()
        self.selector.close()
        return self.outcome

    def dispatch(self, exchange: Exchange) -> None:
        if self.idle:
            connection = self.idle.pop()
            self.selector.unregister(connection.sock)
        elif self.open < self.limit:
            connection = self.connect()
        else:
            self.waiting.append(exchange)
            return
        self.send(connection, exchange)

    def connect(self) -> Connection:
        sock = socket.create_connection(("127.0.0.1", self.port))
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.setblocking(False)
        self.open += 1
        return Connection(sock)

    def send(self, connection: Connection, exchange: Exchange) -> None:
        connection.exchange = exchange
        connection.outgoing = memoryview(self.requests[exchange.body])
        connection.incoming.clear()
        self.write(connection)
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if connection.outgoing else 0)
        self.selector.register(connection.sock, events, connection)

    def write(self, connection: Connection) -> None:
        try:
            sent = connection.sock.send(connection.outgoing)
        except BlockingIOError:
            return
        except OSError:
            return  # the read side sees the closed connection and retries
        connection.outgoing = connection.outgoing[sent:]

    def on_ready(self, connection: Connection, mask: int) -> int:
        """Number of checks finished (0 or 1)."""
        if mask & selectors.EVENT_WRITE and connection.outgoing:
            self.write(connection)
            if not connection.outgoing:
                self.selector.modify(connection.sock, selectors.EVENT_READ, connection)
        if not mask & selectors.EVENT_READ:
            return 0
        try:
            chunk = connection.sock.recv(65536)
        except BlockingIOError:
            return 0
        except OSError:
            chunk = b""
        if not chunk:
            return self.on_closed(connection)
        connection.incoming += chunk
        answer = parse_response(connection.incoming)
        if answer is None:
            return 0
        status, body, closes, _ = answer
        exchange = connection.exchange
        assert exchange is not None
        latency = time.perf_counter() - exchange.due
        if status == 200:
            self.outcome.latencies.append(latency)
            self.outcome.answers.append(body)
        else:
            self.outcome.failures[f"HTTP {status}"] += 1
        connection.exchange = None
        self.selector.unregister(connection.sock)
        if closes:
            self.drop(connection)
        else:
            self.reuse(connection)
        return 1

    def reuse(self, connection: Connection) -> None:
        if self.waiting:
            self.send(connection, self.waiting.popleft())
        else:
            self.idle.append(connection)
            # Watched while idle, so that a keep-alive timeout is noticed.
            self.selector.register(connection.sock, selectors.EVENT_READ, connection)

    def on_closed(self, connection: Connection) -> int:
        exchange = connection.exchange
        self.selector.unregister(connection.sock)
        if connection in self.idle:
            self.idle.remove(connection)
        self.drop(connection)
        if exchange is None:
            return 0
        if not connection.incoming and not exchange.retried:
            # The server closed a kept-alive connection as the request went out:
            # send it again on a new one, as any HTTP client does (due time kept).
            exchange.retried = True
            self.dispatch(exchange)
            return 0
        self.outcome.failures["connection closed"] += 1
        return 1

    def drop(self, connection: Connection) -> None:
        connection.sock.close()
        self.open -= 1
        if self.waiting and self.open < self.limit:
            self.send(self.connect(), self.waiting.popleft())


# -- the report ------------------------------------------------------------------


def percentile(ordered: list[float], share: float) -> float:
    return ordered[int(share * (len(ordered) - 1))]


def report(outcome: Outcome, args: argparse.Namespace, cpu: dict[str, float]) -> None:
    ordered = sorted(outcome.latencies)
    verdicts = Counter(json.loads(answer)["verdict"] for answer in outcome.answers)
    failed = sum(outcome.failures.values())
    mode = f"open loop, {args.rate:.0f} requests/s offered" if args.rate else "closed loop"
    serve = " ".join(args.serve_options) or "defaults"
    count = max(1, len(ordered) + failed)
    print(f"requests:     {len(ordered)} ok, {failed} failed {dict(outcome.failures) or ''}")
    print(f"verdicts:     {dict(verdicts)}")
    print(f"load:         {mode}, {args.concurrency} connections; varna serve: {serve}")
    print(f"throughput:   {len(ordered) / outcome.seconds:.0f} requests/s")
    if ordered:
        print(
            "latency:      "
            f"p50 {statistics.median(ordered) * 1000:.1f} ms, "
            f"p95 {percentile(ordered, 0.95) * 1000:.1f} ms, "
            f"p99 {percentile(ordered, 0.99) * 1000:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms"
        )
    others = (cpu["machine"] - cpu["server"] - cpu["client"]) / outcome.seconds
    print(
        f"cpu:          server {cpu['server'] / count * 1000:.2f} ms/request, "
        f"client {cpu['client'] / count * 1000:.2f} ms/request; "
        f"other processes used {max(0.0, others):.2f} cores meanwhile"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument(
        "--concurrency",
        type=int,
        default=20,
        help="requests in flight (closed loop); most connections (open loop)",
    )
    parser.add_argument(
        "--rate",
        type=float,
        default=0.0,
        help="requests/s offered in total (open loop); 0 = closed loop",
    )
    parser.add_argument("--workers", type=int, help="varna serve --workers (default: its own)")
    parser.add_argument("--threads", type=int, help="varna serve --threads (default: its own)")
    parser.add_argument(
        "--database-url", default="", help="e.g. postgres://…; default: SQLite in a temp dir"
    )
    args = parser.parse_args(argv)
    args.serve_options = [
        *(["--workers", str(args.workers)] if args.workers else []),
        *(["--threads", str(args.threads)] if args.threads else []),
    ]
    bodies = [sample.raw for sample in corpus(with_attachments=False)]
    directory = Path(tempfile.mkdtemp(prefix="varna-api-bench-"))
    port = free_port()
    server, token = start_server(directory, port, args.serve_options, args.database_url)
    requests = [request_bytes(body, token) for body in bodies]
    try:
        # Every worker process and thread judges messages before timing starts.
        LoadClient(port, requests, 32).run(len(requests) * 2)
        before = measure_cpu(server.pid)
        outcome = LoadClient(port, requests, args.concurrency).run(args.requests, args.rate)
        cpu = {key: value - before[key] for key, value in measure_cpu(server.pid).items()}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    report(outcome, args, cpu)
    return 0 if not outcome.failures else 1


if __name__ == "__main__":
    sys.exit(main())
