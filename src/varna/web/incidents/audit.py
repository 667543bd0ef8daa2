"""The one entry point for the audit trail: :func:`log_action`.

Every change to the register, and every view of a case involving protected
identity, goes through here (pretix's pattern). Secrets are masked before they
are stored; personal data in the recorded values is redacted by the retention
command together with the case it belongs to.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.db import models
from django.utils import timezone

from varna.web.incidents.models import AuditEntry, Case, Event

logger = logging.getLogger(__name__)

SECRET_KEYS = frozenset({"token", "token_digest", "password", "secret"})
MASK = "***"

ACTION_LABELS: dict[str, str] = {
    "event.reported": "Rapporten togs emot",
    "case.created": "Ärendet registrerades",
    "case.viewed": "Ärendet visades (skyddad identitet)",
    "case.facts_changed": "Utredningens fakta ändrades",
    "case.assessment_changed": "Bedömningen ändrades",
    "case.dpo_advice_recorded": "Dataskyddsombudets råd antecknades",
    "case.decision_recorded": "Beslutet registrerades",
    "case.authority_notified": "Anmälan till IMY registrerades",
    "case.actions_changed": "Åtgärderna ändrades",
    "case.action_added": "En åtgärd lades till i åtgärdsplanen",
    "case.action_done": "En åtgärd markerades som genomförd",
    "case.status_changed": "Status ändrades",
    "case.anonymised": "Personuppgifterna gallrades",
    "event.anonymised": "Rapportens personuppgifter gallrades",
    "attachment.added": "En bilaga laddades upp",
    "attachment.downloaded": "En bilaga hämtades",
    "attachment.removed": "En bilagas fil gallrades",
    "reminder.sent": "En påminnelse om tidsfristen skickades",
    "supplier.link_rotated": "Leverantörens länk byttes",
    "admin.changed": "Ändrat i administrationen",
    "admin.deleted": "Borttaget i administrationen",
}


def actor_label_for(actor: Any) -> str:
    if actor is None:
        return "Värna (system)"
    return f"{actor.display_name} ({actor.username})"


def serialise(value: Any) -> Any:
    """A JSON-safe form of a field value, for the trail."""
    if isinstance(value, dt.datetime):
        return (
            timezone.localtime(value).isoformat(timespec="minutes") if value.tzinfo else str(value)
        )
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, list | tuple):
        return [serialise(v) for v in value]
    if isinstance(value, dict):
        return {str(k): serialise(v) for k, v in value.items()}
    return value


def snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The current values of ``fields`` (foreign keys by their text)."""
    values: dict[str, Any] = {}
    for name in fields:
        field = instance._meta.get_field(name)
        if isinstance(field, models.ForeignKey):
            related = getattr(instance, name)
            values[name] = None if related is None else str(related)
        else:
            values[name] = serialise(getattr(instance, name))
    return values


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for every field whose value changed."""
    return {
        key: [before.get(key), after.get(key)] for key in after if before.get(key) != after.get(key)
    }


def _mask(changes: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: MASK if key.lower() in SECRET_KEYS else serialise(value)
        for key, value in changes.items()
    }


def log_action(
    action: str,
    *,
    actor: Any = None,
    actor_label: str | None = None,
    case: Case | None = None,
    event: Event | None = None,
    obj: models.Model | None = None,
    changes: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Record that ``actor`` did ``action`` (a key of :data:`ACTION_LABELS`)."""
    if action not in ACTION_LABELS:
        raise ValueError(f"unknown audit action {action!r}")
    if case is not None and event is None:
        event = case.event
    entry = AuditEntry.objects.create(
        at=timezone.now(),
        actor=actor if actor is not None and getattr(actor, "pk", None) else None,
        actor_label=actor_label or actor_label_for(actor),
        action=action,
        case=case,
        event=event,
        object_type=obj._meta.model_name or "" if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        changes=_mask(changes or {}),
    )
    # Identifiers only: the content stays in the database.
    logger.debug(
        "audit %s case=%s event=%s", action, getattr(case, "pk", "-"), getattr(event, "pk", "-")
    )
    return entry
