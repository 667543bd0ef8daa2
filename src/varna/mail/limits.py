"""Limits against decompression bombs, huge files and slow inputs.

A ``Budget`` is shared by everything read from one message: every reader asks it
before expanding more bytes, opening more members or going deeper, and checks the
clock between steps. Exceeding a limit raises ``LimitExceeded``, which the caller
turns into an ``unreadable_attachment`` problem; nothing is skipped silently.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_depth: int = 6  # nested attachments: zip in zip, forwarded mail in mail, …
    max_attachment_bytes: int = 30_000_000  # one attachment, after decoding
    max_expanded_bytes: int = 100_000_000  # everything unpacked from one message
    max_members: int = 2_000  # archive members and attachments in total
    max_ratio: int = 200  # uncompressed/compressed size of one archive member
    max_seconds: float = 20.0  # wall clock for reading one message
    max_text_chars: int = 20_000_000  # text handed on for scanning
    max_pdf_pages: int = 2_000


class ReadError(Exception):
    """An attachment could not be read; ``reason`` is a Swedish phrase for people."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class LimitExceeded(ReadError):
    pass


class Budget:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.deadline = time.monotonic() + limits.max_seconds
        self.expanded = 0
        self.members = 0
        self.text_chars = 0

    def check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise LimitExceeded("tidsgränsen för granskning överskreds")

    def check_depth(self, depth: int) -> None:
        if depth > self.limits.max_depth:
            raise LimitExceeded("för många nivåer av bilagor i bilagor")

    def take_member(self) -> None:
        self.members += 1
        if self.members > self.limits.max_members:
            raise LimitExceeded("för många filer")

    def room(self) -> int:
        """How many more bytes may be expanded, capped by the per-attachment limit."""
        return max(
            0, min(self.limits.max_expanded_bytes - self.expanded, self.limits.max_attachment_bytes)
        )

    def take_bytes(self, size: int) -> None:
        if size > self.limits.max_attachment_bytes:
            raise LimitExceeded("filen är för stor")
        self.expanded += size
        if self.expanded > self.limits.max_expanded_bytes:
            raise LimitExceeded("bilagorna är för stora uppackade")
        self.check_time()

    def take_text(self, text: str) -> str:
        room = self.limits.max_text_chars - self.text_chars
        if len(text) > room:
            raise LimitExceeded("för mycket text")
        self.text_chars += len(text)
        return text
