from bench.documents import docx

from varna.mail import message_from_fields


def test_it_builds_a_message_from_fields_like_the_check_api_receives():
    parsed = message_from_fields(
        sender="Åsa Berg <asa.berg@kungalv.se>",
        to=["Karin Lund <karin.lund@kungalv.se>"],
        cc=["sven.ek@gmail.com, kalle@extern.se"],
        bcc=["dold@extern.se"],
        subject="Planering",
        body="Hej!\r\nHär kommer planeringen.",
        attachments=[("plan.docx", docx(["Vecka 12"]))],
    )
    assert parsed.sender_name == "Åsa Berg"
    assert [(r.address, r.field) for r in parsed.recipients] == [
        ("karin.lund@kungalv.se", "to"),
        ("sven.ek@gmail.com", "cc"),
        ("kalle@extern.se", "cc"),
        ("dold@extern.se", "bcc"),
    ]
    assert [(p.where, p.file_name) for p in parsed.parts] == [
        ("subject", False),
        ("body", False),
        ("attachment:plan.docx", True),
        ("attachment:plan.docx", False),
    ]
    assert parsed.parts[2].text == "plan"
    assert parsed.body is not None
    assert parsed.body.text == "Hej!\nHär kommer planeringen."


def test_a_bad_address_in_the_fields_is_a_problem_not_an_exception():
    parsed = message_from_fields(to=["inte en adress"])
    assert [p.kind for p in parsed.problems] == ["malformed_recipients"]
    assert parsed.recipients == []


def test_an_html_body_is_read_as_visible_text():
    parsed = message_from_fields(html_body="<p>Hej</p><script>x</script>")
    assert parsed.body is not None
    assert parsed.body.text == "Hej"
