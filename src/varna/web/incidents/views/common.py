"""What the register's views share: reading a case (and logging sensitive views)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from varna.web.incidents.access import get_case_for
from varna.web.incidents.audit import log_action
from varna.web.incidents.models import Case


def case_for_viewing(request: HttpRequest, pk: Any) -> Case:
    """:func:`get_case_for`, and an audit entry when the case involves protected identity."""
    case = get_case_for(request.user, pk)
    # A read is logged once, when the page is shown (not again when its form is posted).
    if case.involves_protected_identity and request.method == "GET":
        log_action("case.viewed", actor=request.user, case=case, changes={"path": request.path})
    return case


def fresh(case: Case) -> Case:
    """The case as stored: a bound ModelForm has already written its input into ``case``."""
    return Case.objects.select_related("board", "event").get(pk=case.pk)
