from bench import documents

from tests.policy.conftest import verdict_of


def test_an_unreadable_attachment_is_a_warning_that_names_it(policy):
    locked = documents.zip_archive([("lista.txt", b"namn")], encrypted=True)
    verdict = verdict_of(policy, "Se bifogat.", attachments=[("elevlistor.zip", locked)])
    assert verdict.verdict == "warn"
    finding = verdict.findings[0]
    assert finding.kind == "unreadable_attachment"
    assert finding.where == "attachment:elevlistor.zip/lista.txt"
    assert "lösenordsskyddad" in finding.message
    assert any("Kontrollera själv" in advice for advice in verdict.advice)


def test_images_are_not_warnings(policy):
    verdict = verdict_of(policy, "Bilder!", attachments=[("bild.png", b"\x89PNG\r\n\x1a\n")])
    assert verdict.verdict == "allow"
    assert verdict.unscanned == ("bild.png",)
