from __future__ import annotations

import dataclasses

import pytest

from varna.detect import KINDS, SENSITIVE_KINDS, Finding, mask
from varna.detect.finding import build_finding


def test_the_fast_builder_makes_an_ordinary_frozen_finding():
    built = build_finding("name", 1, 5, "Anna", 0.5, "efter ”hej”", "A.")
    made = Finding("name", 1, 5, "Anna", 0.5, "efter ”hej”", "A.")
    assert type(built) is Finding
    assert built == made
    assert hash(built) == hash(made)
    assert dataclasses.asdict(built) == dataclasses.asdict(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.kind = "phone"  # type: ignore[misc]


def test_sensitive_kinds_are_kinds():
    assert SENSITIVE_KINDS < KINDS
    assert "personnummer" not in SENSITIVE_KINDS


@pytest.mark.parametrize(
    ("kind", "value", "masked"),
    [
        ("personnummer", "199001012385", "19900101-23**"),
        ("name", "Kalle", "K."),
        ("phone", "+46 70 123 45 67", "+46 7* *** ** 67"),
        ("bank_account", "8327-9, 123 456 789-0", "8327-*, *** *** **9-0"),
        ("email_address", "kalle@skola.se", "k***@skola.se"),
        ("criminal", "polisanmälan", "polisanmälan"),
    ],
)
def test_masks_show_little(kind, value, masked):
    assert mask(kind, value) == masked
