from bench.documents import docx

from tests.mail.conftest import GUARDIAN, build
from tests.testdata import personnummer, short_form
from varna.mail import BODY, read_message

PNR = personnummer(3)


def body_of(raw: bytes) -> str:
    body = read_message(raw).body
    assert body is not None
    return body.text


def test_it_reads_a_plain_message_with_subject_sender_and_body():
    parsed = read_message(build("Hej Karin!\nVi ses på mötet.", subject="Möte på tisdag"))
    assert parsed.subject == "Möte på tisdag"
    assert parsed.sender == "asa.berg@kungalv.se"
    assert parsed.sender_name == "Åsa Berg"
    assert [p.where for p in parsed.parts] == ["subject", BODY]
    assert "Vi ses på mötet." in body_of(build("Vi ses på mötet."))


def test_it_decodes_rfc2047_headers_and_quoted_printable_latin1():
    raw = (
        b"From: =?iso-8859-1?q?=C5sa_Berg?= <asa.berg@kungalv.se>\r\n"
        b"To: karin.lund@kungalv.se\r\n"
        b"Subject: =?utf-8?b?RsO2cnNrb2xhbnMgbMOkc8OlcnNwbGFu?=\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"F=F6r=E4ldram=F6te i h=F6st\r\n"
    )
    parsed = read_message(raw)
    assert parsed.subject == "Förskolans läsårsplan"
    assert parsed.sender_name == "Åsa Berg"
    assert body_of(raw).strip() == "Föräldramöte i höst"


def test_it_reads_utf8_mislabelled_as_latin1_and_windows_1252_labelled_as_latin1():
    utf8 = b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\n" + "Åsa åker".encode()
    cp1252 = b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\n\x93Citat\x94 \x96 slut"
    unlabelled = b"Content-Type: text/plain\r\n\r\n" + "Göteborg".encode("cp1252")
    assert body_of(utf8).strip() == "Åsa åker"
    assert body_of(cp1252).strip() == "“Citat” – slut"
    assert body_of(unlabelled).strip() == "Göteborg"


def test_it_reads_raw_8bit_utf8_headers():
    raw = "Subject: Ärende om bygglov\r\nFrom: Åsa <asa@kungalv.se>\r\n\r\nText".encode()
    parsed = read_message(raw)
    assert parsed.subject == "Ärende om bygglov"
    assert parsed.sender_name == "Åsa"


def test_it_reads_base64_bodies():
    raw = (
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"w4RyZW5kZXQgZ8OkbGxlciBlbGV2ZW4u\r\n"
    )
    assert body_of(raw).strip() == "Ärendet gäller eleven."


def test_it_keeps_only_visible_html_text():
    html = (
        "<html><head><title>Rubrik</title><style>p {color: red}</style></head><body>"
        "<p>Hej!</p><script>var x = 1;</script><table><tr><td>Namn</td><td>Klass</td></tr>"
        "</table><!-- intern kommentar --></body></html>"
    )
    raw = ("Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    text = body_of(raw)
    assert "Hej!" in text
    assert "Namn\tKlass" in text
    for hidden in ("Rubrik", "color", "var x", "intern kommentar"):
        assert hidden not in text


def test_it_counts_the_alternatives_of_a_message_once():
    raw = build("Mötet flyttas till torsdag.", html="<p>Mötet flyttas till torsdag.</p>")
    assert body_of(raw).count("Mötet flyttas") == 1


def test_it_still_reads_content_that_only_the_html_alternative_carries():
    raw = build(
        "Se bifogad lista.",
        html=f"<p>Se bifogad lista.</p><p style='display:none'>{PNR}</p>",
    )
    text = body_of(raw)
    assert text.count("Se bifogad lista.") == 1
    assert PNR in text


def test_it_keeps_quoted_reply_history_as_part_of_the_body():
    body = (
        "Tack, jag tar det vidare.\n\n"
        "Den 3 maj 2024 skrev Sven Ek <sven.ek@gmail.com>:\n"
        f"> Min son har personnummer {short_form(PNR)} och har astma.\n"
    )
    text = body_of(build(body))
    assert short_form(PNR) in text
    assert text.index("Tack") < text.index("astma")


def test_it_reads_a_forwarded_message_inline_and_its_attachments():
    inner = build(
        f"Eleven har personnummer {PNR}.",
        subject="Elevärende",
        attachments=[
            (
                "utredning.docx",
                docx(["Utredningen gäller diabetes."]),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        ],
    )
    outer = (
        b"From: asa.berg@kungalv.se\r\nTo: karin.lund@kungalv.se\r\nSubject: VB: Elevarende\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        b"--B\r\nContent-Type: text/plain\r\n\r\nSe nedan.\r\n"
        b"--B\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--B--\r\n"
    )
    parsed = read_message(outer)
    body = body_of(outer)
    assert "Se nedan." in body
    assert "Ämne: Elevärende" in body
    assert PNR in body
    attachment = next(
        p for p in parsed.parts if p.where == "attachment:utredning.docx" and not p.file_name
    )
    assert "diabetes" in attachment.text


def test_it_reads_an_attached_message_recursively_as_an_attachment():
    inner = build("Inre meddelandet nämner diagnosen epilepsi.", subject="Inre")
    deeper = build("Mellan", attachments=[("inre.eml", inner, "message/rfc822")])
    raw = build("Yttre", attachments=[("mellan.eml", deeper, "message/rfc822")])
    parsed = read_message(raw)
    wheres = {p.where: p.text for p in parsed.parts}
    assert "attachment:mellan.eml" in wheres
    assert "epilepsi" in wheres["attachment:mellan.eml/inre.eml"]


def test_it_recognises_smime_encryption_and_reads_nothing_inside():
    raw = (
        b"From: asa.berg@kungalv.se\r\nTo: karin.lund@kungalv.se\r\nSubject: Journal\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: application/pkcs7-mime; smime-type=enveloped-data;"
        b" name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIAC\r\n"
    )
    parsed = read_message(raw)
    assert parsed.encryption == "smime"
    assert [p.where for p in parsed.parts] == ["subject"]
    assert parsed.problems == []


def test_it_recognises_pgp_mime_and_inline_pgp():
    pgp_mime = (
        b'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary=X'
        b"\r\n\r\n--X\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n--X\r\n"
        b"Content-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\nhQEM\r\n"
        b"-----END PGP MESSAGE-----\r\n--X--\r\n"
    )
    inline = (
        b"Subject: x\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA\r\n"
        b"-----END PGP MESSAGE-----\r\n"
    )
    assert read_message(pgp_mime).encryption == "pgp"
    assert read_message(inline).encryption == "pgp"


def test_a_signed_but_unencrypted_message_is_read_normally():
    raw = (
        b'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary=S'
        b"\r\n\r\n--S\r\nContent-Type: text/plain\r\n\r\nUndertecknat meddelande.\r\n--S\r\n"
        b"Content-Type: application/pkcs7-signature; name=smime.p7s\r\n\r\nMIAG\r\n--S--\r\n"
    )
    parsed = read_message(raw)
    assert parsed.encryption is None
    assert "Undertecknat meddelande." in body_of(raw)
    assert parsed.problems == []


def test_it_survives_a_message_without_headers_or_structure():
    for raw in (
        b"",
        b"\r\n\r\n",
        b"bara text utan rubriker",
        b"Content-Type: multipart/mixed\r\n\r\n",
    ):
        parsed = read_message(raw)
        assert parsed.encryption is None


def test_it_survives_broken_base64_and_a_missing_boundary():
    raw = (
        b"Content-Type: multipart/mixed; boundary=NOPE\r\n\r\n--OTHER\r\n"
        b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64\r\n"
    )
    parsed = read_message(raw)
    assert parsed.body is not None  # the raw text is still there to be scanned


def test_body_line_numbers_point_at_the_line_of_an_offset():
    parsed = read_message(build(f"Rad ett\nRad två\nPersonnummer {PNR}\n"))
    body = parsed.body
    assert body is not None
    assert body.line_of(body.text.index(PNR)) == 3


def test_it_reads_envelope_recipients_as_well_as_headers():
    parsed = read_message(
        build(to=GUARDIAN), envelope_to=["dold@extern.se"], envelope_from="asa.berg@kungalv.se"
    )
    fields = {(r.address, r.field) for r in parsed.recipients}
    assert fields == {("sven.ek@gmail.com", "to"), ("dold@extern.se", "envelope")}
