"""The detector: compile everything once, then scan each text in a few passes of C code.

A scan encodes the text to one byte per character (:mod:`.buffers`) and makes
three passes over it, none of them in Python:

1. one Aho–Corasick automaton (:mod:`.automaton`) over the word buffer finds
   every lexicon term, name anchor, trigger word and street word;
2. one regular expression over the shape buffer finds the digit runs;
3. ``bytes.find`` finds every ``@``.

Python only looks at what these passes report, which in ordinary prose is a
handful of places per kilobyte. Each automaton hit is handled as it comes:
lexicon terms that are the whole word become findings at once, name anchors
go straight to the text's :class:`~varna.detect.names.NameFinder`. Findings
are built without their masked form, which is made when first read.
"""

from __future__ import annotations

import operator
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import cython

from varna.detect import addresses, buffers, contacts, lexicon, names, numbers
from varna.detect.automaton import KeyAutomaton
from varna.detect.finding import KIND_LABELS, SENSITIVE_KINDS

if cython.compiled:  # C calls and C field reads (finding.pxd)
    from cython.cimports.varna.detect.finding import Finding, build_finding
else:
    from varna.detect.finding import Finding, build_finding

_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_SCORE = operator.attrgetter("score")
# Kinds that come from validated patterns; a name overlapping one of them is dropped.
_PATTERN_KINDS = frozenset(
    {"personnummer", "samordningsnummer", "phone", "email_address", "address", "bank_account",
     "payment_card"}
)  # fmt: skip


# What an automaton key stands for: ("lex", (term index, key length)),
# ("first" | "surname" | "trigger" | "particle", word) or ("street", street word).
Payload = tuple[str, str | tuple[int, int]]


# What the name finder does with an anchor: NameFinder.first_name and the like.
AnchorMethod = Callable[[names.NameFinder, int, int, str], None]
# Per automaton key: its lexicon terms as (term index, key length), its name
# anchors as (method, word), its street words and whether its first anchor is
# a surname.
Dispatch = tuple[
    tuple[tuple[int, int], ...], tuple[tuple[AnchorMethod, str], ...], tuple[str, ...], bool
]
_ANCHOR_METHODS: dict[str, AnchorMethod] = {
    "first": names.NameFinder.first_name,
    "surname": names.NameFinder.surname,
    "particle": names.NameFinder.particle,
    "trigger": names.NameFinder.trigger,
}


# Bits of _Compiled.flags; C constants when compiled.
_COMPOUND = cython.declare(cython.uchar, 1)
_VETOED = cython.declare(cython.uchar, 2)


@dataclass(frozen=True, slots=True)
class _Compiled:
    automaton: KeyAutomaton
    dispatch: list[Dispatch]
    terms: list[lexicon.Term]
    explanations: list[str]
    # Per term, for the scan's inner loop (C-level indexing, no lookups):
    # _COMPOUND if it may end a compound, _VETOED if it has veto words.
    flags: bytes
    kinds: list[str]
    scores: list[float]
    vetoes: dict[int, re.Pattern[str]]
    gazetteer: names.Gazetteer


_compiled: _Compiled | None = None
_lock = threading.Lock()


def _compile() -> _Compiled:
    terms = lexicon.load_terms()
    gazetteer = names.load_gazetteer()
    by_key: dict[bytes, list[Payload]] = {}

    def add(key: str, payload: Payload) -> None:
        try:
            encoded = key.encode("latin-1")
        except UnicodeEncodeError:
            return
        by_key.setdefault(encoded, []).append(payload)

    for index, term in enumerate(terms):
        for key in term.automaton_keys():
            add(key, ("lex", (index, len(key))))
    for key, payload in names.anchor_keys(gazetteer):
        add(key, payload)
    for key, payload in addresses.street_keys():
        add(key, payload)
    _share_prefix_terms(by_key)
    keys = list(by_key)
    # Leftmost-longest: keys end at word boundaries, so the longest key at a
    # position never hides another key's word (shorter lexicon terms that are
    # a prefix of it ride along, see _share_prefix_terms).
    automaton = KeyAutomaton(keys)
    vetoes = {
        index: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, term.vetoes)) + r")(?!\w)")
        for index, term in enumerate(terms)
        if term.vetoes
    }
    dispatch = [_dispatch(by_key[key]) for key in keys]
    explanations = [f"ord i listan för {KIND_LABELS[t.kind]}: {t.label}" for t in terms]
    flags = bytes(
        (_COMPOUND if term.compound else 0) | (_VETOED if index in vetoes else 0)
        for index, term in enumerate(terms)
    )
    kinds = [term.kind for term in terms]
    scores = [term.score for term in terms]
    return _Compiled(
        automaton, dispatch, terms, explanations, flags, kinds, scores, vetoes, gazetteer
    )


def _dispatch(payloads: list[Payload]) -> Dispatch:
    lex: list[tuple[int, int]] = []
    anchors: list[tuple[AnchorMethod, str]] = []
    streets: list[str] = []
    surname_first: bool | None = None
    for kind, value in payloads:
        if isinstance(value, tuple):
            lex.append(value)
        elif kind == "street":
            streets.append(value)
        else:
            anchors.append((_ANCHOR_METHODS[kind], value))
            if surname_first is None:
                surname_first = kind == "surname"
    # The longest terms first: a shorter one only counts when no longer one does.
    lex.sort(key=lambda term: -term[1])
    return tuple(lex), tuple(anchors), tuple(streets), bool(surname_first)


def _share_prefix_terms(by_key: dict[bytes, list[Payload]]) -> None:
    """Give every key the lexicon terms that are a prefix of it.

    The automaton reports only the longest key at a position, so the trigger
    "socialsekreteraren " would hide the term "socialsekreterare*" and
    "sekretessmarkering" would hide "sekretess*". Each shared payload carries
    its own key length, so it is still checked on its own span.
    """
    shareable = {key: [p for p in payloads if p[0] == "lex"] for key, payloads in by_key.items()}
    for key, payloads in by_key.items():
        for cut in range(2, len(key)):
            shorter = shareable.get(key[:cut])
            if shorter:
                payloads.extend(p for p in shorter if p not in payloads)


def compiled() -> _Compiled:
    """Load and compile the detector's data once per process (thread-safe)."""
    global _compiled
    if _compiled is None:
        with _lock:
            if _compiled is None:
                _compiled = _compile()
    return _compiled


@cython.annotation_typing(False)
def scan(text: str, *, today: date | None = None) -> list[Finding]:
    """Return every finding in ``text``, sorted by position.

    ``today`` fixes the date used to infer the century of ten-digit
    personnummer (tests pass it; everyone else gets the real date).
    """
    # Compiled code takes only exact types for its annotations, so the public
    # entry point accepts str subclasses (Django's SafeString) and datetimes
    # here and hands the scan exact ones.
    if not isinstance(text, str):
        raise TypeError("scan() needs a str")
    if today is None:
        today = date.today()
    elif type(today) is not date:
        today = date(today.year, today.month, today.day)
    return _scan(text if type(text) is str else str.__str__(text), today) if text else []


def _scan(text: str, today: date) -> list[Finding]:
    """:func:`scan` on an exact, non-empty str.

    Long on purpose: the loop body runs once per automaton hit (thousands per
    megabyte), and the commonest cases are handled inline rather than by calls.
    """
    detector = compiled()
    raw: bytes
    words: bytes
    shape: bytes
    raw, words, shape = buffers.views(text)
    # Compiled, a C pointer into the word buffer; interpreted, the bytes themselves.
    letters: cython.p_const_uchar = words
    found: list[Finding] = []
    start: cython.Py_ssize_t
    end: cython.Py_ssize_t
    for start, end in contacts.find_emails(text, raw):
        value = text[start:end]
        found.append(build_finding("email_address", start, end, value, 0.95, "e-postadress"))
    hits = detector.automaton.find(words)
    finder: names.NameFinder | None = None
    dispatch: list[Dispatch] = detector.dispatch
    explanations: list[str] = detector.explanations
    kinds: list[str] = detector.kinds
    scores: list[float] = detector.scores
    flag_bytes: bytes = detector.flags
    flags: cython.p_const_uchar = flag_bytes
    size: cython.Py_ssize_t = len(words)
    last_anchor_end: cython.Py_ssize_t = -2
    key_index: cython.Py_ssize_t
    index: cython.Py_ssize_t
    length: cython.Py_ssize_t
    term_end: cython.Py_ssize_t
    word_start: cython.bint
    lex: tuple[tuple[int, int], ...]
    match: cython.longlong
    for match in hits:
        # See KeyAutomaton.find.
        key_index = match & 0xFFFF
        start = match >> 24
        end = start + (match >> 16 & 0xFF)
        lex, key_anchors, streets, surname_first = dispatch[key_index]
        if len(lex) == 1:
            index, length = lex[0]
            term_end = start + length
            word_start = start == 0 or letters[start - 1] == 0x20
            if not word_start and not flags[index] & _COMPOUND:
                pass  # "rån" inside "från": only a compound term may start inside a word
            elif (
                word_start
                and (term_end == size or letters[term_end] == 0x20)
                and not flags[index] & _VETOED
            ):
                # The whole word and nothing but the term: every term accepts it.
                value = text[start:term_end]
                found.append(
                    build_finding(
                        kinds[index], start, term_end, value, scores[index], explanations[index]
                    )
                )
            else:
                term_hit = _lexicon_hit(detector, text, words, index, start, term_end)
                if term_hit is not None:
                    found.append(term_hit)
        elif lex:
            found.extend(_best_terms(detector, text, words, lex, start))
        if (
            key_anchors
            and (start == 0 or letters[start - 1] == 0x20)
            and (text[end - 1] != "-" or not _starts_compound(text, end - 1))
            # "Blad1", "2Anna": part of a code, not a name
            and not (text[end - 1].isdigit() or (start and text[start - 1].isdigit()))
        ):
            # "Anna Svensson": the first name's anchor takes the surname along.
            if start != last_anchor_end + 1 or not surname_first:
                if finder is None:
                    finder = names.NameFinder(detector.gazetteer, text, raw, words)
                for method, word in key_anchors:
                    method(finder, start, end - 1, word)
            last_anchor_end = end - 1
        for street in streets:
            address = _street_hit(text, words, start, end - 1, street)
            if address is not None:
                found.append(address)
    found.extend(numbers.find_numbers(text, shape, words, today))
    if finder is not None:
        found.extend(finder.finish())
    return _resolve(found)


def _starts_compound(text: str, end: cython.Py_ssize_t) -> bool:
    """Whether the word ending at ``end`` is the first part of a compound ("Anna-salen")."""
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].islower()


def _best_terms(
    detector: _Compiled,
    text: str,
    words: bytes,
    lex: tuple[tuple[int, int], ...],
    start: cython.Py_ssize_t,
) -> list[Finding]:
    """The most specific accepted terms of one automaton hit.

    "sekretessmarkering" is protected identity, not also secrecy; "fackligt
    ansluten" is one hit, not two.
    """
    accepted: list[Finding] = []
    longest: cython.Py_ssize_t = 0
    index: cython.Py_ssize_t
    length: cython.Py_ssize_t
    for index, length in lex:  # longest first
        if length < longest:
            break
        finding = _lexicon_hit(detector, text, words, index, start, start + length)
        if finding is not None:
            accepted.append(finding)
            longest = length
    return accepted


def _lexicon_hit(
    detector: _Compiled,
    text: str,
    words: bytes,
    index: cython.Py_ssize_t,
    start: cython.Py_ssize_t,
    end: cython.Py_ssize_t,
) -> Finding | None:
    term = detector.terms[index]
    if start and words[start - 1] != 0x20 and not term.compound:
        return None  # "rån" inside "från"
    word_start: cython.Py_ssize_t = _word_start(words, start)
    word_end: cython.Py_ssize_t = _word_end(words, end)
    if (word_start != start or word_end != end) and not term.accepts(
        text[word_start:start], text[end:word_end]
    ):
        return None
    veto = detector.vetoes.get(index)
    if veto is not None:
        window = text[max(0, word_start - lexicon.VETO_WINDOW) : word_end + lexicon.VETO_WINDOW]
        if veto.search(window.lower()):
            return None
    value = text[word_start:word_end]
    return build_finding(
        term.kind, word_start, word_end, value, term.score, detector.explanations[index]
    )


def _street_hit(
    text: str, words: bytes, start: cython.Py_ssize_t, end: cython.Py_ssize_t, street_word: str
) -> Finding | None:
    hit = addresses.street_address(text, _word_start(words, start), end, street_word)
    if hit is None:
        return None
    value = text[hit.start : hit.end]
    return build_finding("address", hit.start, hit.end, value, hit.score, hit.explanation)


@cython.cfunc
@cython.exceptval(check=False)
def _word_start(words: bytes, at: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """Start of the word of the word buffer that holds ``at`` (``words.rfind(b" ", 0, at) + 1``)."""
    letters: cython.p_const_uchar = words
    while at > 0 and letters[at - 1] != 0x20:
        at -= 1
    return at


@cython.cfunc
@cython.exceptval(check=False)
def _word_end(words: bytes, at: cython.Py_ssize_t) -> cython.Py_ssize_t:
    """End of the word of the word buffer that holds ``at`` (the next space, or the end)."""
    letters: cython.p_const_uchar = words
    size: cython.Py_ssize_t = len(words)
    while at < size and letters[at] != 0x20:
        at += 1
    return at


def _resolve(found: list[Finding]) -> list[Finding]:
    """Drop duplicates and names that are really something else; sort by position.

    Order: by start, then end (shortest first), then best score. Most positions
    hold one finding, so the list is sorted by start alone and only a group of
    findings sharing a start is sorted further (longest, then best score first,
    while they are weighed; shortest first in the result).
    """
    found.sort(key=_START)
    # Spans of pattern findings (identifiers), to drop names overlapping them.
    pattern_spans = [(f.start, f.end) for f in found if f.kind in _PATTERN_KINDS]
    pattern_starts = [s for s, _ in pattern_spans]
    sensitive: frozenset[str] = SENSITIVE_KINDS
    result: list[Finding] = []
    last_end_by_kind: dict[str, int] = {}
    previous_kind = ""
    count: cython.Py_ssize_t = len(found)
    i: cython.Py_ssize_t = 0
    j: cython.Py_ssize_t
    k: cython.Py_ssize_t
    first: cython.Py_ssize_t
    start: cython.Py_ssize_t
    end: cython.Py_ssize_t
    previous_start: cython.Py_ssize_t = -1
    previous_end: cython.Py_ssize_t = -1
    kept: cython.Py_ssize_t
    f: Finding
    members: list[Finding]
    term_ends: set[int] | None
    while i < count:
        start = cython.cast(Finding, found[i]).start
        j = i + 1
        while j < count and cython.cast(Finding, found[j]).start == start:
            j += 1
        if j == i + 1:  # most positions hold one finding: weigh it where it lies
            members = found
            first = i
            term_ends = None
        else:
            members = found[i:j]
            members.sort(key=_SCORE, reverse=True)
            members.sort(key=_END, reverse=True)
            first = 0
            term_ends = {g.end for g in members if g.kind in sensitive}
        kept = len(result)
        for k in range(first, first + j - i):
            f = members[k]
            kind = f.kind
            start = f.start
            end = f.end
            if start == previous_start and end == previous_end and kind == previous_kind:
                continue
            previous_kind = kind
            previous_start = start
            previous_end = end
            if kind in sensitive:
                result.append(f)
                continue
            if kind == "name" and (
                (term_ends is not None and end in term_ends)
                or (pattern_starts and _overlaps(pattern_spans, pattern_starts, start, end))
            ):
                continue
            # Within one kind, a hit inside an earlier, longer one adds nothing.
            if start < last_end_by_kind.get(kind, -1):
                continue
            last_end_by_kind[kind] = end
            result.append(f)
        i = j
        if len(result) - kept > 1:
            result[kept:] = sorted(result[kept:], key=_END)
    return result


@cython.cfunc
def _overlaps(
    spans: list[tuple[int, int]],
    starts: list[int],
    start: cython.Py_ssize_t,
    end: cython.Py_ssize_t,
) -> cython.bint:
    """Whether [start, end) overlaps one of the ``spans`` (sorted by start, each short)."""
    # bisect_left(starts, end) - 1, written out so that compiled code needs no call.
    low: cython.Py_ssize_t = 0
    high: cython.Py_ssize_t = len(starts)
    middle: cython.Py_ssize_t
    while low < high:
        middle = (low + high) // 2
        if starts[middle] < end:
            low = middle + 1
        else:
            high = middle
    index: cython.Py_ssize_t = low - 1
    while index >= 0 and starts[index] > start - 200:
        if spans[index][1] > start:
            return True
        index -= 1
    return False
