from typing import Any

import pytest
from bench import documents

from tests.testdata import personnummer
from varna.mail import Limits, message_from_fields

PNR = personnummer(5)


def text_of(name: str, data: bytes, **limits: Any) -> str:
    parsed = message_from_fields(attachments=[(name, data)], limits=Limits(**limits))
    assert parsed.problems == [], parsed.problems
    return "\n".join(p.text for p in parsed.parts if p.where.startswith("attachment:"))


def problem_of(name: str, data: bytes, **limits: Any) -> tuple[str, str]:
    parsed = message_from_fields(attachments=[(name, data)], limits=Limits(**limits))
    assert len(parsed.problems) >= 1
    problem = parsed.problems[0]
    assert problem.kind == "unreadable_attachment"
    return problem.where, problem.reason


def test_it_reads_a_pdf_with_swedish_letters():
    text = text_of("intyg.pdf", documents.pdf([["Läkarintyg för Åsa Öberg", PNR]]))
    assert "Läkarintyg för Åsa Öberg" in text
    assert PNR in text


def test_it_reads_docx_paragraphs_and_table_rows():
    data = documents.docx(["Utredning"], table=[["Namn", "Personnummer"], ["Åsa Berg", PNR]])
    text = text_of("utredning.docx", data)
    assert "Utredning" in text
    assert f"Åsa Berg\t{PNR}" in text


def test_it_reads_xlsx_rows_with_numbers_and_shared_strings():
    data = documents.xlsx([("Elever", [["Namn", "Pnr"], ["Åsa Berg", int(PNR)]])])
    text = text_of("elever.xlsx", data)
    assert "[Elever]" in text
    assert f"Åsa Berg\t{PNR}" in text


def test_a_small_sheet_keeps_its_short_numbers():
    data = documents.xlsx([("Maj", [["Namn", "Sjukdagar"], ["Åsa Berg", 4]])])
    assert "Åsa Berg\t4" in text_of("maj.xlsx", data)


def test_a_big_sheet_leaves_out_short_numbers_but_keeps_identifiers():
    rows: list[list[str | int | float]] = [["Konto", "Belopp"]]
    rows += [[4010 + i % 7, 1200 + i] for i in range(40_000)]
    rows.append(["Åsa Berg", int(PNR)])
    text = text_of("utfall.xlsx", documents.xlsx([("Utfall", rows)]))
    assert "4010" not in text
    assert f"Åsa Berg\t{PNR}" in text


def test_it_reads_odt_and_ods():
    assert "Beslut om bistånd" in text_of("beslut.odt", documents.odt(["Beslut om bistånd"]))
    assert f"Åsa\t{PNR}" in text_of("lista.ods", documents.ods([["Åsa", PNR]]))


def test_it_reads_pptx_csv_txt_and_rtf():
    assert "Bild ett" in text_of("bilder.pptx", documents.pptx([["Bild ett"]]))
    assert PNR in text_of("lista.csv", f"namn;pnr\nÅsa;{PNR}\n".encode("cp1252"))
    assert "Åsa" in text_of("notering.txt", "Åsa".encode())
    assert "Hej Åsa" in text_of("brev.rtf", rb"{\rtf1\ansi Hej \'c5sa\par}")


def test_it_reads_zip_archives_recursively_and_names_members_by_path():
    inner = documents.zip_archive([("lista.xlsx", documents.xlsx([("A", [[PNR]])]))])
    data = documents.zip_archive([("underlag/inner.zip", inner), ("läsmig.txt", b"Hej")])
    parsed = message_from_fields(attachments=[("arkiv.zip", data)])
    wheres = {p.where for p in parsed.parts}
    assert "attachment:arkiv.zip/underlag/inner.zip/lista.xlsx" in wheres
    assert "attachment:arkiv.zip/läsmig.txt" in wheres


def test_images_are_listed_as_unscanned_not_as_problems():
    parsed = message_from_fields(attachments=[("foto.jpg", b"\xff\xd8\xff\xe0JFIF")])
    assert parsed.unscanned == ["foto.jpg"]
    assert parsed.problems == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("skyddad.zip", documents.zip_archive([("a.txt", b"hemligt")], encrypted=True)),
        ("skyddad.pdf", documents.pdf([["hemligt"]], user_password="hemligt")),
        ("skyddad.odt", documents.odt(["hemligt"], encrypted=True)),
        (
            "skyddad.docx",
            documents.compound_file(
                documents.OleStorage(
                    streams={
                        "EncryptionInfo": b"\x04\x00\x04\x00",
                        "EncryptedPackage": b"\x00" * 64,
                    }
                )
            ),
        ),
    ],
)
def test_a_password_protected_attachment_is_reported_as_unreadable(name, data):
    where, reason = problem_of(name, data)
    assert where.startswith(f"attachment:{name}")
    assert reason == "lösenordsskyddad"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("trasig.pdf", b"%PDF-1.4\n1 0 obj garbage"),
        ("trasig.docx", documents.docx(["text"])[:200]),
        ("okand.bin", bytes(range(256)) * 4),
        ("arkiv.7z", b"7z\xbc\xaf\x27\x1c" + b"\x00" * 40),
    ],
)
def test_a_broken_or_unknown_attachment_is_reported_never_skipped(name, data):
    where, _ = problem_of(name, data)
    assert where == f"attachment:{name}"


def test_a_zip_bomb_is_stopped_by_the_compression_ratio():
    bomb = documents.zip_archive([("nollor.txt", b"\x00" * 20_000_000)])
    assert len(bomb) < 100_000
    where, reason = problem_of("bomb.zip", bomb)
    assert where == "attachment:bomb.zip/nollor.txt"
    assert "zip-bomb" in reason


def test_deeply_nested_archives_are_stopped_by_the_depth_limit():
    data = documents.zip_archive([("botten.txt", PNR.encode())])
    for level in range(10):
        data = documents.zip_archive([(f"niva{level}.zip", data)])
    parsed = message_from_fields(attachments=[("djup.zip", data)], limits=Limits(max_depth=4))
    assert any("nivåer" in p.reason for p in parsed.problems)


def test_too_many_members_and_too_many_bytes_are_reported():
    many = documents.zip_archive([(f"fil{i}.txt", b"x") for i in range(50)])
    _, reason = problem_of("manga.zip", many, max_members=10)
    assert reason == "för många filer"
    big = documents.zip_archive([("stor.txt", b"abc" * 100_000)])
    _, reason = problem_of("stor.zip", big, max_expanded_bytes=50_000)
    assert "för stor" in reason


def test_the_time_limit_is_reported():
    _, reason = problem_of("intyg.pdf", documents.pdf([["x"]]), max_seconds=0.0)
    assert "tidsgräns" in reason
