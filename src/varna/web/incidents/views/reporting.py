"""Reporting an incident: employees (logged in) and suppliers (through their secret link)."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from varna.web.incidents import services
from varna.web.incidents.access import get_own_event_for, own_events
from varna.web.incidents.choices import ReporterKind
from varna.web.incidents.forms import BaseReportForm, EmployeeReportForm, SupplierReportForm
from varna.web.incidents.models import Board, Event, Organisation, Supplier

logger = logging.getLogger(__name__)
_TOO_MANY_REPORTS = (
    "Den här länken har redan använts för många rapporter den senaste timmen, så rapporten "
    "har inte skickats. Det du har skrivit finns kvar: försök igen om en stund, eller ring "
    "eller mejla kommunen eller regionen ni har avtal med om det är bråttom."
)

SUPPLIER_SESSION_KEY = "varna_supplier"
SUPPLIER_RECEIPT_KEY = "varna_supplier_receipt"


def _report_fields(form: BaseReportForm) -> dict[str, Any]:
    data = form.cleaned_data
    return {
        "trigger": data["trigger"],
        "title": data["title"],
        "description": data["description"],
        "channel": data["channel"],
        "discovered_at": data["discovered_at"],
        "occurred_from": data.get("occurred_from"),
        "occurred_to": data.get("occurred_to"),
        "occurred_unknown": bool(data.get("occurred_unknown")),
        "reported_data": list(data.get("reported_data") or []),
        "reported_groups": list(data.get("reported_groups") or []),
        "approx_subjects": data.get("approx_subjects"),
        "actions_taken": data.get("actions_taken", ""),
    }


def _intake_boards() -> QuerySet[Board]:
    return Board.objects.filter(
        pk__in=Organisation.objects.exclude(intake_board=None).values("intake_board")
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest) -> HttpResponse:
    boards = Board.objects.filter(active=True).select_related("organisation")
    intake = list(_intake_boards())
    kwargs: dict[str, Any] = {"boards": boards, "intake_available": bool(intake)}
    if request.method == "POST":
        form = EmployeeReportForm(request.POST, request.FILES, **kwargs)
        if form.is_valid():
            user: Any = request.user
            on_behalf = form.cleaned_data["on_behalf"] == "other"
            fields = _report_fields(form)
            if on_behalf:
                fields.update(
                    reporter_kind=ReporterKind.OTHER,
                    reporter_name=form.cleaned_data["other_name"],
                    reporter_phone=form.cleaned_data["other_contact"][:40],
                    reporter_email="",
                )
            else:
                fields.update(
                    reporter_kind=ReporterKind.EMPLOYEE,
                    reporter_name=user.display_name,
                    reporter_email=user.email,
                    reporter_phone=form.cleaned_data["reporter_phone"],
                )
            chosen = list(form.cleaned_data["boards"])
            if form.cleaned_data.get("unknown_board") and not chosen:
                chosen = intake[:1]
            event = services.report_incident(
                services.Report(**fields),
                boards=chosen,
                uploads=form.cleaned_data["attachments"],
                reporter_user=user,
            )
            messages.success(
                request,
                "Tack! Din rapport är mottagen och har fått diarienummer "
                + ", ".join(c.diarienummer for c in event.cases.all())
                + ". GDPR-samordnaren har fått besked.",
            )
            return redirect("incidents:my_report", pk=event.pk)
    else:
        form = EmployeeReportForm(**kwargs)
    return render(request, "incidents/report_form.html", {"form": form, "as_supplier": False})


@login_required
def my_reports(request: HttpRequest) -> HttpResponse:
    return render(request, "incidents/my_reports.html", {"events": own_events(request.user)})


@login_required
def my_report(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_own_event_for(request.user, pk)
    return render(request, "incidents/my_report.html", {"event": event})


def _supplier_in_session(request: HttpRequest) -> Supplier | None:
    stored = request.session.get(SUPPLIER_SESSION_KEY)
    if not isinstance(stored, dict):
        return None
    supplier = Supplier.objects.filter(pk=int(stored.get("id") or 0), active=True).first()
    # A rotated link ends the sessions opened with the old one.
    if supplier is None or supplier.token_digest != stored.get("digest"):
        return None
    return supplier


@require_http_methods(["GET", "POST"])
def supplier_report(request: HttpRequest) -> HttpResponse:
    """The supplier's form. The link's key is traded for a session at once, so that it
    stays out of the address bar, the browser history and the server's access log."""
    key = request.GET.get("nyckel")
    if key is not None:
        supplier = Supplier.for_token(key)
        if supplier is None:
            raise Http404("Länken är inte giltig.")
        request.session.cycle_key()
        request.session[SUPPLIER_SESSION_KEY] = {"id": supplier.pk, "digest": supplier.token_digest}
        return redirect("supplier_report")
    supplier = _supplier_in_session(request)
    if supplier is None:
        raise Http404("Länken är inte giltig.")
    boards = supplier.boards.filter(active=True).select_related("organisation")
    status = 200
    if request.method == "POST":
        form = SupplierReportForm(request.POST, request.FILES, boards=boards)
        if not services.supplier_may_report(supplier):
            logger.warning("supplier %s reached the hourly report limit", supplier.pk)
            form.add_error(None, _TOO_MANY_REPORTS)
            status = 429
        elif form.is_valid():
            fields = _report_fields(form)
            fields.update(
                reporter_kind=ReporterKind.SUPPLIER,
                reporter_name=form.cleaned_data["reporter_name"],
                reporter_email=form.cleaned_data["reporter_email"],
                reporter_phone=form.cleaned_data["reporter_phone"],
                subprocessor=form.cleaned_data["subprocessor"],
            )
            event = services.report_incident(
                services.Report(**fields),
                boards=list(form.cleaned_data["boards"]),
                uploads=form.cleaned_data["attachments"],
                supplier=supplier,
            )
            request.session[SUPPLIER_RECEIPT_KEY] = event.pk
            return redirect("supplier_receipt")
    else:
        initial = {"boards": list(boards)} if boards.count() == 1 else {}
        form = SupplierReportForm(boards=boards, initial=initial)
    return render(
        request,
        "incidents/report_form.html",
        {"form": form, "as_supplier": True, "supplier": supplier},
        status=status,
    )


def supplier_receipt(request: HttpRequest) -> HttpResponse:
    supplier = _supplier_in_session(request)
    event = (
        None
        if supplier is None
        else Event.objects.filter(
            pk=int(request.session.get(SUPPLIER_RECEIPT_KEY) or 0), supplier=supplier
        ).first()
    )
    if supplier is None or event is None:
        raise Http404("Det finns ingen kvittens att visa.")
    return render(
        request, "incidents/supplier_receipt.html", {"event": event, "supplier": supplier}
    )
