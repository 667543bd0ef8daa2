"""Person names: gazetteers of Swedish first names and surnames, anchored by the
automaton, grown into full names by a few rules.

The automaton (see :mod:`varna.detect.scanner`) reports whole words that are
frequent first names, known surnames or trigger words ("Hej", "eleven",
"vårdnadshavare"). Only those anchors get Python attention:

* a first name grows to the right over capitalised words (surnames, middle
  names, particles such as "von" or "al", initials);
* a first name that is also an everyday word or a place ("Per", "Hans",
  "Bo", "Maria" as a place) needs a surname or a trigger in front of it;
* a short form such as "Mojje" anchors however few are registered with it,
  except at the start of a sentence, where it may be a word ("Matte");
* a trigger makes the next capitalised word a name, unless "!" or "."
  ends the sentence in between ("Hej! Testmiljön är nere");
* a surname alone counts in the middle of a sentence, and every later
  mention of a surname already seen in a full name counts too.

Words that are places, organisations or ordinary vocabulary stop a name.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

import cython

from varna.detect import buffers

if cython.compiled:  # C calls (finding.pxd, buffers.pxd)
    from cython.cimports.varna.detect.buffers import find_byte
    from cython.cimports.varna.detect.finding import Finding, build_finding
else:
    from varna.detect.buffers import find_byte
    from varna.detect.finding import Finding, build_finding

# Only first names at least this common (bucket 3 = 100-999 bearers) become
# anchors; rarer ones are still recognised after a trigger or a first name.
ANCHOR_BUCKET = 3
# Names borne by at least 1,000 people win over a place of the same name.
COMMON_NAME_BUCKET = 4
# Scores per way of recognising a name.
SCORE_FULL_NAME = 0.9
SCORE_TRIGGERED_KNOWN = 0.85
SCORE_TRIGGERED_UNKNOWN = 0.6
SCORE_FIRST_NAME_COMMON = 0.65
SCORE_FIRST_NAME = 0.55
SCORE_SURNAME = 0.5
SCORE_REPEATED_SURNAME = 0.7
# Why a name was found. Never the name itself: explanations may be shown or
# logged where only the masked form may go.
WHY_FULL_NAME = "förnamn (namnlista) + efternamn"
WHY_FIRST_NAME = "vanligt förnamn (namnlista)"
WHY_SURNAME = "känt efternamn (namnlista)"
WHY_SURNAME_IN_NAME = "känt efternamn + fler namn"
WHY_PARTICLE = "efternamn med von/af/van"
WHY_REPEATED = "samma efternamn som i ett fullständigt namn tidigare"
# At most this many surnames are looked up again in one text.
MAX_REPEATED_SURNAMES = 30

# Capital and small letters, Latin-1 and the other Latin letters ("Łukasz").
_UPPER = buffers.UPPER
_LOWER = buffers.LOWER
_PARTICLES = "von|van|af|de|der|den|al|el|bin|ibn|di|da|du|la|le|del|dos|das|ten|ter"
# The next word of a name, after the current one: a capitalised word (with
# inner hyphens or apostrophes) or an initial, optionally after a particle.
# Never across a tab: in mail and attachment text a tab separates table cells
# ("Eva Ek<TAB>Kommunal" is a name and a union, not one name).
_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}{_LOWER}][{_LOWER}]+)*"
_NEXT_WORD = re.compile(
    rf" {{1,2}}(?:((?:{_PARTICLES}) |(?:al|el)-)?"
    rf"({_WORD}|[{_UPPER}]\.?)(?![\w'’-]))"
)
_AFTER_TRIGGER = re.compile(rf"[,:!. \t]*({_WORD})(?![\w'’-])")
_AFTER_SIGN_OFF = re.compile(rf"[,:!. \t]*(?:\r?\n[ \t]*)?({_WORD})(?![\w'’-])")
_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?:{_PARTICLES})[ \t])+\Z")
_WORD_ONLY = re.compile(_WORD)
# The second part of a hyphenated first name: "Karl-Erik", "Anna-Karin".
_HYPHENATED_PART = re.compile(rf"-([{_UPPER}][{_LOWER}]+)(?![\w'’-])")
_HYPHENATED_FIRST = re.compile(rf"(?<![\w'’-])([{_UPPER}][{_LOWER}]+)-\Z")
# First names that are also words written before a number ("Max 25 platser").
_BEFORE_A_NUMBER = frozenset({"Max"})
_NUMBER_AFTER = re.compile(r"\.? ?\d")
# A law named after a person ("lex Sarah", "lex Maria", "lex_Maria.pdf") is no person.
_LAW_BEFORE = re.compile(r"(?<![\w])lex[ _\t]\Z", re.IGNORECASE)
# A room named like a person ("i rum Ek", "mötesrummet Björk") is a room.
_ROOM_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:konferens|mötes|sammanträdes|grupp)?rum(?:met)?"
    r"|(?:samlings|sessions)?sal(?:en)?|lokal(?:en)?)[ \t]\Z",
    re.IGNORECASE,
)
_SPAN_END = operator.itemgetter(1)

# _NEXT_WORD read by hand (see next_word): the letter class of each character
# below U+1F00 (bit 1: _UPPER, bit 2: _LOWER; no letter of either lies beyond).
_CLASSED = cython.declare(cython.Py_ssize_t, 0x1F00)
_IS_UPPER = cython.declare(cython.uchar, 1)
_IS_LOWER = cython.declare(cython.uchar, 2)


def _letter_classes() -> bytes:
    upper = re.compile(f"[{_UPPER}]")
    lower = re.compile(f"[{_LOWER}]")
    if max(map(ord, _UPPER + _LOWER)) >= _CLASSED:
        raise ValueError("a name letter lies beyond the class table")
    return bytes(
        (_IS_UPPER if upper.match(chr(code)) else 0) | (_IS_LOWER if lower.match(chr(code)) else 0)
        for code in range(_CLASSED)
    )


_LETTER_CLASSES = _letter_classes()
_PARTICLE_WORDS = tuple(_PARTICLES.split("|"))
_WORD_PREFIXES = ("Mc", "Mac", "O'", "O’", "D'", "D’")  # in _WORD's order
# The last three letters of the words _LAW_BEFORE and _ROOM_BEFORE end in.
_LAW_ROOM_TAILS = frozenset({"lex", "rum", "met", "sal", "len", "kal"})


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name data loaded from ``lexicons/names``."""

    first: dict[str, int]
    surnames: dict[str, int]
    not_names: frozenset[str]  # hand-written: never a name
    non_person: frozenset[str]  # places and other proper names: usually not a person
    common: frozenset[str]  # ordinary lower-case vocabulary
    triggers: dict[str, bool]
    nicknames: frozenset[str]  # short forms (Kalle, Mojje) that anchor however rare

    def is_ambiguous_first(self, word: str) -> bool:
        """A first name that is also an everyday word, a place or an organisation.

        Names borne by 1,000 people or more ("Åsa", also a village) count as
        names even when they are places too.
        """
        if word.lower() in self.common or word in self.not_names:
            return True
        return word in self.non_person and self.first.get(word, 0) < COMMON_NAME_BUCKET

    def stops_name(self, word: str) -> bool:
        """Whether a capitalised word after a first name cannot continue the name."""
        return _stops(self.not_names, self.surnames, self.common, self.non_person, self.first, word)

    def is_lone_surname(self, word: str) -> bool:
        """Whether a known surname standing alone is probably a person."""
        return not (
            word in self.not_names or word in self.non_person or word.lower() in self.common
        )


@cython.cfunc
def _stops(
    not_names: frozenset[str],
    surnames: dict[str, int],
    common: frozenset[str],
    non_person: frozenset[str],
    first: dict[str, int],
    word: str,
) -> cython.bint:
    """:meth:`Gazetteer.stops_name` on its parts (the name finder keeps them at hand)."""
    if word in not_names:
        return True
    if word in surnames:
        return False
    if word.lower() in common or word.isupper():
        return True
    return word in non_person and first.get(word, 0) < COMMON_NAME_BUCKET


def _bucketed(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        bucket, names = line.split("\t", 1)
        for name in names.split():
            out[name] = int(bucket)
    return out


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def load_gazetteer() -> Gazetteer:
    """Read the name lists shipped with the package."""
    folder = resources.files("varna.detect.lexicons").joinpath("names")

    def read(name: str) -> str:
        return folder.joinpath(name).read_text(encoding="utf-8")

    first = _bucketed(read("first_names.txt"))
    surnames = _bucketed(read("surnames.txt"))
    for token in _lines(read("person_tokens.txt")):
        surnames.setdefault(token, 2)
    places = {p for p in _lines(read("places.txt")) if " " not in p}
    non_person = frozenset(places | set(_lines(read("non_person_tokens.txt"))))
    not_names = frozenset(_lines(read("not_names.txt")))
    common = frozenset(_lines(read("common_words.txt")))
    triggers: dict[str, bool] = {}
    for line in _lines(read("triggers.txt")):
        word = line.rstrip(" /")
        triggers[word] = line.endswith("/")
    nicknames = frozenset(_lines(read("nicknames.txt")))
    return Gazetteer(first, surnames, not_names, non_person, common, triggers, nicknames)


def anchor_keys(gazetteer: Gazetteer) -> Iterable[tuple[str, tuple[str, str]]]:
    """Yield (automaton key, payload) for every anchor word.

    Keys end in a space so that they only match whole words in the word
    buffer; genitive forms ("Annas") get their own key.
    """
    for name, bucket in gazetteer.first.items():
        # First names that are also words ("Per", "Bo", "Man") would anchor on
        # every sentence that starts with them; they are found from the surname.
        anchors = bucket >= ANCHOR_BUCKET or name in gazetteer.nicknames
        if anchors and not gazetteer.is_ambiguous_first(name):
            yield from _with_genitive(gazetteer, name, ("first", name))
    for name in gazetteer.surnames:
        # A surname that is also a word ("De", "Berg") is found after a first name.
        if gazetteer.is_lone_surname(name):
            yield from _with_genitive(gazetteer, name, ("surname", name))
    for particle in ("von", "af", "van"):
        yield f"{particle} ", ("particle", particle)
    for trigger in gazetteer.triggers:
        yield f"{trigger} ", ("trigger", trigger)
        yield f"{trigger[:1].upper()}{trigger[1:]} ", ("trigger", trigger)


def _with_genitive(
    gazetteer: Gazetteer, name: str, payload: tuple[str, str]
) -> Iterable[tuple[str, tuple[str, str]]]:
    yield f"{name} ", payload
    genitive = f"{name}s"
    # "Paris" is not the genitive of "Pari", nor "Hans" of "Han".
    if name.endswith(("s", "x", "z")) or genitive in gazetteer.first:
        return
    if gazetteer.is_ambiguous_first(genitive) or genitive in gazetteer.surnames:
        return
    yield f"{genitive} ", payload


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
@cython.boundscheck(False)
@cython.wraparound(False)
def _char_at(text: str, index: cython.Py_ssize_t) -> cython.Py_UCS4:
    """``text[index]``, or NUL outside the text: a one-character slice without the slice."""
    if index < 0 or index >= len(text):
        return "\0"
    return text[index]


@cython.ccall
def may_continue(text: str, end: cython.Py_ssize_t) -> cython.bint:
    """Whether _NEXT_WORD may match at ``end``: a space, then (after at most one
    more) anything but a small letter that starts no particle. Most names fail
    this test ("Anna," or "Anna har"), which costs far less than the expression."""
    if _char_at(text, end) != " ":
        return False
    next_char: cython.Py_UCS4 = _char_at(text, end + 1)
    if next_char == " ":
        next_char = _char_at(text, end + 2)
    # The first letters of _PARTICLES, as a literal so that compiled code tests
    # them in C (a test tries every particle).
    return not (next_char.islower() and next_char not in "abdeiltv")


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _letter_class(text: str, at: cython.Py_ssize_t, classes: cython.p_const_uchar) -> cython.uchar:
    """_IS_UPPER, _IS_LOWER or 0 for ``text[at]`` (0 outside the text);
    ``classes`` is _LETTER_CLASSES."""
    if at >= len(text):
        return 0
    code: cython.Py_ssize_t = ord(text[at])
    return classes[code] if code < _CLASSED else 0


@cython.cfunc
@cython.exceptval(check=False)
def _ends_word(text: str, at: cython.Py_ssize_t) -> cython.bint:
    r"""``(?![\w'’-])`` at ``at``."""
    if at >= len(text):
        return True
    char: cython.Py_UCS4 = text[at]
    return not (char.isalnum() or char in "_'’-")


@cython.cfunc
@cython.exceptval(check=False)
def _name_word_end(
    text: str, at: cython.Py_ssize_t, classes: cython.p_const_uchar
) -> cython.Py_ssize_t:
    """End of ``_WORD`` at ``at`` followed by the end of a word, or -1."""
    prefix: str
    i: cython.Py_ssize_t
    # Mc, Mac, O', D' …, then no prefix, in _WORD's order.
    prefixes = (*_WORD_PREFIXES, "") if _char_at(text, at) in "MOD" else ("",)
    for prefix in prefixes:
        if prefix and not text.startswith(prefix, at):
            continue
        # [UPPER][LOWER]+(?:[-'’][UPPER LOWER][LOWER]+)*, each part as long as
        # it goes: a shorter one leaves a small letter or a [-'’] next, which
        # the end of a word never allows.
        i = at + len(prefix)
        if not (
            _letter_class(text, i, classes) & _IS_UPPER
            and _letter_class(text, i + 1, classes) & _IS_LOWER
        ):
            continue
        i += 2
        while _letter_class(text, i, classes) & _IS_LOWER:
            i += 1
        while (
            _char_at(text, i) in "-'’"
            and _letter_class(text, i + 1, classes)
            and _letter_class(text, i + 2, classes) & _IS_LOWER
        ):
            i += 3
            while _letter_class(text, i, classes) & _IS_LOWER:
                i += 1
        if _ends_word(text, i):
            return i
    return -1


@cython.cfunc
@cython.exceptval(check=False)
def _word_or_initial_end(
    text: str, at: cython.Py_ssize_t, classes: cython.p_const_uchar
) -> cython.Py_ssize_t:
    r"""End of ``_WORD`` or of ``[_UPPER]\.?`` at ``at`` followed by the end of a
    word, or -1: group 2 of _NEXT_WORD."""
    end: cython.Py_ssize_t = _name_word_end(text, at, classes)
    if end >= 0:
        return end
    if not _letter_class(text, at, classes) & _IS_UPPER:
        return -1
    if _char_at(text, at + 1) == "." and _ends_word(text, at + 2):
        return at + 2
    return at + 1 if _ends_word(text, at + 1) else -1


@cython.ccall
def name_after(text: str, end: cython.Py_ssize_t, sign_off: cython.bint) -> cython.longlong:
    """``_AFTER_TRIGGER.match(text, end)`` (after a sign-off ``_AFTER_SIGN_OFF``)
    read by hand: -1 if it does not match, else ``start << 32 | end`` of its
    group 1, the name. A test holds the two to each other on generated text."""
    size: cython.Py_ssize_t = len(text)
    table: bytes = _LETTER_CLASSES
    at: cython.Py_ssize_t = end
    while at < size and text[at] in ",:!. \t":
        at += 1
    # Punctuation and spaces never start a word: only the longest run can
    # come before one, and after it only the line break of a sign-off.
    line: cython.Py_ssize_t = at
    word_end: cython.Py_ssize_t
    if sign_off:
        if _char_at(text, line) == "\r":
            line += 1
        if _char_at(text, line) == "\n":
            line += 1
            while line < size and text[line] in " \t":
                line += 1
            word_end = _name_word_end(text, line, table)
            if word_end >= 0:
                return line << 32 | word_end
    word_end = _name_word_end(text, at, table)
    return -1 if word_end < 0 else at << 32 | word_end


@cython.ccall
def next_word(text: str, pos: cython.Py_ssize_t) -> cython.longlong:
    """``_NEXT_WORD.match(text, pos)`` read by hand: -1 if it does not match,
    else ``start << 32 | end`` of its group 2 (the word; the match ends there
    too). A test holds the two to each other on generated text."""
    if _char_at(text, pos) != " ":
        return -1
    at: cython.Py_ssize_t = pos + 2 if _char_at(text, pos + 1) == " " else pos + 1
    # A second space fails the rest too: every way on starts with a letter.
    if _char_at(text, at).islower():  # only after a particle ("von ", "al-")
        particle: str
        found: cython.bint = False
        for particle in _PARTICLE_WORDS:
            if text.startswith(particle, at) and _char_at(text, at + len(particle)) == " ":
                at += len(particle) + 1
                found = True
                break
        if not found:
            if text.startswith(("al-", "el-"), at):
                at += 3
            else:
                return -1
    # A pointer into a local reference (Cython will not point into a module global).
    table: bytes = _LETTER_CLASSES
    end: cython.Py_ssize_t = _word_or_initial_end(text, at, table)
    if end < 0:
        return -1
    return at << 32 | end


@cython.ccall
def capital_follows(text: str, end: cython.Py_ssize_t, sign_off: cython.bint) -> cython.bint:
    """Whether a capital letter comes after the punctuation and spaces that
    _AFTER_TRIGGER (or, after a sign-off, _AFTER_SIGN_OFF with its one line
    break) allows after a trigger: every _WORD starts with one."""
    size: cython.Py_ssize_t = len(text)
    at: cython.Py_ssize_t = end
    while at < size and text[at] in ",:!. \t":
        at += 1
    if sign_off and at < size and text[at] in "\r\n":
        if text[at] == "\r" and at + 1 < size and text[at + 1] == "\n":
            at += 1
        elif text[at] == "\r":
            return False  # a lone "\r" is no line break to the expression
        at += 1
        while at < size and text[at] in " \t":
            at += 1
    return at < size and text[at].isupper()


@cython.ccall
def law_or_room_before(text: str, start: cython.Py_ssize_t) -> cython.bint:
    """Whether the word at ``start`` names a law ("lex Sarah") or a room ("rum Ek")."""
    # Both end in a space, tab or "_" after a word ending in the last letters
    # of "lex", "rum(met)", "sal(en)" or "lokal(en)": tested in C before the
    # expressions run (a test checks that nothing they match is skipped).
    if (
        start < 4
        or _char_at(text, start - 1) not in " \t_"
        or _char_at(text, start - 2) not in "xmtlnXMTLN"
        or text[start - 4 : start - 1].casefold() not in _LAW_ROOM_TAILS
    ):
        return False
    window = max(0, start - 24)
    return bool(_LAW_BEFORE.search(text, window, start) or _ROOM_BEFORE.search(text, window, start))


@cython.ccall
def is_sentence_start(text: str, start: cython.Py_ssize_t) -> cython.bint:
    """Whether the word at ``start`` begins a sentence, a line or the text."""
    i: cython.Py_ssize_t = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    # Characters that end a sentence, written as a literal so that compiled code tests them in C.
    return i < 0 or text[i] in '.!?:;\n\r"”»•*–-|>'


@cython.cclass
class NameFinder:
    """Turns anchor hits in one text into names.

    Compiled (see :mod:`varna.detect.native`), its attributes and the helpers
    marked ``cython.cfunc`` are C-level; the anchor methods stay callable from
    Python.
    """

    g: Gazetteer
    first: dict[str, int]
    surnames: dict[str, int]
    not_names: frozenset[str]
    nicknames: frozenset[str]
    common: frozenset[str]
    non_person: frozenset[str]
    text: str
    raw: bytes
    words: bytes
    names: list[Finding]
    # (start, end) of the names of more than one word, whose last word may
    # be a surname to look for again.
    _full_names: list[tuple[int, int]]
    _covered_until: cython.Py_ssize_t

    def __init__(self, gazetteer: Gazetteer, text: str, raw: bytes, words: bytes) -> None:
        """``raw`` and ``words`` are the byte and word buffers of ``text`` (see :mod:`.buffers`)."""
        self.g = gazetteer
        self.first = gazetteer.first
        self.surnames = gazetteer.surnames
        self.not_names = gazetteer.not_names
        self.nicknames = gazetteer.nicknames
        self.common = gazetteer.common
        self.non_person = gazetteer.non_person
        self.text = text
        self.raw = raw
        self.words = words
        self.names = []
        self._full_names = []
        self._covered_until = -1

    @cython.cfunc
    def _stops_name(self, word: str) -> cython.bint:
        """Whether ``word`` cannot continue a name (see :meth:`Gazetteer.stops_name`)."""
        return _stops(self.not_names, self.surnames, self.common, self.non_person, self.first, word)

    @cython.cfunc
    def _extend(self, end: cython.Py_ssize_t) -> tuple[cython.Py_ssize_t, cython.int]:
        """Grow a name to the right from ``end``; return (new end, words added)."""
        text = self.text
        if not may_continue(text, end):
            return end, 0  # "Anna," or "Anna har": most names end here
        match: cython.longlong = next_word(text, end)
        if match < 0:
            return end, 0  # no capitalised word follows
        added: cython.int = 0
        pos: cython.Py_ssize_t = end
        low: cython.longlong = 0xFFFFFFFF  # typed: masked in C when compiled
        following: cython.longlong
        # The word before the next one; only a word ending in "s" may be a genitive.
        last = text[text.rfind(" ", 0, end) + 1 : end] if text[end - 1] == "s" else ""
        while match >= 0:
            word = text[match >> 32 : match & low]
            if last[-1:] == "s" and self._is_genitive(last):
                break
            if len(word.rstrip(".")) == 1:
                following = next_word(text, match & low)
                if following < 0:
                    break
                following_word = text[following >> 32 : following & low]
                if len(following_word.rstrip(".")) == 1 or self._stops_name(following_word):
                    break
            elif self._stops_name(word):
                break
            pos = match & low
            last = word
            added += 1
            match = next_word(text, pos) if may_continue(text, pos) else -1
        return pos, added

    @cython.cfunc
    def _is_genitive(self, word: str) -> cython.bint:
        """A name in the genitive ("Bergmans bok") ends at that word."""
        if not word.endswith("s") or word in self.first or word in self.surnames:
            return False
        return word[:-1] in self.first or word[:-1] in self.surnames

    @cython.cfunc
    def _previous_first_name(self, start: cython.Py_ssize_t) -> cython.Py_ssize_t:
        """Start of a first name written just before ``start``, or -1 if there is none."""
        text = self.text
        if start < 3 or text[start - 1] != " " or not _char_at(text, start - 2).isalpha():
            return -1
        # The word buffer finds the word's letters; only a word with hyphens,
        # apostrophes or letters of other alphabets needs the slow walk.
        words: cython.p_const_uchar = self.words
        begin: cython.Py_ssize_t = start - 2
        while begin >= 0 and words[begin] != 0x20:
            begin -= 1
        begin += 1
        before: cython.Py_UCS4 = _char_at(text, begin - 1)
        if begin and (before in "-'’" or before.isalpha()):
            while begin > 0 and (
                _char_at(text, begin - 1).isalpha() or _char_at(text, begin - 1) in "-'’"
            ):
                begin -= 1
        elif not _char_at(text, begin).isupper():
            return -1  # a lower-case word: not a name
        if begin and _char_at(text, begin - 1) not in " \t\n\r(,:;":
            return -1
        word = text[begin : start - 1]
        if _WORD_ONLY.fullmatch(word) is None:
            return -1
        if word in self.not_names or word.isupper():
            return -1
        if not word.isascii():
            word = buffers.fold(word)  # SCB writes "Łukasz" as "Lukasz"
        if word in self.first and (not self._stops_name(word) or self.first[word] >= ANCHOR_BUCKET):
            return begin
        return -1

    @cython.cfunc
    def _add(
        self,
        start: cython.Py_ssize_t,
        end: cython.Py_ssize_t,
        score: cython.double,
        why: str,
        full: cython.bint,
    ) -> None:
        """Record a name; ``full`` when it has more than one word."""
        if start < self._covered_until:
            return
        self.names.append(build_finding("name", start, end, self.text[start:end], score, why))
        if full:
            self._full_names.append((start, end))
        self._covered_until = end

    @cython.cfunc
    def _name(
        self, start: cython.Py_ssize_t, end: cython.Py_ssize_t, score: cython.double, why: str
    ) -> None:
        self.names.append(build_finding("name", start, end, self.text[start:end], score, why))

    def first_name(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t, name: str) -> None:
        """A first-name anchor (never an ambiguous one, see :func:`anchor_keys`)."""
        if start < self._covered_until:
            return
        if law_or_room_before(self.text, start):
            return
        text = self.text
        if _char_at(text, end) == "-":
            hyphenated = _HYPHENATED_PART.match(text, end)
            if hyphenated and buffers.fold(hyphenated.group(1)) in self.first:
                end = hyphenated.end()  # "Karl-Erik Boman" is one name, not "Karl" and "Erik Boman"
        if _char_at(text, start - 1) == "-":
            first = _HYPHENATED_FIRST.search(text, max(0, start - 30), start)
            if (
                first
                and first.start() >= self._covered_until
                and self.first.get(buffers.fold(first.group(1)), 0)
            ):
                start = first.start()  # "Per-Olof": "Per" is also a word, so no anchor of its own
        new_end: cython.Py_ssize_t
        added: cython.int
        new_end, added = self._extend(end)
        before: cython.Py_ssize_t = self._previous_first_name(start)
        if before >= 0 and before >= self._covered_until:
            start, added = before, added + 1
        if added:
            self._add(start, new_end, SCORE_FULL_NAME, WHY_FULL_NAME, True)
        elif name in _BEFORE_A_NUMBER and _NUMBER_AFTER.match(text, end):
            return  # "Max 25 platser": the word, not the name
        elif not (
            name in self.nicknames
            and self.first.get(name, 0) < ANCHOR_BUCKET
            and is_sentence_start(text, start)
        ):
            # A rare short form may be a word starting a sentence ("Matte är kul").
            common = self.first.get(name, 0) >= COMMON_NAME_BUCKET
            score = SCORE_FIRST_NAME_COMMON if common else SCORE_FIRST_NAME
            self._add(start, end, score, WHY_FIRST_NAME, False)

    @cython.cfunc
    def _particles_before(self, start: cython.Py_ssize_t) -> cython.Py_ssize_t:
        """Start of particles such as "von" or "van der" written just before ``start``."""
        window = self.text[max(0, start - 12) : start]
        match = _PARTICLES_BEFORE.search(window)
        return start - len(match.group()) if match else start

    def surname(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t, name: str) -> None:
        if start < self._covered_until:
            return
        if law_or_room_before(self.text, start):
            return
        new_end: cython.Py_ssize_t
        added: cython.int
        before: cython.Py_ssize_t = self._previous_first_name(start)
        if before >= 0 and before >= self._covered_until:
            new_end, added = self._extend(end)
            self._add(before, new_end, SCORE_FULL_NAME, WHY_FULL_NAME, True)
            return
        new_end, added = self._extend(end)
        lone = self.g.is_lone_surname(name)
        if added and lone:
            self._add(start, new_end, SCORE_FULL_NAME, WHY_SURNAME_IN_NAME, True)
            return
        if not lone:
            return
        particle_start: cython.Py_ssize_t = self._particles_before(start)
        if particle_start < start and particle_start >= self._covered_until:
            self._add(particle_start, end, SCORE_FULL_NAME, WHY_PARTICLE, True)
        elif not is_sentence_start(self.text, start):
            self._add(start, end, SCORE_SURNAME, WHY_SURNAME, False)
        elif self.surnames.get(name, 0) >= 3 and name not in self.first:
            self._add(start, end, SCORE_SURNAME - 0.05, WHY_SURNAME, False)

    def particle(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t, word: str) -> None:
        """ "von Sydow", "af Klint": a particle and a capitalised word are a surname."""
        if start < self._covered_until:
            return
        match = _NEXT_WORD.match(self.text, end)
        if match is None or match.group(1) or self._stops_name(match.group(2)):
            return
        if len(match.group(2)) < 3:
            return
        self._add(start, match.end(), SCORE_FULL_NAME, WHY_PARTICLE, True)

    def trigger(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t, word: str) -> None:
        """A trigger word ends at ``end``: the next capitalised word is a name."""
        text = self.text
        if _char_at(text, end) == " " and _char_at(text, end + 1).islower():
            return  # "eleven har": the usual case, settled without a regex
        # Sign-offs may have punctuation and one line break before the name
        # ("Hälsningar,\nAnna"); the others only punctuation and spaces.
        sign_off = self.g.triggers.get(word, False)
        if not capital_follows(text, end, sign_off):
            return  # neither expression can match
        found: cython.longlong = name_after(text, end, sign_off)
        if found < 0:
            return
        low: cython.longlong = 0xFFFFFFFF  # typed: masked in C when compiled
        start = found >> 32
        name_end: cython.Py_ssize_t = found & low
        name = text[start:name_end]
        if len(name) < 2 or self._stops_name(name):
            return
        if start < self._covered_until:
            return
        new_end: cython.Py_ssize_t
        added: cython.int
        new_end, added = self._extend(name_end)
        known = (name if name.isascii() else buffers.fold(name)) in self.first
        if not known and (
            (not added and word not in _GREETINGS)
            or _ends_sentence(text[end:start], word, sign_off=sign_off)
        ):
            return  # "Hej! Testmiljön är nere": a new sentence, not a name
        score = SCORE_TRIGGERED_KNOWN if known or added else SCORE_TRIGGERED_UNKNOWN
        self._add(start, new_end, score, f"efter ”{word}”", added > 0)

    def finish(self) -> list[Finding]:
        """Every name found, after a last search for repeated surnames."""
        if self._full_names:
            self._repeated_surnames()
        return self.names

    def _repeated_surnames(self) -> None:
        """Mark later standalone mentions of surnames seen in full names."""
        seen: dict[str, bool] = {}
        text = self.text
        start: cython.Py_ssize_t
        end: cython.Py_ssize_t
        surnames = self.surnames
        for start, end in self._full_names:
            # The last word: a name's words are separated by spaces, or a tab
            # after a particle ("von\tSydow"), nothing else (see _NEXT_WORD).
            last = text[max(text.rfind(" ", start, end), text.rfind("\t", start, end)) + 1 : end]
            base = last[:-1] if self._is_genitive(last) else last
            # Known surnames are anchors already; only the unknown ones need a search.
            if len(base) > 2 and base[0].isupper() and base not in surnames:
                seen.setdefault(base, True)
        if not seen:
            return
        # Later mentions only: before the first full name a word is not yet
        # known to be anyone's surname ("Tour de ski" long before "René Tour").
        offset = self._full_names[0][0]
        # Each surname's first letter is looked for with memchr (a capital is
        # rare enough), and each surname compared where it occurs: cheaper
        # than a pass per surname or building an automaton per text. In the
        # byte buffer a character outside Latin-1 is "?", so each mention is
        # also checked on the text.
        raw = self.raw
        data: cython.p_const_uchar = raw
        size: cython.Py_ssize_t = len(raw)
        by_initial: dict[int, list[tuple[bytes, str]]] = {}
        for surname in list(seen)[:MAX_REPEATED_SURNAMES]:
            key = buffers.encode(surname)
            by_initial.setdefault(key[0], []).append((key, surname))
        found: list[tuple[int, int]] = []
        at: cython.Py_ssize_t
        initial: cython.uchar
        for initial, candidates in by_initial.items():
            at = find_byte(data, size, initial, offset)
            while at != -1:
                for key, surname in candidates:
                    if _bytes_at(data, size, key, at) and text.startswith(surname, at):
                        found.append((at, at + len(key)))
                at = find_byte(data, size, initial, at + 1)
        if not found:
            return
        found.sort(key=_SPAN_END)
        covered = sorted((h.start, h.end) for h in self.names)
        starts = [a for a, _ in covered]
        for at, end in found:
            if end < len(text) and text[end] == "s":
                end += 1
            if self._is_word(at, end) and not _inside(covered, starts, at):
                self._name(at, end, SCORE_REPEATED_SURNAME, WHY_REPEATED)

    @cython.cfunc
    def _is_word(self, start: cython.Py_ssize_t, end: cython.Py_ssize_t) -> cython.bint:
        before: cython.Py_UCS4 = _char_at(self.text, start - 1)
        after: cython.Py_UCS4 = _char_at(self.text, end)
        return not (before.isalnum() or before == "-" or after.isalnum() or after == "-")


@cython.cfunc
@cython.exceptval(check=False)
def _bytes_at(
    data: cython.p_const_uchar, size: cython.Py_ssize_t, key: bytes, at: cython.Py_ssize_t
) -> cython.bint:
    """``data[:size].startswith(key, at)``, compared in C."""
    length: cython.Py_ssize_t = len(key)
    if at + length > size:
        return False
    wanted: cython.p_const_uchar = key
    i: cython.Py_ssize_t
    # A loop, not all(): a generator expression cannot read C pointers and
    # would be a Python generator per call.
    for i in range(length):  # noqa: SIM110
        if data[at + i] != wanted[i]:
            return False
    return True


def _ends_sentence(gap: str, trigger: str, *, sign_off: bool) -> bool:
    """Whether the punctuation between a trigger and the next word ends a sentence.

    "!" always does; "." does except after a sign-off ("Mvh.\nAnna") or an
    abbreviation ("dr. Svensson").
    """
    if "!" in gap:
        return True
    return "." in gap and not sign_off and trigger not in _ABBREVIATIONS


# Triggers that are abbreviations, written with a full stop.
_ABBREVIATIONS = frozenset({"dr"})


def _inside(covered: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    index = bisect.bisect_right(starts, position) - 1
    return index >= 0 and covered[index][0] <= position < covered[index][1]


_GREETINGS = frozenset(
    {
        "hej",
        "hejsan",
        "hallå",
        "tjena",
        "tjenare",
        "kära",
        "bästa",
        "tack",
        "mvh",
        "hälsningar",
        "vänliga hälsningar",
        "med vänliga hälsningar",
        "bästa hälsningar",
        "varma hälsningar",
        "vänligen",
        "god morgon",
        "god eftermiddag",
    }
)
