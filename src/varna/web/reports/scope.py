"""Whose cases an export or the dashboard covers — always through the register's access
rules (:mod:`varna.web.incidents.access`): a board the user may not read is a 404,
exactly like a case they may not read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Min, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone

from varna.web.accounts.models import Role, User
from varna.web.incidents import access
from varna.web.incidents.models import Board, Case
from varna.web.reports.formatting import local
from varna.web.reports.wording import plain_list


def require_reader(user: Any) -> None:
    """Statistics and exports are for those who read cases; anyone else gets 404."""
    if not access.reads_cases(user):
        raise Http404("Sidan finns inte.")


@dataclass(frozen=True)
class Scope:
    """The cases of one board, or of every board the user may read."""

    user: Any
    board: Board | None
    boards: tuple[Board, ...]

    @property
    def cases(self) -> QuerySet[Case]:
        cases = access.cases_visible_to(self.user)
        return cases.filter(board=self.board) if self.board else cases

    @property
    def label(self) -> str:
        """The board line of a document's header."""
        if self.board is not None:
            return self.board.name
        if access.reads_every_board(self.user):
            return "Alla nämnder"
        if len(self.boards) <= 3:
            return plain_list([b.name for b in self.boards])
        return f"{len(self.boards)} nämnder"

    @property
    def code(self) -> str:
        """For file names: the board's code, or ``alla``."""
        return self.board.code if self.board is not None else "alla"

    @property
    def organisation(self) -> str:
        names = {b.organisation.name for b in ([self.board] if self.board else self.boards)}
        return names.pop() if len(names) == 1 else str(settings.VARNA_ORGANISATION_NAME)

    @property
    def all_label(self) -> str:
        return "Alla nämnder" if access.reads_every_board(self.user) else "Alla mina nämnder"

    def years(self) -> list[int]:
        """From this year back to the first year with a case (newest first)."""
        this_year = timezone.localdate().year
        first = self.cases.aggregate(first=Min("aware_at"))["first"]
        start = min(local(first).year, this_year) if first else this_year
        return list(range(this_year, start - 1, -1))


def scope_for(request: HttpRequest) -> Scope:
    """The scope asked for in ``?namnd=``; 404 when that board is not the user's to read."""
    user: Any = request.user
    require_reader(user)
    boards = tuple(access.boards_visible_to(user).filter(active=True))
    raw = request.GET.get("namnd", "")
    if not raw:
        return Scope(user, None, boards)
    try:
        board = access.boards_visible_to(user).get(pk=int(raw))
    except (Board.DoesNotExist, ValueError):
        raise Http404("Nämnden finns inte.") from None
    return Scope(user, board, boards)


def data_protection_officer() -> User | None:
    """Whom the documents name as the data protection officer (the first active one)."""
    return User.objects.filter(role=Role.DPO, is_active=True).order_by("pk").first()
