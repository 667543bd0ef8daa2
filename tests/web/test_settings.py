"""The settings module fails loudly on a bad environment (checked in a fresh interpreter)."""

import subprocess
import sys


def import_settings(**environ: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import varna.web.settings"],
        env={"PATH": "/usr/bin:/bin", **environ},
        capture_output=True,
        text=True,
        check=False,
    )


def test_it_refuses_to_start_without_a_secret_key_outside_debug():
    result = import_settings(ALLOWED_HOSTS="varna.example.se")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_it_refuses_to_start_without_allowed_hosts_outside_debug():
    result = import_settings(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list" in result.stderr


def test_it_starts_in_debug_with_nothing_set():
    result = import_settings(DEBUG="true")
    assert result.returncode == 0, result.stderr


def test_it_names_the_variable_with_a_bad_value():
    result = import_settings(DEBUG="true", EMAIL_PORT="smtp")
    assert "EMAIL_PORT must be a whole number" in result.stderr
