"""The scanner's Aho–Corasick automaton: a dense DFA walked in eight interleaved lanes.

:class:`KeyAutomaton` finds the keys (lexicon terms, name anchors, street
words) in a word buffer, leftmost-longest and without overlaps, exactly as
``ahocorasick_rs`` does with ``MatchKind.LeftmostLongest``. It exists for one
reason: speed. A DFA walk is a chain of dependent loads, one table row per
byte, and with ~120,000 states most of those loads miss the cache; a single
walk waits for memory nearly all the time (~9 ns per byte within a scan).

So the buffer is cut into eight segments that are walked at once, one
transition of each per loop step. The eight loads do not depend on each other,
so the processor has eight misses in flight instead of one: the walk of the
benchmark corpus takes about a third of the time of ``ahocorasick_rs``'s DFA
(see docs/detect.md). Each lane but the first starts ``longest key`` bytes
before its segment: an Aho–Corasick state is the longest suffix of the text
read so far that begins some key, so after that many bytes a lane is in the
state a single walk from the start would be in, and its matches from its
segment on are exactly the single walk's. It ignores what it finds earlier;
the lane before it covers that part.

The walk reports every position where some key ends (all matches, overlapping).
They are then cut down to the leftmost-longest, non-overlapping ones: the match
that starts first, of those the longest, then the next that starts at or after
its end, and so on, which is the definition ``ahocorasick_rs`` implements.

:meth:`KeyAutomaton.find_overlapping` gives every match, overlapping ones
too, in a window of the buffer, optionally folding the text's bytes (to lower
case) on the way: the context words around a number (:mod:`.context`).

Compiled only: interpreted, the same class hands the work to ``ahocorasick_rs``
(a Python loop per byte would be far slower than either). A test checks that
the two give the same matches.
"""

from __future__ import annotations

import ctypes
import mmap
from collections.abc import Sequence

import ahocorasick_rs
import cython

# Segments walked at once. Measured on the corpus's word buffers (24 MB) with a
# loop over the lanes: 1 lane 115 ms, 2 lanes 58, 4 lanes 38, 8 lanes 33,
# 12 lanes 39, 16 lanes 42.
LANES = 8
# A packed match is start << 24 | (255 - length) << 16 | key, so that sorting
# the integers sorts by start and then longest first.
MAX_KEYS = 1 << 16
MAX_KEY_LENGTH = 255


@cython.cclass
class KeyAutomaton:
    """Leftmost-longest, non-overlapping search for byte keys."""

    # Interpreted, ahocorasick_rs does the work: the keys for it, and its
    # automata once made (leftmost-longest for find, standard for find_overlapping).
    _keys: list[bytes] | None
    _leftmost: ahocorasick_rs.BytesAhoCorasick | None
    _standard: ahocorasick_rs.BytesAhoCorasick | None
    _fold: bytes | None  # how text bytes are mapped before matching
    # Per (state, byte class): the next state's row offset (state * classes)
    # shifted left once, with the low bit set when some key ends in that state.
    _table: object  # the memory of the rows (see _zeroed)
    _rows: cython.p_uint
    _classes_of: bytes  # byte → its class (0: a byte no key has)
    _classes: cython.Py_ssize_t
    _terminal: bytearray  # int32 per state: the key that ends exactly here, or -1
    _next_output: bytearray  # int32 per state: nearest shorter suffix state with a key, or -1
    _lengths: bytes  # per key
    _longest: cython.Py_ssize_t

    def __init__(self, keys: Sequence[bytes], fold: bytes | None = None) -> None:
        """``fold``, a 256-byte table, maps each text byte before it is matched
        (e.g. to lower case; the keys are given as they are after it)."""
        if not keys:
            raise ValueError("the automaton needs at least one key")
        if len(keys) > MAX_KEYS or max(map(len, keys)) > MAX_KEY_LENGTH or min(map(len, keys)) < 1:
            raise ValueError(f"at most {MAX_KEYS} keys of 1 to {MAX_KEY_LENGTH} bytes")
        if len(set(keys)) != len(keys):
            raise ValueError("the keys must be distinct")
        self._lengths = bytes(len(key) for key in keys)
        self._longest = max(self._lengths)
        if fold is not None and (
            len(fold) != 256 or any(key.translate(fold) != key for key in keys)
        ):
            raise ValueError("fold must be a table of 256 bytes that leaves every key as it is")
        self._fold = fold
        self._leftmost = self._standard = None
        if not cython.compiled:
            self._keys = list(keys)
            return
        self._keys = None
        self._build(keys)

    def find(self, words: bytes) -> list[int]:
        """Each match as one integer, ``start << 24 | length << 16 | key index``, in order.

        One integer per match instead of a tuple of three: the scanner takes
        ~150,000 matches per 24 MB apart in C. :func:`unpack` gives the tuple.
        """
        if self._keys is not None:
            if self._leftmost is None:
                self._leftmost = ahocorasick_rs.BytesAhoCorasick(
                    self._keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
                )
            text = words if self._fold is None else words.translate(self._fold)
            return _packed(self._leftmost.find_matches_as_indexes(text))
        return self._select(self._walk(words))

    @cython.boundscheck(False)
    @cython.wraparound(False)
    def find_overlapping(
        self, words: bytes, start: cython.Py_ssize_t, end: cython.Py_ssize_t
    ) -> list[int]:
        """Every match, overlapping ones too, in ``words[start:end]`` framed by the
        byte before it (a space at the start of the text) and a space after it.

        Packed as :meth:`find` packs them, with positions in the frame (0 is the
        byte before ``start``); in the order of their ends, the longest first.
        """
        if not 0 <= start <= end <= len(words):
            raise ValueError("start and end must be positions in words")
        if self._keys is not None:
            if self._standard is None:
                self._standard = ahocorasick_rs.BytesAhoCorasick(self._keys)
            frame = (words[start - 1 : start] if start else b" ") + words[start:end] + b" "
            if self._fold is not None:
                frame = frame.translate(self._fold)
            return _packed(self._standard.find_matches_as_indexes(frame, overlapping=True))
        text: cython.p_const_uchar = words
        classes_of: cython.p_const_uchar = self._classes_of
        rows: cython.p_uint = self._rows
        found: list[int] = []
        entry: cython.uint = rows[classes_of[text[start - 1] if start else 0x20]]
        if entry & 1:
            self._outputs(found, 0, entry >> 1)
        at: cython.Py_ssize_t
        for at in range(start, end):
            entry = rows[(entry >> 1) + classes_of[text[at]]]
            if entry & 1:
                self._outputs(found, at - start + 1, entry >> 1)
        entry = rows[(entry >> 1) + classes_of[0x20]]
        if entry & 1:
            self._outputs(found, end - start + 1, entry >> 1)
        return found

    @cython.cfunc
    def _outputs(self, found: list[int], at: cython.Py_ssize_t, offset: cython.Py_ssize_t) -> None:
        """Append every key that ends at ``at`` in the state at row ``offset``, longest first."""
        terminal: bytearray = self._terminal
        next_output: bytearray = self._next_output
        ends: cython.p_int = cython.cast(cython.p_int, cython.cast(cython.p_uchar, terminal))
        outputs: cython.p_int = cython.cast(cython.p_int, cython.cast(cython.p_uchar, next_output))
        lengths: cython.p_const_uchar = self._lengths
        state: cython.Py_ssize_t = offset // self._classes
        length: cython.Py_ssize_t
        if ends[state] < 0:
            state = outputs[state]
        while state >= 0:
            length = lengths[ends[state]]
            found.append((at + 1 - length) << 24 | length << 16 | ends[state])
            state = outputs[state]

    @cython.boundscheck(False)
    @cython.wraparound(False)
    def _build(self, keys: Sequence[bytes]) -> None:
        """Make the trie of the keys, then its complete transition table, breadth first."""
        used = sorted({byte for key in keys for byte in key})
        class_memory = bytearray(256)
        for number, byte in enumerate(used, start=1):
            class_memory[byte] = number
        classes: cython.Py_ssize_t = len(used) + 1
        if self._fold is not None:
            folded = bytes(class_memory[byte] for byte in self._fold)
            class_memory[:] = folded
        classes_of: cython.p_uchar = class_memory
        # In sorted order a key shares its trie path with the key before it up
        # to their common prefix, so the trie is made without looking edges up.
        ordered = sorted(range(len(keys)), key=keys.__getitem__)
        count: cython.Py_ssize_t = 1
        previous = b""
        for index in ordered:
            count += len(keys[index]) - _common_prefix(previous, keys[index])
            previous = keys[index]
        if count * classes >= 1 << 31:
            raise ValueError("too many keys: the table's entries are 32 bits")
        table = _zeroed(count * classes * 4)
        terminal = bytearray(count * 4)
        next_output = bytearray(count * 4)
        failure = bytearray(count * 4)
        path_memory = bytearray((MAX_KEY_LENGTH + 1) * 4)
        rows: cython.p_uint = cython.cast(
            cython.p_uint, cython.cast(cython.Py_ssize_t, _address(table))
        )
        ends: cython.p_int = cython.cast(cython.p_int, cython.cast(cython.p_uchar, terminal))
        outputs: cython.p_int = cython.cast(cython.p_int, cython.cast(cython.p_uchar, next_output))
        fails: cython.p_uint = cython.cast(cython.p_uint, cython.cast(cython.p_uchar, failure))
        path: cython.p_uint = cython.cast(cython.p_uint, cython.cast(cython.p_uchar, path_memory))
        i: cython.Py_ssize_t
        for i in range(count):
            ends[i] = -1
            outputs[i] = -1
        made: cython.Py_ssize_t = 1
        shared: cython.Py_ssize_t
        depth: cython.Py_ssize_t
        length: cython.Py_ssize_t
        letters: cython.p_const_uchar
        previous = b""
        path[0] = 0
        for index in ordered:
            key: bytes = keys[index]
            letters = key
            length = len(key)
            shared = _common_prefix(previous, key)
            # path[d] is the state of the key's first d bytes.
            for depth in range(shared, length):
                rows[path[depth] * classes + classes_of[letters[depth]]] = made
                path[depth + 1] = made
                made += 1
            ends[path[length]] = index
            previous = key
        # Breadth first: a state's failure state is shallower, so its row is
        # complete when the state's missing transitions are copied from it.
        # Until a state is taken from the queue, its row holds its trie edges
        # only (a child is never state 0).
        queue = bytearray(count * 4)
        waiting: cython.p_uint = cython.cast(cython.p_uint, cython.cast(cython.p_uchar, queue))
        head: cython.Py_ssize_t = 0
        tail: cython.Py_ssize_t = 0
        state: cython.Py_ssize_t
        fail: cython.Py_ssize_t
        child: cython.Py_ssize_t
        byte_class: cython.Py_ssize_t
        for byte_class in range(classes):
            child = rows[byte_class]
            if child:
                fails[child] = 0
                waiting[tail] = child
                tail += 1
        while head < tail:
            state = waiting[head]
            head += 1
            fail = fails[state]
            for byte_class in range(classes):
                child = rows[state * classes + byte_class]
                if child:
                    fails[child] = rows[fail * classes + byte_class]
                    waiting[tail] = child
                    tail += 1
                else:
                    rows[state * classes + byte_class] = rows[fail * classes + byte_class]
            outputs[state] = fail if ends[fail] >= 0 else outputs[fail]
        # Row offsets instead of state numbers, and the "a key ends here" bit.
        target: cython.Py_ssize_t
        for i in range(count * classes):
            target = rows[i]
            rows[i] = cython.cast(
                cython.uint,
                (target * classes) << 1 | (ends[target] >= 0 or outputs[target] >= 0),
            )
        self._table = table
        self._rows = rows
        self._classes_of = bytes(class_memory)
        self._classes = classes
        self._terminal = terminal
        self._next_output = next_output

    @cython.boundscheck(False)
    @cython.wraparound(False)
    def _walk(self, words: bytes) -> list[list[int]]:
        """Per lane, every position where some key ends: position << 32 | row offset, in order."""
        size: cython.Py_ssize_t = len(words)
        text: cython.p_const_uchar = words
        classes_of: cython.p_const_uchar = self._classes_of
        rows: cython.p_uint = self._rows
        warm_up: cython.Py_ssize_t = self._longest
        found: list[list[int]] = [[] for _ in range(LANES)]
        at: cython.Py_ssize_t
        entry: cython.uint = 0
        if size < LANES * 4 * warm_up:
            for at in range(size):
                entry = rows[(entry >> 1) + classes_of[text[at]]]
                if entry & 1:
                    found[0].append(at << 32 | entry >> 1)
            return found
        # Eight lanes, one step each, for the length of a segment; written out
        # so that each lane's entry stays in a register. Lane k > 0 reads from
        # warm_up bytes before its segment.
        segment: cython.Py_ssize_t = size // LANES
        e0: cython.uint = 0
        e1: cython.uint = 0
        e2: cython.uint = 0
        e3: cython.uint = 0
        e4: cython.uint = 0
        e5: cython.uint = 0
        e6: cython.uint = 0
        e7: cython.uint = 0
        r1: cython.Py_ssize_t = 1 * segment - warm_up
        r2: cython.Py_ssize_t = 2 * segment - warm_up
        r3: cython.Py_ssize_t = 3 * segment - warm_up
        r4: cython.Py_ssize_t = 4 * segment - warm_up
        r5: cython.Py_ssize_t = 5 * segment - warm_up
        r6: cython.Py_ssize_t = 6 * segment - warm_up
        r7: cython.Py_ssize_t = 7 * segment - warm_up
        step: cython.Py_ssize_t
        for step in range(segment):
            e0 = rows[(e0 >> 1) + classes_of[text[step]]]
            e1 = rows[(e1 >> 1) + classes_of[text[r1 + step]]]
            e2 = rows[(e2 >> 1) + classes_of[text[r2 + step]]]
            e3 = rows[(e3 >> 1) + classes_of[text[r3 + step]]]
            e4 = rows[(e4 >> 1) + classes_of[text[r4 + step]]]
            e5 = rows[(e5 >> 1) + classes_of[text[r5 + step]]]
            e6 = rows[(e6 >> 1) + classes_of[text[r6 + step]]]
            e7 = rows[(e7 >> 1) + classes_of[text[r7 + step]]]
            if (e0 | e1 | e2 | e3 | e4 | e5 | e6 | e7) & 1:
                if e0 & 1:
                    found[0].append(step << 32 | e0 >> 1)
                if e1 & 1 and step >= warm_up:
                    found[1].append((r1 + step) << 32 | e1 >> 1)
                if e2 & 1 and step >= warm_up:
                    found[2].append((r2 + step) << 32 | e2 >> 1)
                if e3 & 1 and step >= warm_up:
                    found[3].append((r3 + step) << 32 | e3 >> 1)
                if e4 & 1 and step >= warm_up:
                    found[4].append((r4 + step) << 32 | e4 >> 1)
                if e5 & 1 and step >= warm_up:
                    found[5].append((r5 + step) << 32 | e5 >> 1)
                if e6 & 1 and step >= warm_up:
                    found[6].append((r6 + step) << 32 | e6 >> 1)
                if e7 & 1 and step >= warm_up:
                    found[7].append((r7 + step) << 32 | e7 >> 1)
        # The rest of each lane but the first: warm_up bytes (the last lane: to the end).
        lane: cython.Py_ssize_t
        end: cython.Py_ssize_t
        for lane in range(1, LANES):
            entry = (e1, e2, e3, e4, e5, e6, e7)[lane - 1]
            end = size if lane == LANES - 1 else (lane + 1) * segment
            for at in range((lane + 1) * segment - warm_up, end):
                entry = rows[(entry >> 1) + classes_of[text[at]]]
                if entry & 1:
                    found[lane].append(at << 32 | entry >> 1)
        return found

    @cython.boundscheck(False)
    @cython.wraparound(False)
    def _select(self, found: list[list[int]]) -> list[int]:
        """The leftmost-longest, non-overlapping matches among all keys ending where found."""
        classes: cython.Py_ssize_t = self._classes
        terminal: bytearray = self._terminal
        next_output: bytearray = self._next_output
        ends: cython.p_int = cython.cast(cython.p_int, cython.cast(cython.p_uchar, terminal))
        outputs: cython.p_int = cython.cast(cython.p_int, cython.cast(cython.p_uchar, next_output))
        lengths: cython.p_const_uchar = self._lengths
        most: cython.ulonglong = MAX_KEY_LENGTH
        # Typed, so that compiled code masks in C (a literal above 2**31 would
        # be a Python int, and the masking Python arithmetic).
        low: cython.ulonglong = 0xFFFFFFFF
        record: cython.ulonglong
        state: cython.Py_ssize_t
        count: cython.Py_ssize_t = 0
        for records in found:
            for record in records:
                state = cython.cast(cython.Py_ssize_t, record & low) // classes
                if ends[state] < 0:
                    state = outputs[state]
                while state >= 0:
                    count += 1
                    state = outputs[state]
        # Every match as start << 24 | (255 - length) << 16 | key: in end order
        # now, and sorted by start, longest first, below.
        memory = bytearray(count * 8)
        packed: cython.p_ulonglong = cython.cast(
            cython.p_ulonglong, cython.cast(cython.p_uchar, memory)
        )
        at: cython.ulonglong
        key: cython.Py_ssize_t
        length: cython.ulonglong
        i: cython.Py_ssize_t = 0
        for records in found:
            for record in records:
                at = record >> 32
                state = cython.cast(cython.Py_ssize_t, record & low) // classes
                if ends[state] < 0:
                    state = outputs[state]
                while state >= 0:
                    key = ends[state]
                    length = lengths[key]
                    packed[i] = (at + 1 - length) << 24 | (most - length) << 16 | key
                    i += 1
                    state = outputs[state]
        if not _insertion_sort(packed, count):
            ordered = sorted(packed[j] for j in range(count))
            for i in range(count):
                packed[i] = ordered[i]
        matches: list[int] = []
        value: cython.ulonglong
        start: cython.ulonglong
        last_end: cython.ulonglong = 0
        for i in range(count):
            value = packed[i]
            start = value >> 24
            if start >= last_end:
                last_end = start + most - (value >> 16 & 0xFF)
                # most - length is length ^ 0xFF: the match as find() gives it.
                matches.append(value ^ 0xFF0000)
        return matches


def _address(memory: mmap.mmap | bytearray) -> int:
    """Where ``memory`` begins (it stays there: neither is ever resized)."""
    return ctypes.addressof(ctypes.c_char.from_buffer(memory))


def _zeroed(size: int) -> mmap.mmap | bytearray:
    """Zeroed memory for the transition table, in huge pages where the kernel gives them.

    The walk jumps between rows all over the table (tens of megabytes); with
    4 KB pages nearly every jump also misses the TLB. Private anonymous memory
    marked ``MADV_HUGEPAGE`` before it is touched gets 2 MB pages from a kernel
    whose transparent huge pages are set to "madvise" or "always".
    """
    if not hasattr(mmap, "MAP_PRIVATE"):
        return bytearray(size)  # not a Unix: ordinary memory
    memory = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    if hasattr(mmap, "MADV_HUGEPAGE"):
        memory.madvise(mmap.MADV_HUGEPAGE)
    return memory


@cython.cfunc
@cython.boundscheck(False)
@cython.wraparound(False)
def _insertion_sort(values: cython.p_ulonglong, count: cython.Py_ssize_t) -> cython.bint:
    """Sort ``values`` in place if that takes few moves; say whether it did.

    Matches come in the order of their ends, which is nearly the order of their
    starts: only matches within one key's length of each other swap. A text
    made of overlapping keys could make that quadratic, so after 16 moves per
    value the caller sorts instead.
    """
    budget: cython.Py_ssize_t = 16 * count
    i: cython.Py_ssize_t
    j: cython.Py_ssize_t
    value: cython.ulonglong
    for i in range(1, count):
        value = values[i]
        j = i - 1
        while j >= 0 and values[j] > value:
            values[j + 1] = values[j]
            j -= 1
            budget -= 1
        values[j + 1] = value
        if budget < 0:
            return False
    return True


def _packed(found: list[tuple[int, int, int]]) -> list[int]:
    """ahocorasick_rs's ``(key, start, end)`` matches, packed as :meth:`KeyAutomaton.find` does."""
    return [start << 24 | (end - start) << 16 | key for key, start, end in found]


def unpack(match: int) -> tuple[int, int, int]:
    """``(key index, start, end)`` of a match from :meth:`KeyAutomaton.find`."""
    start = match >> 24
    return match & 0xFFFF, start, start + (match >> 16 & 0xFF)


def _common_prefix(first: bytes, second: bytes) -> int:
    """The length of the longest common prefix of two byte strings."""
    length: cython.Py_ssize_t = min(len(first), len(second))
    i: cython.Py_ssize_t = 0
    while i < length and first[i] == second[i]:
        i += 1
    return i
