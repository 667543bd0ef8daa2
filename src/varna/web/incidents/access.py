"""Who may see and do what with a case. Every view, export and API goes through here.

Reading: the board's coordinators and decision-makers, the data protection
officer and administrators (limited to their organisations when they have
``OrganisationAccess`` rows). Anyone else gets 404 — the same answer as for a
case that does not exist, so that not even a case's existence leaks.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from varna.web.incidents.choices import AssignmentKind
from varna.web.incidents.models import Board, BoardAssignment, Case, Event, OrganisationAccess


def board_ids(user: Any, kind: AssignmentKind | None = None) -> set[int]:
    """The boards ``user`` is assigned to (as ``kind``, or in any way)."""
    if not user.is_authenticated:
        return set()
    assignments = BoardAssignment.objects.filter(user=user, board__active=True)
    if kind is not None:
        assignments = assignments.filter(kind=kind)
    return set(assignments.values_list("board_id", flat=True))


def organisation_ids(user: Any) -> set[int] | None:
    """The organisations an officer who reads every board is limited to; None = all."""
    ids = set(
        OrganisationAccess.objects.filter(user_id=user.pk).values_list("organisation_id", flat=True)
    )
    return ids or None


def reads_every_board(user: Any) -> bool:
    """Whether ``user`` reads the cases of every board on this instance."""
    return bool(user.reads_all_incidents and organisation_ids(user) is None)


def reads_cases(user: Any) -> bool:
    """Whether the case list is of any use to ``user``."""
    return bool(user.is_authenticated and (user.reads_all_incidents or board_ids(user)))


def cases_visible_to(user: Any) -> QuerySet[Case]:
    cases = Case.objects.select_related("board", "board__organisation", "event", "handler")
    if not user.is_authenticated or not user.is_active:
        return cases.none()
    if user.reads_all_incidents:
        limited = organisation_ids(user)
        return cases if limited is None else cases.filter(board__organisation_id__in=limited)
    return cases.filter(board_id__in=board_ids(user))


def get_case_for(user: Any, pk: Any) -> Case:
    """The case ``pk`` if ``user`` may read it; otherwise :class:`Http404`."""
    try:
        return cases_visible_to(user).get(pk=int(pk))
    except (Case.DoesNotExist, ValueError, TypeError):
        raise Http404("Ärendet finns inte.") from None


def boards_visible_to(user: Any) -> QuerySet[Board]:
    boards = Board.objects.select_related("organisation")
    if user.reads_all_incidents:
        limited = organisation_ids(user)
        return boards if limited is None else boards.filter(organisation_id__in=limited)
    return boards.filter(pk__in=board_ids(user))


def is_coordinator_for(user: Any, case: Case) -> bool:
    return case.board_id in board_ids(user, AssignmentKind.COORDINATOR)


def can_change_status(user: Any, case: Case) -> bool:
    """Move the case along (and reopen a closed one): the board's coordinators."""
    return case.anonymised_at is None and is_coordinator_for(user, case)


def can_edit(user: Any, case: Case) -> bool:
    """Investigate and document: the board's coordinators, while the case is open."""
    return case.is_open and can_change_status(user, case)


def can_decide(user: Any, case: Case) -> bool:
    """Record the controller's decision: the board's coordinators and decision-makers."""
    return case.is_open and case.anonymised_at is None and case.board_id in board_ids(user)


def can_record_dpo_advice(user: Any, case: Case) -> bool:
    """The data protection officer, or a coordinator writing down the officer's advice."""
    return case.is_open and case.anonymised_at is None and (user.is_dpo or can_edit(user, case))


def require(allowed: bool) -> None:
    """For someone who may read a case but not do this with it."""
    if not allowed:
        raise PermissionDenied("Du har inte behörighet att göra det här i ärendet.")


def own_events(user: Any) -> QuerySet[Event]:
    if not user.is_authenticated:
        return Event.objects.none()
    return Event.objects.filter(reporter_user=user).prefetch_related("cases__board")


def get_own_event_for(user: Any, pk: Any) -> Event:
    """A report ``user`` made themselves; otherwise :class:`Http404`."""
    try:
        return own_events(user).get(pk=int(pk))
    except (Event.DoesNotExist, ValueError, TypeError):
        raise Http404("Rapporten finns inte.") from None
