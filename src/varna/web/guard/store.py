"""The relay's storage (``varna.relay.custody.GuardStore``) on Värna's database."""

from __future__ import annotations

import os
import uuid

from django.db import connection, transaction

from varna.relay.custody import GuardRecord, HeldMessage
from varna.web.guard import services, vault
from varna.web.guard.models import HeldMessage as HeldMessageRow


class DjangoStore:
    def record(self, record: GuardRecord) -> str:
        return str(services.record_event(record).id)

    def hold(self, held: HeldMessage) -> str:
        """File first (fsynced), then the database row; if the row cannot be
        committed the file is removed and the error raised, so the relay answers 4xx."""
        held_id = uuid.uuid4()
        meta = {
            "mail_from": held.mail_from,
            "rcpt_tos": list(held.rcpt_tos),
            "verdict": held.verdict,
        }
        vault.write_sealed(held_id, meta, held.content)
        try:
            with transaction.atomic():
                event = services.record_event(held.record)
                HeldMessageRow.objects.create(
                    id=held_id,
                    event=event,
                    sender=held.mail_from.lower(),
                    recipient_count=len(held.rcpt_tos),
                    subject_sealed=vault.seal_text(held.subject) if held.subject else "",
                    size=len(held.content),
                )
        except BaseException:
            vault.remove_sealed(held_id)
            raise
        return str(held_id)

    def close(self) -> None:
        connection.close()


def check_ready(*, quarantine: bool) -> None:
    """Raise ImproperlyConfigured (naming the variable) if the relay's storage cannot work."""
    if quarantine:
        vault.fernet()
        directory = vault.quarantine_dir()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not os.access(directory, os.W_OK):
            from django.core.exceptions import ImproperlyConfigured

            raise ImproperlyConfigured(f"VARNA_QUARANTINE_DIR {directory} går inte att skriva i")
