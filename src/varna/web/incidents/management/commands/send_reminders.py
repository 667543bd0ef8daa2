"""Send the due reminders before the 72-hour deadline. Run every few minutes (cron/systemd)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from varna.web.incidents.reminders import OVERDUE, send_due_reminders


class Command(BaseCommand):
    help = (
        "Skickar påminnelser till GDPR-samordnarna före 72-timmarsfristen och när den har "
        "passerat. Varje påminnelse skickas en gång; kör kommandot med några minuters mellanrum."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        sent, failures = send_due_reminders()
        for reminder in sent:
            when = (
                "tidsfristen har passerat"
                if reminder.point == OVERDUE
                else f"{reminder.point.removesuffix('h')} timmar kvar"
            )
            self.stdout.write(
                f"Påminnelse ({when}) skickad för ärende {reminder.case.diarienummer} "
                f"till {reminder.recipients} mottagare."
            )
        if options["verbosity"] >= 2 and not sent:
            self.stdout.write("Inga påminnelser att skicka.")
        if failures:
            raise CommandError(
                f"{failures} påminnelse(r) kunde inte skickas; de försöks igen vid nästa körning."
            )
