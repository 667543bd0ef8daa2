"""Thin views: resolve the scope or case through the access rules, clean a form, hand the
cases to an exporter or to the statistics, and log every download."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe

from varna.web.incidents.access import get_case_for
from varna.web.incidents.audit import log_action
from varna.web.incidents.models import Case
from varna.web.reports import statistics
from varna.web.reports.charts import NARROW, WIDE, Chart, to_svg
from varna.web.reports.exporters.annual_report import AnnualReport
from varna.web.reports.exporters.base import FORMATS, Exporter
from varna.web.reports.exporters.imy_draft import ImyDraft
from varna.web.reports.exporters.incident_log import IncidentLog, LogScope
from varna.web.reports.exporters.investigation import InvestigationReport
from varna.web.reports.exporters.letter import SubjectLetter
from varna.web.reports.exporters.raw import RawExport
from varna.web.reports.forms import (
    AnnualReportForm,
    DashboardForm,
    IncidentLogForm,
    RawExportForm,
)
from varna.web.reports.scope import Scope, data_protection_officer, scope_for

CASE_DOCUMENTS: dict[str, Callable[[Case], Exporter]] = {
    "utredning": lambda case: InvestigationReport(case, timezone.localdate()),
    "imy-utkast": lambda case: ImyDraft(case, timezone.now(), data_protection_officer()),
    "brev": lambda case: SubjectLetter(case, timezone.localdate(), data_protection_officer()),
}


def for_documents(cases: QuerySet[Case]) -> QuerySet[Case]:
    """Everything the exporters read, fetched up front (no query per case)."""
    return cases.select_related(
        "event", "event__supplier", "board", "board__organisation", "handler"
    ).prefetch_related("action_items", "authority_notifications")


def download(
    request: HttpRequest,
    exporter: Exporter,
    fmt: str,
    *,
    case: Case | None = None,
    details: dict[str, Any] | None = None,
) -> HttpResponse:
    """Render, log the download in the audit trail, and send the file."""
    content = exporter.render(fmt)
    changes = {"document": exporter.verbose_name, "format": FORMATS[fmt].label, **(details or {})}
    log_action(
        "case.document_downloaded" if case is not None else "report.downloaded",
        actor=request.user,
        case=case,
        changes=changes,
    )
    response = HttpResponse(content, content_type=FORMATS[fmt].content_type)
    # Text is for copying into IMY's e-service: shown in the browser, not saved.
    disposition = content_disposition_header(
        as_attachment=fmt != "txt", filename=exporter.filename(fmt)
    )
    if disposition:
        response.headers["Content-Disposition"] = disposition
    response.headers["Cache-Control"] = "private, no-store"
    return response


@login_required
def case_document(request: HttpRequest, pk: int, kind: str, fmt: str) -> HttpResponse:
    case = get_case_for(request.user, pk)
    build = CASE_DOCUMENTS.get(kind)
    if build is None:
        raise Http404("Dokumentet finns inte.")
    exporter = build(for_documents(Case.objects.all()).get(pk=case.pk))
    if fmt not in exporter.formats:
        raise Http404("Dokumentet finns inte i det formatet.")
    return download(request, exporter, fmt, case=case)


def _day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=zone),
        datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone),
    )


def _forms(scope: Scope, data: Any = None) -> dict[str, Any]:
    years = scope.years()
    boards, all_label = scope.boards, scope.all_label
    initial = {"namnd": str(scope.board.pk) if scope.board else ""}
    return {
        "log_form": IncidentLogForm(
            data,
            initial={**initial, **IncidentLogForm.defaults()},
            boards=boards,
            all_label=all_label,
        ),
        "raw_form": RawExportForm(
            data,
            initial={**initial, "format": "xlsx"},
            years=years,
            boards=boards,
            all_label=all_label,
        ),
        "annual_form": AnnualReportForm(
            data,
            initial={**initial, "ar": years[0]},
            years=years,
            boards=boards,
            all_label=all_label,
        ),
    }


@login_required
def exports(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request)
    return render(request, "reports/exports.html", {"scope": scope, **_forms(scope)})


def _invalid(request: HttpRequest, scope: Scope, name: str, form: Any) -> HttpResponse:
    context = {"scope": scope, **_forms(scope), name: form, "invalid": name}
    return render(request, "reports/exports.html", context, status=400)


@login_required
def incident_log(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request)
    form = IncidentLogForm(request.GET, boards=scope.boards, all_label=scope.all_label)
    if not form.is_valid():
        return _invalid(request, scope, "log_form", form)
    data = form.cleaned_data
    start, end = _day_bounds(data["fran"], data["till"])
    cases = list(
        for_documents(scope.cases)
        .filter(aware_at__gte=start, aware_at__lt=end)
        .order_by("aware_at", "pk")
    )
    log_scope = LogScope(
        organisation=scope.organisation,
        board=scope.label,
        code=scope.code,
        start=data["fran"],
        end=data["till"],
        diarienummer=data["dnr"].strip(),
    )
    exporter = IncidentLog(cases, log_scope, timezone.localdate())
    details = {
        "board": scope.label,
        "period": f"{data['fran']:%Y-%m-%d}–{data['till']:%Y-%m-%d}",
        "cases": [c.diarienummer for c in cases],
    }
    return download(request, exporter, data["format"], details=details)


@login_required
def raw_export(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request)
    form = RawExportForm(
        request.GET, boards=scope.boards, all_label=scope.all_label, years=scope.years()
    )
    if not form.is_valid():
        return _invalid(request, scope, "raw_form", form)
    year = form.cleaned_data["ar"]
    cases = for_documents(scope.cases).order_by("aware_at", "pk")
    if year:
        start, end = statistics.year_bounds(year)
        cases = cases.filter(aware_at__gte=start, aware_at__lt=end)
    chosen = list(cases)
    exporter = RawExport(chosen, timezone.localdate(), f"{scope.code}-{year or 'alla-ar'}")
    details = {"board": scope.label, "year": year or "alla", "cases": len(chosen)}
    return download(request, exporter, form.cleaned_data["format"], details=details)


@login_required
def annual_report(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request)
    form = AnnualReportForm(
        request.GET, boards=scope.boards, all_label=scope.all_label, years=scope.years()
    )
    if not form.is_valid():
        return _invalid(request, scope, "annual_form", form)
    year = form.cleaned_data["ar"]
    stats = _statistics(scope, year)
    start, end = statistics.year_bounds(year)
    cases = list(
        scope.cases.filter(aware_at__gte=start, aware_at__lt=end)
        .select_related("event", "board")
        .order_by("aware_at", "pk")
    )
    exporter = AnnualReport(
        stats,
        cases,
        scope.organisation,
        scope.code,
        timezone.localdate(),
        form.cleaned_data["dnr"].strip(),
    )
    details = {"board": scope.label, "year": year}
    return download(request, exporter, "pdf", details=details)


def _statistics(scope: Scope, year: int) -> statistics.Statistics:
    boards = [scope.board] if scope.board else list(scope.boards)
    return statistics.compute(scope.cases, boards, year, scope.label)


def chart_context(key: str, chart: Chart) -> dict[str, Any]:
    ident = f"diagram-{key}"
    header, rows = chart.table()
    # to_svg escapes every text it writes; the rest is numbers it computed. The page shows
    # one of the two drawings, by the width of the screen (CSS, no script).
    wide = to_svg(chart, ident, WIDE, "chart__svg chart__svg--wide")
    narrow = to_svg(chart, f"{ident}-smal", NARROW, "chart__svg chart__svg--narrow")
    svg = mark_safe(wide + narrow)  # noqa: S308
    return {"ident": ident, "chart": chart, "svg": svg, "header": header, "rows": rows}


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request)
    years = scope.years()
    form = DashboardForm(
        request.GET or None,
        boards=scope.boards,
        all_label=scope.all_label,
        years=years,
        initial={"ar": years[0]},
    )
    year = years[0]
    if form.is_valid() and form.cleaned_data["ar"]:
        year = form.cleaned_data["ar"]
    stats = _statistics(scope, year)
    charts = {key: chart_context(key, chart) for key, chart in stats.charts().items()}
    annual_query = f"ar={year}" + (f"&namnd={scope.board.pk}" if scope.board else "")
    return render(
        request,
        "reports/dashboard.html",
        {
            "form": form,
            "scope": scope,
            "stats": stats,
            "charts": charts,
            "annual_query": annual_query,
        },
    )
