from __future__ import annotations

import json

from tests.detect.conftest import personnummer_sample
from varna.cli import main

NUMBER = personnummer_sample()[42]
LETTER = f"Hej Anna!\nEleven har personnummer {NUMBER[:8]}-{NUMBER[8:]} och diabetes.\n"


def test_it_prints_a_swedish_table_without_the_values(tmp_path, capsys):
    path = tmp_path / "brev.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert main(["scan-text", str(path)]) == 0
    out = capsys.readouterr().out
    assert "3 fynd" in out
    assert "personnummer" in out
    assert "hälsa" in out
    assert "namn" in out
    assert f"{NUMBER[:8]}-{NUMBER[8:10]}**" in out
    assert NUMBER[8:] not in out


def test_it_prints_json_lines_and_reveals_only_when_asked(tmp_path, capsys):
    path = tmp_path / "brev.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert main(["scan-text", "--json", str(path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["kind"] for r in records] == ["name", "personnummer", "health"]
    assert all("value" not in r and "text" not in r for r in records)
    assert main(["scan-text", "--json", "--reveal", str(path)]) == 0
    revealed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert revealed[1]["value"] == NUMBER
    assert revealed[1]["line"] == 2


def test_it_reads_standard_input(monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(LETTER))
    assert main(["scan-text", "-"]) == 0
    assert "standard in: 3 fynd" in capsys.readouterr().out


def test_a_missing_file_gives_a_clear_error_and_the_other_files_are_still_read(tmp_path, capsys):
    path = tmp_path / "brev.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert main(["scan-text", str(tmp_path / "finns-inte.txt"), str(path)]) == 2
    captured = capsys.readouterr()
    assert "filen finns inte" in captured.err
    assert "3 fynd" in captured.out


def test_a_windows_1252_file_is_read_with_a_note(tmp_path, capsys):
    path = tmp_path / "gammal.txt"
    path.write_bytes("Hej Åsa, diagnosen är klar.".encode("cp1252"))
    assert main(["scan-text", "--reveal", str(path)]) == 0
    captured = capsys.readouterr()
    assert "Windows-1252" in captured.err
    assert "Åsa" in captured.out
