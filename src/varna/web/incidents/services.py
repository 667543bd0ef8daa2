"""Everything that changes the register. Views call these; each records its audit entry.

Functions take the acting user (None for the system or a supplier, who is named
by ``actor_label`` instead) and plain values that a form has already cleaned.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from varna.web.incidents import files, workflow
from varna.web.incidents.audit import diff, log_action, snapshot
from varna.web.incidents.choices import BreachType, Channel, ReporterKind, Status
from varna.web.incidents.diary import next_diarienummer
from varna.web.incidents.models import (
    ActionItem,
    Attachment,
    AuthorityNotification,
    Board,
    Case,
    Event,
    StatusChange,
    Supplier,
)
from varna.web.incidents.models.organisation import token_digest

logger = logging.getLogger(__name__)

FACT_FIELDS = (
    "aware_at",
    "handler",
    "summary",
    "breach_types",
    "data_categories",
    "subject_groups",
    "subject_count",
    "subjects_vulnerable",
    "record_count",
    "exposure",
    "malicious",
    "unintelligible",
    "contained",
    "availability_loss",
    "integrity_loss",
    "identifiability",
    "already_public",
    "duration_days",
)
ASSESSMENT_FIELDS = ("risk_reducing", "risk_raising", "assessed_risk", "assessment")
DPO_FIELDS = ("dpo_consulted_on", "dpo_advice")
DECISION_FIELDS = (
    "notify_authority",
    "authority_reason",
    "inform_subjects",
    "subjects_reason",
    "art34_exception",
    "subjects_informed_on",
    "subjects_information_method",
    "decision_maker",
)
ACTION_FIELDS = ("initial_actions", "deficiencies", "follow_up_on")

# A first guess of the breach type from how it happened; the coordinator checks it.
CHANNEL_BREACH_TYPES: dict[str, list[str]] = {
    Channel.WRONG_RECIPIENT: [BreachType.CONFIDENTIALITY],
    Channel.VISIBLE_RECIPIENTS: [BreachType.CONFIDENTIALITY],
    Channel.UNENCRYPTED_EMAIL: [BreachType.CONFIDENTIALITY],
    Channel.LOST_DEVICE: [BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY],
    Channel.PAPER: [BreachType.CONFIDENTIALITY],
    Channel.SYSTEM_ACCESS: [BreachType.CONFIDENTIALITY],
    Channel.CYBER_ATTACK: [BreachType.CONFIDENTIALITY],
}


@dataclass
class Report:
    """What a reporter tells (already cleaned by a form)."""

    trigger: str
    title: str
    description: str
    channel: str
    discovered_at: datetime
    reporter_kind: str
    occurred_from: datetime | None = None
    occurred_to: datetime | None = None
    occurred_unknown: bool = False
    reported_data: list[str] = field(default_factory=list)
    reported_groups: list[str] = field(default_factory=list)
    approx_subjects: int | None = None
    actions_taken: str = ""
    reporter_name: str = ""
    reporter_email: str = ""
    reporter_phone: str = ""
    subprocessor: str = ""


def report_incident(
    report: Report,
    *,
    boards: Sequence[Board],
    uploads: Sequence[UploadedFile[bytes]] = (),
    reporter_user: Any = None,
    supplier: Supplier | None = None,
    at: datetime | None = None,
) -> Event:
    """Register a report: one event, one case per board, the attachments; notify coordinators."""
    if not boards:
        raise ValueError("a report concerns at least one board")
    label = _reporter_label(report, reporter_user, supplier)
    stored: list[str] = []
    try:
        with transaction.atomic():
            event = Event.objects.create(
                **vars(report),
                reporter_user=reporter_user,
                supplier=supplier,
            )
            if at is not None:
                Event.objects.filter(pk=event.pk).update(created_at=at)
                event.refresh_from_db()
            log_action("event.reported", actor=reporter_user, actor_label=label, event=event)
            for upload in uploads:
                attachment = add_attachment(
                    event=event, upload=upload, actor=reporter_user, actor_label=label
                )
                stored.append(attachment.stored_name)
            cases = [
                open_case(event, board, actor=reporter_user, actor_label=label, at=at)
                for board in dict.fromkeys(boards)
            ]
    except Exception:
        files.remove(stored)
        raise
    transaction.on_commit(lambda: _notify_new_cases(event, cases))
    return event


def _reporter_label(report: Report, user: Any, supplier: Supplier | None) -> str:
    if supplier is not None:
        return f"Leverantör: {supplier.name} ({report.reporter_name})"
    if user is not None:
        return f"{user.display_name} ({user.username})"
    return report.reporter_name or "okänd rapportör"


def _notify_new_cases(event: Event, cases: Sequence[Case]) -> None:
    from varna.web.incidents.notifications import send_new_case_notice, send_report_receipt

    # The report is saved whatever the mail server does: the case list and reminders
    # still show it, and the reporter saw the diarienummer after sending the form.
    for case in cases:
        _mail_or_log(
            partial(send_new_case_notice, case),
            "could not send the new-case notice for case %s",
            case.pk,
        )
    _mail_or_log(
        partial(send_report_receipt, event, cases),
        "could not send the receipt for event %s",
        event.pk,
    )


def _notify_case_closed(case: Case) -> None:
    from varna.web.incidents.notifications import send_case_closed_notice

    _mail_or_log(
        partial(send_case_closed_notice, case),
        "could not tell the reporter that case %s is closed",
        case.pk,
    )


def _mail_or_log(send: Callable[[], object], failure: str, pk: object) -> None:
    """Send one notification; a failure is logged with the record's id only."""
    try:
        send()
    except Exception:
        logger.exception(failure, pk)


def open_case(
    event: Event,
    board: Board,
    *,
    actor: Any = None,
    actor_label: str | None = None,
    at: datetime | None = None,
) -> Case:
    """A new case for ``board`` on ``event``, with the next diarienummer of its year."""
    now = at or timezone.now()
    with transaction.atomic():
        seq, number = next_diarienummer(board, timezone.localtime(now).year)
        case = Case.objects.create(
            event=event,
            board=board,
            diary_year=timezone.localtime(now).year,
            diary_seq=seq,
            diarienummer=number,
            aware_at=event.discovered_at,
            summary=event.description,
            data_categories=list(event.reported_data),
            subject_groups=list(event.reported_groups),
            subject_count=event.approx_subjects,
            breach_types=[str(t) for t in CHANNEL_BREACH_TYPES.get(event.channel, [])],
        )
        if at is not None:
            Case.objects.filter(pk=case.pk).update(created_at=at)
        StatusChange.objects.create(
            case=case,
            at=now,
            actor=actor if getattr(actor, "pk", None) else None,
            actor_label=actor_label or _label(actor),
            from_status="",
            to_status=Status.REPORTED,
            comment="Rapporten togs emot.",
        )
        log_action(
            "case.created",
            actor=actor,
            actor_label=actor_label,
            case=case,
            changes={"diarienummer": number, "board": str(board)},
        )
    return case


def add_case_for_board(case: Case, board: Board, *, actor: Any) -> Case:
    """Another controller is concerned by the same event: it gets a case of its own."""
    if case.event.cases.filter(board=board).exists():
        raise ValueError("the board already has a case for this event")
    return open_case(case.event, board, actor=actor)


def _label(actor: Any) -> str:
    from varna.web.incidents.audit import actor_label_for

    return actor_label_for(actor)


def update_case(
    case: Case, *, actor: Any, action: str, values: Mapping[str, Any]
) -> dict[str, Any]:
    """Set ``values`` on ``case``, save, and record what changed."""
    before = snapshot(case, values.keys())
    for name, value in values.items():
        setattr(case, name, value)
    case.save()
    changes = diff(before, snapshot(case, values.keys()))
    if changes:
        log_action(action, actor=actor, case=case, changes=changes)
    return changes


def _pick(values: Mapping[str, Any], names: Sequence[str]) -> dict[str, Any]:
    return {name: values[name] for name in names if name in values}


def update_facts(case: Case, *, actor: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    with transaction.atomic():
        facts = _pick(values, FACT_FIELDS)
        if case.handler_id is None and facts.get("handler") is None and actor.is_coordinator:
            facts["handler"] = actor
        changes = update_case(case, actor=actor, action="case.facts_changed", values=facts)
        _start_investigation(case, actor)
    return changes


def update_assessment(case: Case, *, actor: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    with transaction.atomic():
        changes = update_case(
            case,
            actor=actor,
            action="case.assessment_changed",
            values=_pick(values, ASSESSMENT_FIELDS),
        )
        _start_investigation(case, actor)
    return changes


def record_dpo_advice(case: Case, *, actor: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    with transaction.atomic():
        advice = _pick(values, DPO_FIELDS)
        advice["dpo_advice_recorded_by"] = actor
        return update_case(case, actor=actor, action="case.dpo_advice_recorded", values=advice)


def record_decision(
    case: Case,
    *,
    actor: Any,
    values: Mapping[str, Any],
    recommendation: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The controller's decision on notifying IMY and informing the data subjects."""
    with transaction.atomic():
        decision = _pick(values, DECISION_FIELDS)
        decision.update(decided_at=timezone.now(), decided_by=actor)
        changes = update_case(case, actor=actor, action="case.decision_recorded", values=decision)
        # What the engine advised when the decision was taken: kept on the case, not in the
        # trail (it is derived from facts the trail already has).
        case.recommendation_at_decision = dict(recommendation) if recommendation else None
        case.save(update_fields=["recommendation_at_decision"])
        _start_investigation(case, actor)
        if case.status == Status.UNDER_INVESTIGATION and case.has_decision:
            change_status(
                case, actor=actor, target=Status.DECIDED, comment="Beslutet registrerades."
            )
    return changes


def record_authority_notification(
    case: Case, *, actor: Any, values: Mapping[str, Any]
) -> AuthorityNotification:
    with transaction.atomic():
        notification = AuthorityNotification.objects.create(
            case=case,
            kind=values["kind"],
            submitted_at=values["submitted_at"],
            reference=values.get("reference", ""),
            summary=values.get("summary", ""),
            late_reason=values.get("late_reason", ""),
            recorded_by=actor,
        )
        log_action(
            "case.authority_notified",
            actor=actor,
            case=case,
            obj=notification,
            changes=snapshot(notification, ("kind", "submitted_at", "reference", "late_reason")),
        )
    return notification


def update_actions(case: Case, *, actor: Any, values: Mapping[str, Any]) -> dict[str, Any]:
    return update_case(
        case, actor=actor, action="case.actions_changed", values=_pick(values, ACTION_FIELDS)
    )


def add_action_item(
    case: Case, *, actor: Any, what: str, responsible: str, due_on: date | None
) -> ActionItem:
    with transaction.atomic():
        item = ActionItem.objects.create(
            case=case, what=what, responsible=responsible, due_on=due_on, created_by=actor
        )
        log_action(
            "case.action_added",
            actor=actor,
            case=case,
            obj=item,
            changes=snapshot(item, ("what", "responsible", "due_on")),
        )
        if case.status == Status.DECIDED:
            change_status(
                case,
                actor=actor,
                target=Status.ACTIONS_IN_PROGRESS,
                comment="En åtgärd lades till i åtgärdsplanen.",
            )
    return item


def mark_action_done(item: ActionItem, *, actor: Any, done_on: date) -> None:
    with transaction.atomic():
        before = snapshot(item, ("done_on",))
        item.done_on = done_on
        item.save(update_fields=["done_on"])
        log_action(
            "case.action_done",
            actor=actor,
            case=item.case,
            obj=item,
            changes=diff(before, snapshot(item, ("done_on",))),
        )


def change_status(case: Case, *, actor: Any, target: str, comment: str = "") -> StatusChange:
    """Move ``case`` to ``target``, or raise :class:`workflow.TransitionError` saying why not."""
    problems = workflow.problems_for(case, target, comment)
    if problems:
        raise workflow.TransitionError(problems)
    now = timezone.now()
    with transaction.atomic():
        change = StatusChange.objects.create(
            case=case,
            at=now,
            actor=actor,
            actor_label=_label(actor),
            from_status=case.status,
            to_status=target,
            comment=comment,
        )
        previous = case.status
        case.status = target
        case.closed_at = now if target == Status.CLOSED else None
        case.save(update_fields=["status", "closed_at", "updated_at"])
        log_action(
            "case.status_changed",
            actor=actor,
            case=case,
            obj=change,
            changes={"status": [previous, target], "comment": comment},
        )
        if target == Status.CLOSED:
            transaction.on_commit(lambda: _notify_case_closed(case))
    return change


def _start_investigation(case: Case, actor: Any) -> None:
    if case.status == Status.REPORTED:
        change_status(
            case, actor=actor, target=Status.UNDER_INVESTIGATION, comment="Utredningen påbörjades."
        )


def add_attachment(
    *,
    event: Event,
    upload: UploadedFile[bytes],
    actor: Any,
    case: Case | None = None,
    actor_label: str | None = None,
) -> Attachment:
    """Check ``upload`` by its content, store it outside the web root, record it."""
    kind = files.check(upload)
    stored_name, sha256, size = files.store(upload)
    try:
        attachment = Attachment.objects.create(
            event=event,
            case=case,
            original_name=(upload.name or "fil")[:255],
            stored_name=stored_name,
            content_type=kind.content_type,
            size=size,
            sha256=sha256,
            uploaded_by=actor if getattr(actor, "pk", None) else None,
        )
        log_action(
            "attachment.added",
            actor=actor,
            actor_label=actor_label,
            case=case,
            event=event,
            obj=attachment,
            changes={"original_name": attachment.original_name, "size": size},
        )
    except Exception:
        files.remove([stored_name])
        raise
    return attachment


def supplier_may_report(supplier: Supplier, *, now: datetime | None = None) -> bool:
    """Whether ``supplier`` has sent fewer reports in the last hour than the limit allows."""
    since = (now or timezone.now()) - timedelta(hours=1)
    recent = Event.objects.filter(supplier=supplier, created_at__gte=since).count()
    return recent < settings.VARNA_SUPPLIER_REPORTS_PER_HOUR


def rotate_supplier_link(supplier: Supplier, *, actor: Any) -> str:
    """Give ``supplier`` a new secret link (the old one stops working); return its token."""
    token = Supplier.new_token()
    with transaction.atomic():
        supplier.token_digest = token_digest(token)
        supplier.token_rotated_at = timezone.now()
        supplier.save(update_fields=["token_digest", "token_rotated_at"])
        log_action(
            "supplier.link_rotated",
            actor=actor,
            obj=supplier,
            changes={"supplier": supplier.name, "token": "new"},
        )
    return token


def reporter_kind_for(user: Any, on_behalf_of_other: bool) -> str:
    return ReporterKind.OTHER if on_behalf_of_other else ReporterKind.EMPLOYEE
