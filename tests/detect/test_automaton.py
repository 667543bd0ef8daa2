"""The scanner's automaton finds exactly what ahocorasick_rs finds, leftmost-longest."""

from __future__ import annotations

from pathlib import Path

import ahocorasick_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from varna.detect.automaton import KeyAutomaton, _address, _zeroed, unpack
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


def huge_pages_of(address: int) -> int:
    """Kilobytes in huge pages of the mapping of this process that holds ``address``."""
    inside = False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if line[:1].isdigit() or line[:1] in "abcdef":
            low, high = (int(part, 16) for part in line.split()[0].split("-"))
            inside = low <= address < high
        elif inside and line.startswith("AnonHugePages:"):
            return int(line.split()[1])
    return 0


def test_the_table_lies_in_huge_pages_where_the_kernel_gives_them():
    setting = Path("/sys/kernel/mm/transparent_hugepage/enabled")
    if not setting.exists() or "[never]" in setting.read_text():
        pytest.skip("this kernel gives no transparent huge pages")
    memory = _zeroed(8 << 20)
    memory[:] = bytes(len(memory))  # the pages are made when first touched
    assert huge_pages_of(_address(memory)) >= 2048


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


def overlapping_reference(keys: list[bytes], frame: bytes) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = ahocorasick_rs.BytesAhoCorasick(
        keys
    ).find_matches_as_indexes(frame, overlapping=True)
    return found


def found_overlapping(
    automaton: KeyAutomaton, text: bytes, start: int, end: int
) -> list[tuple[int, int, int]]:
    return [unpack(match) for match in automaton.find_overlapping(text, start, end)]


@settings(max_examples=300)
@given(_KEYS, _TEXT, st.integers(min_value=0, max_value=3000), st.integers(min_value=0))
def test_overlapping_matches_in_a_window_are_what_ahocorasick_rs_finds(keys, text, start, width):
    start = min(start, len(text))
    end = min(len(text), start + width)
    frame = (text[start - 1 : start] if start else b" ") + text[start:end] + b" "
    assert found_overlapping(KeyAutomaton(keys), text, start, end) == overlapping_reference(
        keys, frame
    )


_UPPER_TO_LOWER = bytes(c + 32 if 65 <= c <= 90 else c for c in range(256))


@given(_KEYS, _TEXT.map(bytes.upper))
def test_a_folding_automaton_matches_the_folded_text(keys, text):
    folding = KeyAutomaton(keys, fold=_UPPER_TO_LOWER)
    assert found(folding, text) == reference(keys, text.lower())
    assert found_overlapping(folding, text, 0, len(text)) == overlapping_reference(
        keys, b" " + text.lower() + b" "
    )


def test_a_fold_that_would_change_a_key_is_refused():
    with pytest.raises(ValueError, match="fold"):
        KeyAutomaton([b"Anna"], fold=_UPPER_TO_LOWER)


def test_a_window_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="positions"):
        KeyAutomaton([b"a"]).find_overlapping(b"abc", 2, 5)
