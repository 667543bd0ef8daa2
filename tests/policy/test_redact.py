from email import message_from_bytes
from email import policy as email_policy

from bench import documents

from tests.mail.conftest import build
from tests.testdata import personnummer, short_form
from varna.mail import read_message
from varna.policy import judge
from varna.policy.redact import FLAG, redact_message

PNR = personnummer(27)


def test_it_masks_personnummer_replaces_names_and_flags_sensitive_sentences():
    raw = build(
        f"Hej Karin!\n\nElsa Nyström ({short_form(PNR)}) i 4B har fått diagnosen ADHD."
        "\n\nMed vänliga hälsningar\nÅsa Berg",
        to="Karin Lund <karin.lund@kungalv.se>",
    )
    redacted = read_message(redact_message(raw))
    body = redacted.body
    assert body is not None
    assert short_form(PNR) not in body.text
    assert "Elsa" not in body.text
    assert "[namn]" in body.text
    assert FLAG.strip() in body.text
    assert "Hej Karin!" in body.text  # the correspondents keep their names
    assert "Åsa Berg" in body.text


def test_the_copy_is_valid_mime_with_the_same_structure(policy):
    docx = documents.docx([f"Personnummer {PNR}"])
    raw = build(
        "Se bilaga.",
        html="<p>Se bilaga.</p>",
        attachments=[
            (
                "elev.docx",
                docx,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
            ("bild.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        ],
    )
    redacted = redact_message(raw)
    message = message_from_bytes(redacted, policy=email_policy.default)
    assert message.get_content_type() == "multipart/mixed"
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == ["elev.docx.avidentifierad.txt", "bild.png"]
    assert not message.defects
    assert judge(read_message(redacted), policy).verdict != "block"


def test_an_outlook_message_becomes_a_deidentified_eml():
    raw = documents.outlook_msg(
        documents.OutlookMessage(
            subject="Skolskjuts",
            body=f"Ansökan gäller Liv Andersson {short_form(PNR)}.",
            sender="anna@solby.se",
            to=[("Skolskjuts", "skolskjuts@solby.se")],
        )
    )
    redacted = read_message(redact_message(raw))
    assert redacted.body is not None
    assert short_form(PNR) not in redacted.body.text
    assert [r.address for r in redacted.recipients] == ["skolskjuts@solby.se"]
