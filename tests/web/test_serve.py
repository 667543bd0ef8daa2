"""`varna serve` starts a real server (gunicorn) that answers over HTTP."""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.ports import free_port

pytestmark = pytest.mark.slow


def test_varna_serve_answers_on_the_given_address(tmp_path: Path):
    # A production-like environment, not the test run's (which relaxes cookies
    # and, in browser tests, async safety: the deploy check would refuse both).
    environ = {
        "PATH": os.environ["PATH"],
        "DEBUG": "false",
        "SECRET_KEY": "serve-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1",
        "VARNA_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    varna = [sys.executable, "-m", "varna"]
    subprocess.run([*varna, "manage", "migrate", "--noinput", "-v0"], env=environ, check=True)
    subprocess.run([*varna, "manage", "collectstatic", "--noinput", "-v0"], env=environ, check=True)
    token = subprocess.run(
        [*varna, "manage", "api_token", "create", "Outlook-tillägget"],
        env=environ,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()[-1]
    port = free_port()
    server = subprocess.Popen(
        [*varna, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = r.read()
                break
            except OSError:
                time.sleep(0.1)
        if body != b"ok":
            server.terminate()
            output = server.communicate(timeout=30)[0].decode(errors="replace")
            pytest.fail(f"varna serve did not answer /healthz:\n{output}")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/logga-in/", timeout=5) as r:
            page = r.read().decode()
            assert "Logga in" in page
            assert r.headers["Strict-Transport-Security"] is None  # only sent over https
        css = page.split('href="/static/')[1].split('"')[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/{css}", timeout=5) as r:
            assert r.status == 200
            assert "max-age" in r.headers["Cache-Control"]
        check = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/check",
            data=b"From: a@kungalv.se\r\nTo: b@kungalv.se\r\nSubject: Fika\r\n\r\nHej!\r\n",
            headers={"Authorization": f"Bearer {token}", "Content-Type": "message/rfc822"},
        )
        with urllib.request.urlopen(check, timeout=5) as r:
            assert json.load(r)["verdict"] == "allow"
            # One request per connection, so the next one goes to whichever worker is free.
            assert r.headers["Connection"] == "close"
    finally:
        server.terminate()
        server.wait(timeout=30)
