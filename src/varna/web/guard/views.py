"""Quarantine and guard event pages. Thin: access helpers in ``services``."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from varna.policy.texts import KIND_LABELS
from varna.web.accounts.models import User
from varna.web.guard import services, vault
from varna.web.guard.forms import DeleteForm, EventFilterForm, QuarantineFilterForm, ReleaseForm
from varna.web.guard.models import GuardEvent, HeldMessage

WHERE_LABELS = {
    "body": "i texten",
    "subject": "i ämnesraden",
    "attachment": "i bilaga",
    "recipients": "bland mottagarna",
}


def _user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)
    return user


def finding_lines(findings: list[dict[str, Any]]) -> list[str]:
    """Stored findings in words: ``[{"kind": "health", "where": "body", "count": 2}]``
    → ``["uppgift om hälsa (2 i texten)"]``."""
    return [
        f"{KIND_LABELS.get(f.get('kind', ''), f.get('kind', ''))} "
        f"({f.get('count', 0)} {WHERE_LABELS.get(f.get('where', ''), '')})".replace(" )", ")")
        for f in findings
    ]


@login_required
def quarantine(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    form = QuarantineFilterForm(request.GET or None)
    status = form.cleaned_data["status"] if form.is_valid() else "open"
    held: QuerySet[HeldMessage] = services.visible_held(user)
    if status in ("", "open"):
        held = held.filter(status__in=(HeldMessage.Status.HELD, HeldMessage.Status.RELEASING))
    elif status == "closed":
        held = held.exclude(status__in=(HeldMessage.Status.HELD, HeldMessage.Status.RELEASING))
    page = Paginator(held, 50).get_page(request.GET.get("sida"))
    rows = [
        {
            "held": item,
            "subject": services.subject_of(item) if item.is_open else "",
            "findings": finding_lines(item.event.findings),
        }
        for item in page
    ]
    return render(
        request,
        "guard/quarantine_list.html",
        {"form": form, "rows": rows, "page": page, "sees_all": user.manages_quarantine},
    )


@login_required
def held_detail(request: HttpRequest, held_id: str) -> HttpResponse:
    user = _user(request)
    held = services.held_for(user, held_id)
    return _render_detail(request, user, held, ReleaseForm(), DeleteForm())


def _render_detail(
    request: HttpRequest,
    user: User,
    held: HeldMessage,
    release_form: ReleaseForm,
    delete_form: DeleteForm,
    status: int = 200,
) -> HttpResponse:
    opened = None
    problem = ""
    if held.is_open:
        try:
            opened = services.open_held(held)
        except vault.UnreadableHeld as error:
            problem = f"Meddelandet kan inte läsas: {error}."
    context = {
        "held": held,
        "opened": opened,
        "problem": problem,
        "findings": finding_lines(held.event.findings),
        "may_release": held.status == HeldMessage.Status.HELD and services.may_release(user, held),
        "may_delete": held.status == HeldMessage.Status.HELD,
        "release_form": release_form,
        "delete_form": delete_form,
    }
    return render(request, "guard/held_detail.html", context, status=status)


@login_required
@require_POST
def release(request: HttpRequest, held_id: str) -> HttpResponse:
    user = _user(request)
    held = services.held_for(user, held_id)
    if not services.may_release(user, held):
        raise PermissionDenied("Bara e-postadministratören kan släppa meddelanden.")
    form = ReleaseForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, user, held, form, DeleteForm(), status=400)
    try:
        services.release(held, user, form.cleaned_data["justification"])
    except services.ReleaseError as error:
        messages.error(request, str(error))
        return redirect("guard:held", held_id=held.pk)
    messages.success(request, "Meddelandet har skickats till mottagarna.")
    return redirect("guard:held", held_id=held.pk)


@login_required
@require_POST
def delete(request: HttpRequest, held_id: str) -> HttpResponse:
    user = _user(request)
    held = services.held_for(user, held_id)
    form = DeleteForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, user, held, ReleaseForm(), form, status=400)
    try:
        services.delete(held, user)
    except services.ReleaseError as error:
        messages.error(request, str(error))
        return redirect("guard:held", held_id=held.pk)
    messages.success(request, "Meddelandet har raderats.")
    return redirect("guard:quarantine")


@login_required
def download(request: HttpRequest, held_id: str) -> HttpResponse:
    held = services.held_for(_user(request), held_id)
    if not held.is_open:
        messages.error(request, "Meddelandet finns inte längre kvar i karantänen.")
        return redirect("guard:held", held_id=held.pk)
    opened = services.open_held(held)
    response = HttpResponse(opened.content, content_type="message/rfc822")
    response["Content-Disposition"] = f'attachment; filename="karantan-{held.pk}.eml"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def report_incident(request: HttpRequest, event_id: str) -> HttpResponse:
    """The register's report form, pre-filled from a guard event whose message was sent.
    Posting goes to the register's own view, which files the report as usual."""
    from varna.web.guard.incident import draft
    from varna.web.incidents.forms import EmployeeReportForm
    from varna.web.incidents.models import Board, Organisation
    from varna.web.incidents.views import reporting

    event = services.reportable_event(_user(request), event_id)
    if request.method == "POST":
        return reporting.report(request)
    intake = Organisation.objects.exclude(intake_board=None).exists()
    form = EmployeeReportForm(
        boards=Board.objects.filter(active=True).select_related("organisation"),
        intake_available=intake,
        initial=draft(event),
    )
    return render(
        request,
        "incidents/report_form.html",
        {"form": form, "as_supplier": False, "guard_event": event},
    )


@login_required
def events(request: HttpRequest) -> HttpResponse:
    if not _user(request).manages_quarantine:
        raise PermissionDenied("Spärrhändelserna visas bara för e-postadministratörer.")
    form = EventFilterForm(request.GET or None)
    found = GuardEvent.objects.select_related("held_message")
    if form.is_valid():
        found = _filtered(found, form.cleaned_data)
    page = Paginator(found, 50).get_page(request.GET.get("sida"))
    rows = [{"event": event, "findings": finding_lines(event.findings)} for event in page]
    query = request.GET.copy()
    query.pop("sida", None)
    return render(
        request,
        "guard/event_list.html",
        {"form": form, "rows": rows, "page": page, "query": query.urlencode()},
    )


def _filtered(found: QuerySet[GuardEvent], data: dict[str, Any]) -> QuerySet[GuardEvent]:
    for field in ("verdict", "action", "source"):
        if data.get(field):
            found = found.filter(**{field: data[field]})
    if data.get("kind"):
        found = found.filter(kinds__contains=f",{data['kind']},")
    if data.get("sender"):
        found = found.filter(sender__icontains=data["sender"].strip())
    zone = timezone.get_current_timezone()
    if data.get("since"):
        found = found.filter(occurred_at__gte=datetime.combine(data["since"], time.min, zone))
    if data.get("until"):
        end = datetime.combine(data["until"] + timedelta(days=1), time.min, zone)
        found = found.filter(occurred_at__lt=end)
    return found
