"""Malformed input of every kind: reading never raises, never hangs."""

from __future__ import annotations

import contextlib
from datetime import timedelta

from bench import documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.testdata import personnummer
from varna.mail import Limits, UnreadableMessage, message_from_fields, read_message

FUZZ = settings(
    max_examples=150, deadline=timedelta(seconds=3), suppress_health_check=[HealthCheck.too_slow]
)
PNR = personnummer(9)

_header_names = st.sampled_from(
    [
        "From",
        "To",
        "Cc",
        "Bcc",
        "Subject",
        "Content-Type",
        "Content-Transfer-Encoding",
        "Content-Disposition",
        "MIME-Version",
        "X-Anything",
    ]
)
_header_values = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "multipart/mixed; boundary=B",
            "multipart/alternative; boundary=B",
            "message/rfc822",
            "text/html; charset=x-unknown",
            "text/plain; charset=utf-16",
            "application/pkcs7-mime",
            "multipart/encrypted",
            "base64",
            "quoted-printable",
            "attachment; filename*=utf-8''%C3%85sa.pdf",
            "=?utf-8?b?invalid?=",
            "=?x?q?=ZZ?=",
            '"unterminated <a@b.se>',
            "a@b.se)<c@d.se>",
            "<<<>>>",
            ",,,",
            "(((",
            "\\",
        ]
    ),
)
_bodies = st.one_of(
    st.binary(max_size=400),
    st.lists(
        st.sampled_from(
            [
                b"--B",
                b"--B--",
                b"\r\n",
                b"Content-Type: text/plain",
                b"Content-Type: message/rfc822",
                b"=C3=A5",
                b"w4U=",
                b"<html><p>x",
                b"-----BEGIN PGP MESSAGE-----",
                PNR.encode(),
            ]
        ),
        max_size=30,
    ).map(b"\r\n".join),
)


@st.composite
def mime_messages(draw: st.DrawFn) -> bytes:
    headers = draw(st.lists(st.tuples(_header_names, _header_values), max_size=8))
    lines = [f"{name}: {value}".encode("utf-8", "surrogatepass") for name, value in headers]
    return b"\r\n".join(lines) + b"\r\n\r\n" + draw(_bodies)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_never_make_reading_raise(raw):
    try:
        read_message(raw)
    except UnreadableMessage:
        assert raw[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@FUZZ
@given(mime_messages())
def test_malformed_mime_never_makes_reading_raise(raw):
    parsed = read_message(raw)
    assert isinstance(parsed.parts, list)


@FUZZ
@given(st.sampled_from(["docx", "xlsx", "odt", "pdf", "zip", "msg"]), st.data())
def test_mutated_documents_never_make_reading_raise(kind, data):
    original = {
        "docx": lambda: documents.docx(["Hej", PNR]),
        "xlsx": lambda: documents.xlsx([("A", [["Hej", int(PNR)]])]),
        "odt": lambda: documents.odt(["Hej"]),
        "pdf": lambda: documents.pdf([["Hej", PNR]]),
        "zip": lambda: documents.zip_archive(
            [("a.txt", b"Hej"), ("b.zip", documents.zip_archive([("c.txt", b"x")]))]
        ),
        "msg": lambda: documents.outlook_msg(documents.OutlookMessage(subject="x", body="y")),
    }[kind]()
    mutated = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        index = data.draw(st.integers(0, len(mutated) - 1))
        mutated[index] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(mutated) // 2, len(mutated)))
    message_from_fields(attachments=[(f"fil.{kind}", bytes(mutated[:cut]))])
    with contextlib.suppress(UnreadableMessage):
        read_message(bytes(mutated[:cut]))


def test_deeply_nested_multiparts_are_read_without_raising():
    depth = 300
    opening = b"".join(
        f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode()
        for i in range(depth)
    )
    raw = opening + f"Content-Type: text/plain\r\n\r\n{PNR}\r\n".encode()
    parsed = read_message(raw)
    assert any(PNR in p.text for p in parsed.parts) or parsed.problems


def test_deeply_nested_forwarded_messages_stop_at_the_depth_limit():
    raw = f"Subject: botten\r\n\r\n{PNR}\r\n".encode()
    for _ in range(40):
        raw = (
            b"Content-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\n"
            b"Content-Type: message/rfc822\r\nContent-Disposition: attachment; "
            b"filename=vb.eml\r\n\r\n"
            + raw.replace(b"boundary=X", b"boundary=Y").replace(b"--X", b"--Y")
            + b"\r\n--X--\r\n"
        )
    parsed = read_message(raw, limits=Limits(max_depth=5))
    assert parsed.problems or any(PNR in p.text for p in parsed.parts)


def test_a_zip_of_many_bombs_is_bounded_in_bytes_and_time():
    bomb = documents.zip_archive([("nollor.txt", b"\x00" * 5_000_000)])
    archive = documents.zip_archive([(f"bomb{i}.zip", bomb) for i in range(30)])
    parsed = message_from_fields(
        attachments=[("bomber.zip", archive)], limits=Limits(max_expanded_bytes=20_000_000)
    )
    assert parsed.problems
    assert all(p.kind == "unreadable_attachment" for p in parsed.problems)
