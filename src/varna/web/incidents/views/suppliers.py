"""Administrators hand out and replace the suppliers' secret reporting links."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from varna.web.incidents import services
from varna.web.incidents.models import Supplier


def supplier_link(token: str) -> str:
    return f"{settings.SITE_URL}{reverse('supplier_report')}?nyckel={token}"


def _require_admin(request: HttpRequest) -> None:
    if not getattr(request.user, "is_administrator", False):
        raise Http404("Sidan finns inte.")


@login_required
def supplier_list(request: HttpRequest) -> HttpResponse:
    _require_admin(request)
    suppliers = Supplier.objects.prefetch_related("boards__organisation")
    return render(request, "incidents/supplier_list.html", {"suppliers": suppliers})


@login_required
@require_POST
def rotate_link(request: HttpRequest, pk: int) -> HttpResponse:
    _require_admin(request)
    supplier = get_object_or_404(Supplier, pk=pk)
    token = services.rotate_supplier_link(supplier, actor=request.user)
    response = render(
        request,
        "incidents/supplier_link.html",
        {"supplier": supplier, "link": supplier_link(token)},
    )
    response["Cache-Control"] = "private, no-store"
    return response
