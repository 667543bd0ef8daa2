import json
import subprocess
import sys

import pytest

from tests.mail.conftest import build
from tests.testdata import personnummer, short_form
from varna.cli import main

PNR = personnummer(26)


@pytest.fixture
def mails(tmp_path):
    files = {
        "tillat.eml": build("Vi ses på mötet.", to="karin.holm@solby.se"),
        "varna.eml": build("Hej!", to="karin.lund@kungaiv.se"),
        "stoppa.eml": build(f"Ny elev {short_form(PNR)}.", to="karin.holm@solby.se"),
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    return tmp_path


@pytest.mark.parametrize(
    ("name", "status"), [("tillat.eml", 0), ("varna.eml", 1), ("stoppa.eml", 3)]
)
def test_the_exit_status_tells_allow_warn_and_block_apart(mails, capsys, name, status):
    assert main(["check", str(mails / name)]) == status
    assert name in capsys.readouterr().out


def test_the_worst_verdict_decides_the_exit_status_and_unreadable_input_is_4(mails, capsys):
    files = [str(mails / n) for n in ("tillat.eml", "stoppa.eml")]
    assert main(["check", *files]) == 3
    assert main(["check", *files, str(mails / "finns-inte.eml")]) == 4
    assert "kunde inte läsas" in capsys.readouterr().out


def test_json_output_is_one_object_per_file(mails, capsys):
    files = [str(mails / n) for n in ("tillat.eml", "varna.eml", "stoppa.eml")]
    main(["check", "--json", "--internal-domain", "solby.se", *files])
    lines = capsys.readouterr().out.strip().splitlines()
    verdicts = [json.loads(line)["verdict"] for line in lines]
    assert verdicts == ["allow", "warn", "block"]
    assert PNR not in "".join(lines)


def test_reveal_shows_the_values(mails, capsys):
    main(["check", "--json", "--reveal", str(mails / "stoppa.eml")])
    data = json.loads(capsys.readouterr().out)
    assert data["findings"][0]["values"] == [PNR]


def test_an_unreadable_file_in_json_mode_has_an_error_and_no_verdict(tmp_path, capsys):
    broken = tmp_path / "trasig.msg"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 700)
    assert main(["check", "--json", str(broken)]) == 4
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] is None
    assert data["error"]


def test_a_bad_policy_file_is_a_usage_error(mails, tmp_path, capsys):
    policy = tmp_path / "policy.toml"
    policy.write_text('[actions]\nhealth = "kanske"\n', encoding="utf-8")
    assert main(["check", "--policy", str(policy), str(mails / "tillat.eml")]) == 2
    assert "health" in capsys.readouterr().err


def test_the_console_script_reads_stdin(mails):
    result = subprocess.run(
        [sys.executable, "-m", "varna", "check", "--json", "-"],
        input=(mails / "stoppa.eml").read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 3
    assert json.loads(result.stdout)["verdict"] == "block"


def test_redact_writes_a_deidentified_copy_that_no_longer_blocks_on_personnummer(mails, capsys):
    out = mails / "avidentifierad.eml"
    assert main(["redact", str(mails / "stoppa.eml"), "-o", str(out)]) == 0
    assert main(["check", "--json", str(out)]) in (0, 1)
    assert short_form(PNR) not in out.read_text("utf-8", "replace")
