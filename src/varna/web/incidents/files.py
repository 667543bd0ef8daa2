"""Attachments: checked by their content, stored outside the web root under random names.

The allowed types are the ones people attach to an incident report: documents,
screenshots and saved e-mails. The type is decided by the file's first bytes,
not by its name or by what the browser claims; the name's extension must agree.
"""

from __future__ import annotations

import hashlib
import secrets
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

SNIFF_BYTES = 4096


@dataclass(frozen=True)
class FileKind:
    content_type: str
    extensions: tuple[str, ...]
    label: str


PDF = FileKind("application/pdf", (".pdf",), "PDF")
PNG = FileKind("image/png", (".png",), "PNG-bild")
JPEG = FileKind("image/jpeg", (".jpg", ".jpeg"), "JPEG-bild")
GIF = FileKind("image/gif", (".gif",), "GIF-bild")
HEIC = FileKind("image/heic", (".heic", ".heif"), "HEIC-bild (iPhone)")
DOCX = FileKind(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    (".docx",),
    "Word-dokument",
)
XLSX = FileKind(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    (".xlsx",),
    "Excel-dokument",
)
PPTX = FileKind(
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    (".pptx",),
    "PowerPoint-dokument",
)
ODT = FileKind("application/vnd.oasis.opendocument.text", (".odt",), "OpenDocument-text")
OLE = FileKind(
    "application/vnd.ms-outlook",
    (".msg", ".doc", ".xls"),
    "Outlook-meddelande eller äldre Office-fil",
)
EML = FileKind("message/rfc822", (".eml",), "Sparat e-postmeddelande")
TEXT = FileKind("text/plain", (".txt", ".csv", ".log"), "Textfil")

ALLOWED_DESCRIPTION = (
    "PDF, bilder (PNG, JPEG, GIF, HEIC), Word, Excel, PowerPoint, OpenDocument, "
    "sparade e-postmeddelanden (.eml, .msg) och textfiler"
)


class AttachmentError(ValueError):
    """An uploaded file that may not be attached, with a reason a user can act on."""


def max_bytes() -> int:
    return int(settings.VARNA_ATTACHMENT_MAX_BYTES)


def _zip_kind(upload: UploadedFile[bytes]) -> FileKind | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                return ODT if mimetype == ODT.content_type else None
            if "[Content_Types].xml" in names:
                if any(n.startswith("word/") for n in names):
                    return DOCX
                if any(n.startswith("xl/") for n in names):
                    return XLSX
                if any(n.startswith("ppt/") for n in names):
                    return PPTX
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sniffed block is fine.
        if error.start < len(head) - 4:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


_EML_HEADERS = (
    b"received:",
    b"from:",
    b"to:",
    b"subject:",
    b"date:",
    b"message-id:",
    b"mime-version:",
    b"return-path:",
    b"delivered-to:",
)


def sniff(upload: UploadedFile[bytes]) -> FileKind | None:
    """The kind of file ``upload`` really is, or None if it is not one we accept."""
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    kind: FileKind | None = None
    if head.startswith(b"%PDF-"):
        kind = PDF
    elif head.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = PNG
    elif head.startswith(b"\xff\xd8\xff"):
        kind = JPEG
    elif head[:6] in (b"GIF87a", b"GIF89a"):
        kind = GIF
    elif head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
        kind = HEIC
    elif head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        kind = OLE
    elif head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(upload)
        upload.seek(0)
    elif _looks_like_text(head):
        first_line = head.lstrip().split(b"\n", 1)[0].lower()
        kind = EML if first_line.startswith(_EML_HEADERS) else TEXT
    return kind


def check(upload: UploadedFile[bytes]) -> FileKind:
    """The upload's kind, or :class:`AttachmentError` saying why it is refused."""
    name = upload.name or "fil"
    size = upload.size or 0
    if size == 0:
        raise AttachmentError(f"Filen {name} är tom.")
    if size > max_bytes():
        limit = max_bytes() // (1024 * 1024)
        raise AttachmentError(f"Filen {name} är för stor. Största tillåtna storlek är {limit} MB.")
    kind = sniff(upload)
    if kind is None:
        raise AttachmentError(
            f"Filen {name} är av en typ som inte kan bifogas. "
            f"Tillåtna filer: {ALLOWED_DESCRIPTION}."
        )
    extension = Path(name).suffix.lower()
    if kind is EML and extension in TEXT.extensions:
        kind = TEXT
    if kind is TEXT and extension == ".eml":
        kind = EML
    if extension not in kind.extensions:
        raise AttachmentError(
            f"Filen {name} ser ut att vara {kind.label.lower()} men heter något annat. "
            f"Kontrollera filen och försök igen."
        )
    return kind


def storage_dir() -> Path:
    directory = Path(settings.VARNA_ATTACHMENT_DIR)
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    return directory


def store(upload: UploadedFile[bytes]) -> tuple[str, str, int]:
    """Write ``upload`` under a random name; return (stored name, sha256, size)."""
    stored_name = secrets.token_hex(20)
    digest = hashlib.sha256()
    size = 0
    target = storage_dir() / stored_name
    upload.seek(0)
    with target.open("xb") as out:
        for chunk in upload.chunks():
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    target.chmod(0o600)
    return stored_name, digest.hexdigest(), size


def path_of(stored_name: str) -> Path:
    if not stored_name or "/" in stored_name or "\\" in stored_name or stored_name.startswith("."):
        raise AttachmentError("ogiltigt lagringsnamn")
    return storage_dir() / stored_name


def remove(stored_names: Iterable[str]) -> int:
    removed = 0
    for name in stored_names:
        path = path_of(name)
        if path.exists():
            path.unlink()
            removed += 1
    return removed
