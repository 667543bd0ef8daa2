"""The scanner's automaton finds exactly what ahocorasick_rs finds, leftmost-longest."""

from __future__ import annotations

import ahocorasick_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from varna.detect.automaton import KeyAutomaton, unpack
from varna.detect.scanner import compiled


def reference(keys: list[bytes], text: bytes) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = ahocorasick_rs.BytesAhoCorasick(
        keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
    ).find_matches_as_indexes(text)
    return found


def found(automaton: KeyAutomaton, text: bytes) -> list[tuple[int, int, int]]:
    return [unpack(match) for match in automaton.find(text)]


# Few letters, so that keys overlap, share prefixes and end inside each other.
_KEYS = st.lists(st.binary(min_size=1, max_size=6).map(lambda b: bytes(97 + x % 3 for x in b)),
                 min_size=1, max_size=30, unique=True)  # fmt: skip
_TEXT = st.binary(max_size=3000).map(lambda b: bytes(b" abcd"[x % 5] for x in b))


def test_the_scanner_runs_its_own_automaton_when_compiled():
    assert isinstance(compiled().automaton, KeyAutomaton)


@settings(max_examples=300)
@given(_KEYS, _TEXT)
def test_it_finds_what_ahocorasick_rs_finds(keys, text):
    assert found(KeyAutomaton(keys), text) == reference(keys, text)


@given(_KEYS, st.integers(min_value=0, max_value=7))
def test_matches_across_the_border_of_two_lanes_are_found(keys, shift):
    # Long enough for eight lanes: every key written out many times, at every offset.
    text = (b" " * shift + b" ".join(keys) + b"x") * 40
    assert found(KeyAutomaton(keys), text) == reference(keys, text)


def test_a_text_of_keys_inside_keys_is_still_matched_leftmost_longest():
    # Every position ends 31 keys: too many for the nearly-sorted path, so it sorts.
    keys = [b"a" * length for length in range(1, 32)]
    text = b"a" * 5000 + b" " + b"a" * 45
    assert found(KeyAutomaton(keys), text) == reference(keys, text)


def test_bytes_no_key_has_lead_back_to_the_start():
    keys = [b"Anna ", b"diagnos"]
    text = "Hej Anna \xe9\x00\xff diagnosen".encode("latin-1")
    assert found(KeyAutomaton(keys), text) == [(0, 4, 9), (1, 13, 20)]


def test_an_empty_text_has_no_matches():
    assert found(KeyAutomaton([b"a"]), b"") == []


@pytest.mark.parametrize(
    "keys",
    [[], [b""], [b"a", b"a"], [b"x" * 256]],
    ids=["no keys", "empty key", "duplicate", "too long"],
)
def test_keys_it_cannot_take_are_refused(keys):
    with pytest.raises(ValueError, match="key"):
        KeyAutomaton(keys)
