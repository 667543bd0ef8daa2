from __future__ import annotations

import dataclasses
import pickle

import pytest

from varna.detect import KINDS, SENSITIVE_KINDS, Finding, mask
from varna.detect.finding import build_finding


def test_the_fast_builder_makes_an_ordinary_frozen_finding():
    built = build_finding("name", 1, 5, "Anna", 0.5, "efter ”hej”")
    made = Finding("name", 1, 5, "Anna", 0.5, "efter ”hej”", "A.")
    assert type(built) is Finding
    assert built == made
    assert hash(built) == hash(made)
    assert dataclasses.asdict(built) == dataclasses.asdict(made)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.kind = "phone"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del built.value
    assert dataclasses.replace(built, kind="phone").kind == "phone"


def test_a_built_finding_masks_its_value_when_first_asked():
    built = build_finding("phone", 0, 13, "070-123 45 67", 0.9, "telefonnummer")
    assert built.masked == mask("phone", "070-123 45 67")
    assert built.masked == "070-*** ** 67"
    assert repr(built) == repr(
        Finding("phone", 0, 13, "070-123 45 67", 0.9, "telefonnummer", "070-*** ** 67")
    )


def test_a_built_finding_survives_pickling_and_replace_with_its_masked_form():
    built = build_finding("personnummer", 0, 13, "191212121212", 0.9, "Luhn")
    copy = pickle.loads(pickle.dumps(built))  # noqa: S301 - our own bytes
    assert copy == built
    assert copy.masked == built.masked == mask("personnummer", "191212121212")
    assert dataclasses.replace(built, score=0.5).masked == built.masked


def test_a_finding_matches_by_its_fields_in_order():
    match build_finding("name", 1, 5, "Anna", 0.5, "efter ”hej”"):
        case Finding("name", start, end):
            assert (start, end) == (1, 5)
        case _:
            pytest.fail("a name finding did not match its own fields")


def test_a_finding_takes_str_subclasses_as_their_text():
    class Marked(str):
        pass

    made = Finding(Marked("name"), 1, 5, Marked("Anna"), 0.5, Marked("efter ”hej”"))
    assert made == build_finding("name", 1, 5, "Anna", 0.5, "efter ”hej”")
    assert type(made.value) is str
    with pytest.raises(TypeError):
        Finding("name", 1, 5, None, 0.5, "efter ”hej”")  # type: ignore[arg-type]


def test_reading_a_field_takes_no_detour_through_getattr():
    # A class-level __getattr__ would make every read of start, kind … slower;
    # the lazy masked form lives in the slot's own descriptor instead.
    assert not hasattr(Finding, "__getattr__")


def test_a_finding_has_no_other_attributes_than_its_fields():
    built = build_finding("name", 1, 5, "Anna", 0.5, "efter ”hej”")
    with pytest.raises(AttributeError):
        built.surname  # type: ignore[attr-defined]  # noqa: B018


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
