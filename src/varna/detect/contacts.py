"""E-mail addresses, anchored on the ``@`` that every one of them has."""

from __future__ import annotations

import re

import cython

if cython.compiled:  # C calls (buffers.pxd)
    from cython.cimports.varna.detect.buffers import find_byte
else:
    from varna.detect.buffers import find_byte

DOMAIN = re.compile(
    r"(?:[A-Za-z0-9åäöÅÄÖ](?:[A-Za-z0-9åäöÅÄÖ-]{0,61}[A-Za-z0-9åäöÅÄÖ])?\.)+[A-Za-z]{2,24}(?![\w-])"
)


def find_emails(text: str, raw: bytes) -> list[tuple[int, int]]:
    """(start, end) of every e-mail address in ``text``; ``raw`` is its byte buffer."""
    found: list[tuple[int, int]] = []
    data: cython.p_const_uchar = raw
    size: cython.Py_ssize_t = len(raw)
    at: cython.Py_ssize_t = find_byte(data, size, 0x40, 0)  # "@"
    start: cython.Py_ssize_t
    while at != -1:
        start = at
        # Back over what a local part is written with ("anna.o'brien+kurs@"),
        # a literal so that compiled code tests each character in C.
        while (
            start > 0
            and at - start < 64
            and text[start - 1]
            in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            "0123456789.!#$%&'*+/=?^_`{|}~-åäöÅÄÖéÉüÜ"
        ):
            start -= 1
        while start < at and text[start] in ".'":
            start += 1
        domain = DOMAIN.match(text, at + 1)
        if start < at and domain is not None:
            found.append((start, domain.end()))
            at = find_byte(data, size, 0x40, domain.end())
        else:
            at = find_byte(data, size, 0x40, at + 1)
    return found
