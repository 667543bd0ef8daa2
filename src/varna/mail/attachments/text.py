"""Plain-text attachments and legacy binary Office files."""

from __future__ import annotations

import re

from varna.mail.charsets import decode_bytes

_UTF16_RUN = re.compile(rb"(?:[\x20-\x7e\xa0-\xff]\x00|[\t\n\r]\x00){4,}")
_BYTE_RUN = re.compile(rb"[\x20-\x7e\xa0-\xff\t\n\r]{6,}")


def plain_text(data: bytes, charset: str | None = None) -> str:
    return decode_bytes(data, charset).replace("\r\n", "\n").replace("\r", "\n")


def looks_like_text(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return True
    if b"\x00" in sample:
        return sample[:2] in (b"\xff\xfe", b"\xfe\xff")
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return controls / len(sample) < 0.02


def legacy_strings(streams: list[bytes]) -> str:
    """Approximate text of a legacy Word/Excel/PowerPoint file: the UTF-16 and
    8-bit runs of printable characters in its streams. Enough to find numbers and
    words; layout is lost."""
    lines: list[str] = []
    for data in streams:
        for match in _UTF16_RUN.finditer(data):
            lines.append(match.group(0).decode("utf-16-le", "replace"))
        for match in _BYTE_RUN.finditer(data):
            lines.append(match.group(0).decode("cp1252", "replace"))
    return "\n".join(line.strip() for line in lines if line.strip())
