"""Gallring: remove the personal data of closed cases once their board's period has passed.

What goes: free text (descriptions, assessments, advice, comments, action
texts), the reporter's identity and contact details, attachments, and the
values recorded in the audit trail. What stays: the case, its diarienummer,
board, dates, status history, the structured facts and decisions — the
statistics, and the fact that the case existed (art. 33.5). The shared event is
anonymised once every case on it has been.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from varna.web.incidents import files
from varna.web.incidents.audit import log_action
from varna.web.incidents.choices import Status
from varna.web.incidents.models import Attachment, AuditEntry, Board, Case, Event, StatusChange

REDACTED = "[gallrad]"

CASE_TEXT_FIELDS = (
    "summary",
    "assessment",
    "dpo_advice",
    "authority_reason",
    "subjects_reason",
    "subjects_information_method",
    "decision_maker",
    "initial_actions",
    "deficiencies",
)
EVENT_TEXT_FIELDS = ("description", "actions_taken")
EVENT_CONTACT_FIELDS = ("reporter_name", "reporter_email", "reporter_phone")
# Entries written when the report came in, naming the reporter.
REPORTING_ACTIONS = ("event.reported", "case.created", "attachment.added")


@dataclass(frozen=True)
class RetentionItem:
    """One case due for gallring, and what would go."""

    case: Case
    cutoff: datetime
    text_fields: int
    attachments: int
    event_too: bool


def months_before(moment: datetime, months: int) -> datetime:
    local = timezone.localtime(moment)
    month_index = local.year * 12 + (local.month - 1) - months
    year, month = divmod(month_index, 12)
    day = min(local.day, _days_in_month(year, month + 1))
    return local.replace(year=year, month=month + 1, day=day)


def _days_in_month(year: int, month: int) -> int:
    import calendar

    return calendar.monthrange(year, month)[1]


def plan(now: datetime | None = None) -> list[RetentionItem]:
    """The closed cases whose board's retention period has passed (nothing is changed)."""
    now = now or timezone.now()
    items: list[RetentionItem] = []
    for board in Board.objects.all():
        cutoff = months_before(now, board.retention_months)
        due = Case.objects.filter(
            board=board,
            status=Status.CLOSED,
            anonymised_at__isnull=True,
            closed_at__lte=cutoff,
        ).select_related("event", "board")
        due_ids = set(due.values_list("pk", flat=True))
        for case in due:
            others_pending = case.event.cases.filter(anonymised_at__isnull=True).exclude(
                pk__in=due_ids | _due_elsewhere(case.event, now)
            )
            items.append(
                RetentionItem(
                    case=case,
                    cutoff=cutoff,
                    text_fields=sum(1 for f in CASE_TEXT_FIELDS if getattr(case, f)),
                    attachments=case.attachments.filter(removed_at__isnull=True).count(),
                    event_too=not others_pending.exists(),
                )
            )
    return sorted(items, key=lambda item: (item.case.board.code, item.case.diarienummer))


def _due_elsewhere(event: Event, now: datetime) -> set[int]:
    ids = set()
    for case in event.cases.filter(status=Status.CLOSED, anonymised_at__isnull=True):
        if case.closed_at and case.closed_at <= months_before(now, case.board.retention_months):
            ids.add(case.pk)
    return ids


def apply(items: list[RetentionItem], now: datetime | None = None) -> int:
    """Anonymise the cases in ``items`` (and their events when all cases are done)."""
    now = now or timezone.now()
    for item in items:
        with transaction.atomic():
            case = Case.objects.select_for_update().get(pk=item.case.pk)
            if case.anonymised_at is not None:
                continue
            anonymise_case(case, now)
            event = case.event
            if not event.cases.filter(anonymised_at__isnull=True).exists():
                anonymise_event(event, now)
    return len(items)


def anonymise_case(case: Case, now: datetime) -> None:
    for name in CASE_TEXT_FIELDS:
        if getattr(case, name):
            setattr(case, name, REDACTED)
    case.risk_reducing = [REDACTED for _ in case.risk_reducing]
    case.risk_raising = [REDACTED for _ in case.risk_raising]
    case.anonymised_at = now
    case.save()
    case.action_items.update(what=REDACTED, responsible=REDACTED)
    case.status_changes.exclude(comment="").update(comment=REDACTED)
    for notification in case.authority_notifications.all():
        notification.summary = REDACTED if notification.summary else ""
        notification.late_reason = REDACTED if notification.late_reason else ""
        notification.save(update_fields=["summary", "late_reason"])
    _remove_files(Attachment.objects.filter(case=case), now)
    _redact_trail(AuditEntry.objects.filter(case=case))
    log_action(
        "case.anonymised", case=case, changes={"retention_months": case.board.retention_months}
    )


def anonymise_event(event: Event, now: datetime) -> None:
    reporter = event.reporter_user
    event.title = f"Gallrad incident ({event.get_channel_display().lower()})"
    for name in EVENT_TEXT_FIELDS:
        if getattr(event, name):
            setattr(event, name, REDACTED)
    for name in EVENT_CONTACT_FIELDS:
        setattr(event, name, "")
    event.reporter_user = None
    event.anonymised_at = now
    event.save()
    _remove_files(Attachment.objects.filter(event=event), now)
    trail = AuditEntry.objects.filter(event=event)
    _redact_trail(trail)
    # Who reported is personal data too; who handled the case is not.
    by_reporter = (
        Q(actor__isnull=True) if reporter is None else Q(actor__isnull=True) | Q(actor=reporter)
    )
    trail.filter(by_reporter, action__in=REPORTING_ACTIONS).update(actor=None, actor_label=REDACTED)
    StatusChange.objects.filter(case__event=event, from_status="").update(
        actor=None, actor_label=REDACTED
    )
    log_action("event.anonymised", event=event)


def _remove_files(attachments: QuerySet[Attachment], now: datetime) -> None:
    for attachment in attachments.filter(removed_at__isnull=True):
        files.remove([attachment.stored_name])
        attachment.original_name = REDACTED
        attachment.removed_at = now
        attachment.save(update_fields=["original_name", "removed_at"])
        log_action(
            "attachment.removed",
            case=attachment.case,
            event=attachment.event,
            obj=attachment,
        )


def _redact_trail(entries: QuerySet[AuditEntry]) -> None:
    for entry in entries.exclude(changes={}):
        entry.changes = dict.fromkeys(entry.changes, REDACTED)
        entry.save(update_fields=["changes"])
