"""Byte views of a text that let C code do the scanning.

The text is encoded as Latin-1 with ``?`` for every character outside it, so
byte offsets are character offsets. Two translations of those bytes are
scanned:

* the **word buffer** keeps letters and turns everything else into a space;
  the Aho–Corasick automaton runs over it, so a key like ``"Anna "`` only
  matches a whole word however the text punctuates it;
* the **shape buffer** turns ASCII digits into ``0`` and letters into ``a``/``A``
  and keeps the separators numbers are written with, so one regular expression
  with a literal first character finds every digit group worth a closer look.
"""

from __future__ import annotations


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
    """Return one byte per character: Latin-1, ``?`` for anything else."""
    return text.encode("latin-1", "replace")


def word_buffer(raw: bytes) -> bytes:
    """Letters kept, everything else a space."""
    return raw.translate(WORD_TABLE)


def shape_buffer(raw: bytes) -> bytes:
    """Digits as ``0``, letters as ``a``/``A``, number separators kept, the rest ``,``."""
    return raw.translate(SHAPE_TABLE)
