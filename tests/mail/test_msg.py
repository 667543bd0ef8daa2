import struct

import pytest
from bench.documents import (
    MsgAttachment,
    OleStorage,
    OutlookMessage,
    compound_file,
    docx,
    outlook_msg,
)

from tests.testdata import personnummer
from varna.mail import UnreadableMessage, read_message
from varna.mail.msg import RTF_PREBUFFER, decompress_rtf

PNR = personnummer(7)


def test_it_reads_an_outlook_message_with_recipient_types():
    raw = outlook_msg(
        OutlookMessage(
            subject="Möte om eleven",
            body="Hej!\r\nVi ses.",
            sender_name="Åsa Berg",
            sender="asa.berg@kungalv.se",
            to=[("Karin Lund", "karin.lund@kungalv.se")],
            cc=[("Sven Ek", "sven.ek@gmail.com")],
            bcc=[("Dold", "dold@extern.se")],
        )
    )
    parsed = read_message(raw)
    assert parsed.subject == "Möte om eleven"
    assert parsed.sender == "asa.berg@kungalv.se"
    assert parsed.body is not None
    assert parsed.body.text == "Hej!\nVi ses."
    assert [(r.address, r.field) for r in parsed.recipients] == [
        ("karin.lund@kungalv.se", "to"),
        ("sven.ek@gmail.com", "cc"),
        ("dold@extern.se", "bcc"),
    ]


def test_it_reads_html_and_rtf_bodies_when_there_is_no_plain_text():
    html = read_message(outlook_msg(OutlookMessage(html=f"<p>Pnr {PNR}</p>")))
    rtf = read_message(outlook_msg(OutlookMessage(rtf_body=rf"{{\rtf1\ansi Pnr {PNR}\par}}")))
    assert html.body is not None
    assert PNR in html.body.text
    assert rtf.body is not None
    assert PNR in rtf.body.text


def test_it_reads_attachments_and_embedded_messages_recursively():
    inner = OutlookMessage(
        subject="Inre",
        body=f"Personnummer {PNR}",
        attachments=[MsgAttachment("inre.txt", b"inre bilaga")],
    )
    raw = outlook_msg(
        OutlookMessage(
            subject="Yttre",
            attachments=[
                MsgAttachment("beslut.docx", docx(["Beslut om bistånd"])),
                MsgAttachment("Inre.msg", embedded=inner),
            ],
        )
    )
    parts = {p.where: p.text for p in read_message(raw).parts}
    assert "Beslut om bistånd" in parts["attachment:beslut.docx"]
    assert PNR in parts["attachment:Inre.msg"]
    assert parts["attachment:Inre.msg/inre.txt"] == "inre bilaga"


def test_an_smime_encrypted_outlook_message_is_recognised():
    parsed = read_message(
        outlook_msg(OutlookMessage(subject="Krypterat", message_class="IPM.Note.SMIME"))
    )
    assert parsed.encryption == "smime"


def test_a_broken_or_foreign_compound_file_is_unreadable_input():
    with pytest.raises(UnreadableMessage):
        read_message(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(UnreadableMessage):
        read_message(compound_file(OleStorage(streams={"WordDocument": b"x" * 100})))


def _literal_lzfu(payload: bytes) -> bytes:
    """Compress with literals only, ending with the end-of-stream reference."""
    out = bytearray()
    position = len(RTF_PREBUFFER) + len(payload)
    chunks = [payload[i : i + 8] for i in range(0, len(payload), 8)]
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        if last and len(chunk) < 8:
            out.append(1 << len(chunk))
            out += chunk + struct.pack(">H", (position % 4096) << 4)
            break
        out.append(0)
        out += chunk
    else:
        out.append(1)
        out += struct.pack(">H", (position % 4096) << 4)
    return struct.pack("<IIII", len(out) + 12, len(payload), 0x75465A4C, 0) + bytes(out)


def test_it_decompresses_lzfu_rtf_including_references_to_the_prebuffer():
    payload = b"{\\rtf1\\ansi Hej}"
    assert decompress_rtf(_literal_lzfu(payload)) == payload
    # A reference to offset 0 of the dictionary, length 11: "{\rtf1\ansi".
    reference = struct.pack(">H", (0 << 4) | (11 - 2))
    stream = bytes([0b001]) + reference + b" Hej}\x00\x00\x00"
    body = struct.pack("<IIII", len(stream) + 12, 16, 0x75465A4C, 0) + stream
    assert decompress_rtf(body).startswith(b"{\\rtf1\\ansi Hej}")
