"""Diarienummer: one sequence per board and year, safe under concurrent reports."""

from __future__ import annotations

from django.db import transaction

from varna.web.incidents.models import Board, DiaryCounter


def next_diarienummer(board: Board, year: int) -> tuple[int, str]:
    """Reserve the next sequence number of ``board`` in ``year``.

    The counter row is locked (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite
    serialises writers itself), so two reports never get the same number.
    Call inside the transaction that creates the case, so that a failed
    report does not use up a number.
    """
    with transaction.atomic():
        counter, _ = DiaryCounter.objects.select_for_update().get_or_create(board=board, year=year)
        counter.last += 1
        counter.save(update_fields=["last"])
    return counter.last, board.format_diarienummer(year, counter.last)
