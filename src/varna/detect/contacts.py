"""E-mail addresses, anchored on the ``@`` that every one of them has."""

from __future__ import annotations

import re
from collections.abc import Iterator

import cython

_LOCAL_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-åäöÅÄÖéÉüÜ"
)
DOMAIN = re.compile(
    r"(?:[A-Za-z0-9åäöÅÄÖ](?:[A-Za-z0-9åäöÅÄÖ-]{0,61}[A-Za-z0-9åäöÅÄÖ])?\.)+[A-Za-z]{2,24}(?![\w-])"
)


def find_emails(text: str, raw: bytes) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of every e-mail address in ``text``."""
    at: cython.Py_ssize_t = raw.find(b"@")
    start: cython.Py_ssize_t
    while at != -1:
        start = at
        while start > 0 and at - start < 64 and text[start - 1] in _LOCAL_CHARS:
            start -= 1
        while start < at and text[start] in ".'":
            start += 1
        domain = DOMAIN.match(text, at + 1)
        if start < at and domain is not None:
            yield start, domain.end()
            at = raw.find(b"@", domain.end())
        else:
            at = raw.find(b"@", at + 1)
