import subprocess
import sys

import pytest

from varna import __version__
from varna.cli import main


def test_it_prints_its_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"varna {__version__}"


def test_the_installed_console_script_runs():
    result = subprocess.run(
        [sys.executable, "-m", "varna", "--help"], capture_output=True, text=True, check=True
    )
    assert "serve" in result.stdout
    assert "manage" in result.stdout


def test_it_shows_help_and_fails_without_a_command(capsys):
    assert main([]) == 2
    assert "kommandon" in capsys.readouterr().err
