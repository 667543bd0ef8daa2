"""The detector's hot modules run compiled, and from their current source."""

from __future__ import annotations

import importlib
import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from varna.detect import native


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


def test_setup_compiles_exactly_the_listed_modules() -> None:
    setup = (Path(__file__).resolve().parents[2] / "setup.py").read_text(encoding="utf-8")
    assert "COMPILED_MODULES" in setup
    assert "native.py" in setup
    assert all(native.source(module).exists() for module in native.COMPILED_MODULES)
