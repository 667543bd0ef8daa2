"""The development corpus as data: labelled message specifications and the
builder that turns them into .eml (or .msg) bytes with generated attachments.

Personas and organisations are fictional: Solby kommun (solby.se) with its
partners Norrviks kommun (norrvik.se) and Region Solby (regionsolby.se).
Personnummer come only from Skatteverket's test set (tests/data/SOURCES.md) and
are written as ``{pnr3}`` (12 digits), ``{pnr3s}`` (YYMMDD-NNNN), ``{pnr3l}``
(YYYYMMDD-NNNN), ``{pnr3d}`` (YYMMDDNNNN), ``{pnr3w}`` (YYMMDD NNNN), ``{pnr3e}``
(YYMMDD–NNNN, en dash) or ``{snr1}`` (a samordningsnummer, YYMMDD-NNNN).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Literal

from tests.testdata import personnummer, samordningsnummer

from bench import documents

Expected = Literal["allow", "warn", "block"]
_PLACEHOLDER = re.compile(r"\{(pnr|snr)(\d+)([sldwe]?)\}")


def fill(text: str) -> str:
    """Replace test-number placeholders."""

    def number(match: re.Match[str]) -> str:
        kind, index, form = match.group(1), int(match.group(2)), match.group(3)
        value = personnummer(index) if kind == "pnr" else samordningsnummer(index)
        if kind == "snr" and not form:
            form = "s"
        if form == "s":
            return f"{value[2:8]}-{value[8:]}"
        if form == "l":
            return f"{value[:8]}-{value[8:]}"
        if form in ("d", "w", "e"):
            separator = {"d": "", "w": " ", "e": "\u2013"}[form]
            return f"{value[2:8]}{separator}{value[8:]}"
        return value

    return _PLACEHOLDER.sub(number, text)


@dataclass(frozen=True)
class Attachment:
    name: str
    make: Callable[[], bytes]
    mime: str = "application/octet-stream"


def docx(name: str, *paragraphs: str, table: Sequence[Sequence[str]] = ()) -> Attachment:
    return Attachment(
        name,
        lambda: documents.docx(
            [fill(p) for p in paragraphs], [[fill(c) for c in r] for r in table]
        ),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def xlsx(name: str, rows: Sequence[Sequence[str]], sheet: str = "Blad1") -> Attachment:
    def make() -> bytes:
        filled: list[list[str | int]] = []
        for row in rows:
            cells: list[str | int] = []
            for cell in row:
                value = fill(cell)
                cells.append(int(value) if value.isdigit() and len(value) == 12 else value)
            filled.append(cells)
        return documents.xlsx([(sheet, filled)])

    return Attachment(
        name, make, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )


def pdf(name: str, text: str) -> Attachment:
    return Attachment(name, lambda: documents.pdf_from_text(fill(text)), "application/pdf")


def odt(name: str, *paragraphs: str) -> Attachment:
    return Attachment(
        name,
        lambda: documents.odt([fill(p) for p in paragraphs]),
        "application/vnd.oasis.opendocument.text",
    )


def ods(name: str, rows: Sequence[Sequence[str]]) -> Attachment:
    return Attachment(
        name,
        lambda: documents.ods([[fill(c) for c in r] for r in rows]),
        "application/vnd.oasis.opendocument.spreadsheet",
    )


def text_file(name: str, text: str, mime: str = "text/plain") -> Attachment:
    return Attachment(name, lambda: fill(text).encode("utf-8"), mime)


def csv_file(name: str, text: str) -> Attachment:
    return Attachment(name, lambda: fill(text).encode("cp1252"), "text/csv")


def zip_file(name: str, *members: Attachment, encrypted: bool = False) -> Attachment:
    return Attachment(
        name,
        lambda: documents.zip_archive([(m.name, m.make()) for m in members], encrypted=encrypted),
        "application/zip",
    )


_FIXTURE_PASSWORD = "hemligt"  # noqa: S105 - opens a generated test file, guards nothing


def locked_pdf(name: str, text: str) -> Attachment:
    return Attachment(
        name,
        lambda: documents.pdf([fill(text).split("\n")], user_password=_FIXTURE_PASSWORD),
        "application/pdf",
    )


def broken(name: str, mime: str = "application/pdf") -> Attachment:
    return Attachment(name, lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog", mime)


def image(name: str) -> Attachment:
    return Attachment(name, lambda: b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")


@dataclass(frozen=True)
class Spec:
    id: str
    expected: Expected
    subject: str
    body: str
    sender: str = "Anna Lindqvist <anna.lindqvist@solby.se>"
    to: Sequence[str] = ("Karin Holm <karin.holm@solby.se>",)
    cc: Sequence[str] = ()
    bcc: Sequence[str] = ()
    html: str = ""
    attachments: Sequence[Attachment] = ()
    forwarded: Spec | None = None  # attached as message/rfc822
    encrypted: bool = False  # S/MIME enveloped-data
    headers: Sequence[tuple[str, str]] = ()
    legacy_charset: str = ""  # e.g. "iso-8859-1": body sent quoted-printable in it
    outlook: bool = False  # also written as .msg
    note: str = ""
    tags: Sequence[str] = field(default_factory=tuple)


# SMTP's line length is 78; CPython 3.11 then folds a long To/Cc with non-ASCII display
# names by encoding the comma between two addresses as "=?utf-8?q?=2C?=", which no
# mail client writes (and which is rightly a malformed address list). Headers up to
# the RFC 5322 limit stay on one line, still RFC 2047-encoded.
_WIRE = SMTP.clone(max_line_length=998)

_DATE = format_datetime(datetime(2024, 5, 13, 9, 30, tzinfo=UTC))


def build_message(spec: Spec) -> EmailMessage:
    message = EmailMessage()
    message["From"] = spec.sender
    if spec.to:
        message["To"] = ", ".join(spec.to)
    if spec.cc:
        message["Cc"] = ", ".join(spec.cc)
    if spec.bcc:
        message["Bcc"] = ", ".join(spec.bcc)
    message["Subject"] = fill(spec.subject)
    message["Date"] = _DATE
    message["Message-ID"] = f"<{spec.id}@corpus.solby.se>"
    for name, value in spec.headers:
        message[name] = value
    if spec.encrypted:
        message.set_content(
            b"0\x80\x06\t*\x86H\x86\xf7\r\x01\x07\x03\xa0\x80" + bytes(48),
            maintype="application",
            subtype="pkcs7-mime",
            params={"smime-type": "enveloped-data", "name": "smime.p7m"},
            disposition="attachment",
            filename="smime.p7m",
        )
        return message
    body = fill(spec.body)
    if spec.legacy_charset:
        message.set_content(body, charset=spec.legacy_charset, cte="quoted-printable")
    else:
        message.set_content(body)
    if spec.html:
        message.add_alternative(fill(spec.html), subtype="html")
    for attachment in spec.attachments:
        maintype, _, subtype = attachment.mime.partition("/")
        message.add_attachment(
            attachment.make(), maintype=maintype, subtype=subtype, filename=attachment.name
        )
    if spec.forwarded is not None:
        message.add_attachment(build_message(spec.forwarded), filename="vidarebefordrat.eml")
    return message


def to_eml(spec: Spec) -> bytes:
    return build_message(spec).as_bytes(policy=_WIRE)


def _pairs(addresses: Sequence[str]) -> list[tuple[str, str]]:
    pairs = []
    for address in addresses:
        name, _, rest = address.partition("<")
        pairs.append((name.strip(), rest.rstrip(">").strip()) if rest else ("", name.strip()))
    return pairs


def to_msg(spec: Spec) -> bytes:
    sender_name, sender = _pairs([spec.sender])[0]
    return documents.outlook_msg(
        documents.OutlookMessage(
            subject=fill(spec.subject),
            body=fill(spec.body).replace("\n", "\r\n"),
            sender_name=sender_name,
            sender=sender,
            to=_pairs(spec.to),
            cc=_pairs(spec.cc),
            bcc=_pairs(spec.bcc),
            attachments=[
                documents.MsgAttachment(a.name, a.make(), a.mime) for a in spec.attachments
            ],
            message_class="IPM.Note.SMIME" if spec.encrypted else "IPM.Note",
        )
    )
