"""The detector's hot modules run compiled, and from their current source."""

from __future__ import annotations

import doctest
import importlib
import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from tests.detect import devcorpus
from tests.detect.conftest import TODAY
from varna.detect import native, scan
from varna.detect.identifiers import luhn, personnummer, phone


def test_every_compiled_module_has_an_extension_newer_than_its_source() -> None:
    stale = native.stale_modules()
    assert stale == [], f"run scripts/bootstrap to compile {stale}"


@pytest.mark.parametrize("module", native.COMPILED_MODULES)
def test_python_imports_the_compiled_extension(module: str) -> None:
    imported = importlib.import_module(f"varna.detect.{module}")
    assert imported.__file__ is not None
    assert Path(imported.__file__) == native.extension(module)


def test_a_missing_or_older_extension_is_stale(tmp_path: Path) -> None:
    suffix = EXTENSION_SUFFIXES[0]
    (tmp_path / "identifiers").mkdir()
    for module in native.COMPILED_MODULES:
        native.source(module, tmp_path).write_text("")
        native.source(module, tmp_path).with_suffix(suffix).write_bytes(b"")
    assert native.stale_modules(tmp_path) == []
    (tmp_path / f"names{suffix}").unlink()
    edited = tmp_path / "contacts.py"
    later = (tmp_path / f"contacts{suffix}").stat().st_mtime + 60
    os.utime(edited, (later, later))
    assert native.stale_modules(tmp_path) == ["contacts", "names"]


def test_a_changed_declaration_file_makes_the_modules_compiled_with_it_stale(
    tmp_path: Path,
) -> None:
    suffix = EXTENSION_SUFFIXES[0]
    (tmp_path / "identifiers").mkdir()
    for module in native.COMPILED_MODULES:
        native.source(module, tmp_path).write_text("")
        native.source(module, tmp_path).with_suffix(suffix).write_bytes(b"")
    native.source("names", tmp_path).write_text(
        "from cython.cimports.varna.detect.finding import Finding\n"
    )
    declarations = tmp_path / "finding.pxd"
    declarations.write_text("")
    later = (tmp_path / f"finding{suffix}").stat().st_mtime + 60
    os.utime(declarations, (later, later))
    os.utime(native.source("names", tmp_path), (later - 120, later - 120))
    assert native.stale_modules(tmp_path) == ["finding", "names"]


def test_the_modules_that_cimport_are_compiled_with_the_declarations_they_cimport() -> None:
    finding = native.PACKAGE_DIR / "finding.pxd"
    buffers = native.PACKAGE_DIR / "buffers.pxd"
    assert native.declarations("finding") == [finding]
    assert native.declarations("buffers") == [buffers]
    assert native.declarations("scanner") == [finding]
    assert native.declarations("names") == [buffers, finding]
    assert native.declarations("numbers") == [buffers, finding]
    assert native.declarations("contacts") == [buffers]
    assert native.declarations("context") == []


def test_setup_compiles_exactly_the_listed_modules() -> None:
    setup = (Path(__file__).resolve().parents[2] / "setup.py").read_text(encoding="utf-8")
    assert "COMPILED_MODULES" in setup
    assert "native.py" in setup
    assert all(native.source(module).exists() for module in native.COMPILED_MODULES)


def test_the_interpreted_modules_find_exactly_what_the_compiled_ones_find(tmp_path: Path) -> None:
    """Without a C compiler the same sources run interpreted: same findings, only slower."""
    package = Path(native.PACKAGE_DIR).parents[1]  # .../src
    copy = tmp_path / "src"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("*.so", "*.c", "__pycache__"))
    texts = [paragraph.text for paragraph in devcorpus.paragraphs()]
    script = (
        "import json, sys\n"
        "from datetime import date\n"
        "import varna.detect.scanner as scanner\n"
        "assert scanner.__file__.endswith('.py'), scanner.__file__\n"
        "texts = json.load(sys.stdin)\n"
        "today = date.fromisoformat(sys.argv[1])\n"
        "print(json.dumps([[(f.kind, f.start, f.end, f.value, f.score, f.explanation)\n"
        "    for f in scanner.scan(t, today=today)] for t in texts]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, TODAY.isoformat()],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(copy)},
        check=True,
    )
    interpreted = json.loads(result.stdout)
    compiled = [
        [[f.kind, f.start, f.end, f.value, f.score, f.explanation] for f in scan(text, today=TODAY)]
        for text in texts
    ]
    assert sum(map(len, compiled)) > 100
    assert interpreted == compiled


@pytest.mark.parametrize("module", native.COMPILED_MODULES)
def test_the_doctests_of_a_compiled_module_pass(module: str) -> None:
    imported = importlib.import_module(f"varna.detect.{module}")
    result = doctest.testmod(imported)
    assert result.failed == 0
    if ">>>" in native.source(module).read_text(encoding="utf-8"):
        assert result.attempted > 0


class _Marked(str):
    """Like Django's SafeString: a str subclass, which compiled code would refuse."""


def test_scan_takes_a_str_subclass_and_a_datetime_like_any_str_and_date() -> None:
    text = "Hej Anna Svensson, pnr 19900101-2385, tel 070-123 45 67."
    expected = scan(text, today=TODAY)
    moment = datetime(TODAY.year, TODAY.month, TODAY.day, 12, 30)
    assert scan(_Marked(text), today=moment) == expected
    assert [f.kind for f in expected] == ["name", "personnummer", "phone"]


def test_the_validators_take_a_str_subclass() -> None:
    assert personnummer.is_valid(_Marked("19900101-2385"))
    assert luhn.checksum(_Marked("9001012385")) == 0
    assert phone.national_number(_Marked("0701234567"), False) == "701234567"
