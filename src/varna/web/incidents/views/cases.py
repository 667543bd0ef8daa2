"""The coordinator's side: the case list, a case, and its sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from varna.web.incidents import access, files, services, workflow
from varna.web.incidents.audit import ACTION_LABELS, log_action
from varna.web.incidents.choices import OPEN_STATUSES, Status
from varna.web.incidents.deadline import clock_for
from varna.web.incidents.forms import (
    ActionDoneForm,
    ActionItemForm,
    ActionsForm,
    AddBoardForm,
    AssessmentForm,
    AttachmentForm,
    AuthorityNotificationForm,
    CaseFilterForm,
    DecisionForm,
    DpoAdviceForm,
    FactsForm,
    StatusForm,
)
from varna.web.incidents.models import (
    ActionItem,
    Attachment,
    AuditEntry,
    AuthorityNotification,
    Board,
    Case,
    Event,
)
from varna.web.incidents.recommendation import recommendation_for
from varna.web.incidents.views.common import case_for_viewing, fresh

CASES_PER_PAGE = 100


def _require_reader(request: HttpRequest) -> None:
    if not access.reads_cases(request.user):
        raise Http404("Sidan finns inte.")


@login_required
def case_list(request: HttpRequest) -> HttpResponse:
    _require_reader(request)
    boards = access.boards_visible_to(request.user)
    form = CaseFilterForm(request.GET or None, boards=boards)
    today = timezone.localdate()
    overdue_items = ActionItem.objects.filter(
        case=OuterRef("pk"), done_on__isnull=True, due_on__lt=today
    )
    cases = (
        access.cases_visible_to(request.user)
        .annotate(
            overdue_actions=Count(
                "action_items",
                filter=Q(action_items__done_on__isnull=True, action_items__due_on__lt=today),
            ),
            has_overdue=Exists(overdue_items),
        )
        .prefetch_related(
            Prefetch("authority_notifications", queryset=AuthorityNotification.objects.all())
        )
    )
    status = ""
    if form.is_valid():
        data = form.cleaned_data
        status = data.get("status") or ""
        if data.get("q"):
            cases = cases.filter(diarienummer__icontains=data["q"].strip())
        if data.get("board"):
            cases = cases.filter(board=data["board"])
        if data.get("overdue_actions"):
            cases = cases.filter(has_overdue=True)
    if status == "":
        cases = cases.filter(status__in=OPEN_STATUSES)
    elif status != "all":
        cases = cases.filter(status=status)
    now = timezone.now()
    rows = [(case, clock_for(case, now)) for case in cases.select_related("board", "event")]
    # Running clocks first, most urgent first; then the rest, newest first.
    rows.sort(
        key=lambda row: (
            0 if row[1].running else 1,
            row[1].remaining_seconds if row[1].running else -row[0].aware_at.timestamp(),
            -row[0].pk,
        )
    )
    page = Paginator(rows, CASES_PER_PAGE).get_page(request.GET.get("sida"))
    query = request.GET.copy()
    query.pop("sida", None)
    return render(
        request,
        "incidents/case_list.html",
        {"form": form, "rows": page.object_list, "page": page, "query": query.urlencode()},
    )


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = case_for_viewing(request, pk)
    user: Any = request.user
    today = timezone.localdate()
    siblings = [
        (other, access.cases_visible_to(user).filter(pk=other.pk).exists())
        for other in case.event.cases.exclude(pk=case.pk).select_related("board")
    ]
    context = {
        "case": case,
        "event": case.event,
        "clock": clock_for(case),
        "recommendation": recommendation_for(case),
        "siblings": siblings,
        "action_items": [(item, item.is_overdue(today)) for item in case.action_items.all()],
        "notifications": case.authority_notifications.all(),
        "status_changes": case.status_changes.select_related("actor"),
        "attachments": Attachment.objects.filter(Q(case=case) | Q(event=case.event, case=None)),
        "can_edit": access.can_edit(user, case),
        "can_decide": access.can_decide(user, case),
        "can_advise": access.can_record_dpo_advice(user, case),
        "can_change_status": access.can_change_status(user, case),
        "attachment_form": AttachmentForm(),
        "add_board_form": _add_board_form(case) if access.can_edit(user, case) else None,
        "transitions": _transition_choices(case),
    }
    return render(request, "incidents/case_detail.html", context)


def _transition_choices(case: Case) -> list[tuple[str, str]]:
    return [
        (str(target), workflow.ACTION_LABELS.get((case.status, target), target.label))
        for target in workflow.allowed_targets(case)
    ]


def _add_board_form(case: Case, data: Any = None) -> AddBoardForm:
    boards = Board.objects.filter(active=True).exclude(pk__in=case.event.cases.values("board"))
    return AddBoardForm(data, boards=boards.select_related("organisation"))


def _section(
    request: HttpRequest,
    pk: int,
    *,
    form_class: type[forms.ModelForm],  # type: ignore[type-arg]
    allowed: Callable[[Any, Case], bool],
    save: Callable[..., Any],
    title: str,
    anchor: str,
    intro: str = "",
    extra: Callable[[Case], dict[str, Any]] | None = None,
    initial: Callable[[Case], dict[str, Any]] | None = None,
) -> HttpResponse:
    case = case_for_viewing(request, pk)
    access.require(allowed(request.user, case))
    if request.method == "POST":
        form = form_class(request.POST, instance=case)
        if form.is_valid():
            save(fresh(case), actor=request.user, values=form.cleaned_data)
            messages.success(request, f"{title}: sparat.")
            return redirect(reverse("incidents:case", args=[case.pk]) + f"#{anchor}")
        case = fresh(case)
    else:
        form = form_class(instance=case, initial=initial(case) if initial else None)
    context = {"case": case, "form": form, "title": title, "intro": intro, "clock": clock_for(case)}
    if extra:
        context.update(extra(case))
    return render(request, "incidents/case_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def facts(request: HttpRequest, pk: int) -> HttpResponse:
    return _section(
        request,
        pk,
        form_class=FactsForm,
        allowed=access.can_edit,
        save=services.update_facts,
        title="Utredning",
        anchor="utredning",
        intro="Fakta om incidenten. Lämna ”Vet inte” där ni inte vet – det räknas som okänt "
        "i riskbedömningen.",
    )


@login_required
@require_http_methods(["GET", "POST"])
def assessment(request: HttpRequest, pk: int) -> HttpResponse:
    return _section(
        request,
        pk,
        form_class=AssessmentForm,
        allowed=access.can_edit,
        save=services.update_assessment,
        title="Bedömning",
        anchor="bedomning",
        extra=lambda case: {"recommendation": recommendation_for(case)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def dpo_advice(request: HttpRequest, pk: int) -> HttpResponse:
    return _section(
        request,
        pk,
        form_class=DpoAdviceForm,
        allowed=access.can_record_dpo_advice,
        save=services.record_dpo_advice,
        title="Dataskyddsombudets råd",
        anchor="dataskyddsombud",
    )


@login_required
@require_http_methods(["GET", "POST"])
def decision(request: HttpRequest, pk: int) -> HttpResponse:
    def save(case: Case, *, actor: Any, values: dict[str, Any]) -> None:
        services.record_decision(
            case, actor=actor, values=values, recommendation=recommendation_for(case)
        )

    return _section(
        request,
        pk,
        form_class=DecisionForm,
        allowed=access.can_decide,
        save=save,
        title="Beslut",
        anchor="beslut",
        initial=lambda case: _decision_maker_guess(request.user, case),
        intro="Beslutet fattas av nämnden som personuppgiftsansvarig. Värnas riskbedömning "
        "är bara en rekommendation.",
        extra=lambda case: {"recommendation": recommendation_for(case)},
    )


def _decision_maker_guess(user: Any, case: Case) -> dict[str, Any]:
    """A board member usually records their own decision; suggest their name and title."""
    if not user.is_board_member or case.decision_maker:
        return {}
    return {"decision_maker": ", ".join(filter(None, [user.display_name, user.title]))}


@login_required
@require_http_methods(["GET", "POST"])
def actions(request: HttpRequest, pk: int) -> HttpResponse:
    return _section(
        request,
        pk,
        form_class=ActionsForm,
        allowed=access.can_edit,
        save=services.update_actions,
        title="Åtgärder och brister",
        anchor="atgarder",
    )


@login_required
@require_http_methods(["GET", "POST"])
def notification(request: HttpRequest, pk: int) -> HttpResponse:
    case = case_for_viewing(request, pk)
    access.require(access.can_decide(request.user, case))
    if case.notify_authority is not True:
        messages.error(request, "Registrera först beslutet att anmäla incidenten till IMY.")
        return redirect(reverse("incidents:decision", args=[case.pk]))
    form = AuthorityNotificationForm(request.POST or None, case=case)
    if request.method == "POST" and form.is_valid():
        services.record_authority_notification(case, actor=request.user, values=form.cleaned_data)
        messages.success(request, "Anmälan till IMY är registrerad.")
        return redirect(reverse("incidents:case", args=[case.pk]) + "#imy")
    title = "Anmälan till IMY" if form.kind == "initial" else "Kompletterande anmälan till IMY"
    intro = (
        "Registrera anmälan du har gjort i IMY:s e-tjänst."
        if form.kind == "initial"
        else "Uppgifter som inte fanns vid anmälan kan lämnas i omgångar (art. 33.4)."
    )
    context = {"case": case, "form": form, "title": title, "intro": intro, "clock": clock_for(case)}
    return render(request, "incidents/case_form.html", context)


@login_required
@require_POST
def add_action_item(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for_edit(request, pk)
    form = ActionItemForm(request.POST)
    if form.is_valid():
        services.add_action_item(case, actor=request.user, **form.cleaned_data)
        messages.success(request, "Åtgärden är tillagd i åtgärdsplanen.")
        return redirect(reverse("incidents:case", args=[case.pk]) + "#atgardsplan")
    return render(
        request,
        "incidents/case_form.html",
        {"case": case, "form": form, "title": "Ny åtgärd", "clock": clock_for(case),
         "action": reverse("incidents:add_action", args=[case.pk])},
    )  # fmt: skip


@login_required
@require_POST
def action_done(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    case = get_case_for_edit(request, pk)
    item = get_object_or_404(ActionItem, pk=item_pk, case=case)
    form = ActionDoneForm(request.POST)
    if form.is_valid():
        services.mark_action_done(item, actor=request.user, done_on=form.cleaned_data["done_on"])
        messages.success(request, "Åtgärden är markerad som genomförd.")
    else:
        messages.error(request, "Ange när åtgärden genomfördes.")
    return redirect(reverse("incidents:case", args=[case.pk]) + "#atgardsplan")


def get_case_for_edit(request: HttpRequest, pk: int) -> Case:
    case = access.get_case_for(request.user, pk)
    access.require(access.can_edit(request.user, case))
    return case


@login_required
@require_http_methods(["GET", "POST"])
def status(request: HttpRequest, pk: int) -> HttpResponse:
    case = case_for_viewing(request, pk)
    access.require(access.can_change_status(request.user, case))
    choices = _transition_choices(case)
    form = StatusForm(
        request.POST or None, choices=choices, initial={"target": request.GET.get("till")}
    )
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.change_status(
                case,
                actor=request.user,
                target=form.cleaned_data["target"],
                comment=form.cleaned_data["comment"],
            )
        except workflow.TransitionError as error:
            problems = error.problems
        else:
            messages.success(request, f"Status ändrad till {case.get_status_display().lower()}.")
            return redirect(reverse("incidents:case", args=[case.pk]) + "#status")
    context = {
        "case": case,
        "form": form,
        "title": "Ändra status",
        "problems": problems,
        "clock": clock_for(case),
        "closing_problems": workflow.closing_problems(case) + workflow.decision_problems(case)
        if any(target == Status.CLOSED for target, _ in choices)
        else [],
    }
    return render(request, "incidents/case_status.html", context)


@login_required
@require_POST
def upload_attachment(request: HttpRequest, pk: int) -> HttpResponse:
    case = access.get_case_for(request.user, pk)
    access.require(access.can_edit(request.user, case) or access.can_decide(request.user, case))
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        for upload in form.cleaned_data["attachments"]:
            services.add_attachment(event=case.event, case=case, upload=upload, actor=request.user)
        messages.success(request, "Bilagan är uppladdad.")
    else:
        for error in form.errors.get("attachments", []):
            messages.error(request, str(error))
    return redirect(reverse("incidents:case", args=[case.pk]) + "#bilagor")


@login_required
def download_attachment(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    case = case_for_viewing(request, pk)
    attachment = get_object_or_404(
        Attachment.objects.filter(Q(case=case) | Q(event=case.event, case=None)),
        pk=attachment_pk,
        removed_at__isnull=True,
    )
    path = files.path_of(attachment.stored_name)
    if not path.exists():
        raise Http404("Filen finns inte.")
    log_action("attachment.downloaded", actor=request.user, case=case, obj=attachment)
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def add_board(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for_edit(request, pk)
    form = _add_board_form(case, request.POST)
    if form.is_valid():
        other = services.add_case_for_board(case, form.cleaned_data["board"], actor=request.user)
        messages.success(
            request,
            f"{other.board.name} har fått ett eget ärende om händelsen: {other.diarienummer}.",
        )
    else:
        messages.error(request, "Välj en nämnd som inte redan har ett ärende om händelsen.")
    return redirect(reverse("incidents:case", args=[case.pk]) + "#namnder")


@login_required
def history(request: HttpRequest, pk: int) -> HttpResponse:
    case = case_for_viewing(request, pk)
    entries = AuditEntry.objects.filter(Q(case=case) | Q(event=case.event, case=None))
    return render(
        request,
        "incidents/case_history.html",
        {
            "case": case,
            "entries": entries.order_by("at", "pk").select_related("actor"),
            "labels": ACTION_LABELS,
            "field_labels": FIELD_LABELS,
        },
    )


FIELD_LABELS: dict[str, str] = {
    **{
        str(f.name): str(f.verbose_name)
        for model in (Event, ActionItem, AuthorityNotification, Attachment, Case)
        for f in model._meta.get_fields()
        if hasattr(f, "verbose_name")
    },
    "board": "nämnd",
    "status": "status",
    "comment": "kommentar",
    "point": "påminnelse",
    "recipients": "mottagare",
    "path": "sida",
    "document": "dokument",
    "format": "format",
}
