"""Attachments → text, by content first and file name second.

``read_attachment`` adds what it finds to the message being built: a text part
named ``attachment:<path>``, an ``unreadable_attachment`` problem when a limit,
a password or a broken file stops it, or an entry in ``unscanned`` for files that
carry no text (images, media).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from varna.mail.attachments import office
from varna.mail.attachments.archive import open_zip, read_member
from varna.mail.attachments.pdf import pdf_text
from varna.mail.attachments.rtf import rtf_to_text
from varna.mail.attachments.text import legacy_strings, looks_like_text, plain_text
from varna.mail.htmltext import html_to_text
from varna.mail.limits import Budget, LimitExceeded, ReadError
from varna.mail.model import ParsedMessage, Part, Problem, attachment_where

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MEDIA_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
    b"RIFF",
    b"ID3",
    b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x1cftyp",
    b"\x00\x00\x00 ftyp",
    b"OggS",
    b"fLaC",
    b"\x1aE\xdf\xa3",
)
_MEDIA_EXTENSIONS = frozenset(
    {
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".bmp",
        ".tif",
        ".tiff",
        ".webp",
        ".heic",
        ".svg",
        ".ico",
        ".emf",
        ".wmf",
        ".mp3",
        ".mp4",
        ".mov",
        ".avi",
        ".wav",
        ".m4a",
        ".ogg",
        ".webm",
        ".mkv",
    }
)
_UNREADABLE_ARCHIVES = (
    (b"7z\xbc\xaf\x27\x1c", "7z-arkiv"),
    (b"Rar!\x1a\x07", "RAR-arkiv"),
    (b"\x1f\x8b", "gzip-arkiv"),
    (b"BZh", "bzip2-arkiv"),
    (b"\xfd7zXZ\x00", "xz-arkiv"),
)
_TEXT_EXTENSIONS = frozenset(
    {
        ".txt",
        ".csv",
        ".tsv",
        ".md",
        ".json",
        ".xml",
        ".ics",
        ".vcf",
        ".log",
        ".ini",
        ".yaml",
        ".yml",
        ".sql",
        ".text",
    }
)
_OFFICE_MEMBERS = {
    "word/document.xml": "docx",
    "xl/workbook.xml": "xlsx",
    "ppt/presentation.xml": "pptx",
}


def read_attachment(
    sink: ParsedMessage,
    path: str,
    data: bytes,
    budget: Budget,
    depth: int,
    content_type: str = "application/octet-stream",
    charset: str | None = None,
) -> None:
    """Read one attachment (or archive member) into ``sink``; never raises."""
    sink.add_attachment_name(path)
    where = attachment_where(path)
    try:
        budget.check_depth(depth)
        budget.take_member()
        budget.check_time()
        if len(data) > budget.limits.max_attachment_bytes:
            raise LimitExceeded("filen är för stor")
        _dispatch(sink, path, data, budget, depth, content_type.lower(), charset)
    except ReadError as error:
        sink.problems.append(Problem("unreadable_attachment", where, error.reason))
    except RecursionError:
        sink.problems.append(Problem("unreadable_attachment", where, "för djup struktur"))
    except MemoryError:
        sink.problems.append(Problem("unreadable_attachment", where, "filen är för stor"))


def _add_text(sink: ParsedMessage, path: str, text: str, budget: Budget) -> None:
    if text.strip():
        sink.parts.append(Part(attachment_where(path), budget.take_text(text)))


def _dispatch(
    sink: ParsedMessage,
    path: str,
    data: bytes,
    budget: Budget,
    depth: int,
    content_type: str,
    charset: str | None,
) -> None:
    suffix = PurePosixPath(path.lower()).suffix
    head = data[:1024]
    if b"%PDF-" in head:
        _add_text(sink, path, pdf_text(data, budget), budget)
    elif data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        _zip(sink, path, data, budget, depth)
    elif data[:8] == OLE_MAGIC:
        _ole(sink, path, data, budget, depth)
    elif data.lstrip()[:5] == b"{\\rtf":
        _add_text(sink, path, rtf_to_text(plain_text(data, charset)), budget)
    elif content_type in ("message/rfc822", "message/global") or suffix == ".eml":
        from varna.mail.eml import read_attached_message

        read_attached_message(sink, path, data, budget, depth)
    elif (
        any(data.startswith(magic) for magic in _MEDIA_MAGIC)
        or suffix in _MEDIA_EXTENSIONS
        or (content_type.split("/")[0] in ("image", "audio", "video"))
    ):
        sink.unscanned.append(path)
    elif archive := next((n for m, n in _UNREADABLE_ARCHIVES if data.startswith(m)), None):
        raise ReadError(f"{archive} kan inte granskas")
    elif suffix in (".htm", ".html") or content_type == "text/html":
        _add_text(sink, path, html_to_text(plain_text(data, charset)), budget)
    elif suffix in _TEXT_EXTENSIONS or content_type.startswith("text/") or looks_like_text(data):
        _add_text(sink, path, plain_text(data, charset), budget)
    elif content_type in (
        "application/pkcs7-signature",
        "application/x-pkcs7-signature",
        "application/pgp-signature",
        "application/pgp-keys",
    ) or suffix in (".p7s", ".sig", ".asc"):
        sink.unscanned.append(path)
    else:
        raise ReadError("filformatet kan inte granskas")


def _zip(sink: ParsedMessage, path: str, data: bytes, budget: Budget, depth: int) -> None:
    archive = open_zip(data)
    with archive:
        names = set(archive.namelist())
        kind = next((k for member, k in _OFFICE_MEMBERS.items() if member in names), None)
        if kind == "docx":
            _add_text(sink, path, office.docx_text(archive, budget), budget)
        elif kind == "xlsx":
            _add_text(sink, path, office.xlsx_text(archive, budget), budget)
        elif kind == "pptx":
            _add_text(sink, path, office.pptx_text(archive, budget), budget)
        elif "content.xml" in names and ("mimetype" in names or "META-INF/manifest.xml" in names):
            if office.odf_is_encrypted(archive, budget):
                raise ReadError("lösenordsskyddad")
            _add_text(sink, path, office.odf_text(archive, budget), budget)
        else:
            _archive_members(sink, path, archive, budget, depth)


def _archive_members(
    sink: ParsedMessage, path: str, archive: zipfile.ZipFile, budget: Budget, depth: int
) -> None:
    budget.check_depth(depth + 1)
    for info in archive.infolist():
        if info.is_dir():
            continue
        member_path = f"{path}/{_member_name(info.filename)}"
        try:
            member = read_member(archive, info, budget)
        except ReadError as error:
            sink.add_attachment_name(member_path)
            sink.problems.append(
                Problem("unreadable_attachment", attachment_where(member_path), error.reason)
            )
            if isinstance(error, LimitExceeded) and budget.members > budget.limits.max_members:
                return
            continue
        read_attachment(sink, member_path, member, budget, depth + 1)


def _member_name(filename: str) -> str:
    try:  # ZIPs made on Windows often use cp437 without flagging it; Swedish letters
        # then appear as box characters. Re-read as cp437 → cp850/utf-8 when possible.
        raw = filename.encode("cp437")
        try:
            filename = raw.decode("utf-8")
        except UnicodeDecodeError:
            filename = raw.decode("cp850")
    except UnicodeEncodeError:
        pass
    return filename.replace("\\", "/").strip("/")[:200] or "namnlös"


def _ole(sink: ParsedMessage, path: str, data: bytes, budget: Budget, depth: int) -> None:
    import olefile

    from varna.mail.msg import is_msg, read_attached_msg

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as error:  # olefile raises many kinds on broken files
        raise ReadError("trasig fil") from error
    with ole:
        if is_msg(ole):
            read_attached_msg(sink, path, ole, budget, depth)
            return
        streams = ["/".join(entry) for entry in ole.listdir()]
        if "EncryptedPackage" in streams or "EncryptionInfo" in streams:
            raise ReadError("lösenordsskyddad")
        legacy = [
            s
            for s in streams
            if s in ("WordDocument", "Workbook", "Book", "PowerPoint Document", "1Table", "0Table")
        ]
        if not legacy:
            raise ReadError("filformatet kan inte granskas")
        contents: list[bytes] = []
        for stream in legacy:
            size = ole.get_size(stream)
            budget.take_bytes(size)
            contents.append(ole.openstream(stream).read())
        _add_text(sink, path, legacy_strings(contents), budget)
