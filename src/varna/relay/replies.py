"""What the relay answers, in Swedish. SMTP reply text must survive every mail
system on the way to the sender's non-delivery report: it is ASCII unless the
client announced SMTPUTF8 for the transaction, and it never contains personal
data (no addresses, names, subjects or attachment names) because MTAs log it."""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from varna.policy import Verdict
from varna.policy.texts import KIND_LABELS

# Replacements NFKD does not give (punctuation people and the policy texts use).
_ASCII_REPLACEMENTS = str.maketrans(
    {
        "–": "-",
        "—": "-",
        "…": "...",
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "ß": "ss",
        "Æ": "AE",
        "æ": "ae",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "\u00a0": " ",
    }
)
_MAX_LINE = 200


def ascii_safe(text: str) -> str:
    """Swedish text as printable ASCII (å/ä → a, ö → o): readable in any NDR.

    >>> ascii_safe("Värna stoppade meddelandet – försök igen")
    'Varna stoppade meddelandet - forsok igen'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_REPLACEMENTS))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if " " <= c <= "~" else "?" for c in kept)


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else " " for c in text)


def format_reply(code: int, enhanced: str, lines: Sequence[str], *, utf8: bool = False) -> str:
    """A (possibly multi-line) SMTP reply; each text line wrapped to a safe length.

    >>> format_reply(550, "5.7.1", ["Stoppat.", "Rätta och skicka igen."]).split("\\r\\n")
    ['550-5.7.1 Stoppat.', '550 5.7.1 Ratta och skicka igen.']
    """
    wrapped: list[str] = []
    for line in lines:
        text = _printable(line) if utf8 else ascii_safe(line)
        wrapped.extend(textwrap.wrap(text, _MAX_LINE) or [""])
    last = len(wrapped) - 1
    return "\r\n".join(
        f"{code}{' ' if i == last else '-'}{enhanced} {text}".rstrip()
        for i, text in enumerate(wrapped)
    )


@dataclass(frozen=True)
class Reply:
    code: int
    enhanced: str
    lines: tuple[str, ...]

    def render(self, *, utf8: bool = False) -> str:
        return format_reply(self.code, self.enhanced, self.lines, utf8=utf8)


UPSTREAM_UNAVAILABLE = Reply(
    451,
    "4.4.1",
    ("Värna når inte nästa e-postserver just nu. Meddelandet skickas automatiskt senare.",),
)
CANNOT_JUDGE = Reply(
    451,
    "4.3.0",
    ("Värna kunde inte granska meddelandet just nu. Det skickas automatiskt senare.",),
)
QUARANTINE_FAILED = Reply(
    451,
    "4.3.0",
    ("Värna kunde inte lägga meddelandet i karantän just nu. Det försöks igen senare.",),
)
QUARANTINED = Reply(
    250,
    "2.0.0",
    ("Värna har lagt meddelandet i karantän: det skickas inte förrän det har granskats.",),
)
NETWORK_REFUSED = Reply(554, "5.7.1", ("Värna tar inte emot e-post från den här adressen.",))
TOO_BUSY = Reply(
    421, "4.7.0", ("Värna har för många anslutningar just nu. Försök igen om en stund.",)
)
SHUTTING_DOWN = Reply(421, "4.3.2", ("Värna startar om. Försök igen om en stund.",))

_WHERE_CLASS = {"body": "i texten", "subject": "i ämnesraden", "recipients": "bland mottagarna"}


def where_class(where: str) -> str:
    """``where`` without names: attachment names may themselves be personal data."""
    if where.startswith("attachment:"):
        return "attachment"
    return where if where in _WHERE_CLASS else "body"


def _found_phrase(verdict: Verdict) -> str:
    places: dict[str, dict[str, int]] = {}
    for finding in verdict.findings:
        if finding.action != "block":
            continue
        per_kind = places.setdefault(finding.kind, {})
        place = where_class(finding.where)
        per_kind[place] = per_kind.get(place, 0) + finding.count
    parts = []
    for kind, per_place in places.items():
        label = KIND_LABELS.get(kind, kind)
        located = ", ".join(
            f"{count} {_WHERE_CLASS.get(place, 'i en bilaga')}"
            for place, count in per_place.items()
        )
        parts.append(f"{label} ({located})")
    return "; ".join(parts)


def rejection(verdict: Verdict) -> Reply:
    """550 5.7.1: why the message was stopped and what to do, without personal data."""
    lines = ["Värna stoppade meddelandet. Det har inte skickats till någon mottagare."]
    found = _found_phrase(verdict)
    if found:
        lines.append(f"Hittat: {found}.")
    lines.extend(verdict.advice[:3])
    lines.append("Rätta meddelandet och skicka det igen.")
    return Reply(550, "5.7.1", tuple(lines))


def relayed(code: int, text: str) -> str:
    """An upstream reply passed on to the client (printable ASCII, one line)."""
    enhanced, _, rest = text.partition(" ")
    if not _looks_enhanced(enhanced, code):
        enhanced, rest = _default_enhanced(code), text
    detail = ascii_safe(" ".join(rest.split()))[:_MAX_LINE]
    return f"{code} {enhanced} {detail or 'OK'}".rstrip()


def _looks_enhanced(token: str, code: int) -> bool:
    pieces = token.split(".")
    return len(pieces) == 3 and all(p.isdigit() for p in pieces) and token[0] == str(code)[0]


def _default_enhanced(code: int) -> str:
    return {2: "2.0.0", 4: "4.0.0", 5: "5.0.0"}.get(code // 100, "4.0.0")
