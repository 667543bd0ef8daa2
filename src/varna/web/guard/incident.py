"""From a guard event to a draft incident report: what the event knows, no content.

A message that reached its recipients although Värna warned about it or stopped
it (forwarded with a warning, sent anyway, released from quarantine) may be a
personal-data incident. The register's own report form is shown pre-filled and
posted to the register's own view, so reporting works exactly as usual.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from varna.policy.texts import KIND_LABELS
from varna.web.guard.models import Action, GuardEvent
from varna.web.incidents.choices import Channel, DataCategory, Trigger

_DATA_CATEGORIES: dict[str, str] = {
    "personnummer": DataCategory.IDENTITY_NUMBER,
    "samordningsnummer": DataCategory.IDENTITY_NUMBER,
    "health": DataCategory.HEALTH,
    "ethnicity": DataCategory.OTHER_SPECIAL,
    "political": DataCategory.OTHER_SPECIAL,
    "religion": DataCategory.OTHER_SPECIAL,
    "union": DataCategory.OTHER_SPECIAL,
    "genetic_biometric": DataCategory.OTHER_SPECIAL,
    "sexual": DataCategory.OTHER_SPECIAL,
    "criminal": DataCategory.CRIMINAL,
    "social_welfare": DataCategory.SOCIAL_WELFARE,
    "secrecy": DataCategory.SECRECY,
    "protected_identity": DataCategory.PROTECTED_IDENTITY,
    "name": DataCategory.BASIC,
    "phone": DataCategory.CONTACT,
    "email_address": DataCategory.CONTACT,
    "address": DataCategory.CONTACT,
    "visible_recipients": DataCategory.CONTACT,
    "private_mailbox": DataCategory.BASIC,
    "bank_account": DataCategory.FINANCIAL,
    "payment_card": DataCategory.FINANCIAL,
}
_PLACES = {
    "body": "i texten",
    "subject": "i ämnesraden",
    "attachment": "i bilaga",
    "recipients": "bland mottagarna",
}
_HOW_SENT = {
    Action.FORWARDED: "skickades med en varning",
    Action.SENT_ANYWAY: "skickades trots varningen",
    Action.RELEASED: "släpptes ur karantänen och skickades",
}


def channel_for(kinds: set[str]) -> str:
    if "visible_recipients" in kinds:
        return Channel.VISIBLE_RECIPIENTS
    if "lookalike_domain" in kinds:
        return Channel.WRONG_RECIPIENT
    if kinds & (set(_DATA_CATEGORIES) - {"visible_recipients", "private_mailbox"}) or (
        "encryption_failed" in kinds
    ):
        return Channel.UNENCRYPTED_EMAIL
    return Channel.OTHER


def draft(event: GuardEvent) -> dict[str, Any]:
    """Initial values for the register's report form."""
    kinds = {str(f.get("kind", "")) for f in event.findings}
    found = "; ".join(
        f"{KIND_LABELS.get(str(f.get('kind')), str(f.get('kind')))} "
        f"({f.get('count', 0)} {_PLACES.get(str(f.get('where')), '')})".replace(" )", ")")
        for f in event.findings
    )
    sent_at = timezone.localtime(event.action_changed_at or event.occurred_at)
    judged = "stoppade" if event.verdict == "block" else "varnade för"
    how = _HOW_SENT.get(Action(event.action), "skickades")
    judged_at = timezone.localtime(event.occurred_at)
    description = (
        f"Värna {judged} ett e-postmeddelande {judged_at:%Y-%m-%d %H:%M}. "
        f"Meddelandet {how} {sent_at:%Y-%m-%d %H:%M} till {event.recipient_count} mottagare. "
        f"Värna hittade: {found or 'inga detaljer sparade'}. (Spärrhändelse {event.pk}.) "
        "Beskriv gärna vad meddelandet gällde – utan namn."
    )
    initial: dict[str, Any] = {
        "trigger": Trigger.SUSPECTED,
        "title": "E-post som Värna "
        + ("stoppade har skickats" if event.verdict == "block" else "varnade för har skickats"),
        "description": description,
        "channel": channel_for(kinds),
        "occurred_from": sent_at.replace(second=0, microsecond=0),
        "reported_data": sorted({_DATA_CATEGORIES[k] for k in kinds if k in _DATA_CATEGORIES}),
    }
    if "visible_recipients" in kinds:
        initial["approx_subjects"] = event.recipient_count
    return initial
