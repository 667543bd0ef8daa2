"""The quarantine pages: only the sender and mail administrators see a held message;
release needs a justification and the upstream's acceptance; delete needs a confirmation."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.relay.conftest import Sink
from tests.web.guard.conftest import COLLEAGUE, PASSWORD, held_message
from varna.web.guard import vault
from varna.web.guard.models import HeldMessage

pytestmark = pytest.mark.django_db


def logged_in(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


def test_the_sender_sees_her_held_message_and_its_reasons(sender, quarantine_settings):
    held = held_message()
    client = logged_in(sender)
    listing = client.get("/karantan/").content.decode()
    assert "Elev i 7B" in listing
    assert "uppgift om hälsa (1 i texten)" in listing
    detail = client.get(f"/karantan/{held.pk}/").content.decode()
    assert "Uppgift om hälsa i meddelandets text" in detail
    assert COLLEAGUE in detail
    assert "Släpp och skicka" not in detail  # senders may not release by default
    assert "Radera" in detail


def test_a_colleague_can_neither_list_nor_open_someone_elses_held_message(
    colleague, quarantine_settings
):
    held = held_message()
    client = logged_in(colleague)
    assert "Elev i 7B" not in client.get("/karantan/").content.decode()
    assert client.get(f"/karantan/{held.pk}/").status_code == 404
    assert client.get(f"/karantan/{held.pk}/meddelande.eml").status_code == 404
    assert client.post(f"/karantan/{held.pk}/radera/", {"confirm": "on"}).status_code == 404
    assert HeldMessage.objects.get().status == "held"


def test_the_sender_may_not_release_unless_the_organisation_allows_it(sender, quarantine_settings):
    held = held_message()
    client = logged_in(sender)
    justification = {"justification": "Mottagaren behöver uppgiften för elevens stöd."}
    assert client.post(f"/karantan/{held.pk}/slapp/", justification).status_code == 403
    quarantine_settings.VARNA_QUARANTINE_SENDER_RELEASE = True
    sink = Sink()
    sink.start()
    try:
        quarantine_settings.VARNA_RELEASE_SMTP = f"127.0.0.1:{sink.port}"
        response = client.post(f"/karantan/{held.pk}/slapp/", justification)
        assert response.status_code == 302
        assert len(sink.handler.wait()) == 1
    finally:
        sink.stop()
    held.refresh_from_db()
    assert held.status == "released"
    assert held.decided_by == sender


def test_an_administrator_releases_with_a_justification(mail_admin, quarantine_settings):
    held = held_message()
    client = logged_in(mail_admin)
    assert "Elev i 7B" in client.get("/karantan/").content.decode()
    refused = client.post(f"/karantan/{held.pk}/slapp/", {"justification": "ok"})
    assert refused.status_code == 400
    assert "minst 10 tecken" in refused.content.decode()
    sink = Sink()
    sink.start()
    try:
        quarantine_settings.VARNA_RELEASE_SMTP = f"127.0.0.1:{sink.port}"
        response = client.post(
            f"/karantan/{held.pk}/slapp/",
            {"justification": "Vårdnadshavaren har begärt uppgiften skriftligen."},
            follow=True,
        )
        [delivered] = sink.handler.wait()
    finally:
        sink.stop()
    assert "Meddelandet har skickats till mottagarna." in response.content.decode()
    assert delivered.rcpt_tos == [COLLEAGUE]
    assert b"Eleven har diabetes." in delivered.content
    held.refresh_from_db()
    assert (held.status, held.event.action) == ("released", "released")
    assert held.justification == "Vårdnadshavaren har begärt uppgiften skriftligen."


def test_a_failed_release_keeps_the_message_and_says_so(mail_admin, quarantine_settings):
    held = held_message()
    quarantine_settings.VARNA_RELEASE_SMTP = "127.0.0.1:1"
    response = logged_in(mail_admin).post(
        f"/karantan/{held.pk}/slapp/",
        {"justification": "Vårdnadshavaren har begärt uppgiften skriftligen."},
        follow=True,
    )
    assert "ligger kvar i karantänen" in response.content.decode()
    held.refresh_from_db()
    assert held.status == "held"
    assert vault.path_for(held.pk).exists()


def test_the_sender_deletes_her_held_message_after_confirming(sender, quarantine_settings):
    held = held_message()
    client = logged_in(sender)
    unconfirmed = client.post(f"/karantan/{held.pk}/radera/", {})
    assert unconfirmed.status_code == 400
    assert "Bekräfta att meddelandet ska raderas." in unconfirmed.content.decode()
    client.post(f"/karantan/{held.pk}/radera/", {"confirm": "on"})
    held.refresh_from_db()
    assert (held.status, held.event.action) == ("deleted", "deleted")
    assert not vault.path_for(held.pk).exists()


def test_the_sender_downloads_her_message(sender, quarantine_settings):
    held = held_message()
    response = logged_in(sender).get(f"/karantan/{held.pk}/meddelande.eml")
    assert response["Content-Type"] == "message/rfc822"
    assert response["Cache-Control"] == "no-store"
    assert b"Eleven har diabetes." in response.content


def test_without_a_key_the_quarantine_refuses_loudly(settings):
    settings.VARNA_QUARANTINE_KEY = ""
    settings.DEBUG = False
    with pytest.raises(vault.QuarantineNotConfigured, match="VARNA_QUARANTINE_KEY saknas"):
        vault.fernet()
    settings.VARNA_QUARANTINE_KEY = "inte-en-nyckel"
    with pytest.raises(vault.QuarantineNotConfigured, match="ogiltig"):
        vault.fernet()


def test_a_key_can_be_rotated(quarantine_settings):
    from cryptography.fernet import Fernet

    held = held_message()
    old = quarantine_settings.VARNA_QUARANTINE_KEY
    quarantine_settings.VARNA_QUARANTINE_KEY = f"{Fernet.generate_key().decode()},{old}"
    meta, content = vault.read_sealed(held.pk)
    assert meta["rcpt_tos"] == [COLLEAGUE]
    assert b"diabetes" in content
