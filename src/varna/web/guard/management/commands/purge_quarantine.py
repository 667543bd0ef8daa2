"""`varna manage purge_quarantine`: remove held messages older than the retention
(VARNA_QUARANTINE_DAYS) and leftover files. Run daily (cron or a systemd timer)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from varna.web.guard import services


class Command(BaseCommand):
    help = "Rensa meddelanden som legat i karantänen längre än VARNA_QUARANTINE_DAYS dagar."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="antal dagar (standard: VARNA_QUARANTINE_DAYS)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"] or settings.VARNA_QUARANTINE_DAYS
        messages, files = services.purge(days)
        self.stdout.write(
            f"Rensade {messages} meddelanden äldre än {days} dagar och {files} kvarglömda filer."
        )
