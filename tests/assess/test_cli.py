"""`varna assess FILE.json`: JSON out in the contract's key order, clear
Swedish errors on stderr and a documented exit status."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from varna.cli import main

ALINGSAS = {
    "breach_types": ["confidentiality"],
    "data": ["contact"],
    "subjects": {"count": 12, "groups": ["employees"], "vulnerable": False},
    "exposure": "known_recipients",
    "malicious": False,
    "unintelligible": "none",
    "contained": False,
    "identifiability": "maximum",
    "already_public": True,
    "duration_days": 1,
    "discovered_at": "2024-11-21T16:38:00+01:00",
}


@pytest.fixture
def facts_file(tmp_path):
    def write(content: str | bytes) -> str:
        path = tmp_path / "incident.json"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return write


def test_it_prints_the_recommendation_in_the_contracts_key_order(facts_file, capsys):
    status = main(["assess", facts_file(json.dumps(ALINGSAS))])

    out = capsys.readouterr().out
    result = json.loads(out)
    assert status == 0
    assert list(result) == [
        "severity",
        "risk",
        "notify_authority",
        "notify_subjects",
        "authority_deadline",
        "reasons",
    ]
    assert list(result["severity"]) == ["score", "band", "dpc", "ei", "cb"]
    assert result["notify_authority"] is False
    assert result["authority_deadline"] == "2024-11-24T16:38:00+01:00"
    assert "redan offentliga" in out  # Swedish printed as is, not \\u-escaped


def test_it_reads_the_facts_from_standard_input_with_a_dash():
    result = subprocess.run(
        [sys.executable, "-m", "varna", "assess", "-"],
        input=json.dumps({**ALINGSAS, "data": ["health"], "already_public": False}),
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["notify_authority"] is True
    assert result.stderr == ""


def test_the_command_is_listed_in_the_help():
    result = subprocess.run(
        [sys.executable, "-m", "varna", "--help"], capture_output=True, text=True, check=True
    )

    assert "assess" in result.stdout


@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (b"\xff\xfe not utf-8", 3, "inte UTF-8"),
        ("{not json", 4, "inte giltig JSON"),
        ('{"malicious": false, "malicious": true}', 4, "två gånger"),
        ('["confidentiality"]', 4, "JSON-objekt"),
        ('{"severity": "low"}', 5, "okänt fält"),
        ('{"exposure": "everyone"}', 5, "ogiltigt värde"),
        ('{"discovered_at": "2024-11-21T16:38:00"}', 5, "tidszon"),
    ],
)
def test_it_explains_bad_input_on_stderr_with_its_exit_status(
    facts_file, capsys, content, status, message
):
    assert main(["assess", facts_file(content)]) == status

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("varna assess: ")
    assert message in captured.err


def test_it_says_so_when_the_file_does_not_exist(tmp_path, capsys):
    assert main(["assess", str(tmp_path / "saknas.json")]) == 3

    assert "filen finns inte" in capsys.readouterr().err


def test_it_fails_with_usage_status_without_a_file(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["assess"])

    assert exit_.value.code == 2
