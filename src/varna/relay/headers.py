"""The ``X-Varna-Verdict`` header: what the relay tells the next hop. It carries
the verdict and the finding kinds only – never values, names or addresses."""

from __future__ import annotations

from varna.policy import Verdict

HEADER = b"X-Varna-Verdict"
_LOWER = HEADER.lower() + b":"


def header_value(verdict: Verdict, *, note: str = "") -> str:
    """``allow`` or e.g. ``warn; kinds=visible_recipients,lookalike_domain``."""
    kinds = sorted({f.kind for f in verdict.findings})
    value: str = verdict.verdict
    if kinds:
        value += "; kinds=" + ",".join(kinds)
    if note:
        value += f"; {note}"
    return value


def with_verdict_header(raw: bytes, value: str) -> bytes:
    """``raw`` with any ``X-Varna-Verdict`` fields removed (a sender must not be
    able to forge one) and ours added first.

    >>> forged = b"X-Varna-Verdict: allow\\r\\n forged\\r\\nSubject: Hej\\r\\n\\r\\nx"
    >>> with_verdict_header(forged, "warn")
    b'X-Varna-Verdict: warn\\r\\nSubject: Hej\\r\\n\\r\\nx'
    """
    end = _header_end(raw)
    head, rest = raw[:end], raw[end:]
    if _LOWER in head.lower():
        head = _without_field(head)
    return HEADER + b": " + value.encode("ascii") + b"\r\n" + head + rest


def _header_end(raw: bytes) -> int:
    """Offset of the blank line ending the header section (len(raw) if none)."""
    candidates = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    if raw.startswith((b"\r\n", b"\n")):
        return 0
    if not candidates:
        return len(raw)
    first = min(candidates)
    return first + (2 if raw[first : first + 2] == b"\r\n" else 1)


def _without_field(head: bytes) -> bytes:
    kept: list[bytes] = []
    dropping = False
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.lower().startswith(_LOWER)
        if not dropping:
            kept.append(line)
    return b"".join(kept)
