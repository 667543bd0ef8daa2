"""The detector: compile everything once, then scan each text in a few passes of C code.

A scan encodes the text to one byte per character (:mod:`.buffers`) and makes
three passes over it, none of them in Python:

1. one Aho–Corasick automaton (``ahocorasick_rs``) over the word buffer finds
   every lexicon term, name anchor, trigger word and street word;
2. one regular expression over the shape buffer finds the digit runs;
3. ``bytes.find`` finds every ``@``.

Python only looks at what these passes report, which in ordinary prose is a
handful of places per kilobyte.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import date

import ahocorasick_rs

from varna.detect import addresses, buffers, contacts, lexicon, names, numbers
from varna.detect.finding import SENSITIVE_KINDS, Finding
from varna.detect.masking import mask

# Kinds that come from validated patterns; a name overlapping one of them is dropped.
_PATTERN_KINDS = frozenset(
    {"personnummer", "samordningsnummer", "phone", "email_address", "address", "bank_account",
     "payment_card"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Compiled:
    automaton: ahocorasick_rs.BytesAhoCorasick
    payloads: list[tuple[tuple[str, object], ...]]
    terms: list[lexicon.Term]
    vetoes: dict[int, re.Pattern[str]]
    gazetteer: names.Gazetteer


_compiled: _Compiled | None = None
_lock = threading.Lock()


def _compile() -> _Compiled:
    terms = lexicon.load_terms()
    gazetteer = names.load_gazetteer()
    by_key: dict[bytes, list[tuple[str, object]]] = {}

    def add(key: str, payload: tuple[str, object]) -> None:
        try:
            encoded = key.encode("latin-1")
        except UnicodeEncodeError:
            return
        by_key.setdefault(encoded, []).append(payload)

    for index, term in enumerate(terms):
        for key in term.automaton_keys():
            add(key, ("lex", index))
    for key, payload in names.anchor_keys(gazetteer):
        add(key, payload)
    for key, payload in addresses.street_keys():
        add(key, payload)
    keys = list(by_key)
    automaton = ahocorasick_rs.BytesAhoCorasick(
        keys,
        matchkind=ahocorasick_rs.MatchKind.Standard,
        implementation=ahocorasick_rs.Implementation.DFA,
    )
    vetoes = {
        index: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, term.vetoes)) + r")(?!\w)")
        for index, term in enumerate(terms)
        if term.vetoes
    }
    payloads = [tuple(by_key[key]) for key in keys]
    return _Compiled(automaton, payloads, terms, vetoes, gazetteer)


def compiled() -> _Compiled:
    """Load and compile the detector's data once per process (thread-safe)."""
    global _compiled
    if _compiled is None:
        with _lock:
            if _compiled is None:
                _compiled = _compile()
    return _compiled


def scan(text: str, *, today: date | None = None) -> list[Finding]:
    """Return every finding in ``text``, sorted by position.

    ``today`` fixes the date used to infer the century of ten-digit
    personnummer (tests pass it; everyone else gets the real date).
    """
    if not isinstance(text, str):
        raise TypeError("scan() needs a str")
    if not text:
        return []
    detector = compiled()
    raw = buffers.encode(text)
    words = buffers.word_buffer(raw)
    shape = buffers.shape_buffer(raw)
    found: list[Finding] = []
    for hit in numbers.find_numbers(text, shape, today or date.today()):
        found.append(_finding(hit.kind, hit.start, hit.end, hit.value, hit.score, hit.explanation))
    for start, end in contacts.find_emails(text, raw):
        value = text[start:end]
        found.append(_finding("email_address", start, end, value, 0.95, "e-postadress"))
    hits = detector.automaton.find_matches_as_indexes(words, overlapping=True)
    anchors: list[tuple[int, int, str, str]] = []
    for key_index, start, end in hits:
        for payload_kind, payload in detector.payloads[key_index]:
            if payload_kind == "lex":
                assert isinstance(payload, int)
                finding = _lexicon_hit(detector, text, words, payload, start, end)
                if finding is not None:
                    found.append(finding)
            elif payload_kind == "street":
                assert isinstance(payload, str)
                address = _street_hit(text, words, start, end - 1, payload)
                if address is not None:
                    found.append(address)
            elif start == 0 or words[start - 1] == 0x20:
                assert isinstance(payload, str)
                anchors.append((start, end - 1, payload_kind, payload))
    if anchors:
        anchors.sort()
        for name in names.find_names(detector.gazetteer, text, anchors):
            value = text[name.start : name.end]
            found.append(
                _finding("name", name.start, name.end, value, name.score, name.explanation)
            )
    return _resolve(found)


def _finding(kind: str, start: int, end: int, value: str, score: float, why: str) -> Finding:
    return Finding(kind, start, end, value, round(score, 2), why, mask(kind, value))


def _lexicon_hit(
    detector: _Compiled, text: str, words: bytes, index: int, start: int, end: int
) -> Finding | None:
    term = detector.terms[index]
    word_start = words.rfind(b" ", 0, start) + 1
    word_end = words.find(b" ", end)
    if word_end == -1:
        word_end = len(words)
    before = text[word_start:start]
    after = text[end:word_end]
    if not term.accepts(before, after):
        return None
    veto = detector.vetoes.get(index)
    if veto is not None:
        window = text[max(0, word_start - lexicon.VETO_WINDOW) : word_end + lexicon.VETO_WINDOW]
        if veto.search(window.lower()):
            return None
    value = text[word_start:word_end]
    why = f"ord i listan {term.kind}: {term.label}"
    return _finding(term.kind, word_start, word_end, value, term.score, why)


def _street_hit(text: str, words: bytes, start: int, end: int, street_word: str) -> Finding | None:
    word_start = words.rfind(b" ", 0, start) + 1
    hit = addresses.street_address(text, word_start, end, street_word)
    if hit is None:
        return None
    value = text[hit.start : hit.end]
    return _finding("address", hit.start, hit.end, value, hit.score, hit.explanation)


def _resolve(found: list[Finding]) -> list[Finding]:
    """Drop duplicates and names that are really something else; sort by position."""
    found.sort(key=lambda f: (f.start, -f.end, -f.score))
    patterns = [(f.start, f.end) for f in found if f.kind in _PATTERN_KINDS]
    terms = {(f.start, f.end) for f in found if f.kind in SENSITIVE_KINDS}
    result: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    last_end_by_kind: dict[str, int] = {}
    for f in found:
        key = (f.kind, f.start, f.end)
        if key in seen:
            continue
        if f.kind == "name":
            if (f.start, f.end) in terms:
                continue
            if any(a < f.end and f.start < b for a, b in patterns):
                continue
        if f.kind in _PATTERN_KINDS or f.kind == "name":
            # Within one kind, a hit inside an earlier, longer one adds nothing.
            if f.start < last_end_by_kind.get(f.kind, -1):
                continue
            last_end_by_kind[f.kind] = f.end
        seen.add(key)
        result.append(f)
    result.sort(key=lambda f: (f.start, f.end))
    return result
