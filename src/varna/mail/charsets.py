"""Bytes → text, tolerant of missing and mislabelled charsets.

Swedish mail is full of ISO-8859-1 labels on windows-1252 text, UTF-8 labelled as
Latin-1 and no label at all. The rule: valid UTF-8 wins (it is almost never valid
by accident), Latin-1 labels are read as windows-1252 (as browsers do), unknown
labels fall back to UTF-8 and then windows-1252, and nothing ever raises.
"""

from __future__ import annotations

import codecs

_LATIN1_LABELS = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin-1",
        "latin1",
        "l1",
        "cp819",
        "iso_8859-1",
        "iso-ir-100",
        "us-ascii",
        "ascii",
        "ansi_x3.4-1968",
        "windows-1252",
        "cp1252",
        "x-user-defined",
        "iso-8859-15",
        "iso8859-15",
        "latin-9",
    }
)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, label: str | None = None) -> str:
    """Decode ``data`` declared as ``label``; never raises.

    >>> decode_bytes("Åsa".encode("utf-8"), "iso-8859-1")
    'Åsa'
    >>> decode_bytes("Åsa".encode("cp1252"), "utf-8")
    'Åsa'
    >>> decode_bytes(b"\\x93citat\\x94", "iso-8859-1")
    '“citat”'
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return data.decode("utf-16", "replace")
    if data.isascii():
        return data.decode("ascii")
    codec = _codec(label)
    raw_label = (label or "").strip().strip("\"'").lower()
    if (
        codec is None
        or codec in ("latin-1", "ascii", "cp1252", "iso8859-15")
        or (raw_label in _LATIN1_LABELS)
    ):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return _cp1252(data)
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _cp1252(data)


def _cp1252(data: bytes) -> str:
    # The five bytes undefined in windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) are
    # control characters in ISO-8859-1; a space keeps words apart either way.
    return data.decode("cp1252", "replace").replace("\ufffd", " ")


def decode_surrogates(text: str) -> str:
    """Re-decode a header value that the email package kept as surrogate escapes.

    Raw 8-bit headers (usually UTF-8, sometimes windows-1252) arrive as lone
    surrogates after ``BytesParser``.
    """
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    if raw.isascii():
        return text
    return decode_bytes(raw)
