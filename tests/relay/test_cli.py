"""`varna relay` as an operator runs it: worker processes, metrics, clean stop."""

from __future__ import annotations

import email
import email.policy
import os
import signal
import smtplib
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.ports import free_port
from tests.relay.conftest import COLLEAGUE, SENDER, allowed_message

pytestmark = pytest.mark.slow
VARNA = [sys.executable, "-m", "varna"]


def environment(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": os.environ["PATH"],
        "SECRET_KEY": "relay-cli-test-secret-key-0123456789-abcdefghijklmnop",
        "ALLOWED_HOSTS": "127.0.0.1",
        "VARNA_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }


def wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=2) as client:
                client.noop()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing answers on port {port}")


def test_the_relay_runs_workers_serves_metrics_and_stops_cleanly(sink, tmp_path):
    port, metrics = free_port(), free_port()
    relay = subprocess.Popen(
        [
            *VARNA,
            "relay",
            "--listen",
            f"127.0.0.1:{port}",
            "--upstream",
            f"127.0.0.1:{sink.port}",
            "--metrics",
            f"127.0.0.1:{metrics}",
            "--workers",
            "2",
            "--no-events",
        ],
        env=environment(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port)
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.sendmail(SENDER, [COLLEAGUE], allowed_message())
        assert sink.handler.wait()[0].content.startswith(b"X-Varna-Verdict: allow")
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics}/metrics", timeout=5) as r:
            text = r.read().decode()
        assert 'varna_relay_messages_total{verdict="allow",action="forwarded"} 1' in text
        assert SENDER not in text
        assert COLLEAGUE not in text
        with urllib.request.urlopen(f"http://127.0.0.1:{metrics}/healthz", timeout=5) as r:
            assert r.read() == b"ok"
    finally:
        relay.send_signal(signal.SIGTERM)
        output = relay.communicate(timeout=60)[0].decode()
    assert relay.returncode == 0, output
    assert SENDER not in output  # no addresses in the logs
    assert COLLEAGUE not in output
    assert '"event": "message"' in output
    assert '"verdict": "allow"' in output


def test_a_quarantine_without_a_key_stops_the_relay_at_start(tmp_path):
    result = subprocess.run(
        [*VARNA, "relay", "--block", "quarantine", "--check"],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "VARNA_QUARANTINE_KEY saknas" in result.stderr


def test_a_bad_configuration_file_stops_the_relay_with_a_swedish_message(tmp_path):
    config = tmp_path / "relay.toml"
    config.write_text('[actions]\nblock = "drop"\n', encoding="utf-8")
    result = subprocess.run(
        [*VARNA, "relay", "--config", str(config), "--check"],
        env=environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "actions.block ska vara ett av: reject, quarantine" in result.stderr


def test_the_relay_holds_blocked_mail_in_the_encrypted_quarantine_of_the_database(sink, tmp_path):
    from cryptography.fernet import Fernet

    from tests.relay.conftest import blocked_message

    environ = {**environment(tmp_path), "VARNA_QUARANTINE_KEY": Fernet.generate_key().decode()}
    subprocess.run([*VARNA, "manage", "migrate", "--noinput", "-v0"], env=environ, check=True)
    port = free_port()
    relay = subprocess.Popen(
        [
            *VARNA,
            "relay",
            "--listen",
            f"127.0.0.1:{port}",
            "--upstream",
            f"127.0.0.1:{sink.port}",
            "--metrics",
            "127.0.0.1:0",
            "--workers",
            "1",
            "--block",
            "quarantine",
        ],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port)
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.sendmail(SENDER, [COLLEAGUE], blocked_message())
    finally:
        relay.send_signal(signal.SIGTERM)
        output = relay.communicate(timeout=60)[0].decode()
    assert relay.returncode == 0, output
    with sqlite3.connect(tmp_path / "db.sqlite3") as database:
        rows = database.execute("SELECT status, sender FROM guard_heldmessage").fetchall()
        events = database.execute("SELECT verdict, action FROM guard_guardevent").fetchall()
    assert rows == [("held", SENDER)]
    assert events == [("block", "quarantined")]
    [sealed] = (tmp_path / "quarantine").iterdir()
    assert b"matematik" not in sealed.read_bytes()
    # Only the notice to the sender went out, not the message.
    [notice] = sink.handler.received
    assert (notice.mail_from, notice.rcpt_tos) == ("<>", [SENDER])
    parsed = email.message_from_bytes(notice.content, policy=email.policy.default)
    assert parsed["Subject"] == "Värna: ditt meddelande har hållits kvar"
