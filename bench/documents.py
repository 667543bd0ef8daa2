"""Small, deterministic writers for the attachment formats Värna reads.

Used by the tests and the development corpus to generate fixtures at run time,
so no binary files live in the repository. Each writer produces a minimal but
valid file: PDF (Helvetica, WinAnsi), DOCX, XLSX, PPTX, ODT, ODS, ZIP, and
Outlook .msg through a small Compound File Binary writer.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

_FIXED_TIME = (2024, 5, 13, 9, 30, 0)


def _zip(
    members: Sequence[tuple[str, bytes]], *, stored_first: bool = False, password_flag: bool = False
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(members):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = (
                zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            )
            archive.writestr(info, data)
    data = buffer.getvalue()
    if password_flag:
        data = _flag_encrypted(data)
    return data


def _flag_encrypted(data: bytes) -> bytes:
    """Set the 'encrypted' bit on every member, as a password-protected ZIP has."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (index := out.find(signature, start)) >= 0:
            flags = struct.unpack_from("<H", out, index + offset)[0] | 0x1
            struct.pack_into("<H", out, index + offset, flags)
            start = index + 4
    return bytes(out)


def zip_archive(members: Sequence[tuple[str, bytes]], *, encrypted: bool = False) -> bytes:
    return _zip(members, password_flag=encrypted)


# --- PDF -------------------------------------------------------------------------


def _pdf_escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


_PDF_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
_PDF_ID = bytes(range(16))


def _rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def _pdf_security(user_password: str) -> tuple[bytes, bytes, bytes]:
    """Standard security handler, revision 2 (40-bit RC4): the O and U entries and
    the file key, so that a reader must ask for ``user_password``."""
    import hashlib

    padded = (user_password.encode("latin-1") + _PDF_PAD)[:32]
    owner_key = hashlib.md5(padded, usedforsecurity=False).digest()[:5]
    owner = _rc4(owner_key, padded)
    permissions = struct.pack("<i", -44)
    key = hashlib.md5(padded + owner + permissions + _PDF_ID, usedforsecurity=False).digest()[:5]
    return owner, _rc4(key, _PDF_PAD), key


def _object_key(key: bytes, number: int) -> bytes:
    import hashlib

    material = key + struct.pack("<I", number)[:3] + b"\x00\x00"
    return hashlib.md5(material, usedforsecurity=False).digest()[:10]


def pdf(
    pages: Sequence[Sequence[str]],
    *,
    compress: bool = True,
    user_password: str | None = None,
    image: bytes = b"",
) -> bytes:
    """A PDF with one list of text lines per page; with ``user_password`` it is
    encrypted and cannot be opened without it."""
    security = _pdf_security(user_password) if user_password else None
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{pid} 0 R" for pid in page_ids).encode()
    objects.append(
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(len(pages)).encode() + b" >>"
    )
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for index, lines in enumerate(pages):
        content = [b"BT /F1 10 Tf 12 TL 50 800 Td"]
        for line in lines:
            content.append(b"(" + _pdf_escape(line) + b") Tj T*")
        content.append(b"ET")
        stream = b"\n".join(content)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents "
            + str(page_ids[index] + 1).encode()
            + b" 0 R >>"
        )
        if compress:
            packed = zlib.compress(stream, 6)
            if security is not None:
                packed = _rc4(_object_key(security[2], len(objects) + 1), packed)
            objects.append(
                b"<< /Length "
                + str(len(packed)).encode()
                + b" /Filter /FlateDecode >>\nstream\n"
                + packed
                + b"\nendstream"
            )
        else:
            objects.append(
                b"<< /Length "
                + str(len(stream)).encode()
                + b" >>\nstream\n"
                + stream
                + b"\nendstream"
            )
    if image:
        # A photo-like image object, as in most real reports (not drawn on a page).
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width 800 /Height 600 "
            b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length "
            + str(len(image)).encode()
            + b" >>\nstream\n"
            + image
            + b"\nendstream"
        )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    trailer = f"/Size {len(objects) + 1} /Root 1 0 R".encode()
    if security is not None:
        offsets.append(out.tell())
        owner, user, _ = security
        out.write(
            f"{len(objects) + 1} 0 obj\n<< /Filter /Standard /V 1 /R 2 /P -44 ".encode()
            + b"/O <"
            + owner.hex().encode()
            + b"> /U <"
            + user.hex().encode()
            + b"> >>\nendobj\n"
        )
        trailer = (
            f"/Size {len(objects) + 2} /Root 1 0 R /Encrypt {len(objects) + 1} 0 R "
            f"/ID [<{_PDF_ID.hex()}> <{_PDF_ID.hex()}>]"
        ).encode()
    xref = out.tell()
    out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(b"trailer\n<< " + trailer + f" >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_from_text(text: str, lines_per_page: int = 60) -> bytes:
    lines = text.split("\n")
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    return pdf(pages)


# --- Office Open XML -------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _content_types(overrides: dict[str, str]) -> bytes:
    parts = "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{parts}</Types>"
    ).encode()


def _root_rels(target: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_REL}">'
        f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="{target}"/>'
        "</Relationships>"
    ).encode()


def docx(
    paragraphs: Sequence[str],
    table: Sequence[Sequence[str]] = (),
    media: Sequence[tuple[str, bytes]] = (),
) -> bytes:
    body = []
    for paragraph in paragraphs:
        body.append(f'<w:p><w:r><w:t xml:space="preserve">{escape(paragraph)}</w:t></w:r></w:p>')
    if table:
        rows = "".join(
            "<w:tr>"
            + "".join(
                f"<w:tc><w:p><w:r><w:t>{escape(cell)}</w:t></w:r></w:p></w:tc>" for cell in row
            )
            + "</w:tr>"
            for row in table
        )
        body.append(f"<w:tbl>{rows}</w:tbl>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}"><w:body>{"".join(body)}</w:body></w:document>'
    )
    return _zip(
        [
            (
                "[Content_Types].xml",
                _content_types(
                    {
                        "/word/document.xml": "application/vnd.openxmlformats-officedocument."
                        "wordprocessingml.document.main+xml"
                    }
                ),
            ),
            ("_rels/.rels", _root_rels("word/document.xml")),
            ("word/document.xml", document.encode()),
        ]
        + [(f"word/media/{name}", data) for name, data in media]
    )


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def xlsx(sheets: Sequence[tuple[str, Sequence[Sequence[str | int | float]]]]) -> bytes:
    shared: list[str] = []
    shared_index: dict[str, int] = {}
    sheet_xml: list[bytes] = []
    for _, rows in sheets:
        out = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>"
        ]
        for r, row in enumerate(rows, start=1):
            out.append(f'<row r="{r}">')
            for c, value in enumerate(row):
                ref = f"{_column(c)}{r}"
                if isinstance(value, (int, float)):
                    out.append(f'<c r="{ref}"><v>{value}</v></c>')
                else:
                    if value not in shared_index:
                        shared_index[value] = len(shared)
                        shared.append(value)
                    out.append(f'<c r="{ref}" t="s"><v>{shared_index[value]}</v></c>')
            out.append("</row>")
        out.append("</sheetData></worksheet>")
        sheet_xml.append("".join(out).encode())
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    strings = "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
    workbook_sheets = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, (name, _) in enumerate(sheets, start=1)
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_DOC_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    members = [
        (
            "[Content_Types].xml",
            _content_types(
                {
                    "/xl/workbook.xml": "application/vnd.openxmlformats-officedocument."
                    "spreadsheetml.sheet.main+xml"
                }
            ),
        ),
        ("_rels/.rels", _root_rels("xl/workbook.xml")),
        (
            "xl/workbook.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" '
                f'xmlns:r="{_DOC_REL}"><sheets>{workbook_sheets}</sheets></workbook>'
            ).encode(),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            (
                f'<?xml version="1.0" encoding="UTF-8"?>'
                f'<Relationships xmlns="{_REL}">{rels}</Relationships>'
            ).encode(),
        ),
        (
            "xl/sharedStrings.xml",
            (
                f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{ns}" '
                f'count="{len(shared)}">{strings}</sst>'
            ).encode(),
        ),
    ]
    members += [(f"xl/worksheets/sheet{i}.xml", xml) for i, xml in enumerate(sheet_xml, start=1)]
    return _zip(members)


def pptx(slides: Sequence[Sequence[str]]) -> bytes:
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    members = [
        ("[Content_Types].xml", _content_types({})),
        ("_rels/.rels", _root_rels("ppt/presentation.xml")),
        (
            "ppt/presentation.xml",
            b'<?xml version="1.0"?><p:presentation '
            b'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
        ),
    ]
    for number, lines in enumerate(slides, start=1):
        paragraphs = "".join(f"<a:p><a:r><a:t>{escape(line)}</a:t></a:r></a:p>" for line in lines)
        members.append(
            (
                f"ppt/slides/slide{number}.xml",
                (
                    f'<?xml version="1.0"?><p:sld xmlns:a="{a}" xmlns:p="http://schemas.openxmlformats.'
                    f'org/presentationml/2006/main"><p:txBody>{paragraphs}</p:txBody></p:sld>'
                ).encode(),
            )
        )
    return _zip(members)


# --- OpenDocument ---------------------------------------------------------------


def _odf(mimetype: str, body: str, *, encrypted: bool = False) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        f'office:version="1.2"><office:body>{body}</office:body>'
        "</office:document-content>"
    )
    encryption = (
        ('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>')
        if encrypted
        else ""
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" '
        f'manifest:media-type="text/xml">{encryption}</manifest:file-entry>'
        "</manifest:manifest>"
    )
    return _zip(
        [
            ("mimetype", mimetype.encode()),
            ("content.xml", content.encode()),
            ("META-INF/manifest.xml", manifest.encode()),
        ],
        stored_first=True,
    )


def odt(paragraphs: Sequence[str], *, encrypted: bool = False) -> bytes:
    body = "".join(f"<text:p>{escape(p).replace('  ', ' <text:s/>')}</text:p>" for p in paragraphs)
    return _odf(
        "application/vnd.oasis.opendocument.text",
        f"<office:text>{body}</office:text>",
        encrypted=encrypted,
    )


def ods(rows: Sequence[Sequence[str]]) -> bytes:
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p>'
            "</table:table-cell>"
            for c in row
        )
        + '<table:table-cell table:number-columns-repeated="1000"/></table:table-row>'
        for row in rows
    )
    return _odf(
        "application/vnd.oasis.opendocument.spreadsheet",
        f'<office:spreadsheet><table:table table:name="Blad1">{cells}</table:table>'
        "</office:spreadsheet>",
    )


# --- Compound File Binary and Outlook .msg --------------------------------------

_FREE, _END, _FAT_SECTOR, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class OleStorage:
    """A storage in a compound file: named streams and child storages."""

    streams: dict[str, bytes] = field(default_factory=dict)
    storages: dict[str, OleStorage] = field(default_factory=dict)


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = _NOSTREAM
    right: int = _NOSTREAM
    child: int = _NOSTREAM
    start: int = _END
    size: int = 0


def _cfb_key(name: str) -> tuple[int, str]:
    return (len(name), name.upper())


def compound_file(root: OleStorage) -> bytes:
    """Serialise a storage tree as a version 3 Compound File (512-byte sectors)."""
    entries: list[_Entry] = [_Entry("Root Entry", 5)]

    def add(storage: OleStorage, parent: int) -> None:
        for name, data in storage.streams.items():
            entries.append(_Entry(name, 2, data))
            entries[parent].children.append(len(entries) - 1)
        for name, child in storage.storages.items():
            entries.append(_Entry(name, 1))
            index = len(entries) - 1
            entries[parent].children.append(index)
            add(child, index)

    add(root, 0)

    def tree(indices: list[int]) -> int:
        if not indices:
            return _NOSTREAM
        middle = len(indices) // 2
        node = indices[middle]
        entries[node].left = tree(indices[:middle])
        entries[node].right = tree(indices[middle + 1 :])
        return node

    for entry in entries:
        if entry.children:
            entry.child = tree(sorted(entry.children, key=lambda i: _cfb_key(entries[i].name)))

    sectors: list[bytes] = []
    fat: list[int] = []

    def allocate(data: bytes, size: int = 512) -> int:
        count = max(1, -(-len(data) // size))
        first = len(sectors)
        for i in range(count):
            sectors.append(data[i * size : (i + 1) * size].ljust(size, b"\x00"))
            fat.append(first + i + 1 if i < count - 1 else _END)
        return first

    mini = bytearray()
    minifat: list[int] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size == 0:
            entry.start = _END
        elif entry.size < 4096:
            first = len(mini) // 64
            count = -(-entry.size // 64)
            mini += entry.data.ljust(count * 64, b"\x00")
            minifat += [first + i + 1 if i < count - 1 else _END for i in range(count)]
            entry.start = first
        else:
            entry.start = allocate(entry.data)
    if mini:
        entries[0].start = allocate(bytes(mini))
        entries[0].size = len(mini)
    directory = b"".join(_directory_entry(e) for e in entries)
    directory = directory.ljust(-(-len(directory) // 512) * 512, b"\x00")
    padding_entries = (len(directory) - 128 * len(entries)) // 128
    directory = directory[: 128 * len(entries)] + _empty_entry() * padding_entries
    first_directory = allocate(directory)
    first_minifat, minifat_count = _END, 0
    if minifat:
        table = b"".join(struct.pack("<I", v) for v in minifat)
        table = table.ljust(-(-len(table) // 512) * 512, b"\xff")
        minifat_count = len(table) // 512
        first_minifat = allocate(table)
    fat_count = 1
    while len(sectors) + fat_count > 128 * fat_count:
        fat_count += 1
    fat_start = len(sectors)
    fat += [_FAT_SECTOR] * fat_count
    fat += [_FREE] * (128 * fat_count - len(fat))
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    for i in range(fat_count):
        sectors.append(fat_bytes[i * 512 : (i + 1) * 512])
    if fat_count > 109:
        raise ValueError("compound file too large for this writer")
    difat = [fat_start + i for i in range(fat_count)] + [_FREE] * (109 - fat_count)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\x00" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\x00" * 6,
        0,
        fat_count,
        first_directory,
        0,
        4096,
        first_minifat,
        minifat_count,
        _END,
        0,
    )
    header += b"".join(struct.pack("<I", v) for v in difat)
    return header + b"".join(sectors)


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le")[:62] + b"\x00\x00"
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name),
        entry.kind,
        1,
        entry.left,
        entry.right,
        entry.child,
        b"\x00" * 16,
        0,
        0,
        0,
        entry.start,
        entry.size,
    )


def _empty_entry() -> bytes:
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        b"",
        0,
        0,
        0,
        _NOSTREAM,
        _NOSTREAM,
        _NOSTREAM,
        b"\x00" * 16,
        0,
        0,
        0,
        0,
        0,
    )


@dataclass
class MsgAttachment:
    filename: str
    data: bytes = b""
    mime: str = "application/octet-stream"
    embedded: OutlookMessage | None = None


@dataclass
class OutlookMessage:
    subject: str = ""
    body: str = ""
    html: str = ""
    rtf_body: str = ""  # stored as compressed RTF (uncompressed "MELA" form)
    sender_name: str = ""
    sender: str = ""
    to: Sequence[tuple[str, str]] = ()  # (display name, address)
    cc: Sequence[tuple[str, str]] = ()
    bcc: Sequence[tuple[str, str]] = ()
    attachments: Sequence[MsgAttachment] = ()
    message_class: str = "IPM.Note"
    transport_headers: str = ""


def _unicode(text: str) -> bytes:
    return text.encode("utf-16-le") + b"\x00\x00"


def _props(
    header: bytes, strings: dict[int, bytes], binaries: dict[int, bytes], longs: dict[int, int]
) -> bytes:
    out = bytearray(header)
    for prop_id, value in sorted(longs.items()):
        out += struct.pack("<HHIiI", 0x0003, prop_id, 0x6, value, 0)
    for prop_id, data in sorted(strings.items()):
        out += struct.pack("<HHIII", 0x001F, prop_id, 0x6, len(data), 0)
    for prop_id, data in sorted(binaries.items()):
        out += struct.pack("<HHIII", 0x0102, prop_id, 0x6, len(data), 0)
    return bytes(out)


def _message_storage(message: OutlookMessage, *, top: bool) -> OleStorage:
    storage = OleStorage()
    strings = {
        0x0037: message.subject,
        0x001A: message.message_class,
        0x0C1A: message.sender_name,
        0x0C1F: message.sender,
        0x5D01: message.sender,
        0x1000: message.body,
        0x007D: message.transport_headers,
    }
    encoded = {k: _unicode(v) for k, v in strings.items() if v}
    binaries: dict[int, bytes] = {}
    if message.html:
        binaries[0x1013] = message.html.encode("utf-8")
    if message.rtf_body:
        raw = message.rtf_body.encode("cp1252", "replace")
        binaries[0x1009] = struct.pack("<IIII", len(raw) + 12, len(raw), 0x414C454D, 0) + raw
    for prop_id, data in encoded.items():
        storage.streams[f"__substg1.0_{prop_id:04X}001F"] = data
    for prop_id, data in binaries.items():
        storage.streams[f"__substg1.0_{prop_id:04X}0102"] = data
    recipients = (
        [(1, r) for r in message.to] + [(2, r) for r in message.cc] + [(3, r) for r in message.bcc]
    )
    for index, (kind, (name, address)) in enumerate(recipients):
        child = OleStorage()
        texts = {0x3001: _unicode(name), 0x3003: _unicode(address), 0x39FE: _unicode(address)}
        for prop_id, data in texts.items():
            child.streams[f"__substg1.0_{prop_id:04X}001F"] = data
        child.streams["__properties_version1.0"] = _props(b"\x00" * 8, texts, {}, {0x0C15: kind})
        storage.storages[f"__recip_version1.0_#{index:08X}"] = child
    for index, attachment in enumerate(message.attachments):
        child = OleStorage()
        texts = {
            0x3707: _unicode(attachment.filename),
            0x3704: _unicode(attachment.filename),
            0x370E: _unicode(attachment.mime),
        }
        for prop_id, data in texts.items():
            child.streams[f"__substg1.0_{prop_id:04X}001F"] = data
        longs = {0x3705: 5 if attachment.embedded else 1}
        attachment_binaries: dict[int, bytes] = {}
        if attachment.embedded is not None:
            child.storages["__substg1.0_3701000D"] = _message_storage(
                attachment.embedded, top=False
            )
        else:
            attachment_binaries[0x3701] = attachment.data
            child.streams["__substg1.0_37010102"] = attachment.data
        child.streams["__properties_version1.0"] = _props(
            b"\x00" * 8, texts, attachment_binaries, longs
        )
        storage.storages[f"__attach_version1.0_#{index:08X}"] = child
    counts = struct.pack(
        "<IIII",
        len(recipients),
        len(message.attachments),
        len(recipients),
        len(message.attachments),
    )
    header = b"\x00" * 8 + counts + (b"\x00" * 8 if top else b"")
    storage.streams["__properties_version1.0"] = _props(
        header, encoded, binaries, {0x3FFD: 65001} if top else {}
    )
    if top:
        storage.storages["__nameid_version1.0"] = OleStorage(
            streams={
                "__substg1.0_00020102": b"",
                "__substg1.0_00030102": b"",
                "__substg1.0_00040102": b"",
            }
        )
    return storage


def outlook_msg(message: OutlookMessage) -> bytes:
    """An Outlook .msg file (MS-OXMSG) for ``message``."""
    return compound_file(_message_storage(message, top=True))
