"""What a parsed message is made of: parts with their origin, recipients, problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RecipientField = Literal["to", "cc", "bcc", "envelope"]
Encryption = Literal["smime", "pgp"]

BODY = "body"
SUBJECT = "subject"
RECIPIENTS = "recipients"
ATTACHMENT_PREFIX = "attachment:"


def attachment_where(name: str) -> str:
    """The ``where`` of an attachment, as used in the ``varna check --json`` contract."""
    return f"{ATTACHMENT_PREFIX}{name}"


@dataclass(frozen=True)
class Recipient:
    """One recipient. ``certain`` is False when the address came out of a header
    that could not be parsed strictly: it may or may not be a real recipient."""

    address: str
    display_name: str
    field: RecipientField
    certain: bool = True

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2].lower().rstrip(".")


@dataclass(frozen=True)
class Problem:
    """Something that stopped the guard from reading part of a message.

    ``kind`` is ``unreadable_attachment`` or ``malformed_recipients``; ``reason`` is
    a short Swedish phrase for people ("lösenordsskyddad", "för stor", …); it never
    contains message content.
    """

    kind: str
    where: str
    reason: str


@dataclass
class Part:
    """Text to scan and where it came from.

    ``where`` is ``body``, ``subject`` or ``attachment:<name>`` (nested attachments
    are named ``outer.zip/inner.docx``). Line numbers in the body part are the lines
    of ``text``: the first line is 1.
    """

    where: str
    text: str
    file_name: bool = False  # the text is an attachment's file name, not its content

    def line_of(self, offset: int) -> int:
        return self.text.count("\n", 0, max(0, offset)) + 1


@dataclass
class ParsedMessage:
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    recipients: list[Recipient] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Attachments deliberately not read (images, media, executables): shown to
    # people, but not a problem, since they carry no text.
    unscanned: list[str] = field(default_factory=list)
    attachment_names: list[str] = field(default_factory=list)
    # Decoded header values, names in lower case; used for encryption markers.
    headers: dict[str, list[str]] = field(default_factory=dict)
    encryption: Encryption | None = None

    @property
    def encrypted(self) -> bool:
        return self.encryption is not None

    @property
    def body(self) -> Part | None:
        return next((p for p in self.parts if p.where == BODY), None)

    def header(self, name: str) -> list[str]:
        return self.headers.get(name.lower(), [])

    def add_attachment_name(self, path: str) -> None:
        """Record an attachment; its file name is sent too, so it is text to scan
        ("Läkarintyg Lisa Ek.pdf")."""
        self.attachment_names.append(path)
        name = path.rsplit("/", 1)[-1]
        stem = name.rsplit(".", 1)[0] if "." in name else name
        if any(c.isalnum() for c in stem):
            self.parts.append(Part(attachment_where(path), stem.replace("_", " "), file_name=True))
