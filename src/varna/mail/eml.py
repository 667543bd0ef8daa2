"""MIME messages (.eml, and what an MTA hands the relay) → ParsedMessage.

The email package parses with ``policy.default``, but headers are read raw and
decoded here, and every access that can trip over malformed input is guarded:
reading a message never raises. Alternatives are counted once; forwarded
messages are read recursively; S/MIME and PGP encrypted content is recognised
and left sealed.
"""

from __future__ import annotations

import binascii
import quopri
import re
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from varna.mail.addresses import parse_address_list
from varna.mail.attachments import read_attachment
from varna.mail.charsets import decode_bytes
from varna.mail.headers import decode_header_value, decoded_headers, raw_headers
from varna.mail.htmltext import html_to_text
from varna.mail.limits import Budget
from varna.mail.model import (
    RECIPIENTS,
    Encryption,
    ParsedMessage,
    Part,
    Problem,
    Recipient,
    RecipientField,
    attachment_where,
)

_PGP_ARMOR = re.compile(r"-----BEGIN PGP MESSAGE-----.*?(?:-----END PGP MESSAGE-----|\Z)", re.S)
_WORD = re.compile(r"\w{2,}")
_EXTENSIONS = {
    "text/plain": ".txt",
    "text/html": ".html",
    "application/pdf": ".pdf",
    "message/rfc822": ".eml",
    "text/csv": ".csv",
}


if TYPE_CHECKING:
    _EmailPolicy = EmailPolicy[EmailMessage]
else:  # not generic at run time
    _EmailPolicy = EmailPolicy


class _OncePerMessage(_EmailPolicy):
    """``policy.default`` that parses each header once per message. The email
    package parses Content-Type again (and builds a new header class) on every
    get_content_type(), get_param(), get_filename() …, seven times per message on
    average: that was a third of reading one. A new instance per message, so the
    cache (and any personal data in it) lives exactly as long as the message."""

    def __init__(self) -> None:
        super().__init__(header_factory=policy.default.header_factory)
        object.__setattr__(self, "_parsed", {})

    def header_fetch_parse(self, name: str, value: str) -> str:
        parsed: dict[tuple[str, str], str] = self._parsed  # type: ignore[attr-defined]
        key = (name, value)
        if key not in parsed:
            parsed[key] = super().header_fetch_parse(name, value)
        return parsed[key]


def parse_bytes(raw: bytes) -> EmailMessage:
    message = BytesParser(policy=_OncePerMessage()).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def read_eml(raw: bytes, budget: Budget) -> ParsedMessage:
    message = parse_bytes(raw)
    parsed = ParsedMessage()
    parsed.headers = decoded_headers(message)
    parsed.subject = (parsed.header("subject") or [""])[0]
    sender = parse_address_list(_joined_raw(message, "from"))
    if sender.addresses:
        parsed.sender_name, parsed.sender = sender.addresses[0]
    elif sender.uncertain:
        parsed.sender = sender.uncertain[0]
    fields: tuple[RecipientField, ...] = ("to", "cc", "bcc")
    for name in fields:
        add_recipients(parsed, name, _joined_raw(message, name))
    walker = _Walker(parsed, budget)
    chunks: list[str] = []
    walker.walk(message, 0, chunks, top=True)
    body = "\n".join(c for c in chunks if c)
    if body.strip() and not parsed.encrypted:
        parsed.parts.insert(0, Part("body", budget.take_text(body)))
    if parsed.subject:
        parsed.parts.insert(0, Part("subject", parsed.subject))
    return parsed


def read_attached_message(
    sink: ParsedMessage, path: str, raw: bytes, budget: Budget, depth: int
) -> None:
    """An attached .eml: its headers and body become one attachment part."""
    _Walker(sink, budget).read_attached(parse_bytes(raw), path, depth)


def add_recipients(parsed: ParsedMessage, field: RecipientField, raw: str) -> None:
    if not raw.strip():
        return
    result = parse_address_list(raw)
    for display_name, address in result.addresses:
        parsed.recipients.append(Recipient(address, display_name, field))
    for address in result.uncertain:
        parsed.recipients.append(Recipient(address, "", field, certain=False))
    if result.errors:
        label = {"to": "Till", "cc": "Kopia", "bcc": "Hemlig kopia"}.get(field, field)
        parsed.problems.append(
            Problem("malformed_recipients", RECIPIENTS, f"fältet {label} kunde inte tolkas säkert")
        )


def _joined_raw(message: Message, name: str) -> str:
    return ", ".join(v for k, v in raw_headers(message) if k == name)


def _safe(call: object, default: str) -> str:
    try:
        value = call() if callable(call) else call
    except Exception:  # the email package raises on odd headers
        return default
    return str(value) if value is not None else default


class _Walker:
    def __init__(self, sink: ParsedMessage, budget: Budget) -> None:
        self.sink = sink
        self.budget = budget
        self.unnamed = 0
        self.attach_depth = 0  # how deep in attachments-within-attachments we are

    def walk(
        self, entity: Message, depth: int, chunks: list[str], *, top: bool, prefix: str = ""
    ) -> None:
        self.budget.check_time()
        if depth > self.budget.limits.max_depth * 4:
            self.sink.problems.append(
                Problem(
                    "unreadable_attachment",
                    attachment_where(prefix or "meddelandet"),
                    "för djup struktur",
                )
            )
            return
        ctype = _safe(entity.get_content_type, "text/plain").lower()
        encryption = _encryption_of(entity, ctype)
        if encryption is not None:
            if top:
                self.sink.encryption = encryption
            else:
                self.sink.problems.append(
                    Problem(
                        "unreadable_attachment",
                        attachment_where(prefix or "krypterat innehåll"),
                        "krypterat",
                    )
                )
            return
        disposition = _safe(entity.get_content_disposition, "")
        filename = _safe(entity.get_filename, "")
        if ctype in ("message/rfc822", "message/global"):
            self._message_part(
                entity,
                chunks,
                prefix,
                attached=bool(disposition == "attachment" or filename),
                filename=filename,
            )
            return
        if entity.is_multipart():
            self._multipart(entity, ctype, depth, chunks, top=top, prefix=prefix)
            return
        if ctype.startswith("multipart/"):
            ctype = "text/plain"  # a multipart without usable boundaries: read it as text
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            text = self._text(entity, ctype)
            if top and _is_pgp_armor(text):
                self.sink.encryption = "pgp"
                return
            chunks.append(text)
            return
        self._attachment(entity, ctype, filename, prefix)

    def _multipart(
        self, entity: Message, ctype: str, depth: int, chunks: list[str], *, top: bool, prefix: str
    ) -> None:
        try:
            payload = entity.get_payload()
        except Exception:
            payload = []
        subparts = (
            [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
        )
        if ctype == "multipart/signed":
            subparts = subparts[:1]  # the second part is the signature
        if ctype == "multipart/alternative" and len(subparts) > 1:
            self._alternative(subparts, depth, chunks, top=top, prefix=prefix)
            return
        for sub in subparts:
            self.walk(sub, depth + 1, chunks, top=top, prefix=prefix)

    def _alternative(
        self, subparts: list[Message], depth: int, chunks: list[str], *, top: bool, prefix: str
    ) -> None:
        """Count the plain-text alternative once; from the others keep only lines
        carrying words the plain text lacks (HTML-only content is still sent)."""
        versions: list[tuple[str, list[str]]] = []
        for sub in subparts:
            own: list[str] = []
            self.walk(sub, depth + 1, own, top=top, prefix=prefix)
            versions.append((_safe(sub.get_content_type, "").lower(), own))
        if not versions:
            return
        primary_index = next(
            (
                i
                for i, (ct, own) in enumerate(versions)
                if ct == "text/plain" and "".join(own).strip()
            ),
            len(versions) - 1,
        )
        primary = "\n".join(versions[primary_index][1])
        chunks.append(primary)
        known = {w.lower() for w in _WORD.findall(primary)}
        for index, (_, own) in enumerate(versions):
            if index == primary_index:
                continue
            extra = [
                line
                for line in "\n".join(own).split("\n")
                if any(w.lower() not in known for w in _WORD.findall(line))
            ]
            if extra:
                chunks.append("\n".join(extra))

    def _message_part(
        self, entity: Message, chunks: list[str], prefix: str, *, attached: bool, filename: str
    ) -> None:
        inner = _inner_message(entity)
        if inner is None:
            return
        if attached:
            name = filename or "vidarebefordrat.eml"
            self.attached(inner, self._path(prefix, name), self.attach_depth + 1)
            return
        chunks.append(_forward_header(inner))
        self.walk(inner, 0, chunks, top=False, prefix=prefix)

    def attached(self, message: Message, path: str, depth: int) -> None:
        self.sink.add_attachment_name(path)
        if depth > self.budget.limits.max_depth:
            self.sink.problems.append(
                Problem(
                    "unreadable_attachment",
                    attachment_where(path),
                    "för många nivåer av bilagor i bilagor",
                )
            )
            return
        self.read_attached(message, path, depth)

    def read_attached(self, message: Message, path: str, depth: int) -> None:
        outer_depth, self.attach_depth = self.attach_depth, depth
        try:
            chunks = [_forward_header(message)]
            self.walk(message, 0, chunks, top=False, prefix=path)
            text = "\n".join(c for c in chunks if c)
            if text.strip():
                self.sink.parts.append(Part(attachment_where(path), self.budget.take_text(text)))
        finally:
            self.attach_depth = outer_depth

    def _attachment(self, entity: Message, ctype: str, filename: str, prefix: str) -> None:
        if not filename:
            self.unnamed += 1
            filename = f"bilaga-{self.unnamed}{_EXTENSIONS.get(ctype, '')}"
        path = self._path(prefix, filename)
        try:
            data = entity.get_payload(decode=True)
        except Exception:
            data = None
        if not isinstance(data, bytes):
            data = b""
        charset = _safe(entity.get_content_charset, "") or None
        read_attachment(self.sink, path, data, self.budget, self.attach_depth + 1, ctype, charset)

    def _text(self, entity: Message, ctype: str) -> str:
        try:
            data = entity.get_payload(decode=True)
        except Exception:
            data = None
        if not isinstance(data, bytes):
            raw = entity.get_payload()
            data = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
        self.budget.take_bytes(len(data))
        text = decode_bytes(data, _safe(entity.get_content_charset, "") or None)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return html_to_text(text) if ctype == "text/html" else text

    @staticmethod
    def _path(prefix: str, filename: str) -> str:
        name = PurePosixPath(filename.replace("\\", "/")).name or "namnlös"
        name = "".join(c for c in name if c.isprintable())[:200]
        return f"{prefix}/{name}" if prefix else name


def _inner_message(entity: Message) -> Message | None:
    """The message inside a message/rfc822 part. Some clients base64-encode it
    (not allowed, but common); the parser then sees the encoded text as a body."""
    try:
        payload = entity.get_payload()
    except Exception:
        return None
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        if isinstance(payload, (str, bytes)) and payload:
            raw = (
                payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else payload
            )
            return parse_bytes(raw)
        return None
    encoding = _safe(lambda: entity.get("content-transfer-encoding", ""), "").strip().lower()
    if encoding in ("base64", "quoted-printable"):
        try:
            encoded = inner.as_bytes()
            decoded = (
                binascii.a2b_base64(encoded)
                if encoding == "base64"
                else quopri.decodestring(encoded)
            )
        except Exception:
            return inner
        return parse_bytes(decoded)
    return inner


def _encryption_of(entity: Message, ctype: str) -> Encryption | None:
    if ctype == "multipart/encrypted":
        protocol = _safe(lambda: entity.get_param("protocol"), "").lower()
        return "smime" if "pkcs7" in protocol else "pgp"
    if ctype in ("application/pkcs7-mime", "application/x-pkcs7-mime"):
        smime_type = _safe(lambda: entity.get_param("smime-type"), "").lower()
        if smime_type in ("signed-data", "certs-only", "compressed-data"):
            return None
        return "smime"
    return None


def _is_pgp_armor(text: str) -> bool:
    stripped = text.strip()
    return (
        stripped.startswith("-----BEGIN PGP MESSAGE-----")
        and not _PGP_ARMOR.sub("", stripped).strip()
    )


def _forward_header(message: Message) -> str:
    """The header block a mail client shows above a forwarded message."""
    lines = ["---------- Vidarebefordrat meddelande ----------"]
    labels = (
        ("from", "Från"),
        ("date", "Datum"),
        ("subject", "Ämne"),
        ("to", "Till"),
        ("cc", "Kopia"),
    )
    raw = raw_headers(message)
    for key, label in labels:
        values = [decode_header_value(v) for k, v in raw if k == key]
        if values:
            lines.append(f"{label}: {', '.join(values)}")
    return "\n".join(lines) + "\n"
