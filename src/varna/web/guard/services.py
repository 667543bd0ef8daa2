"""What the guard does with events and held messages: record, release, delete, purge."""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from varna.relay.custody import GuardRecord
from varna.relay.headers import with_verdict_header
from varna.web.accounts.models import User
from varna.web.guard import vault
from varna.web.guard.models import SENT_ACTIONS, Action, GuardEvent, HeldMessage

log = logging.getLogger("varna.guard")
# A release that has not finished after this long was interrupted (crash); it may be retried.
STALE_RELEASE = timedelta(minutes=10)
# Files without a row this old are leftovers of a write the relay never committed.
ORPHAN_AGE = timedelta(hours=1)


def record_event(record: GuardRecord) -> GuardEvent:
    kinds = sorted({f.kind for f in record.findings})
    return GuardEvent.objects.create(
        source=record.source,
        client=record.client[:255],
        sender=record.sender[:320],
        recipient_count=record.recipient_count,
        verdict=record.verdict,
        action=record.action,
        findings=[f.to_dict() for f in record.findings],
        kinds="," + ",".join(kinds) + "," if kinds else "",
        size=min(record.size, 2**31 - 1),
    )


def _set_action(event: GuardEvent, action: Action) -> None:
    event.action = action
    event.action_changed_at = timezone.now()
    event.save(update_fields=["action", "action_changed_at"])


# -- who sees what -------------------------------------------------------------


def visible_held(user: User) -> QuerySet[HeldMessage]:
    """Administrators see every held message; everyone else only what they sent."""
    messages = HeldMessage.objects.select_related("event", "decided_by")
    if user.manages_quarantine:
        return messages
    if not user.email:
        return messages.none()
    return messages.filter(sender=user.email.strip().lower())


def held_for(user: User, held_id: Any) -> HeldMessage:
    try:
        return visible_held(user).get(pk=held_id)
    except HeldMessage.DoesNotExist as error:
        raise Http404("Meddelandet finns inte eller är inte ditt.") from error


def reportable_event(user: User, event_id: Any) -> GuardEvent:
    """A guard event whose message reached its recipients, for a mail administrator or
    for the person who sent it; 404 otherwise."""
    event = GuardEvent.objects.filter(pk=event_id, action__in=SENT_ACTIONS).first()
    own = bool(user.email) and event is not None and event.sender == user.email.strip().lower()
    if event is None or not (user.manages_quarantine or own):
        raise Http404("Händelsen finns inte eller gäller inte ett skickat meddelande.")
    return event


def may_release(user: User, held: HeldMessage) -> bool:
    if user.manages_quarantine:
        return True
    return bool(settings.VARNA_QUARANTINE_SENDER_RELEASE) and held.sender == user.email.lower()


@dataclass(frozen=True)
class HeldView:
    """A held message opened for someone allowed to see it."""

    held: HeldMessage
    subject: str
    mail_from: str
    recipients: list[str]
    verdict: dict[str, Any]
    content: bytes


def open_held(held: HeldMessage) -> HeldView:
    meta, content = vault.read_sealed(held.id)
    return HeldView(
        held=held,
        subject=vault.open_text(held.subject_sealed),
        mail_from=str(meta.get("mail_from", "")),
        recipients=[str(r) for r in meta.get("rcpt_tos", [])],
        verdict=dict(meta.get("verdict", {})),
        content=content,
    )


def subject_of(held: HeldMessage) -> str:
    try:
        return vault.open_text(held.subject_sealed)
    except vault.UnreadableHeld:
        return "(kan inte läsas)"


# -- release and delete ----------------------------------------------------------


class ReleaseError(Exception):
    """The release did not happen; the message is still held. Swedish message."""


def release(held: HeldMessage, user: User, justification: str) -> HeldMessage:
    """Deliver a held message upstream and only then mark it released (custody)."""
    now = timezone.now()
    claimed = HeldMessage.objects.filter(pk=held.pk).filter(
        status=HeldMessage.Status.HELD,
    ).update(
        status=HeldMessage.Status.RELEASING, decided_at=now, decided_by=user
    ) or HeldMessage.objects.filter(
        pk=held.pk, status=HeldMessage.Status.RELEASING, decided_at__lt=now - STALE_RELEASE
    ).update(decided_at=now, decided_by=user)
    if not claimed:
        raise ReleaseError("Meddelandet har redan hanterats eller håller på att släppas.")
    try:
        opened = open_held(held)
        value = f"{held.event.verdict}; released"
        reply = deliver(
            opened.mail_from, opened.recipients, with_verdict_header(opened.content, value)
        )
    except (ReleaseError, vault.UnreadableHeld, OSError, smtplib.SMTPException) as error:
        HeldMessage.objects.filter(pk=held.pk).update(status=HeldMessage.Status.HELD)
        log.warning("release failed", extra={"fields": {"error": type(error).__name__}})
        if isinstance(error, ReleaseError):
            raise
        if isinstance(error, vault.UnreadableHeld):
            raise ReleaseError(f"Meddelandet kan inte läsas ({error}).") from error
        raise ReleaseError(
            "E-postservern gick inte att nå. Meddelandet ligger kvar i karantänen; försök igen "
            "senare."
        ) from error
    with transaction.atomic():
        held.refresh_from_db()
        held.status = HeldMessage.Status.RELEASED
        held.justification = justification
        held.upstream_reply = reply[:200]
        held.save(update_fields=["status", "justification", "upstream_reply"])
        _set_action(held.event, Action.RELEASED)
    vault.remove_sealed(held.id)  # delivered: no reason to keep the content
    return held


def deliver(mail_from: str, recipients: list[str], content: bytes) -> str:
    """All recipients or none: any refusal before DATA aborts the transaction."""
    host, _, port = settings.VARNA_RELEASE_SMTP.rpartition(":")
    with smtplib.SMTP(
        host or "127.0.0.1", int(port), timeout=settings.VARNA_RELEASE_TIMEOUT
    ) as smtp:
        smtp.ehlo()
        if settings.VARNA_RELEASE_STARTTLS:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        options = ["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else []
        code, text = smtp.mail(mail_from, options)
        if code != 250:
            raise ReleaseError(_refused("avsändaren", code))
        for recipient in recipients:
            code, text = smtp.rcpt(recipient)
            if code not in (250, 251):
                smtp.rset()
                raise ReleaseError(_refused("en mottagare", code))
        code, text = smtp.data(content)
        if code != 250:
            raise ReleaseError(_refused("meddelandet", code))
    return f"{code} {text.decode('ascii', 'replace')}"


def _refused(what: str, code: int) -> str:
    return (
        f"E-postservern tog inte emot {what} (svarskod {code}). Inget har skickats; meddelandet "
        "ligger kvar i karantänen."
    )


def delete(held: HeldMessage, user: User, justification: str = "") -> HeldMessage:
    with transaction.atomic():
        updated = HeldMessage.objects.filter(pk=held.pk, status=HeldMessage.Status.HELD).update(
            status=HeldMessage.Status.DELETED,
            decided_at=timezone.now(),
            decided_by=user,
            justification=justification,
        )
        if not updated:
            raise ReleaseError("Meddelandet har redan hanterats.")
        _set_action(held.event, Action.DELETED)
    vault.remove_sealed(held.id)
    held.refresh_from_db()
    return held


def purge(days: int, *, now: datetime | None = None) -> tuple[int, int]:
    """Remove held messages older than ``days`` and leftover files; (messages, files)."""
    now = now or timezone.now()
    expired = HeldMessage.objects.filter(
        status__in=(HeldMessage.Status.HELD, HeldMessage.Status.RELEASING),
        held_at__lt=now - timedelta(days=days),
    ).select_related("event")
    purged = 0
    for held in expired:
        with transaction.atomic():
            HeldMessage.objects.filter(pk=held.pk).update(
                status=HeldMessage.Status.PURGED, decided_at=now
            )
            _set_action(held.event, Action.PURGED)
        vault.remove_sealed(held.id)
        purged += 1
    open_ids = {
        str(pk)
        for pk in HeldMessage.objects.filter(
            status__in=(HeldMessage.Status.HELD, HeldMessage.Status.RELEASING)
        ).values_list("pk", flat=True)
    }
    removed = 0
    for name, path, mtime in vault.sealed_files():
        old = datetime.fromtimestamp(mtime, tz=now.tzinfo) < now - ORPHAN_AGE
        if name not in open_ids and old:
            path.unlink(missing_ok=True)
            removed += 1
    return purged, removed


def mark_sent_anyway(event: GuardEvent) -> None:
    _set_action(event, Action.SENT_ANYWAY)
