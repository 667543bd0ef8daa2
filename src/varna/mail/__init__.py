"""Outgoing messages → parts to scan: ``read_message`` for .eml/MIME and .msg,
``message_from_fields`` for the HTTP check API. See ``docs/ARCHITECTURE.md``."""

from __future__ import annotations

from collections.abc import Sequence

from varna.mail.attachments import OLE_MAGIC
from varna.mail.charsets import decode_bytes
from varna.mail.fields import message_from_fields
from varna.mail.limits import Budget, Limits, ReadError
from varna.mail.model import (
    ATTACHMENT_PREFIX,
    BODY,
    RECIPIENTS,
    SUBJECT,
    ParsedMessage,
    Part,
    Problem,
    Recipient,
)

__all__ = [
    "ATTACHMENT_PREFIX",
    "BODY",
    "RECIPIENTS",
    "SUBJECT",
    "Limits",
    "ParsedMessage",
    "Part",
    "Problem",
    "Recipient",
    "UnreadableMessage",
    "message_from_fields",
    "read_message",
]


class UnreadableMessage(Exception):
    """The input is not a message at all (an unreadable .msg). ``reason`` is Swedish."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_message(
    raw: bytes,
    *,
    envelope_from: str | None = None,
    envelope_to: Sequence[str] | None = None,
    limits: Limits | None = None,
) -> ParsedMessage:
    """Parse an outgoing message. MIME input never raises: what cannot be read is
    reported as a problem. An Outlook .msg (recognised by its OLE signature) that
    is broken raises ``UnreadableMessage``."""
    budget = Budget(limits or Limits())
    if raw[:8] == OLE_MAGIC:
        from varna.mail.msg import read_msg

        try:
            parsed = read_msg(raw, budget)
        except ReadError as error:
            raise UnreadableMessage(error.reason) from error
        except Exception as error:  # a broken OLE file
            raise UnreadableMessage("trasig Outlook-fil") from error
    else:
        parsed = _read_mime(raw, budget)
    if envelope_from:
        parsed.sender = parsed.sender or envelope_from
        parsed.headers.setdefault("x-envelope-from", [envelope_from])
    for address in envelope_to or ():
        parsed.recipients.append(Recipient(address.strip(), "", "envelope"))
    return parsed


def _read_mime(raw: bytes, budget: Budget) -> ParsedMessage:
    from varna.mail.eml import read_eml

    try:
        return read_eml(raw, budget)
    except ReadError as error:
        reason = error.reason
    except RecursionError:
        reason = "meddelandets struktur är för djup"
    except Exception:  # the last guard: keep the raw text, never lose it
        reason = "meddelandets struktur kunde inte tolkas"
    # Fall back to the raw text, so nothing in it escapes the scan.
    text = decode_bytes(raw[: budget.limits.max_text_chars])
    parsed = ParsedMessage(parts=[Part(BODY, text)])
    parsed.problems.append(Problem("unreadable_attachment", BODY, reason))
    return parsed
