"""Attachments are judged by their content, not by their name."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from varna.web.incidents import files


def office(name, inner):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(inner, "<x/>")
    return SimpleUploadedFile(name, buffer.getvalue())


@pytest.mark.parametrize(
    ("upload", "content_type"),
    [
        (SimpleUploadedFile("a.pdf", b"%PDF-1.4\n..."), "application/pdf"),
        (SimpleUploadedFile("a.PNG", b"\x89PNG\r\n\x1a\n...."), "image/png"),
        (SimpleUploadedFile("a.jpeg", b"\xff\xd8\xff\xe0...."), "image/jpeg"),
        (
            SimpleUploadedFile("a.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1...."),
            "application/vnd.ms-outlook",
        ),
        (SimpleUploadedFile("a.eml", b"From: a@b.se\r\nTo: c@d.se\r\n\r\nHej"), "message/rfc822"),
        (SimpleUploadedFile("a.txt", "Åsa skrev ett kort meddelande.".encode()), "text/plain"),
        (office("a.docx", "word/document.xml"), files.DOCX.content_type),
        (office("a.xlsx", "xl/workbook.xml"), files.XLSX.content_type),
    ],
)
def test_it_accepts_the_files_people_attach_to_a_report(upload, content_type):
    assert files.check(upload).content_type == content_type


@pytest.mark.parametrize(
    ("upload", "reason"),
    [
        (SimpleUploadedFile("a.pdf", b"MZ\x90\x00\x03program"), "inte kan bifogas"),
        (SimpleUploadedFile("a.png", b"%PDF-1.4\n..."), "ser ut att vara pdf"),
        (
            SimpleUploadedFile("a.html", b"<html><script>alert(1)</script>"),
            "ser ut att vara textfil",
        ),
        (SimpleUploadedFile("a.docx", b"PK\x03\x04not really a zip"), "inte kan bifogas"),
        (SimpleUploadedFile("tom.pdf", b""), "är tom"),
    ],
)
def test_it_refuses_what_it_cannot_vouch_for(upload, reason):
    with pytest.raises(files.AttachmentError, match=reason):
        files.check(upload)


def test_stored_names_cannot_escape_the_attachment_folder(settings, tmp_path):
    settings.VARNA_ATTACHMENT_DIR = tmp_path
    for name in ("../etc/passwd", ".hidden", "a/b", ""):
        with pytest.raises(files.AttachmentError):
            files.path_of(name)
