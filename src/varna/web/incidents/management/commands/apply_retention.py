"""Gallring: anonymise closed cases whose board's retention period has passed."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from varna.web.incidents import retention


class Command(BaseCommand):
    help = (
        "Gallrar personuppgifter i avslutade ärenden när nämndens gallringsfrist har gått ut. "
        "Statistiken och uppgiften att ärendet funnits finns kvar. Kör först med --dry-run."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="visa vad som skulle gallras, utan att ändra något",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        items = retention.plan(now)
        dry_run = options["dry_run"]
        heading = "Skulle gallras" if dry_run else "Gallras"
        if not items:
            self.stdout.write("Inga ärenden har passerat sin gallringsfrist.")
            return
        self.stdout.write(f"{heading}: {len(items)} ärende(n)")
        for item in items:
            case = item.case
            closed = timezone.localtime(case.closed_at).date() if case.closed_at else "?"
            parts = [
                f"{item.text_fields} textfält",
                f"{item.attachments} bilag(or)",
                "rapportens kontaktuppgifter och text" if item.event_too else
                "rapporten behålls tills alla nämnders ärenden är gallrade",
            ]  # fmt: skip
            self.stdout.write(
                f"  {case.diarienummer:<18} {case.board.name}: avslutat {closed}, "
                f"gallringsfrist {case.board.retention_months} mån – " + ", ".join(parts)
            )
        if dry_run:
            self.stdout.write("Inget har ändrats (--dry-run).")
            return
        count = retention.apply(items, now)
        self.stdout.write(f"Klart: {count} ärende(n) gallrade.")
