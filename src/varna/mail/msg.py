"""Outlook .msg (MS-OXMSG) → ParsedMessage, with olefile (BSD) and our own reading
of MAPI properties. Handles plain, HTML and compressed-RTF bodies, recipients with
their To/Cc/Bcc type, attachments, and embedded messages recursively."""

from __future__ import annotations

import io
import struct
from typing import Any

from varna.mail.attachments import read_attachment
from varna.mail.attachments.rtf import rtf_to_text
from varna.mail.charsets import decode_bytes
from varna.mail.eml import parse_bytes
from varna.mail.headers import decoded_headers
from varna.mail.htmltext import html_to_text
from varna.mail.limits import Budget, ReadError
from varna.mail.model import ParsedMessage, Part, Problem, Recipient, attachment_where

PROPERTIES = "__properties_version1.0"
_RECIPIENT_PREFIX = "__recip_version1.0_"
_ATTACHMENT_PREFIX = "__attach_version1.0_"
_EMBEDDED = "__substg1.0_3701000D"

PR_SUBJECT = 0x0037
PR_MESSAGE_CLASS = 0x001A
PR_TRANSPORT_HEADERS = 0x007D
PR_BODY = 0x1000
PR_RTF_COMPRESSED = 0x1009
PR_HTML = 0x1013
PR_SENDER_NAME = 0x0C1A
PR_SENDER_EMAIL = 0x0C1F
PR_SENDER_SMTP = 0x5D01
PR_DISPLAY_NAME = 0x3001
PR_EMAIL_ADDRESS = 0x3003
PR_SMTP_ADDRESS = 0x39FE
PR_RECIPIENT_TYPE = 0x0C15
PR_ATTACH_DATA = 0x3701
PR_ATTACH_FILENAME = 0x3704
PR_ATTACH_LONG_FILENAME = 0x3707
PR_ATTACH_MIME_TAG = 0x370E
PR_MESSAGE_CODEPAGE = 0x3FFD
PR_INTERNET_CPID = 0x3FDE

_RECIPIENT_TYPES = {1: "to", 2: "cc", 3: "bcc"}

# MS-OXRTFCP: the dictionary every compressed RTF stream starts from.
RTF_PREBUFFER = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss "
    b"\\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier"
    b"{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)


def decompress_rtf(data: bytes, max_size: int = 50_000_000) -> bytes:
    """Decompress an MS-OXRTFCP (``LZFu``) stream; ``MELA`` streams are stored raw."""
    if len(data) < 16:
        raise ReadError("trasig fil")
    _, raw_size, kind, _ = struct.unpack_from("<IIII", data)
    if kind == 0x414C454D:  # "MELA": not compressed
        return data[16 : 16 + raw_size]
    if kind != 0x75465A4C:  # "LZFu"
        raise ReadError("trasig fil")
    dictionary = bytearray(4096)
    dictionary[: len(RTF_PREBUFFER)] = RTF_PREBUFFER
    write = len(RTF_PREBUFFER)
    out = bytearray()
    position = 16
    end = len(data)
    limit = min(raw_size, max_size)
    while position < end and len(out) < limit:
        control = data[position]
        position += 1
        for bit in range(8):
            if position >= end or len(out) >= limit:
                break
            if control & (1 << bit):
                if position + 1 >= end:
                    return bytes(out)
                reference = (data[position] << 8) | data[position + 1]
                position += 2
                offset, length = reference >> 4, (reference & 0xF) + 2
                if offset == write:
                    return bytes(out)
                for step in range(length):
                    byte = dictionary[(offset + step) % 4096]
                    out.append(byte)
                    dictionary[write] = byte
                    write = (write + 1) % 4096
            else:
                byte = data[position]
                position += 1
                out.append(byte)
                dictionary[write] = byte
                write = (write + 1) % 4096
    return bytes(out)


def is_msg(ole: Any) -> bool:
    return bool(ole.exists(PROPERTIES)) and any(
        entry and entry[0].startswith("__substg1.0_") for entry in ole.listdir()
    )


class _Storage:
    """The properties of one storage: the message, a recipient or an attachment."""

    def __init__(
        self, ole: Any, path: list[str], header_size: int, budget: Budget, entries: list[list[str]]
    ) -> None:
        self.ole = ole
        self.path = path
        self.budget = budget
        depth = len(path)
        self.streams = {e[depth]: e for e in entries if len(e) == depth + 1 and e[:depth] == path}
        self.storages = sorted(
            {e[depth] for e in entries if len(e) > depth + 1 and e[:depth] == path}
        )
        self.fixed: dict[int, bytes] = {}
        props = self.streams.get(PROPERTIES)
        if props is not None:
            raw = self._read(props)
            for offset in range(header_size, len(raw) - 15, 16):
                _, prop_id, _ = struct.unpack_from("<HHI", raw, offset)
                self.fixed[prop_id] = raw[offset + 8 : offset + 16]
        self.codepage = f"cp{self.integer(PR_INTERNET_CPID) or self.integer(PR_MESSAGE_CODEPAGE)}"
        if self.codepage in ("cp0", "cp65001"):
            self.codepage = "utf-8" if self.codepage == "cp65001" else "cp1252"

    def _read(self, entry: list[str]) -> bytes:
        size = int(self.ole.get_size(entry))
        self.budget.take_bytes(size)
        data: bytes = self.ole.openstream(entry).read()
        return data

    def integer(self, prop_id: int) -> int:
        raw = self.fixed.get(prop_id)
        return int(struct.unpack_from("<i", raw)[0]) if raw else 0

    def binary(self, prop_id: int) -> bytes | None:
        entry = self.streams.get(f"__substg1.0_{prop_id:04X}0102")
        return self._read(entry) if entry is not None else None

    def string(self, prop_id: int) -> str:
        entry = self.streams.get(f"__substg1.0_{prop_id:04X}001F")
        if entry is not None:
            return self._read(entry).decode("utf-16-le", "replace").rstrip("\x00")
        entry = self.streams.get(f"__substg1.0_{prop_id:04X}001E")
        if entry is not None:
            return decode_bytes(self._read(entry).rstrip(b"\x00"), self.codepage)
        return ""


def read_msg(data: bytes, budget: Budget) -> ParsedMessage:
    """Read a top-level .msg file; raises ``ReadError`` when it is not a readable one."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as error:
        raise ReadError("trasig Outlook-fil") from error
    with ole:
        if not is_msg(ole):
            raise ReadError("filen är inte ett Outlook-meddelande")
        parsed = ParsedMessage()
        _read_message(parsed, ole, [], 32, budget, 0, prefix="")
        return parsed


def read_attached_msg(sink: ParsedMessage, path: str, ole: Any, budget: Budget, depth: int) -> None:
    _read_message(sink, ole, [], 32, budget, depth, prefix=path)


def _read_message(
    sink: ParsedMessage,
    ole: Any,
    path: list[str],
    header_size: int,
    budget: Budget,
    depth: int,
    *,
    prefix: str,
) -> None:
    entries = list(ole.listdir(streams=True, storages=False))
    storage = _Storage(ole, path, header_size, budget, entries)
    subject = storage.string(PR_SUBJECT)
    message_class = storage.string(PR_MESSAGE_CLASS)
    top = not prefix
    if top:
        sink.subject = subject
        sink.sender_name = storage.string(PR_SENDER_NAME)
        sink.sender = storage.string(PR_SENDER_SMTP) or storage.string(PR_SENDER_EMAIL)
        transport = storage.string(PR_TRANSPORT_HEADERS)
        if transport:
            sink.headers = decoded_headers(parse_bytes(transport.encode("utf-8", "replace")))
        sink.headers.setdefault("subject", [subject])
    encrypted = message_class.upper().startswith("IPM.NOTE.SMIME") and (
        "MULTIPARTSIGNED" not in message_class.upper()
    )
    if encrypted:
        if top:
            sink.encryption = "smime"
            if subject:
                sink.parts.append(Part("subject", subject))
        else:
            sink.problems.append(
                Problem("unreadable_attachment", attachment_where(prefix), "krypterat")
            )
        return
    recipients = _recipients(storage, entries, budget)
    body = _body(storage)
    if top:
        sink.recipients.extend(recipients)
        if subject:
            sink.parts.append(Part("subject", subject))
        if body.strip():
            sink.parts.append(Part("body", budget.take_text(body)))
    else:
        header = ["---------- Bifogat meddelande ----------"]
        if storage.string(PR_SENDER_NAME) or storage.string(PR_SENDER_EMAIL):
            header.append(
                f"Från: {storage.string(PR_SENDER_NAME)} "
                f"<{storage.string(PR_SENDER_EMAIL)}>".strip()
            )
        if subject:
            header.append(f"Ämne: {subject}")
        if recipients:
            header.append("Till: " + ", ".join(r.address for r in recipients))
        text = "\n".join(header) + "\n" + body
        sink.parts.append(Part(attachment_where(prefix), budget.take_text(text)))
    _attachments(
        sink,
        ole,
        storage,
        entries,
        budget,
        depth,
        prefix,
        signed=message_class.upper().endswith("MULTIPARTSIGNED"),
    )


def _body(storage: _Storage) -> str:
    text = storage.string(PR_BODY)
    if text.strip():
        return text.replace("\r\n", "\n")
    html = storage.binary(PR_HTML)
    if html:
        return html_to_text(decode_bytes(html, storage.codepage))
    html_text = storage.string(PR_HTML)
    if html_text:
        return html_to_text(html_text)
    rtf = storage.binary(PR_RTF_COMPRESSED)
    if rtf:
        return rtf_to_text(decompress_rtf(rtf).decode("cp1252", "replace"))
    return ""


def _recipients(storage: _Storage, entries: list[list[str]], budget: Budget) -> list[Recipient]:
    recipients: list[Recipient] = []
    for name in storage.storages:
        if not name.startswith(_RECIPIENT_PREFIX):
            continue
        recipient = _Storage(storage.ole, [*storage.path, name], 8, budget, entries)
        address = recipient.string(PR_SMTP_ADDRESS) or recipient.string(PR_EMAIL_ADDRESS)
        kind = _RECIPIENT_TYPES.get(recipient.integer(PR_RECIPIENT_TYPE) & 0xF, "to")
        display = recipient.string(PR_DISPLAY_NAME)
        recipients.append(
            Recipient(
                address.strip(),
                display,
                kind,  # type: ignore[arg-type]
                certain="@" in address,
            )
        )
    return recipients


def _attachments(
    sink: ParsedMessage,
    ole: Any,
    storage: _Storage,
    entries: list[list[str]],
    budget: Budget,
    depth: int,
    prefix: str,
    *,
    signed: bool,
) -> None:
    for name in storage.storages:
        if not name.startswith(_ATTACHMENT_PREFIX):
            continue
        budget.check_time()
        attachment = _Storage(ole, [*storage.path, name], 8, budget, entries)
        filename = (
            attachment.string(PR_ATTACH_LONG_FILENAME)
            or attachment.string(PR_ATTACH_FILENAME)
            or "bilaga"
        )
        filename = filename.replace("\\", "/").rsplit("/", 1)[-1] or "bilaga"
        path = f"{prefix}/{filename}" if prefix else filename
        if _EMBEDDED in attachment.storages:
            embedded_path = [*attachment.path, _EMBEDDED]
            if depth + 1 > budget.limits.max_depth:
                sink.problems.append(
                    Problem(
                        "unreadable_attachment",
                        attachment_where(path),
                        "för många nivåer av bilagor i bilagor",
                    )
                )
                continue
            if any(
                e[: len(embedded_path)] == embedded_path and e[-1] == PROPERTIES for e in entries
            ):
                sink.add_attachment_name(path)
                _read_message(sink, ole, embedded_path, 24, budget, depth + 1, prefix=path)
            else:
                sink.unscanned.append(path)
            continue
        data = attachment.binary(PR_ATTACH_DATA) or b""
        mime = attachment.string(PR_ATTACH_MIME_TAG) or "application/octet-stream"
        if signed and not prefix:
            # A signed message keeps its whole MIME content in one attachment.
            read_attachment(sink, path, data, budget, depth + 1, "message/rfc822")
            continue
        read_attachment(sink, path, data, budget, depth + 1, mime)
