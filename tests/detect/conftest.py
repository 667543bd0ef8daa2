"""Fixtures for the detector's tests.

Test personnummer and samordningsnummer come only from Skatteverket's test set;
``data/skatteverket.json`` holds a sample of it (its "source" field says which).
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent / "data"
# Century inference depends on the date; every test uses this one.
TODAY = date(2026, 11, 22)


@cache
def skatteverket() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "skatteverket.json").read_text(encoding="utf-8"))
    return data


def personnummer_sample() -> list[str]:
    return list(skatteverket()["personnummer"])


def samordningsnummer_sample() -> list[str]:
    return list(skatteverket()["samordningsnummer"])


@pytest.fixture
def today() -> date:
    return TODAY
