"""Properties that hold for any text: scan never raises, offsets slice to the match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.detect.conftest import TODAY, personnummer_sample
from varna.detect import KINDS, scan

PINS = personnummer_sample()
# Pieces that exercise every detector, glued together in any order.
PIECES = st.sampled_from(
    [
        " ", "\n", "\t", ",", ".", "-", "–", "+", "(", ")", "@", ";", "|", "\u00a0", "\x00",
        "Hej ", "Anna", "Svensson", "Per", "eleven ", "von ", "diagnos", "LVU", "sjukskriven",
        "Storgatan", " 12", "123 45", "Storstad", "070-123 45 67", "+46", "kalle@skola.se",
        "SE45 5000 0000 0583 9825 7466", "4111 1111 1111 1111", "konto", "8327-9", "OCR",
        "personnummer", "0", "1", "9", "60", "00", "😀", "Ω", "ß", "ÅÄÖ", "\ud800",
        "Łukasz", "Petrović", "ı", "Mojje", "pnr ", "!", "[Blad1]", "-98 05",
    ]
)  # fmt: skip
MIXED = st.lists(st.one_of(PIECES, st.sampled_from(PINS), st.text(max_size=8)), max_size=40)


def check(text: str) -> None:
    findings = scan(text, today=TODAY)
    assert findings == sorted(findings, key=lambda f: (f.start, f.end))
    for f in findings:
        assert f.kind in KINDS
        assert 0 <= f.start < f.end <= len(text)
        assert 0.0 <= f.score <= 1.0
        matched = text[f.start : f.end]
        if f.kind in ("personnummer", "samordningsnummer"):
            digits = "".join(c for c in matched if c.isdigit())
            assert len(f.value) == 12
            assert f.value.isdigit()
            assert f.value.endswith(digits[-10:])
            assert f.value not in f.masked
        elif f.kind == "bank_account" and matched[:2].isalpha():
            assert f.value == "".join(matched.split()).upper()  # IBAN, compact
        else:
            assert f.value == matched


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_scan_never_raises_on_arbitrary_text(text):
    check(text)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_scan_never_raises_on_text_made_of_detector_bait(pieces):
    check("".join(pieces))


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(PINS), st.text(max_size=30), st.text(max_size=30))
def test_a_personnummer_between_any_words_still_slices_exactly(number, before, after):
    check(f"{before} {number[:8]}-{number[8:]} {after}")


def test_it_handles_empty_huge_and_binary_looking_text():
    assert scan("") == []
    check("\x00" * 10_000 + "9" * 100_000)
    check("A" * 200_000)
