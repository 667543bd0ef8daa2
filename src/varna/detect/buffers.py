"""Byte views of a text that let C code do the scanning.

The text is encoded as Latin-1, so byte offsets are character offsets. A
letter outside Latin-1 becomes its base letter (``ć`` → ``c``, ``Ł`` → ``L``,
``ı`` → ``i``), so that "Łukasz" and "Petrović" are words like any other and
meet the name lists, which SCB writes without such marks (Lukasz, Petrovic);
every other character outside Latin-1 becomes ``?``. Two translations of
those bytes are scanned:

* the **word buffer** keeps letters and turns everything else into a space;
  the Aho–Corasick automaton runs over it, so a key like ``"Anna "`` only
  matches a whole word however the text punctuates it;
* the **shape buffer** turns ASCII digits into ``0`` and letters into ``a``/``A``
  and keeps the separators numbers are written with, so one regular expression
  with a literal first character finds every digit group worth a closer look.

:func:`views` makes all three in one pass (compiled; interpreted it calls
:func:`encode`, :func:`word_buffer` and :func:`shape_buffer`).
"""

from __future__ import annotations

import unicodedata

import cython

if cython.compiled:  # views() writes new bytes objects and reads str memory in C
    from cython.cimports.cpython.bytes import PyBytes_AS_STRING, PyBytes_FromStringAndSize
    from cython.cimports.cpython.unicode import (
        PyUnicode_1BYTE_DATA,
        PyUnicode_2BYTE_DATA,
        PyUnicode_KIND,
    )
    from cython.cimports.libc.string import memchr

# Letters outside Latin-1 that names are written with: Latin Extended-A and -B
# and Latin Extended Additional (Polish, Czech, Croatian, Turkish, Romanian,
# Vietnamese, Sami, ...).
_OTHER_LATIN = [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]
# Letters without a decomposition into a base letter and a mark.
_BASE_LETTERS = {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i",
                 "Ŧ": "T", "ŧ": "t", "Ŀ": "L", "ŀ": "l", "ſ": "s", "Ŋ": "N", "ŋ": "n",
                 "Ƶ": "Z", "ƶ": "z", "Ɖ": "D", "ɖ": "d"}  # fmt: skip


def _base_letter(char: str) -> str | None:
    base = _BASE_LETTERS.get(char) or unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else None


def _letter_class(test: str) -> str:
    """Regular-expression class body of the other Latin letters that pass ``test``."""
    return "".join(chr(c) for c in _OTHER_LATIN if getattr(chr(c), test)() and _base_letter(chr(c)))


# Character-class bodies for capital and small letters, Latin-1 and beyond:
# "[{UPPER}][{LOWER}]+" is a capitalised word such as "Åsa", "Łukasz" or "Yılmaz".
UPPER = "A-ZÀ-ÖØ-Þ" + _letter_class("isupper")
LOWER = "a-zß-öø-ÿ" + _letter_class("islower")
# Byte (as a one-character string) for every other Latin letter.
_FOLD = {chr(c): base for c in _OTHER_LATIN if (base := _base_letter(chr(c)))}
_FOLD_BYTES = {char: ord(base) for char, base in _FOLD.items()}
_FOLD_TABLE = str.maketrans(_FOLD)


def fold(word: str) -> str:
    """``word`` with its letters outside Latin-1 as base letters ("Łukasz" → "Lukasz")."""
    return word if word.isascii() else word.translate(_FOLD_TABLE)


def _word_table() -> bytes:
    return bytes(i if chr(i).isalpha() else 0x20 for i in range(256))


def _shape_table() -> bytes:
    table = bytearray(b"," * 256)
    for i in range(256):
        char = chr(i)
        if "0" <= char <= "9":
            table[i] = ord("0")
        elif char.isalpha():
            table[i] = ord("A") if char.isupper() else ord("a")
    for char, shape in ((" ", " "), ("\xa0", " "), ("-", "-"), ("+", "+"), ("?", "?")):
        table[ord(char)] = ord(shape)
    for char in "()/":
        table[ord(char)] = ord(char)
    for char in "\n\r\x0b\x0c":
        table[ord(char)] = ord("\n")
    return bytes(table)


WORD_TABLE = _word_table()
SHAPE_TABLE = _shape_table()


def encode(text: str) -> bytes:
    """Return one byte per character: Latin-1, base letters for other Latin
    letters (see :func:`fold`), ``?`` for anything else."""
    raw = text.encode("latin-1", "replace")
    # Typographic quotes, dashes and bullets are most of what is replaced;
    # only the letters among them (in _OTHER_LATIN's ranges) get their base letter.
    patched: bytearray | None = None
    at: cython.Py_ssize_t = raw.find(b"?")
    char: cython.Py_UCS4
    while at != -1:
        char = text[at]
        if (0x100 <= ord(char) < 0x250 or 0x1E00 <= ord(char) < 0x1F00) and (
            base := _FOLD_BYTES.get(char)
        ) is not None:
            if patched is None:
                patched = bytearray(raw)
            patched[at] = base
        at = raw.find(b"?", at + 1)
    return raw if patched is None else bytes(patched)


# The byte of each character of _OTHER_LATIN (its base letter, or "?"), at
# c - 0x100 for U+0100..U+024F and at c - 0x1E00 + 0x150 for U+1E00..U+1EFF.
_OTHER_LATIN_BYTES = bytes(_FOLD_BYTES.get(chr(c), ord("?")) for c in _OTHER_LATIN)


def views(text: str) -> tuple[bytes, bytes, bytes]:
    """``(encode(text), word buffer, shape buffer)``, made in one pass when compiled.

    Compiled, the three buffers are new bytes objects filled in place (no
    zeroed bytearray copied afterwards), and the text's characters are read
    straight from its memory: one loop per storage width, so that the common
    widths (Latin-1 text, and text with typographic dashes, quotes or bullets)
    read one or two bytes per character without a test of the width.
    """
    if not cython.compiled:
        raw = encode(text)
        return raw, word_buffer(raw), shape_buffer(raw)
    size: cython.Py_ssize_t = len(text)
    raw_bytes: bytes = PyBytes_FromStringAndSize(cython.NULL, size)
    words_bytes: bytes = PyBytes_FromStringAndSize(cython.NULL, size)
    shape_bytes: bytes = PyBytes_FromStringAndSize(cython.NULL, size)
    raw_at: cython.p_uchar = cython.cast(cython.p_uchar, PyBytes_AS_STRING(raw_bytes))
    words_at: cython.p_uchar = cython.cast(cython.p_uchar, PyBytes_AS_STRING(words_bytes))
    shape_at: cython.p_uchar = cython.cast(cython.p_uchar, PyBytes_AS_STRING(shape_bytes))
    # Pointers into local references: Cython will not point into a module
    # global that could be rebound while the loop runs.
    tables: tuple[bytes, bytes, bytes] = (WORD_TABLE, SHAPE_TABLE, _OTHER_LATIN_BYTES)
    word_table: cython.p_const_uchar = tables[0]
    shape_table: cython.p_const_uchar = tables[1]
    other: cython.p_const_uchar = tables[2]
    i: cython.Py_ssize_t
    byte: cython.uchar
    kind: cython.int = PyUnicode_KIND(text)
    if kind == 1:
        latin: cython.p_const_uchar = PyUnicode_1BYTE_DATA(text)
        for i in range(size):
            byte = latin[i]
            raw_at[i] = byte
            words_at[i] = word_table[byte]
            shape_at[i] = shape_table[byte]
    elif kind == 2:
        wide: cython.p_const_ushort = PyUnicode_2BYTE_DATA(text)
        for i in range(size):
            byte = _byte_of(wide[i], other)
            raw_at[i] = byte
            words_at[i] = word_table[byte]
            shape_at[i] = shape_table[byte]
    else:
        i = 0
        char: cython.Py_UCS4
        for char in text:
            byte = _byte_of(ord(char), other)
            raw_at[i] = byte
            words_at[i] = word_table[byte]
            shape_at[i] = shape_table[byte]
            i += 1  # noqa: SIM113 - compiled, enumerate() would box every index
    return raw_bytes, words_bytes, shape_bytes


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def _byte_of(code: cython.uint, other: cython.p_const_uchar) -> cython.uchar:
    """The byte :func:`encode` writes for the character ``code``."""
    if code < 0x100:
        return code
    if code < 0x250:
        return other[code - 0x100]
    if 0x1E00 <= code < 0x1F00:
        return other[code - 0x1E00 + 0x150]
    return 0x3F  # "?"


@cython.cfunc
@cython.exceptval(check=False)
def find_byte(
    data: cython.p_const_uchar, size: cython.Py_ssize_t, byte: cython.uchar, at: cython.Py_ssize_t
) -> cython.Py_ssize_t:
    """Where ``byte`` first occurs in ``data[at:size]``, or -1: ``bytes.find``
    without a method call, for loops that stop at many places in a buffer
    (``memchr`` compiled, a loop interpreted). Compiled modules cimport it
    (``buffers.pxd``)."""
    if at >= size:
        return -1
    if cython.compiled:
        found = memchr(cython.address(data[at]), byte, size - at)
        if found == cython.NULL:
            return -1
        at = cython.cast(cython.Py_ssize_t, found) - cython.cast(cython.Py_ssize_t, data)
    else:
        while data[at] != byte:
            at += 1
            if at == size:
                return -1
    return at


def word_buffer(raw: bytes) -> bytes:
    """Letters kept, everything else a space."""
    return raw.translate(WORD_TABLE)


def shape_buffer(raw: bytes) -> bytes:
    """Digits as ``0``, letters as ``a``/``A``, number separators kept, the rest ``,``."""
    return raw.translate(SHAPE_TABLE)
