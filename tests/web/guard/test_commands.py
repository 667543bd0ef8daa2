"""Management commands: API tokens, quarantine key, purge."""

from __future__ import annotations

import io
import os
import time
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.web.guard.conftest import held_message
from varna.web.guard import tokens, vault
from varna.web.guard.models import ApiClient, HeldMessage

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_api_token_create_shows_the_token_once_and_stores_only_its_hash():
    output = run("api_token", "create", "Outlook-tillägget")
    token = output.strip().splitlines()[-1]
    assert token.startswith("varna_")
    client = ApiClient.objects.get()
    assert client.token_hash == tokens.hash_token(token)
    assert token not in client.token_hash
    assert tokens.authenticate(f"Bearer {token}") == client
    assert "aktiv" in run("api_token", "list")
    run("api_token", "revoke", "Outlook-tillägget")
    assert tokens.authenticate(f"Bearer {token}") is None
    with pytest.raises(CommandError, match="finns redan"):
        run("api_token", "create", "Outlook-tillägget")


def test_quarantine_key_prints_a_usable_key(settings):
    settings.VARNA_QUARANTINE_KEY = run("quarantine_key").strip()
    assert vault.open_text(vault.seal_text("hej")) == "hej"


def test_purge_removes_old_held_messages_and_leftover_files(quarantine_settings):
    old, recent = held_message("Gammalt"), held_message("Nytt")
    HeldMessage.objects.filter(pk=old.pk).update(held_at=timezone.now() - timedelta(days=31))
    leftover = vault.quarantine_dir() / ".0000-leftover.tmp"
    leftover.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    os.utime(leftover, (two_hours_ago, two_hours_ago))
    output = run("purge_quarantine", "--days", "30")
    assert "Rensade 1 meddelanden" in output
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.status, old.event.action) == ("purged", "purged")
    assert recent.status == "held"
    assert not vault.path_for(old.pk).exists()
    assert vault.path_for(recent.pk).exists()
    assert not leftover.exists()
