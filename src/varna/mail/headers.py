"""Header values → text: RFC 2047 encoded words, raw 8-bit bytes, folding.

The values are read raw (``Message.raw_items``) and decoded here, so that a
malformed header can never make the email package raise while we read it.
"""

from __future__ import annotations

import re
from email.header import decode_header
from email.message import Message

from varna.mail.charsets import decode_bytes, decode_surrogates

_FOLDING = re.compile(r"\r?\n[ \t]+")
_WHITESPACE = re.compile(r"[ \t\r\n]+")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def unfold(value: str) -> str:
    return _FOLDING.sub(" ", value).strip()


def decode_header_value(raw: str) -> str:
    """Decode a raw header value to plain text; never raises.

    >>> decode_header_value("=?iso-8859-1?q?Fr=E5ga_om_l=E4xor?=")
    'Fråga om läxor'
    >>> decode_header_value("=?utf-8?b?w4VzYQ==?= Berg")
    'Åsa Berg'
    """
    text = decode_surrogates(unfold(raw))
    if "=?" not in text or not _ENCODED_WORD.search(text):
        return _WHITESPACE.sub(" ", text).strip()
    try:
        pieces = decode_header(text)
    except Exception:  # any decoding trouble: keep the raw text
        return _WHITESPACE.sub(" ", text).strip()
    out: list[str] = []
    for chunk, charset in pieces:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return _WHITESPACE.sub(" ", "".join(out)).strip()


def raw_headers(message: Message) -> list[tuple[str, str]]:
    """(lower-case name, raw value) pairs without letting the header parser run."""
    items: list[tuple[str, str]] = []
    for name, value in message.raw_items():
        items.append((str(name).strip().lower(), str(value)))
    return items


def decoded_headers(message: Message, limit: int = 500) -> dict[str, list[str]]:
    headers: dict[str, list[str]] = {}
    for name, value in raw_headers(message)[:limit]:
        headers.setdefault(name, []).append(decode_header_value(value))
    return headers


def first_raw(message: Message, name: str) -> str | None:
    name = name.lower()
    for key, value in raw_headers(message):
        if key == name:
            return value
    return None
