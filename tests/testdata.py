"""Test personnummer and samordningsnummer from Skatteverket's test set only
(see tests/data/SOURCES.md)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "testpersonnummer.json"


@cache
def _load() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(_DATA.read_text(encoding="utf-8"))
    return data


def personnummer(index: int = 0) -> str:
    """A test personnummer as 12 digits."""
    return _load()["personnummer"][index]


def samordningsnummer(index: int = 0) -> str:
    return _load()["samordningsnummer"][index]


def short_form(number: str) -> str:
    """YYMMDD-NNNN, as people write it (``+`` for those 100 or older is not needed here)."""
    return f"{number[2:8]}-{number[8:]}"
